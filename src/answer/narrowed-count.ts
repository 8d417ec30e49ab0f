import { withoutItemMarker } from '../corpus/normalize.js';
import { terms } from '../search/analyze.js';
import { hasFigure } from './dating.js';
import { askedTerm } from './gap-checks.js';
import { sentencesOf } from './evidence.js';
import type { AnalysedQuery } from './query.js';
import { preferWithinDocument } from './rerank.js';
import type { Candidate } from './select.js';
import { isLeadAlone } from './targets.js';
import type { QueryTerm } from './traits.js';

/**
 * A count of a part of a group that a relative clause singles out, said first in the sentence: "Van de
 * kandidaat-huurders die bij hun inschrijving minder dan vijf jaar in België woonden, stonden er … 5.318 …".
 */
const PART_BY_CLAUSE = /^(?:\S+\s+)?(?:van|of)\s+(?:de|het|die|deze|the|those)\s+[^,;:]{0,80}?\b(?:die|dat|who|that|which)\s+([^,;:]+),/i;
/** A question that singles out a part itself ("Among applicants who were recent arrivals …", "Hoeveel van de leden die …"). */
const ASKS_PART_BY_CLAUSE = /\b(?:(?:among|onder)\s+(?:(?:the|de|het|die|those)\s+)?|(?:of|van)\s+(?:the|de|het|die|those)\s+)[^,?;:]{0,80}?\b(?:who|that|which|die|dat)\b/i;
export const singlesOutPart = (question: string): boolean => ASKS_PART_BY_CLAUSE.test(question);

/** A part is singled out by words of its own when this many of its clause's words are not the question's. */
const UNASKED_WORDS = 2;

/**
 * Whether a passage's first figure counts a part the question does not ask for: the clause that singles it out
 * holds words the question does not use. The whole group's count (its lead item, "Op 31 december 2025 stonden in
 * totaal 178.420 kandidaat-huurders op een wachtlijst") answers "Hoeveel mensen stonden eind 2025 op een wachtlijst?".
 */
export function countsUnaskedPart(sentences: readonly string[], queryTerms: readonly QueryTerm[]): boolean {
  const first = sentences.find(hasFigure);
  const clause = first && PART_BY_CLAUSE.exec(withoutItemMarker(first.trim()))?.[1];
  if (!clause) return false;
  const own = terms(clause).filter((t) => !/\d/.test(t));
  return own.filter((t) => !askedTerm(queryTerms, t)).length >= UNASKED_WORDS;
}

/**
 * Of one document's items, the lead of an item that counts the whole group before its sub-item whose count is of a
 * part the question does not single out, when the lead covers nearly as much (within `margin`).
 */
export function preferLeadOverUnaskedPart(candidates: Candidate[], query: AnalysedQuery, covers: (c: Candidate) => boolean, margin: number): void {
  if (query.answerType !== 'count' || query.asksPart || singlesOutPart(query.clean.text)) return;
  const part = (c: Candidate) => countsUnaskedPart(sentencesOf(c.target.doc.text, c.target.span), query.queryTerms);
  const itsSubItem = (above: Candidate, lead: Candidate) => above.target.part === lead.target.part && above.target.item?.parent === lead.target.item?.label;
  // A lead stands alone only where its own words hold a figure of what is counted and share more of the question than
  // the sub-item (targetsFor): it is then the whole group's count.
  const wholeLead = (c: Candidate) => isLeadAlone(c.target) && !part(c);
  preferWithinDocument(candidates, (c) => c.target.doc.id, wholeLead, (above, c) => itsSubItem(above, c) && part(above) && covers(c) && c.confidence >= above.confidence - margin);
}
