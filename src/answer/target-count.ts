import { foldDiacritics } from '../search/analyze.js';
import { holdsAnswerType } from './answer-type.js';
import { sentencesOf } from './evidence.js';
import type { AnalysedQuery } from './query.js';
import { preferWithinDocument } from './rerank.js';
import type { Candidate } from './select.js';
import { statesTarget } from './tense.js';

/**
 * A count asked as a target: what someone wants, aims at or plans to reach ("How many workers a year does the minister
 * want to see taking training leave?", "Hoeveel zij-instromers wilde de minister bereiken?"), not what was reached.
 */
const ASKS_TARGET =
  /\b(?:wants?|wanted|aims?|aimed|hopes?|hoped|plans?|planned|intends?|intended)\s+(?:\w+\s+){0,3}?(?:to\s+(?:see|reach|have|get|train|welcome)|for|at)\b|\b(?:target|targets|goal|goals)\b|\b(?:wil|wilde|willen|wilden|hoopt|hoopte|beoogt|beoogde|streeft|streefde)\b[^?]*\b(?:bereiken|halen|zien|opleiden|begeleiden|bereikt|gehaald)\b|\b(?:streefcijfer|streefcijfers|doelstelling|doelstellingen|streefdoel)\b/;

export const asksTargetCount = (question: string): boolean => ASKS_TARGET.test(foldDiacritics(question).toLowerCase());

/**
 * Of one document's items, the one whose count is given as a target ("Tegen het schooljaar 2027-2028 wil ik dat jaarlijks
 * 5.000 werknemers …") before one that counts what was reached, when it covers nearly as much (within `margin`).
 */
export function preferTargetCount(candidates: Candidate[], query: AnalysedQuery, covers: (c: Candidate) => boolean, margin: number): void {
  if (query.answerType !== 'count' || !asksTargetCount(query.clean.text)) return;
  const givesTarget = (c: Candidate) => sentencesOf(c.target.doc.text, c.target.span).some((s) => holdsAnswerType(s, 'count') && statesTarget(s));
  preferWithinDocument(candidates, (c) => c.target.doc.id, givesTarget, (above, c) => covers(c) && c.confidence >= above.confidence - margin);
}
