import type { ParsedDocument } from '../corpus/types.js';
import { compoundTerms, passageTerms, grams, terms } from '../search/analyze.js';
import type { LoadedIndex } from '../search/loaded-index.js';
import type { QueryTerm } from './checks.js';

/**
 * The rerank stage. Retrieval ranks by term statistics; coverage knows which
 * query words (and years) a passage really contains. The blend puts the
 * passage that answers all of the question above one that matches a rare
 * word many times.
 */

/** What re-ranking reads of a candidate passage. */
export interface Scored {
  /** Retrieval score of the chunk it came from. */
  score: number;
  /** Coverage of the question, 0–1. */
  confidence: number;
  /** It holds the kind of answer asked for; counts are not told apart, every item has numbers. */
  holdsAnswerType: boolean;
  /**
   * Coverage of the question by the question item the passage answers alone: tells apart sub-items
   * of one chunk, which share all else ("2a", "2b"). The answer's own words were tried too; they
   * favour a list that repeats the question's rarer words over the item asked about.
   */
  askedConfidence?: () => number;
}

/** Re-rank bonus for a passage holding the kind of answer asked for (a sum, a share, a date, a name). */
const ANSWER_TYPE_BONUS = 0.1;

/**
 * `scoreWeight`: the retrieval score's share of the blend. A question about what
 * was asked lowers it: the score is the whole chunk's, answer included, while
 * the coverage reads the question item alone.
 */
export function rerankByCoverage<C extends Scored>(candidates: C[], scoreWeight = 0.5, coverageOf: (c: C) => number = (c) => c.confidence): void {
  const top = Math.max(...candidates.map((c) => c.score), 1e-9);
  const blended = new Map(candidates.map((c) => [c, scoreWeight * (c.score / top) + (1 - scoreWeight) * coverageOf(c) + (c.holdsAnswerType ? ANSWER_TYPE_BONUS : 0)]));
  // Ties (siblings of one chunk) go to the passage whose question item covers more of the question.
  // Read only for ties, which are rare: most candidates never need it.
  candidates.sort((a, b) => blended.get(b)! - blended.get(a)! || (b.askedConfidence?.() ?? 0) - (a.askedConfidence?.() ?? 0));
}

/** The places in the ranking each document's passages hold, in ranking order. */
function documentPlaces<C>(candidates: readonly C[], documentOf: (c: C) => string): Map<string, number[]> {
  const places = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    const doc = documentOf(c);
    const positions = places.get(doc);
    if (positions) positions.push(i);
    else places.set(doc, [i]);
  });
  return places;
}

/** Each document's passages in the places the document has, in the order `before` gave them. */
export function keepOrderWithinDocuments<C>(candidates: C[], before: readonly C[], documentOf: (c: C) => string): void {
  const rank = new Map(before.map((c, i) => [c, i]));
  for (const positions of documentPlaces(candidates, documentOf).values()) {
    const members = positions.map((i) => candidates[i]!).sort((a, b) => rank.get(a)! - rank.get(b)!);
    positions.forEach((at, k) => (candidates[at] = members[k]!));
  }
}

/**
 * Within one document, a passage that holds the kind of answer asked for
 * comes before one that does not and covers no more of the question, in the
 * places that document already had: retrieval found the right document;
 * which of its items can answer decides the item ("How high were the fines?"
 * is the item with the sums, not the broader one before it). Other documents
 * keep their places.
 */
export function preferAnswerTypeWithinDocument<C extends Scored>(candidates: C[], documentOf: (c: C) => string): void {
  preferWithinDocument(candidates, documentOf, (c) => c.holdsAnswerType, (above, c) => above.confidence <= c.confidence);
}

/**
 * Within one document, moves each passage with the quality `better` above the
 * siblings before it that lack it and that `mayPass` lets it pass, in the
 * places the document already had. Other documents keep their places.
 */
export function preferWithinDocument<C>(candidates: C[], documentOf: (c: C) => string, better: (c: C) => boolean, mayPass: (above: C, c: C) => boolean): void {
  for (const positions of documentPlaces(candidates, documentOf).values()) {
    if (positions.length < 2) continue;
    const members = positions.map((i) => candidates[i]!);
    for (let j = 1; j < members.length; j++) {
      const c = members[j]!;
      if (!better(c)) continue;
      // Up past every sibling it may pass; it moves only to pass one that lacks the quality. A sibling with the
      // quality that it may pass goes down with those ("Wie onderzoekt …": item 6 names the researcher and covers
      // more than item 1, which names none; item 5 between them names someone but covers less).
      let to = j;
      for (let k = j - 1; k >= 0 && mayPass(members[k]!, c); k--) if (!better(members[k]!)) to = k;
      if (to < j) members.splice(to, 0, ...members.splice(j, 1));
    }
    positions.forEach((at, k) => (candidates[at] = members[k]!));
  }
}

/** Analysed evidence per index generation: the same passages recur across questions. */
const analysisCache = new WeakMap<LoadedIndex, Map<string, { terms: Set<string>; grams: Set<string> }>>();

function analyzed(index: LoadedIndex, text: string): { terms: Set<string>; grams: Set<string> } {
  let cache = analysisCache.get(index);
  if (!cache) analysisCache.set(index, (cache = new Map()));
  let entry = cache.get(text);
  if (!entry) {
    if (cache.size > 20_000) cache.clear();
    // A compound's parts count as its words: "discriminatiemeldingen" speaks of meldingen.
    entry = { terms: new Set([...passageTerms(text), ...compoundTerms(text)]), grams: new Set(grams(text)) };
    cache.set(text, entry);
  }
  return entry;
}

/** The document's introduction, and the terms of the names the question gives, which it frames. */
export interface Framing {
  text: string;
  names: Set<string>;
}

/** Factor for a year the question names that the document's text never mentions. */
const YEAR_ABSENT = 0.25;

/**
 * How much of the query a passage covers: idf-weighted share of query words
 * found (directly, through a Dutch equivalent, or partly through n-grams for
 * compounds and cognates). A year the question names that the document's text
 * never mentions is a strong sign the passage does not answer it.
 */
export function coverage(index: LoadedIndex, qTerms: QueryTerm[], years: string[], evidence: string[], doc: ParsedDocument): number {
  return coverages(index, qTerms, years, evidence, doc).own;
}

/**
 * The coverage of a passage by its own words (`own`) and, in the same pass, with the names the question gives
 * counted as found where the document's introduction names them (`framed`; the same as `own` without `framing`).
 */
export function coverages(index: LoadedIndex, qTerms: QueryTerm[], years: string[], evidence: string[], doc: ParsedDocument, framing?: Framing): { own: number; framed: number } {
  if (qTerms.length === 0) return { own: 0, framed: 0 };
  // Each piece is analysed once and cached: the same items recur across candidates and questions.
  const pieces = evidence.filter(Boolean).map((text) => analyzed(index, text));
  const inPieces = (t: string) => pieces.some((p) => p.terms.has(t));
  // A name the introduction gives frames every item ("Via de projectoproep ‘Naald en Draad’ ondersteunt …"):
  // item 5 on the call's budget is about it though it names it no more.
  const frame = framing?.text ? analyzed(index, framing.text).terms : null;
  const inFrame = (t: string) => inPieces(t) || (framing!.names.has(t) && frame!.has(t));
  const presentGrams = { has: (g: string) => pieces.some((p) => p.grams.has(g)) };
  const maxIdf = Math.log(1 + (index.chunks.length + 0.5) / 0.5);
  const credit = (q: QueryTerm, w: number, present: (t: string) => boolean): number => {
    if (present(q.term) || q.alternatives.some(present)) return w;
    // A compound of the question spelled apart in the passage ("meldingen van discriminatie").
    if (q.parts?.length && q.parts.every(present)) return w * 0.9;
    // One part of a compound in the passage ("wachten" for "wachttijden"): half of it.
    if (q.parts?.length && q.parts.some(present)) return w * 0.5;
    if (!q.grams.length) return 0;
    const share = q.grams.filter((g) => presentGrams.has(g)).length / q.grams.length;
    return share >= 0.5 ? w * share * 0.8 : 0;
  };
  let total = 0;
  let own = 0;
  let framed = 0;
  for (const q of qTerms) {
    const known = [q.term, ...q.alternatives].filter((t) => index.keyword.knows(t));
    // An English word the glossary cannot translate may still be what the
    // question is about ("football"): it counts for half, and is never found.
    if (q.foreign && known.length === 0) {
      total += 0.5 * maxIdf;
      continue;
    }
    const w = known.length ? Math.max(...known.map((t) => index.keyword.idf(t))) : maxIdf;
    total += w;
    const found = credit(q, w, inPieces);
    own += found;
    framed += frame === null || found === w ? found : credit(q, w, inFrame);
  }
  let yearFactor = 1;
  if (years.length) {
    // The question and answer text, not the header (whose date names a year too).
    const body = doc.text.slice(doc.question.start, doc.question.end) + (doc.answer ? doc.text.slice(doc.answer.start, doc.answer.end) : '');
    for (const year of years) if (!body.includes(year)) yearFactor *= YEAR_ABSENT;
  }
  const share = (covered: number) => (total ? covered / total : 0) * yearFactor;
  return { own: share(own), framed: share(framed) };
}

