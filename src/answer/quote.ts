import { splitSentences, type Span } from '../corpus/sentences.js';
import { dutchAnalyzer, type Analyzer } from '../search/keyword.js';
import { terms, tokenize } from '../search/analyze.js';
import { isTableLine } from './dating.js';
import { LIST_ITEM } from './evidence.js';

export interface QuoteScorer {
  /** Weight of a query term (its idf). */
  weight(term: string): number;
  queryTerms: string[];
  queryGrams: Set<string>;
  /** How sentences are analysed; must match how the query was. Default: Dutch. */
  analyzer?: Analyzer;
  /** Sentences of the kind the question asks for (a sum, a date, a name): worth more than one query term. */
  prefers?: (sentence: string) => boolean;
  /** Sentences that give exactly what is asked ("47 projecten" for "hoeveel projecten"): when the passage has one, the quote must show it. */
  prefersMost?: (sentence: string) => boolean;
  /** Narrower still (a table row the question names, "Horeca 227 268"): when the passage has one, it is what is exact. */
  prefersFirst?: (sentence: string) => boolean;
  /** Sentences that answer the question's manner, as a superlative answers "het meest": worth part of a term. */
  favours?: (sentence: string) => boolean;
  /** The question asks for kinds ("What kinds of problems …"): a list is quoted whole, with the line that opens it. */
  wholeLists?: boolean;
  /** The question's compounds with the stems of their modifier and head: a sentence that has both spells it out. */
  compounds?: { term: string; parts: string[] }[];
}

const MAX_QUOTE_SENTENCES = 3;
/** A quote shorter than this gets its next sentence for context. */
const MIN_QUOTE_CHARS = 160;
/** Short list lines ("- 38 lokale besturen;") are quoted together, as one unit. */
const SHORT_BULLET = /^[-–•·▪◦*]\s.{0,70}$/;
/** A sentence that leans on the one before it ("Daarvan …", "Zo neen, …"). */
const CONTINUES_PREVIOUS = /^(?:daarvan|daarbij|daarnaast|daarmee|daardoor|daarop|hiervan|hierbij|waarvan|waarbij|dat|dit|die|deze|zij|ze|zo ja|zo neen|zo nee|het gaat om|ook|bovendien|toch|wel)\b/i;

/** The sentence that says what a table below it gives: "Het overzicht hieronder toont de cijfers per regio." */
const ANNOUNCES_TABLE = /\b(?:tabel|overzicht)\b.*\b(?:hieronder|onderstaande|volgende)\b|\b(?:hieronder|onderstaande|volgende)\b.*\b(?:tabel|overzicht)\b|:\s*$/i;

/** A unit that is a table, or a table the sentence after it runs on from ("… Totaal 412 96 In de kustregio …"). */
export const opensWithTable = (unit: string): boolean => isTableLine(unit.replace(/\s+\p{Lu}[^\d]*$/u, ''));

interface Unit extends Span {
  terms: Set<string>;
  grams: Set<string>;
  preferred: boolean;
  exact: boolean;
  favoured: boolean;
}

/** Words between a compound's head and its modifier when a phrase spells it out: "de resultaten van die evaluatie". */
const SPELLED_OUT_REACH = 3;

/**
 * A compound spelled out in its parts is the compound, "de resultaten van die evaluatie" for "evaluatieresultaten",
 * when the parts stand together as one phrase; far apart ("de opleiding … het attest van natuurgids") they are not.
 */
function spelledAsPhrase(sentence: string, [modifier, head]: string[]): boolean {
  const stems = tokenize(sentence).map((w) => terms(w)[0] ?? '');
  const at = (part: string) => stems.flatMap((s, i) => (s === part ? [i] : []));
  return at(modifier!).some((i) => at(head!).some((j) => Math.abs(i - j) <= SPELLED_OUT_REACH));
}

/** Sentences, with runs of short list lines merged into one unit. */
function units(text: string, span: Span, analyzer: Analyzer, scorer: QuoteScorer): Unit[] {
  const prefers = scorer.prefers ?? (() => false);
  const prefersMost = scorer.prefersMost ?? (() => false);
  const favours = scorer.favours ?? (() => false);
  const merged: Span[] = [];
  for (const s of splitSentences(text, span.start, span.end)) {
    const prev = merged[merged.length - 1];
    const line = text.slice(s.start, s.end);
    const bullet = scorer.wholeLists ? LIST_ITEM : SHORT_BULLET;
    if (prev && bullet.test(line) && (bullet.test(text.slice(prev.start, prev.end).split('\n').pop()!) || text.slice(prev.start, prev.end).endsWith(':'))) {
      prev.end = s.end;
    } else merged.push({ ...s });
  }
  const texts = merged.map((s) => text.slice(s.start, s.end));
  // The narrower preference, read once per unit, decides what is exact when any unit has it.
  const first = scorer.prefersFirst ? texts.map(scorer.prefersFirst) : [];
  const exactness = first.some(Boolean) ? first : texts.map(prefersMost);
  return merged.map((s, k) => {
    const t = texts[k]!;
    const exact = exactness[k]!;
    const found = new Set(analyzer.terms(t));
    for (const c of scorer.compounds ?? []) if (c.parts.every((p) => found.has(p)) && spelledAsPhrase(t, c.parts)) found.add(c.term);
    return { ...s, terms: found, grams: new Set(analyzer.grams(t)), preferred: exact || prefers(t), exact, favoured: favours(t) };
  });
}

/**
 * The one to three consecutive sentences of `span` that best cover the
 * query's terms (weighted by idf) without crossing an item boundary
 * (`barriers`). The result is an offset range, so the quote is always the
 * document's own text. With no overlap at all, the item's opening sentences:
 * an answer item starts with its answer.
 */
export function selectQuote(text: string, span: Span, scorer: QuoteScorer, barriers: number[] = []): Span {
  const analyzer = scorer.analyzer ?? dutchAnalyzer;
  const us = units(text, span, analyzer, scorer);
  if (us.length === 0) return span;
  const gramTotal = Math.max(1, scorer.queryGrams.size);
  const crosses = (a: Unit, b: Unit) => barriers.some((x) => x > a.start && x <= b.start);

  // An extra sentence must add more than a share of an average query term.
  const termWeights = scorer.queryTerms.map((t) => scorer.weight(t));
  const averageTerm = termWeights.length ? termWeights.reduce((a, b) => a + b, 0) / termWeights.length : 1;
  const extraSentenceCost = 0.3 * averageTerm;
  let best = { first: 0, last: 0, score: -Infinity };
  // A sentence of the kind asked for is the answer when it speaks of the question: "Voor het traject is in 2025
  // een budget van 850.000 euro voorzien", not "een vergoeding van 600 euro" for a mentor, two sentences on.
  const speaksOfQuestion = (u: Unit) => scorer.queryTerms.some((t) => u.terms.has(t));
  if (us.some((u) => u.preferred && !u.exact && speaksOfQuestion(u))) for (const u of us) if (!u.exact && !speaksOfQuestion(u)) u.preferred = false;
  // When the passage holds the kind of answer asked for, the quote must show it: the question's
  // names pick the passage, the kind of answer picks the sentence.
  const mustPrefer = us.some((u) => u.preferred);
  const mustBeExact = us.some((u) => u.exact);
  for (let first = 0; first < us.length; first++) {
    const covered = new Set<string>();
    const grams = new Set<string>();
    let preferred = false;
    let exact = false;
    let favoured = false;
    for (let last = first; last < Math.min(us.length, first + MAX_QUOTE_SENTENCES); last++) {
      if (last > first && crosses(us[last - 1]!, us[last]!)) break;
      preferred ||= us[last]!.preferred;
      exact ||= us[last]!.exact;
      favoured ||= us[last]!.favoured;
      us[last]!.terms.forEach((t) => covered.add(t));
      us[last]!.grams.forEach((g) => scorer.queryGrams.has(g) && grams.add(g));
      let score = 0;
      for (const t of scorer.queryTerms) if (covered.has(t)) score += scorer.weight(t);
      score += grams.size / gramTotal;
      // More than one query word: a sentence without the kind of answer asked
      // for does not answer, however many of the question's words it repeats.
      if (preferred) score += 1.5 * averageTerm;
      if (favoured) score += 0.5 * averageTerm;
      // Each extra sentence must earn its place; earlier sentences win ties.
      score -= extraSentenceCost * (last - first) + 0.02 * first;
      if ((mustPrefer && !preferred) || (mustBeExact && !exact)) continue;
      if (score > best.score) best = { first, last, score };
    }
  }
  let { first, last } = best;
  const room = () => last - first + 1 < MAX_QUOTE_SENTENCES;
  const canAdd = (i: number, j: number) => i >= 0 && j < us.length && !crosses(us[Math.min(i, j)]!, us[Math.max(i, j)]!);
  const slice = (a: number, b: number) => text.slice(us[a]!.start, us[b]!.end);
  // A table is read by the sentence that announces it, which says what its columns count: it takes the place of the
  // last sentence chosen after the table, when there is no room for both and that sentence is not the one of the kind asked.
  const announcesTable = (i: number) => canAdd(i - 1, i) && opensWithTable(slice(i, i)) && ANNOUNCES_TABLE.test(slice(i - 1, i - 1)) && !opensWithTable(slice(i - 1, i - 1));
  const keptWithout = (i: number, has: (u: Unit) => boolean) => !has(us[i]!) || us.slice(first, i).some(has);
  if (!room() && last > first && announcesTable(first) && keptWithout(last, (u) => u.preferred) && keptWithout(last, (u) => u.exact)) last--;
  // Context the chosen sentences need: what they lean on, what they introduce.
  while (room() && canAdd(first - 1, first) && (CONTINUES_PREVIOUS.test(slice(first, first)) || (opensWithTable(slice(first, first)) && ANNOUNCES_TABLE.test(slice(first - 1, first - 1))))) first--;
  while (room() && canAdd(last, last + 1) && (slice(last, last).endsWith(':') || CONTINUES_PREVIOUS.test(slice(last + 1, last + 1)))) last++;
  while (room() && slice(first, last).length < MIN_QUOTE_CHARS) {
    if (canAdd(last, last + 1)) last++;
    else if (canAdd(first - 1, first)) first--;
    else break;
  }
  return { start: us[first]!.start, end: us[last]!.end };
}
