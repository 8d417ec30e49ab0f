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

/**
 * The same for a count: "Hoeveel deelnemers waren zes maanden later effectief aan het werk?" asks how many it came
 * to, in the past tense or with a word for what came of it ("effectief", "actually"), which a target does not give.
 */
const ASKS_HOW_MANY_IT_CAME_TO = /^(?:\S+\s+){0,3}?(?:hoeveel|how many)\b.*\b(?:waren|werden|hadden|did|were|effectief|uiteindelijk|daadwerkelijk|actually|eventually|really)\b/;
/** A figure given as a target, not a result: "moeten samen minstens 2.400 deelnemers bereiken", "het streefcijfer is …". */
const TARGET = /\b(?:moet|moeten|wil|willen|zal|zullen|streeft|streven|beoogt|beogen|streefcijfer|streefcijfers|doelstelling|target|aims?)\b/;

const fold = (s: string) => foldDiacritics(s).toLowerCase();

/** Whether the question asks what happened, in the past tense: when it happened, or how many it came to. */
export function asksWhatHappened(question: string): boolean {
  const q = fold(question);
  return ASKS_WHEN_IT_HAPPENED.test(q) || ASKS_HOW_MANY_IT_CAME_TO.test(q);
}

/**
 * The first sentence of the passage that dates the matter asked, when every one gives its date as expected; else
 * null. The matter's sentences are those that share the question's words (`speaksOfIt`), or all when none does.
 */
export function datedAsExpectedOnly(sentences: readonly (Span & { text: string })[], speaksOfIt: (text: string) => boolean): Span | null {
  return givenOnlyAs(sentences, speaksOfIt, 'date', EXPECTED);
}

/** The first sentence of the passage that counts the matter asked, when every one gives its count as a target; else null. */
export function countedAsTargetOnly(sentences: readonly (Span & { text: string })[], speaksOfIt: (text: string) => boolean): Span | null {
  return givenOnlyAs(sentences, speaksOfIt, 'count', TARGET);
}

function givenOnlyAs(sentences: readonly (Span & { text: string })[], speaksOfIt: (text: string) => boolean, type: 'date' | 'count', as: RegExp): Span | null {
  const all = sentences.filter((s) => holdsAnswerType(s.text, type));
  const ofIt = all.filter((s) => speaksOfIt(s.text));
  const given = ofIt.length > 0 ? ofIt : all;
  return given.length > 0 && given.every((s) => as.test(fold(s.text))) ? given[0]! : null;
}
