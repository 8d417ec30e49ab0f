import { terms, tokenize } from '../search/analyze.js';
import type { QueryTerm } from './checks.js';
import { termsOf } from './passage-analysis.js';
import { mentionsTerm, sentencesOf } from './evidence.js';
import { NEGATED_PREFIXED } from './counted.js';

/**
 * Outcomes that come in opposite pairs: approved or rejected, signed or
 * withdrawn, passed or failed, up or down. "Hoeveel diversiteitsplannen werden
 * afgekeurd?" shares every word but one with "In 2016 werden 412
 * diversiteitsplannen goedgekeurd", and that one word turns the fact around.
 * Each group lists the forms of one side (Dutch, and English for questions the
 * glossary does not render); the pairs are the genre's outcomes of calls,
 * signatures, exams, trends and programmes (continued or stopped), not
 * phrasings of any one document.
 */
const OPPOSITES: [string, string][] = [
  [
    'goedgekeurd goedgekeurde goedkeuring keurde keurden aanvaard aanvaarde geselecteerd geselecteerde selecteerde selecteerden toegekend approved accepted selected granted',
    'afgekeurd afgekeurde afkeuring afgewezen afwijzing wees weigerde weigerden geweigerd geweigerde rejected refused declined',
  ],
  ['ondertekend ondertekende tekenden ondertekenden getekend signed', 'opgezegd opgezegde zegden ingetrokken trokken withdrew withdrawn cancelled'],
  ['geslaagd geslaagde slaagde slaagden behaalden behaald passed', 'gezakt gezakte zakte zakten failed'],
  ['gestegen steeg stegen stijging toegenomen toename increased increase rose', 'gedaald daalde daalden daling afgenomen afname decreased decrease fell'],
  [
    'voortgezet voortzetten voortzetting verlengd verlenging continued extended',
    'stopgezet stopzetten stopzetting beëindigd beëindiging afgeschaft afschaffing discontinued stopped ended abolished',
  ],
];

/**
 * The two ends of a course or programme: a count of those who finished is none of those who started, nor the
 * reverse. Only counts are told apart so: "al afgerond?" asks no count. In a passage only these verb forms say it,
 * not the nouns that share their stem ("de start van het pact", "bij de afronding").
 */
const ENDS: [string, string] = [
  'gestart startte startten starten begonnen begon beginnen begint started began',
  'afgerond afgeronde afronden afrondden afrondde afmaken afgemaakt voltooid voltooide voltooien completed finished',
];
const ENDS_WORDS = new Set(ENDS.join(' ').split(' '));

const opposite = new Map<string, Set<string>>();
for (const [a, b] of [...OPPOSITES, ENDS]) {
  const sideA = new Set(terms(a));
  const sideB = new Set(terms(b));
  for (const t of sideA) opposite.set(t, sideB);
  for (const t of sideB) opposite.set(t, sideA);
}
const ENDS_STEMS = new Set(terms(ENDS.join(' ')));
const sameSide = new Map<string, Set<string>>();
for (const side of [...OPPOSITES, ENDS].flat()) {
  const stems = new Set(terms(side));
  for (const t of stems) sameSide.set(t, stems);
}

/** The stems that say the opposite of a stem ("afgekeurd" → goedgekeurd, aanvaard, …); empty when it has none. */
export function oppositesOf(stem: string): ReadonlySet<string> {
  return opposite.get(stem) ?? new Set();
}

/** The stems that say the same as a stem ("afgekeurd" → afgewezen, geweigerd, …), itself included. */
export function sameOutcomeAs(stem: string): ReadonlySet<string> {
  return sameSide.get(stem) ?? new Set([stem]);
}

/**
 * An outcome the question asks about ("afgekeurd") that neither the passage
 * nor its question item reports, where the passage reports its opposite
 * ("goedgekeurd"): the passage word, as written, or null. Where the question `counts`, the ends of a programme too.
 */
export function oppositeOutcome(queryTerms: QueryTerm[], passage: string, asked: string, counts = false): string | null {
  const askedStems = new Set(queryTerms.flatMap((q) => [q.term, ...q.alternatives]));
  for (const q of queryTerms) {
    const stems = [q.term, ...q.alternatives];
    const ends = stems.some((t) => ENDS_STEMS.has(t));
    if (ends && !counts) continue;
    const opposites = new Set(stems.flatMap((t) => [...oppositesOf(t)]));
    // A question that names both sides asks of one given the other ("Hoeveel van wie startte, rondde af?").
    if (opposites.size === 0 || [...opposites].some((t) => askedStems.has(t))) continue;
    // Each text analysed once and kept (the memo): the same passages and question items recur.
    const inPassage = termsOf(passage);
    const inAsked = termsOf(asked);
    if (stems.some((t) => [...sameOutcomeAs(t)].some((same) => inPassage.has(same) || inAsked.has(same)))) continue;
    const found = tokenize(passage).find((w) => terms(w).some((t) => opposites.has(t)) && (!ends || ENDS_WORDS.has(w)));
    if (found) return found;
  }
  return null;
}

/** A word the question negates as a modifier: "non-EU workers", "niet-Europese", "outside the EU". */
export const NEGATED_MODIFIER = /\b(?:non|niet)-([\p{L}\p{N}]+)|\b(?:buiten|outside)\s+(?:de\s+|het\s+|the\s+)?([\p{L}\p{N}]+)/giu;

/** The terms of the words a question excludes. */
export function excludedTerms(text: string): string[] {
  return [...text.matchAll(NEGATED_MODIFIER)].flatMap((m) => terms(m[1] ?? m[2]!));
}


/** The terms of the words a question negates by their prefix: what it asks the complement of. */
export const complementTerms = (text: string): string[] => [...text.matchAll(NEGATED_PREFIXED)].flatMap((m) => terms(m[1]!));

/**
 * The complement asked by a negating prefix ("niet-anonieme selecties", "non-EU nationals") where every figure
 * sentence of the passage speaks of what it complements ("de anonieme procedures"): that word of the passage, as
 * written, or null. Its figures are of the other side. A passage or question item that negates the word too ("niet-anoniem", "buiten de EU") may
 * answer. "Outside the EU" asks no complement of this kind: "buiten de winter" is a time, not a group.
 */
export function complementNotSpokenOf(complements: readonly string[], passage: string, asked: string): string | null {
  if (complements.length === 0) return null;
  const negated = new Set([...`${passage}\n${asked}`.matchAll(NEGATED_MODIFIER)].flatMap((m) => terms(m[1] ?? m[2]!)));
  // Only where the passage gives figures: "Seizoenarbeiders uit andere EU-lidstaten zijn niet in de tabel opgenomen"
  // says the table is of the others.
  const figured = sentencesOf(passage, { start: 0, end: passage.length }).map((s) => s.replace(NEGATED_MODIFIER, ' ')).filter((s) => /\d/.test(s));
  for (const x of complements) {
    if (negated.has(x) || figured.length === 0) continue;
    // Every figure the passage gives is of the other side: "In de anonieme procedures … 33 procent" beside "In de
    // procedures zonder anonimisering waren dat er 151" gives the complement too.
    const found = figured.map((sentence) => tokenize(sentence).find((w) => terms(w).includes(x)));
    if (found.every((w) => w !== undefined)) return found[0]!;
  }
  return null;
}

/** A negated modifier with the name it opens: "buiten de Europese Unie" is left out whole, "niet-EU-studenten" keeps "studenten". */
const EXCLUDED_WITH_NEXT = new RegExp(`${NEGATED_MODIFIER.source}(\\s+\\S+)?`, 'giu');
export function withoutExcluded(text: string): string {
  return text.replace(EXCLUDED_WITH_NEXT, (...m: string[]) => (m[3] && !/^\s+\p{Lu}/u.test(m[3]) ? ` ${m[3]}` : ' '));
}

/**
 * A group the question names that the passage gives figures for only as excluded: "How many pupils from Brussels
 * …" against "412 leerlingen van buiten Brussel". Every figure sentence that speaks of the word at all negates it
 * ("buiten …", "niet-…", "non-…"), so the figures are of those outside. The negating words as the passage writes
 * them, with the name they open, or null. A question that excludes the word itself is answered there. Only a name is
 * set apart so: "niet-begeleide minderjarigen" are a group of their own.
 */
export function onlyOutsideOf(queryTerms: readonly QueryTerm[], excluded: readonly string[], passage: string): string | null {
  const figured = sentencesOf(passage, { start: 0, end: passage.length }).filter((s) => /\d/.test(s));
  for (const q of queryTerms) {
    if (/\d/.test(q.term) || excluded.includes(q.term)) continue;
    // A name set apart ("buiten de Europese Unie", "niet-EU"), not a word negation makes ("niet-begeleide minderjarigen").
    const negating = (sentence: string) => [...sentence.matchAll(NEGATED_MODIFIER)].find((m) => /^\p{Lu}/u.test(m[1] ?? m[2]!) && mentionsTerm(new Set(terms(m[1] ?? m[2]!)), q));
    const outsideOnly = (sentence: string) => negating(sentence) !== undefined && !mentionsTerm(termsOf(withoutExcluded(sentence)), q);
    const speaking = figured.filter((sentence) => mentionsTerm(termsOf(sentence), q));
    if (speaking.length > 0 && speaking.every(outsideOnly)) {
      // With the name it opens ("buiten de Europese Unie"), as withoutExcluded leaves it out.
      const first = negating(speaking[0]!)!;
      const named = new RegExp(EXCLUDED_WITH_NEXT.source, 'iu').exec(speaking[0]!.slice(first.index))!;
      return named[3] && /^\s+\p{Lu}/u.test(named[3]) ? named[0] : first[0];
    }
  }
  return null;
}
