import type { Span } from '../corpus/sentences.js';
import { foldDiacritics } from '../search/analyze.js';
import { holdsAnswerType } from './answer-type.js';
import { decisionOpen } from './gaps.js';
import { MONTH_NAMES, monthOf } from './year-part.js';

/**
 * Tense: a question about when something happened ("When did the Lindebeke site open?", "Wanneer werd het terrein
 * in gebruik genomen?") is not answered by a date the passage gives as expected ("wordt naar verwachting in het
 * najaar van 2026 in gebruik genomen"). When that answer was written it had not happened yet; a later question that
 * follows it up may say when it did.
 */
const ASKS_WHEN_IT_HAPPENED = /^(?:\S+\s+){0,2}?(?:when|wanneer)\s+(?:did|was|were|werd|werden)\b/;
/**
 * Dutch puts the finite verb right after "wanneer", in the simple past: a weak verb's -de or -te ("Wanneer besliste
 * de regering …"), or a strong verb's own form, those of the verbs that report acts and decisions ("Wanneer nam …").
 */
const WHEN_IN_DUTCH_PAST = /^(?:\S+\s+){0,2}?wanneer\s+(?:\p{L}{3,}(?:de|te)|nam|namen|kwam|kwamen|begon|begonnen|besloot|besloten|gaf|gaven|kreeg|kregen|ging|gingen|trad|traden|sprak|spraken|ontving|ontvingen|verscheen|verschenen)\b/u;
/**
 * Expecting, planning or wanting, in any tense, asks the date expected or aimed at: "When were the results expected?",
 * "Tegen wanneer verwachtte …", "Tegen wanneer wilde de minister de wachttijd onder vijf weken krijgen?".
 */
const EXPECTING = /\b(?:expect\w*|plann\w*|scheduled|foreseen|wanted|intended|aimed|hoped|verwacht\w*|plande|planden|gepland|voorzag|voorzien|hoopte|hoopten|wilde|wilden|wou|wouden|beoogde|beoogden|streefde|streefden)\b/;
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
  return ((ASKS_WHEN_IT_HAPPENED.test(q) || WHEN_IN_DUTCH_PAST.test(q)) && !EXPECTING.test(q)) || ASKS_HOW_MANY_IT_CAME_TO.test(q);
}

/**
 * The first sentence of the passage that dates the matter asked, when every one gives its date as expected, as a
 * decision still to take ("beslist de regering in het najaar of …"), or later than the question was asked; else
 * null. The matter's sentences are the dated ones that share most of the question (`share`), or all when none does.
 */
export function datedAsExpectedOnly(sentences: readonly (Span & { text: string })[], share: (text: string) => number, writtenOn: string | null = null): Span | null {
  const expected = (text: string) => EXPECTED.test(fold(text)) || decisionOpen(text) || (writtenOn !== null && datedAfterWriting(text, writtenOn));
  const dated = sentences.filter((s) => holdsAnswerType(s.text, 'date'));
  const most = Math.max(0, ...dated.map((s) => share(s.text)));
  return givenOnlyAs(dated, (text) => most > 0 && share(text) === most, 'date', expected);
}

/**
 * A date later than the document was written is one the answer could only expect, whatever its tense: "Het
 * proefproject wordt in september 2025 geëvalueerd" in an answer to a question of May 2025. The answer follows the
 * question by weeks, so a date counts as later only past a margin; a year alone only when it is a later year.
 */
const WRITING_MARGIN_MONTHS = 2;
const SEASON_MONTHS: Record<string, number> = { begin: 1, voorjaar: 3, lente: 3, midden: 6, zomer: 6, najaar: 9, herfst: 9, winter: 12, eind: 12, einde: 12 };
const DATE_MENTION = new RegExp(`\\b(?:(${Object.keys(SEASON_MONTHS).join('|')}|${MONTH_NAMES})\\s+(?:van\\s+)?)?((?:19|20)\\d{2})\\b`, 'g');

function datedAfterWriting(text: string, writtenOn: string): boolean {
  const [year, month] = writtenOn.split('-').map(Number) as [number, number];
  const mentions = [...fold(text).matchAll(DATE_MENTION)];
  const later = (m: RegExpMatchArray) => {
    const at = Number(m[2]);
    const part = m[1] ? (SEASON_MONTHS[m[1]] ?? monthOf(m[1])) : null;
    return part === null ? at > year : at * 12 + part > year * 12 + month + WRITING_MARGIN_MONTHS;
  };
  return mentions.length > 0 && mentions.every(later);
}

/** The first sentence of the passage that counts the matter asked, when every one gives its count as a target; else null. */
export function countedAsTargetOnly(sentences: readonly (Span & { text: string })[], speaksOfIt: (text: string) => boolean): Span | null {
  return givenOnlyAs(sentences, speaksOfIt, 'count', TARGET);
}

function givenOnlyAs(sentences: readonly (Span & { text: string })[], speaksOfIt: (text: string) => boolean, type: 'date' | 'count', as: RegExp | ((text: string) => boolean)): Span | null {
  const all = sentences.filter((s) => holdsAnswerType(s.text, type));
  const ofIt = all.filter((s) => speaksOfIt(s.text));
  const given = ofIt.length > 0 ? ofIt : all;
  const isAs = typeof as === 'function' ? as : (text: string) => as.test(fold(text));
  return given.length > 0 && given.every((s) => isAs(s.text)) ? given[0]! : null;
}
