import { holdsAnswerType } from './answer-type.js';
import { sentencesOf } from './evidence.js';
import type { AnalysedQuery } from './query.js';
import { preferWithinDocument } from './rerank.js';
import type { Candidate } from './select.js';
import { asksCountWanted, statesTarget } from './tense.js';

/**
 * A count asked as a target (asksCountWanted: "How many workers a year does the minister want to see taking training
 * leave?", "Hoeveel zij-instromers wilde de minister bereiken?"): of one document's items, the one that gives its count
 * as a target ("Tegen het schooljaar 2027-2028 wil ik dat jaarlijks 5.000 werknemers …") before one that counts what was
 * reached, when it covers nearly as much (within `margin`).
 */
export function preferTargetCount(candidates: Candidate[], query: AnalysedQuery, covers: (c: Candidate) => boolean, margin: number): void {
  if (query.answerType !== 'count' || !asksCountWanted(query.clean.text)) return;
  const givesTarget = (c: Candidate) => sentencesOf(c.target.doc.text, c.target.span).some((s) => holdsAnswerType(s, 'count') && statesTarget(s));
  preferWithinDocument(candidates, (c) => c.target.doc.id, givesTarget, (above, c) => covers(c) && c.confidence >= above.confidence - margin);
}
