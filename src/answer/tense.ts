import type { Span } from '../corpus/sentences.js';
import { foldDiacritics } from '../search/analyze.js';
import { holdsAnswerType } from './answer-type.js';

/**
 * Tense: a question about when something happened ("When did the Lindebeke site open?", "Wanneer werd het terrein
 * in gebruik genomen?") is not answered by a date the passage gives as expected ("wordt naar verwachting in het
 * najaar van 2026 in gebruik genomen"). When that answer was written it had not happened yet; a later question that
 * follows it up may say when it did.
 */
const ASKS_WHEN_IT_HAPPENED = /^(?:\S+\s+){0,2}?(?:when|wanneer)\s+(?:did|was|were|werd|werden)\b/;
/** A date given as expected or planned, not as past: "naar verwachting", "zal … starten", "is gepland voor mei". */
const EXPECTED = /\b(?:naar verwachting|verwacht|verwachten|gepland|zal|zullen|expected|planned|will)\b/;

const fold = (s: string) => foldDiacritics(s).toLowerCase();

/** Whether the question asks when something happened, in the past tense. */
export const asksWhenItHappened = (question: string): boolean => ASKS_WHEN_IT_HAPPENED.test(fold(question));

/**
 * The first sentence of the passage that dates the matter asked, when every one gives its date as expected; else
 * null. The matter's sentences are those that share the question's words (`speaksOfIt`), or all when none does.
 */
export function datedAsExpectedOnly(sentences: readonly (Span & { text: string })[], speaksOfIt: (text: string) => boolean): Span | null {
  const allDated = sentences.filter((s) => holdsAnswerType(s.text, 'date'));
  const ofIt = allDated.filter((s) => speaksOfIt(s.text));
  const dated = ofIt.length > 0 ? ofIt : allDated;
  return dated.length > 0 && dated.every((s) => EXPECTED.test(fold(s.text))) ? dated[0]! : null;
}
