import type { Span } from '../corpus/sentences.js';
import { foldDiacritics, terms } from '../search/analyze.js';
import { holdsAnswerType, STILL_TO_COME } from './answer-type.js';
import { saysUnavailable } from './gaps.js';
import { joinedFormsOf, termsOf } from './passage-analysis.js';
import { datedAfterWriting, type DatingFrame } from './tense.js';
import type { QueryTerm } from './checks.js';

/**
 * The findings of a study are that study's. "Wat leert het onderzoek van
 * Noorderzande?" is not answered by a passage that gives the participants'
 * satisfaction scores and says of the study itself that its results are
 * expected next spring: the results it gives come from elsewhere. A study
 * is a kind of document or inquiry (the nouns below, in both languages);
 * which one the question means is the passage's business.
 */
const STUDY_NOUNS = 'evaluatie onderzoek studie rapport eindrapport bevraging enquete audit doorlichting proef proefproject evaluation study research report survey review pilot trial';
const STUDY = new Set(STUDY_NOUNS.split(' ').flatMap((w) => terms(w)));
/** Every study's stems, for a question that names who studies rather than the study. */
const EVERY_STUDY = [...STUDY];

/**
 * Studying, in the present: "Het Steunpunt evalueert het proefproject", "onderzoekt sinds 2024": a study under way.
 * After a determiner, with or without an adjective, the plural is a noun: "Hoe worden de (medische) onderzoeken
 * aangepast" speaks of examinations.
 */
const STUDYING = /\b(?:evalueert|onderzoekt|bestudeert|evaluates|examines|investigates|is (?:evaluating|studying|examining))\b|(?<!\b(?:de|deze|alle|hun|hoeveel)\s+(?:[a-z]+e\s+)?)\b(?:evalueren|onderzoeken|bestuderen)\b/;

/** Still under way or awaited: "loopt nog", "wordt momenteel uitgevoerd", "Ik wil eerst de resultaten afwachten". */
const UNDER_WAY = /\b(?:loopt|lopen)\s+(?:\S+\s+){0,2}?nog\b|\bnog\s+(?:bezig|lopende|aan de gang)\b|\bmomenteel\b|\b(?:afwachten|afwacht|wachten op|wacht op)\b|\b(?:still|currently)\s+(?:running|ongoing|under way|underway)\b/;

/**
 * Starting ("start", "begint", "gaat … van start", "de start"), at a date later than the answer was written: "Het
 * leesproject gaat in oktober 2026 van start" in an answer of May 2026 speaks of a study still to start, which has
 * found nothing yet. Its dates decide, not its tense: "Sinds de start in januari 2024 …" is under way.
 */
const STARTS = /\b(?:start|starten|begint|beginnen|starts|begins)\b/;

const fold = (s: string) => foldDiacritics(s).toLowerCase();

/** A purpose names what is to be found, not a finding: "Om ook de effecten … te meten, voert … een onderzoek uit". */
const PURPOSE = /\bom\s+(?:\S+\s+){0,12}?te\s+\S+|\bin order to\s+\S+/giu;

/** A comparison with the plan dates what is done: "een maand later dan gepland afgerond", "sooner than expected". */
const THAN_PLANNED = /\b(?:dan|than)\s+(?:gepland|verwacht|voorzien|planned|expected)\b/g;

type Sentence = Span & { text: string };

/** A study's last word asked ("het eindrapport", "the final evaluation", "de definitieve resultaten"), by its stems. */
const FINAL = /^(?:eind(?:rapport|verslag|evaluatie|resultat|conclusie|onderzoek)\w*|final|definitiev?)$/;
/** First or interim results, which are not the last word: "De eerste resultaten van de evaluatie werden … voorgesteld". */
const INTERIM = /\b(?:eerste|tussentijdse?|voorlopige?|first|interim|preliminary)\s+(?:\w+\s+)?(?:resultaten|bevindingen|conclusies|cijfers|rapport|verslag|results|findings|conclusions|figures|report)\b/;

/** Whether the question asks a study's final findings, by its terms. */
export function asksFinalStudy(queryTerms: QueryTerm[]): boolean {
  return queryTerms.some((q) => [q.term, ...q.alternatives].some((t) => FINAL.test(t)));
}

/** The stems by which the question names a study (its own word and its Dutch renderings), or none. */
export function studyForms(queryTerms: QueryTerm[]): string[] {
  return queryTerms.flatMap((q) => [q.term, ...q.alternatives].filter((t) => STUDY.has(t)));
}

/**
 * "Wat concludeert de Hogeschool Ravelsbeke over …" names who studies, not the study: it asks the findings of whatever
 * study a sentence of the passage that names that body speaks of. The stems of every study then, or none.
 */
export function studyByNamedBody(sentences: readonly { text: string }[], namesBody: (text: string) => boolean): string[] {
  return sentences.some((s) => namesBody(s.text) && namesStudy(EVERY_STUDY, s.text)) ? EVERY_STUDY : [];
}

/**
 * Whether a text names the study (or a compound of it: "eindevaluatie",
 * "impactonderzoek") or speaks of studying in the present.
 */
export function namesStudy(forms: string[], text: string): boolean {
  return forms.some((f) => termsOf(text).has(f) || joinedFormsOf(text).includes(f)) || STUDYING.test(fold(text));
}

/**
 * For a question that asks the findings of a study: the passage's sentence
 * that says the study still runs or its results are still to come, when no
 * sentence on the study (or the one right after a finished one: "Ze toont
 * …") gives a finding; of the final study asked (`final`), first results are
 * none. Null when the passage reports the study's findings,
 * or does not speak of it as unfinished.
 */
export function studyStillPending(forms: string[], sentences: Sentence[], final = false, frame: DatingFrame | null = null): Sentence | null {
  if (forms.length === 0) return null;
  const names = (s: Sentence) => namesStudy(forms, s.text);
  const startsLater = (text: string) => frame !== null && STARTS.test(fold(text)) && datedAfterWriting(text, frame);
  const pending = (s: Sentence) => saysUnavailable(s.text) || startsLater(s.text) || [STILL_TO_COME, UNDER_WAY, STUDYING].some((p) => p.test(fold(s.text).replace(THAN_PLANNED, ' ')));
  // First results are no finding of the final report asked: "Het eindrapport wordt in november 2026 verwacht".
  const interim = (s: Sentence) => final && INTERIM.test(fold(s.text));
  const finding = (s: Sentence | undefined) => s !== undefined && !pending(s) && !interim(s) && holdsAnswerType(s.text.replace(PURPOSE, ' '), 'outcome');
  const naming = sentences.flatMap((s, k) => (names(s) ? [k] : []));
  const unfinished = naming.find((k) => pending(sentences[k]!));
  if (unfinished === undefined) return null;
  // The sentence after goes on about the study ("Ze toont …") unless this one left it unfinished.
  if (naming.some((k) => finding(sentences[k]) || (!pending(sentences[k]!) && finding(sentences[k + 1])))) return null;
  return sentences[unfinished]!;
}
