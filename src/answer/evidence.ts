import { foldDiacritics } from '../search/analyze.js';
import { splitSentences, type Span } from '../corpus/sentences.js';
import { holdsAnswerType, holdsNumber, NAMES_ASKED, NUMERAL, originNamed, SETTING_APART } from './answer-type.js';
import type { QueryTerm } from './checks.js';
import { termsOf } from './passage-analysis.js';
import { askedKind, countsBefore, focusPresent, isEnglishPlural } from './counted.js';
import { figuresIn } from './named.js';
import { questionFigures } from './question-figures.js';

/** A pronominal adverb that points back ("daarvan", "hierdoor"); not "daarna" or "daarnaast", which order or add. */
export const POINTING_ADVERB = '(?:daar|hier)(?:in|bij|van|onder|over|mee|voor|door|op|aan|uit)\\b';
/** A word that points back to the sentence before: "Daarin …", "Hiervoor …", "Die begeleiding …". */
const REFERS_TO_PREVIOUS = `(?:${POINTING_ADVERB}|(?:die|deze|dat|dit)\\s)`;
const STARTS_POINTING_BACK = new RegExp(`^${REFERS_TO_PREVIOUS}`, 'i');

/**
 * A sentence that goes on from the one before: a list line, "Het gaat om …", "namelijk …", a count that narrows
 * it, a demonstrative that points back ("Die begeleiding wordt aangeboden door …").
 */
const LEANS_ON_PREVIOUS = new RegExp(
  `^(?:[-–•·▪◦*]\\s|het gaat om\\b|namelijk\\b|${REFERS_TO_PREVIOUS}|onder meer\\b|` +
    // A count that narrows the one before: "Negen besturen dienden een aanvraag in. Vier besturen werden geselecteerd: …"
    `(?:\\d[\\d.]*|${NUMERAL})\\s)`,
  'i',
);

/**
 * The sentences of a passage that carry the question's matter: those that
 * cover most of its words, weighted by idf. What the question asks for must
 * stand there, or in what such a sentence opens: the list after a colon, or
 * a sentence that leans on it ("Het gaat om …", "namelijk …").
 */
export function evidenceSentences(text: string, span: Span, queryTerms: QueryTerm[], weight: (term: string) => number): string[] {
  const sentences = sentencesOf(text, span);
  const scores = sentences.map((s) => {
    const present = termsOf(s);
    return queryTerms.reduce((sum, q) => sum + (mentionsTerm(present, q) ? weight(q.term) : 0), 0);
  });
  const best = Math.max(0, ...scores);
  if (best === 0) return [];
  const out: string[] = [];
  scores.forEach((score, k) => {
    if (score < best) return;
    // "Daarin starten trajectbegeleiders …": what the sentence points back to stands in the one before.
    if (k > 0 && STARTS_POINTING_BACK.test(sentences[k]!) && !out.includes(sentences[k - 1]!)) out.push(sentences[k - 1]!);
    out.push(sentences[k]!);
    // What the sentence opens: a list after a colon, or sentences that lean on it.
    for (let j = k + 1; j < sentences.length && (sentences[j - 1]!.trimEnd().endsWith(':') || LEANS_ON_PREVIOUS.test(sentences[j]!)); j++) {
      out.push(sentences[j]!);
    }
  });
  return out;
}

/** The sentences of a passage, as text. */
export const sentencesOf = (text: string, span: Span): string[] => splitSentences(text, span.start, span.end).map((s) => text.slice(s.start, s.end));

/** The sentences of a passage that share a word with the question. */
export function sentencesSharing(text: string, span: Span, queryTerms: QueryTerm[]): string[] {
  return sentencesOf(text, span).filter((s) => {
    const present = termsOf(s);
    return queryTerms.some((q) => mentionsTerm(present, q));
  });
}

/** The question word, or one of its alternatives, among a sentence's terms. */
export const mentionsTerm = (present: ReadonlySet<string>, q: QueryTerm) => present.has(q.term) || q.alternatives.some((a) => present.has(a));

/** "Welke gemeenten …", "which 27 initiatives", "List the 28 municipalities": names of several things, which a count can stand in for. */
// Before the noun: adjectives ("West-Vlaamse"), a figure or number word ("welke veertien zwembaden").
const ASKS_WHICH_PLURAL = new RegExp(
  `^(?:(?:\\S+\\s+){0,3}?(?:welke|which)(?:\\s+(?:are|were|zijn|waren)\\s+(?:the|de))?|(?:please\\s+)?(?:list|name|noem|som)\\s+(?:de|het|the|all|alle)|` +
    // Their names asked: "Hoe heten de 55 andere sociale kruideniers", "What are the names of the …".
    `(?:\\S+\\s+){0,2}?${NAMES_ASKED}(?:\\s+(?:de|the))?)\\s+(?:(?:[\\w-]+e|\\d+|${NUMERAL}|other|andere)\\s+){0,3}[\\w-]*(?:en|s|'s|ies|a)\\b`,
);

/** Names the question sets apart ask for the others: "Apart from Haverzele and Molenvoorde, in which municipalities …". */
const SETS_APART = new RegExp(`\\b${SETTING_APART}\\s+\\p{Lu}`, 'u');

/** The others of a kind: counted after some were named ("de andere in 18 andere gemeenten"), or asked. */
const OTHERS = /^(?:andere|overige|other|remaining)$/i;

/**
 * "Welke gemeenten richtten een klankbordgroep op?" against "Daarnaast
 * richtten elf besturen een klankbordgroep op", or "Which companies were
 * fined?" against "Het opleggen van sancties is een bevoegdheid van …": the
 * sentences that carry the question's matter name none of what was asked. A
 * name elsewhere in the passage names something else. `countOnly`: they count
 * it instead. `passage`: all its sentences, among which a count the question
 * gives is looked for.
 */
export function namesNoneAsked(evidence: string[], question: string, passage: readonly string[] = evidence): { countOnly: boolean } | null {
  const kind = askedKind(question);
  // "Which are the 18 other municipalities …": names beside a count of the others are not the others' names.
  const asksOthers = question.split(/[^\p{L}]+/u).some((w) => OTHERS.test(w)) || SETS_APART.test(question);
  // Where people come from is named by its own reading too (originNamed): "uit Oekraïne" is no proper noun of a kind.
  const origin = originNamed(question);
  const names = (s: string) => (origin?.(s) ?? false) || (holdsAnswerType(s, 'name', question) && !(kind !== null && countsKindOnly(s, kind, asksOthers)));
  // English puts adjectives and nouns before the plural ("which twelve cultural centres", "which OKAN schools"): the
  // kind asked, read as a plural, tells as well.
  const folded = foldDiacritics(question).toLowerCase();
  const asksPlural = ASKS_WHICH_PLURAL.test(folded) || (kind !== null && /\bwhich\b/.test(folded) && isEnglishPlural(kind));
  if (!asksPlural || evidence.length === 0) return null;
  // A count the question gives pins the set it asks ("In which 14 languages …" is the "14 talen" of one sentence,
  // "which five" the "vijf andere talen" beside the one named): names elsewhere are of other things. When the
  // sentence of the passage that counts the set names none of it, none are given.
  const given = questionFigures(question);
  // The names may follow in the next sentence ("… met de 28 gemeenten. Het gaat om Dennegem, Vlasbeke en …").
  const pinned = kind === null || given.length === 0 ? [] : passage.flatMap((s, k) => (countsBefore(s, kind) && figuresIn(s).some((f) => given.includes(f)) ? [k] : []));
  // Not after a list item: the next item is a sibling ("- vier wijkgezondheidscentra krijgen een toelage;\n- de vzw
  // Open Spreekuur organiseert …"), whose names are of its own matter.
  const namesNext = (k: number) => passage[k + 1] !== undefined && !LIST_ITEM.test(passage[k]!) && names(passage[k + 1]!);
  const namesNone = (k: number) => !(origin?.(passage[k]!) ?? false) && countsKindOnly(passage[k]!, kind!, true) && !namesNext(k);
  if (pinned.length > 0 && pinned.every(namesNone)) return { countOnly: true };
  return evidence.some(names) ? null : { countOnly: evidence.some(holdsNumber) };
}


/**
 * "… gegeven door de vzw Wegwijzer, in samenwerking met elf erkende rijscholen uit de drie regio's": a sentence that
 * counts the kind asked names none of that kind, unless it counts the others after naming some (not when the others
 * are asked), names follow it ("twee rijscholen: Vlot en Veilig"; "elf rijscholen in Limburg" is left as naming, to
 * be safe) or a list it opens. Its other names ("de vzw Wegwijzer") are of other things.
 */
function countsKindOnly(sentence: string, kind: string, asksOthers: boolean): boolean {
  // A list the sentence opens with a colon names what it counts: "sloten vier gemeenten aan …: Kapelhove, …".
  if (!countsBefore(sentence, kind) || /:\s*(?:[-–•*]\s*)?\p{Lu}/u.test(sentence)) return false;
  const words = sentence.split(/\s+/);
  const isKind = (w: string) => focusPresent(kind, [w.replace(/[^\p{L}-]/gu, '')]);
  // "de andere gezinnen woonden in 18 andere gemeenten": a count of the others follows names of the kind.
  // When the others are asked, that count is all the sentence says of them, whatever it names before.
  const countsOthers = words.some((w, i) => i > 0 && isKind(w) && words.slice(Math.max(0, i - 3), i).some((n) => OTHERS.test(n)));
  if (countsOthers) return asksOthers;
  // Names follow it also after what opens a list and an article: "17 talen, onder meer het Arabisch, het Dari, …".
  const named = (from: number) => words.slice(from).filter((n) => !LIST_OPENER.test(n)).slice(0, 3).some((n) => /^\(?\p{Lu}/u.test(n));
  return !words.some((w, i) => isKind(w) && (/[:(]$/.test(w) || named(i + 1)));
}

/** A sentence that is an item of a bulleted list. */
export const LIST_ITEM = /^\s*[-–•·▪◦*]\s/u;

/** Words that open a list of examples, and articles: "onder meer het …", "zoals de …", "including the …". */
const LIST_OPENER = /^(?:onder|meer|zoals|namelijk|waaronder|vooral|het|de|the|such|as|including|namely|mainly)$/i;
