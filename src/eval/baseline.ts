import { stemmer as englishStem } from '@orama/stemmers/english';
import type { Chunk } from '../corpus/chunk.js';
import { buildKeywordIndex, KeywordIndex, type Analyzer } from '../search/keyword.js';
import { selectQuote } from '../search/quote.js';
import type { LoadedIndex } from '../store/index-store.js';
import type { RunOutcome } from './metrics.js';

/**
 * What Vectra's built-in BM25 would give: English tokenising and stemming,
 * English stopwords, the chunk text only, no fusion, no structure mapping and
 * no abstention. The product's retrieval is measured against it in the same run.
 */
const ENGLISH_STOPWORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with what which when where who how many much does did do from'.split(' '),
);

export const englishAnalyzer: Analyzer = {
  terms: (text) =>
    (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((t) => !ENGLISH_STOPWORDS.has(t)).map((t) => englishStem(t)),
  grams: () => [],
};

export class VectraLikeBaseline {
  private constructor(
    private readonly index: LoadedIndex,
    private readonly keyword: KeywordIndex,
  ) {}

  static async create(index: LoadedIndex): Promise<VectraLikeBaseline> {
    const data = await buildKeywordIndex(index.chunks.map((c: Chunk) => ({ text: c.text, title: '', context: '' })), englishAnalyzer);
    return new VectraLikeBaseline(index, new KeywordIndex(data, { text: 1, title: 0, context: 0, grams: 0 }));
  }

  run(query: string, limit = 10): RunOutcome {
    const started = performance.now();
    const terms = [...new Set(englishAnalyzer.terms(query))];
    const hits = this.keyword.search({ terms, grams: [] }, { limit });
    const docs = new Map(this.index.documents.map((d) => [d.id, d]));
    const scorer = { weight: (t: string) => this.keyword.idf(t), queryTerms: terms, queryGrams: new Set<string>(), analyzer: englishAnalyzer };
    const passages = hits.map((h) => {
      const chunk = this.index.chunks[h.index]!;
      const doc = docs.get(chunk.docId)!;
      const q = selectQuote(doc.text, { start: chunk.start, end: chunk.end }, scorer);
      return { questionNumber: chunk.questionNumber, part: chunk.part, item: chunk.item, quote: doc.text.slice(q.start, q.end), passage: chunk.text };
    });
    return { abstained: false, passages, latencyMs: performance.now() - started };
  }
}
