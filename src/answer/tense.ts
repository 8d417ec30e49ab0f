import type { Span } from '../corpus/sentences.js';
import { foldDiacritics } from '../search/analyze.js';
import { holdsAnswerType } from './answer-type.js';
import { asksAboutDeciding, decisionOpen } from './gaps.js';
import { MONTH_NAMES, monthOf } from './year-part.js';

/**
 * Tense: a question about when something happened ("When did the Lindebeke site open?", "Wanneer werd het terrein
 * in gebruik genomen?") is not answered by a date the passage gives as expected ("wordt naar verwachting in het
 * najaar van 2026 in gebruik genomen"). When that answer was written it had not happened yet; a later question that
 * follows it up may say when it did.
 */
const ASKS_WHEN_IT_HAPPENED = /^(?:\S+\s+){0,2}?(?:when|wanneer)\s+(?:did|was|were|werd|werden)\b/;
/**
 * A Dutch question puts the finite verb right after "wanneer" and the subject after it (V2): in the simple past, a
 * weak verb's -de or -te ("Wanneer besliste de regering …"), or a strong verb's own form, those of the verbs that
 * report acts and decisions ("Wanneer nam de minister …"). The subject's opening tells the verb from an adjective in
 * a clause that "wanneer" opens ("Wanneer beide ouders werken, …").
 */
const WHEN_IN_DUTCH_PAST =
  /^(?:\S+\s+){0,2}?wanneer\s+(\p{L}{3,}(?:de|te)|nam|namen|kwam|kwamen|begon|begonnen|besloot|besloten|gaf|gaven|kreeg|kregen|ging|gingen|trad|traden|sprak|spraken|ontving|ontvingen|verscheen|verschenen|vond|vonden|hield|hielden|liep|liepen)\s+(?:de|het|een|hij|zij|ze|men|u|er|dit|deze|die|dat|minister|mevrouw|meneer|\p{Lu})/u;
/** The verb of an English question about when: "When were the results expected?" ends in its participle. */
const ENGLISH_WHEN_VERB = /^(?:\S+\s+){0,2}?when\s+(?:did|was|were)\b.*?(\p{L}+)\W*$/u;
/**
 * Expecting, planning or wanting, in any tense, asks the date expected or aimed at: "When were the results expected?",
 * "Tegen wanneer verwachtte …", "Tegen wanneer wilde de minister de wachttijd onder vijf weken krijgen?". Read on the
 * question's verb, not on an adjective ("Wanneer opende het geplande centrum?").
 */
const EXPECTING = /^(?:expect\w*|plann\w*|scheduled|wanted|intended|aimed|hoped|verwacht\w*|plande|planden|gepland|voorzag|hoopte|hoopten|wilde|wilden|wou|wouden|beoogde|beoogden|streefde|streefden)$/;
/**
 * A verb of wanting or planning, in the past, as the finite verb of a question about a count: right after
 * "hoeveel" and what it counts ("Hoeveel scholen wilde de minister …"), not in a relative clause ("Hoeveel gezinnen
 * die een woning wilden, kregen er een?"); in English after "did" (`expecting`).
 */
const HOW_MANY_THEN_VERB = String.raw`^(?:\S+\s+){0,3}?hoeveel\s+(?:(?!die\b|dat\b|wie\b)\S+\s+){0,3}?`;
const WANTED_FINITE = new RegExp(`${HOW_MANY_THEN_VERB}(?:wilde|wilden|wou|wouden|plande|planden|verwachtte|verwachtten|hoopte|hoopten|beoogde|beoogden|streefde|streefden)\\b`);
/** The same in the present ("How many workers does the minister want to see …", "Hoeveel … wil de minister …"). */
const WANTING_NOW = new RegExp(
  `\\b(?:does|do)\\b.*\\b(?:want|aim|plan|intend|hope|expect)\\b|${HOW_MANY_THEN_VERB}(?:wil|willen|plant|plannen|verwacht|verwachten|hoopt|hopen|beoogt|beogen|streeft|streven)\\b`,
);
/** A count asked by the name of a target ("het streefcijfer", "the target"), not a target group. */
const TARGET_NOUN = /\b(?:streefcijfers?|doelstelling(?:en)?|streefdoel|targets?(?![-\s]groups?)|goals?)\b/;
const DID_EXPECT = /\bdid\b.*\b(?:expect|plan|intend|hope|aim|want|schedule)\b/;
/** Whether a count is asked as the one wanted, planned or expected, in any tense, not as what came of it. */
export function asksCountWanted(question: string): boolean {
  const q = fold(question);
  return WANTED_FINITE.test(q) || DID_EXPECT.test(q) || WANTING_NOW.test(q) || TARGET_NOUN.test(q);
}
/** A date given as expected or planned, not as past: "naar verwachting", "zal … starten", "is gepland voor mei". */
const EXPECTED = /\b(?:naar verwachting|verwacht|verwachten|gepland|zal|zullen|expected|planned|will)\b/;

/**
 * The same for a count: "Hoeveel deelnemers waren zes maanden later effectief aan het werk?" asks how many it came
 * to, in the past tense or with a word for what came of it ("effectief", "actually"), which a target does not give.
 */
const ASKS_HOW_MANY_IT_CAME_TO = /^(?:\S+\s+){0,3}?(?:hoeveel|how many)\b.*\b(?:waren|werden|hadden|did|were|effectief|uiteindelijk|daadwerkelijk|actually|eventually|really)\b/;
/** A figure given as a target, not a result: "moeten samen minstens 2.400 deelnemers bereiken", "het streefcijfer is …". */
const TARGET = /\b(?:moet|moeten|wil|willen|zal|zullen|streeft|streven|beoogt|beogen|streefcijfer|streefcijfers|doelstelling|target|aims?)\b/;
/** Whether a sentence gives its figure as a target: what must, will or is wanted to be ("Tegen 2028 wil ik jaarlijks 5.000 …"). */
export const statesTarget = (sentence: string): boolean => TARGET.test(fold(sentence));

const fold = (s: string) => foldDiacritics(s).toLowerCase();

/** Whether the question asks what happened, in the past tense: when it happened, or how many it came to. */
export function asksWhatHappened(question: string): boolean {
  const q = fold(question);
  // The subject's capital is read on the question as typed; the rest folded.
  const dutchPast = WHEN_IN_DUTCH_PAST.exec(foldDiacritics(question).replace(/^\s*\S*\s*\S*\s*wanneer/i, (m) => m.toLowerCase()))?.[1]?.toLowerCase();
  const englishVerb = ENGLISH_WHEN_VERB.exec(q)?.[1];
  // After "did", the verb stands bare: "When did the minister expect the report?".
  const expecting = [dutchPast, englishVerb].some((verb) => verb !== undefined && EXPECTING.test(verb)) || DID_EXPECT.test(q);
  // So does a count ("How many schools did the minister want built …", "Hoeveel scholen wilde …"): the target.
  // Read on the finite verb of wanting, not on an adjective ("the planned course", "het geplande centrum").
  const countExpected = expecting || WANTED_FINITE.test(q);
  return ((ASKS_WHEN_IT_HAPPENED.test(q) || dutchPast !== undefined) && !expecting) || (ASKS_HOW_MANY_IT_CAME_TO.test(q) && !countExpected);
}

/** What the passage's dates are read against: when its answer was written, and whether the question asks of a decision. */
export interface DatingFrame {
  /** The question's date (ISO), which the answer follows by weeks (see WRITING_MARGIN_MONTHS). */
  askedOn: string | null;
  /** The answer's date (ISO), when the Parliament's record gives it. */
  answeredOn: string | null;
  /** The question asks when something was decided: a decision the sentence says is still to take dates nothing past. */
  asksDecision: boolean;
}

/** The question's traits of tense (see QuestionTraits): whether it asks what happened, and whether of a decision. */
export function tenseTraits(question: string): { pastEvent: boolean; asksDecision: boolean } {
  return { pastEvent: asksWhatHappened(question), asksDecision: asksAboutDeciding(question) };
}

/**
 * The first sentence of the passage that dates the matter asked, when every one gives its date as expected, as a
 * decision still to take ("beslist de regering in het najaar of …", for a question about the decision), or, in a
 * sentence not in the past tense, later than the answer was written; else null. The matter's sentences are the dated
 * ones that share most of the question (`overlapWithQuestion`), or all when none shares any.
 */
export function datedAsExpectedOnly(sentences: readonly (Span & { text: string })[], overlapWithQuestion: (text: string) => number, frame: DatingFrame): Span | null {
  const expected = (text: string) =>
    EXPECTED.test(fold(text)) || (frame.asksDecision && decisionOpen(text)) || (!PAST_TENSE.test(fold(text)) && datedAfterWriting(text, frame));
  const dated = sentences.filter((s) => holdsAnswerType(s.text, 'date'));
  const overlaps = new Map(dated.map((s) => [s, overlapWithQuestion(s.text)]));
  const most = Math.max(0, ...overlaps.values());
  const given = most > 0 ? dated.filter((s) => overlaps.get(s) === most) : dated;
  return given.length > 0 && given.every((s) => expected(s.text)) ? given[0]! : null;
}

/**
 * A question about when something is still to happen, in the future tense: "When will recruitment become anonymous?",
 * "Wanneer zal …". Its answer is a date the passage gives as expected or later than its writing. Not "Tegen wanneer
 * verwachtte …" or "From when did the minister plan …": those ask the date a past answer expected.
 */
const ASKS_WHEN_IT_WILL = /^(?:\S+\s+){0,2}?(?:when\s+will|wanneer\s+(?:zal|zullen))\b/;

export const asksWhenItWill = (question: string): boolean => ASKS_WHEN_IT_WILL.test(fold(question));

/**
 * Whether a plan will be met by a deadline: "Will the new classrooms be ready by September 2027?", "Zullen de
 * woningen tegen eind 2027 klaar zijn?". A later answer that revises the plan says how it stands, as for "When will".
 */
const ASKS_IF_MET_BY = /^(?:will|zal|zullen)\b.*\b(?:by|before|tegen|voor)\s+(?:[^\s\d]+[\s-]+){0,3}?\d{4}\b/u;
export const asksIfMetBy = (question: string): boolean => ASKS_IF_MET_BY.test(fold(question));

/** Whether the passage gives a date as expected or later than it was written: what a question about the future asks. */
export function givesDateAhead(sentences: readonly { text: string }[], frame: DatingFrame): boolean {
  return sentences.some((s) => holdsAnswerType(s.text, 'date') && (EXPECTED.test(fold(s.text)) || datedAfterWriting(s.text, frame)));
}

/** A sentence in the past tense says what happened, whatever its date: "Het project werd op 15 september geëvalueerd". */
const PAST_TENSE = /\b(?:werd|werden|was|waren|heeft|hebben|had|hadden)\b/;

/**
 * A date later than the answer was written is one it could only expect, whatever its tense: "Het proefproject wordt
 * in september 2025 geëvalueerd" in an answer to a question of May 2025. Without the answer's own date, the question's
 * stands in, and a date counts as later only past the weeks an answer takes; a year alone only when it is a later year.
 */
const WRITING_MARGIN_MONTHS = 2;
const ISO_DATE = /^(\d{4})-(\d{2})/;
const SEASON_MONTHS: Record<string, number> = { begin: 1, voorjaar: 3, lente: 3, midden: 6, zomer: 6, najaar: 9, herfst: 9, winter: 12, eind: 12, einde: 12 };
const DATE_MENTION = new RegExp(`\\b(?:(${Object.keys(SEASON_MONTHS).join('|')}|${MONTH_NAMES})\\s+(?:van\\s+)?)?((?:19|20)\\d{2})\\b`, 'g');

export function datedAfterWriting(text: string, frame: DatingFrame): boolean {
  const iso = ISO_DATE.exec(frame.answeredOn ?? frame.askedOn ?? '');
  if (!iso) return false;
  const [year, month] = [Number(iso[1]), Number(iso[2])];
  const margin = frame.answeredOn ? 0 : WRITING_MARGIN_MONTHS;
  const mentions = [...fold(text).matchAll(DATE_MENTION)];
  const later = (m: RegExpMatchArray) => {
    const at = Number(m[2]);
    const part = m[1] ? (SEASON_MONTHS[m[1]] ?? monthOf(m[1])) : null;
    return part === null ? at > year : at * 12 + part > year * 12 + month + margin;
  };
  return mentions.length > 0 && mentions.every(later);
}

/** The first sentence of the passage that counts the matter asked, when every one gives its count as a target; else null. */
export function countedAsTargetOnly(sentences: readonly (Span & { text: string })[], speaksOfIt: (text: string) => boolean): Span | null {
  const all = sentences.filter((s) => holdsAnswerType(s.text, 'count'));
  const ofIt = all.filter((s) => speaksOfIt(s.text));
  const given = ofIt.length > 0 ? ofIt : all;
  return given.length > 0 && given.every((s) => TARGET.test(fold(s.text))) ? given[0]! : null;
}
