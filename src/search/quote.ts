import { splitSentences, type Span } from '../corpus/sentences.js';
import { dutchAnalyzer, type Analyzer } from './keyword.js';

export interface QuoteScorer {
  /** Weight of a query term (its idf). */
  weight(term: string): number;
  queryTerms: string[];
  queryGrams: Set<string>;
  /** How sentences are analysed; must match how the query was. Default: Dutch. */
  analyzer?: Analyzer;
}

export const MAX_QUOTE_SENTENCES = 3;
/** A quote shorter than this gets its next sentence for context. */
const MIN_QUOTE_CHARS = 90;

function sentenceScore(text: string, scorer: QuoteScorer): { covered: Set<string>; gramHits: number } {
  const analyzer = scorer.analyzer ?? dutchAnalyzer;
  const sentenceTerms = new Set(analyzer.terms(text));
  const covered = new Set(scorer.queryTerms.filter((t) => sentenceTerms.has(t)));
  const sentenceGrams = new Set(analyzer.grams(text));
  let gramHits = 0;
  for (const g of scorer.queryGrams) if (sentenceGrams.has(g)) gramHits++;
  return { covered, gramHits };
}

/**
 * The one to three consecutive sentences of `span` that best cover the
 * query's terms (weighted by idf). The result is an offset range, so the
 * quote is always the document's own text. With no overlap at all, the
 * item's opening sentences: an answer item starts with its answer.
 */
export function selectQuote(text: string, span: Span, scorer: QuoteScorer): Span {
  const sentences = splitSentences(text, span.start, span.end);
  if (sentences.length === 0) return span;
  const scored = sentences.map((s) => sentenceScore(text.slice(s.start, s.end), scorer));
  const gramTotal = Math.max(1, scorer.queryGrams.size);

  let best = { first: 0, last: 0, score: -Infinity };
  for (let first = 0; first < sentences.length; first++) {
    const covered = new Set<string>();
    let grams = 0;
    for (let last = first; last < Math.min(sentences.length, first + MAX_QUOTE_SENTENCES); last++) {
      scored[last]!.covered.forEach((t) => covered.add(t));
      grams = Math.max(grams, scored[last]!.gramHits);
      let score = 0;
      covered.forEach((t) => (score += scorer.weight(t)));
      score += (0.5 * grams) / gramTotal;
      // Each extra sentence must earn its place; earlier sentences win ties.
      score -= 0.15 * (last - first) + 0.01 * first;
      if (score > best.score) best = { first, last, score };
    }
  }
  let { first, last } = best;
  while (last - first + 1 < MAX_QUOTE_SENTENCES && text.slice(sentences[first]!.start, sentences[last]!.end).length < MIN_QUOTE_CHARS) {
    if (last + 1 < sentences.length) last++;
    else if (first > 0) first--;
    else break;
  }
  return { start: sentences[first]!.start, end: sentences[last]!.end };
}
