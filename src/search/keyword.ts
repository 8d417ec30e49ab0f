import type { Chunk } from '../corpus/chunk.js';
import type { ParsedDocument } from '../corpus/types.js';
import { cooperative } from '../cooperative.js';
import { grams, terms } from './analyze.js';
import type { ChunkFilter, Ranked, RetrievalQuery, Retriever } from './retriever.js';

/**
 * A BM25F-style keyword index over chunks, prebuilt at indexing time and
 * stored next to the vectors (Vectra's own BM25 is English-only and rebuilt
 * on every query).
 */

export const KEYWORD_INDEX_VERSION = 2;

/** The fields of a chunk the keyword side sees. */
export interface KeywordFields {
  /** The chunk's own text. */
  text: string;
  /** The document title. */
  title: string;
  /** For an answer chunk, the question items it answers; for a question chunk, empty. */
  context: string;
}

/** What the keyword index sees of each chunk. */
export function keywordFields(chunks: Chunk[], documents: ParsedDocument[]): KeywordFields[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  return chunks.map((c) => {
    const doc = byId.get(c.docId)!;
    // An answer chunk also carries the question it answers, so a query in the
    // question's words reaches the answer.
    const context =
      c.part === 'antwoord'
        ? doc.question.items
            .filter((i) => i.label !== null && c.paired.includes(i.label))
            .map((i) => doc.text.slice(i.start, i.end))
            .join('\n')
        : '';
    return { text: c.text, title: doc.title, context };
  });
}

export type FieldName = 'text' | 'title' | 'context' | 'grams';

export interface KeywordWeights {
  text: number;
  title: number;
  context: number;
  grams: number;
}

export const DEFAULT_WEIGHTS: KeywordWeights = { text: 1, title: 0.3, context: 0.5, grams: 0.25 };

interface FieldIndex {
  /** term → flat [chunk, tf, chunk, tf, …] */
  postings: Record<string, number[]>;
  lengths: number[];
  avgLength: number;
}

export interface KeywordIndexData {
  version: number;
  size: number;
  fields: Record<FieldName, FieldIndex>;
}

const FIELD_NAMES: FieldName[] = ['text', 'title', 'context', 'grams'];

/** How text becomes index terms; the Dutch analyzer is the product's, others serve as baselines. */
export interface Analyzer {
  terms(text: string): string[];
  grams(text: string): string[];
}

export const dutchAnalyzer: Analyzer = { terms, grams };

function analyzeFields(f: KeywordFields, analyzer: Analyzer, memo: Map<string, string[]>): Record<FieldName, string[]> {
  // Titles and question context repeat across a document's chunks: analyse once.
  const cached = (key: string, text: string, fn: (t: string) => string[]) => {
    let v = memo.get(key + text);
    if (!v) memo.set(key + text, (v = fn(text)));
    return v;
  };
  return {
    text: analyzer.terms(f.text),
    title: cached('t:', f.title, analyzer.terms),
    context: cached('c:', f.context, analyzer.terms),
    grams: [...analyzer.grams(f.text), ...cached('g:', f.title, analyzer.grams)],
  };
}

export async function buildKeywordIndex(docs: KeywordFields[], analyzer: Analyzer = dutchAnalyzer): Promise<KeywordIndexData> {
  const step = cooperative();
  // Maps while building (fast inserts), plain objects for the JSON file.
  const postings = new Map<FieldName, Map<string, number[]>>(FIELD_NAMES.map((n) => [n, new Map()]));
  const lengths = new Map<FieldName, number[]>(FIELD_NAMES.map((n) => [n, []]));
  const tf = new Map<string, number>();
  const memo = new Map<string, string[]>();

  for (const [idx, doc] of docs.entries()) {
    await step();
    const analyzed = analyzeFields(doc, analyzer, memo);
    for (const name of FIELD_NAMES) {
      const tokens = analyzed[name];
      lengths.get(name)!.push(tokens.length);
      tf.clear();
      for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
      const fieldPostings = postings.get(name)!;
      for (const [t, n] of tf) {
        let list = fieldPostings.get(t);
        if (!list) fieldPostings.set(t, (list = []));
        list.push(idx, n);
      }
    }
  }
  const field = (name: FieldName): FieldIndex => {
    const ls = lengths.get(name)!;
    const avg = ls.reduce((a, b) => a + b, 0) / Math.max(1, ls.length);
    return { postings: Object.fromEntries(postings.get(name)!), lengths: ls, avgLength: avg || 1 };
  };
  return { version: KEYWORD_INDEX_VERSION, size: docs.length, fields: { text: field('text'), title: field('title'), context: field('context'), grams: field('grams') } };
}

export interface KeywordHit {
  index: number;
  score: number;
}

export interface KeywordQuery {
  terms: string[];
  grams: string[];
}

export function analyzeQuery(query: string, analyzer: Analyzer = dutchAnalyzer): KeywordQuery {
  return { terms: [...new Set(analyzer.terms(query))], grams: [...new Set(analyzer.grams(query))] };
}

const K1 = 1.2;
/** Grams in more than this share of chunks are not scored. */
const GRAM_MAX_DF_SHARE = 0.05;
const B = 0.75;

/** Own properties only: a term such as "constructor" must not hit Object.prototype. */
function postingsOf(field: FieldIndex, term: string): number[] | undefined {
  return Object.hasOwn(field.postings, term) ? field.postings[term] : undefined;
}

function idf(size: number, df: number): number {
  return Math.log(1 + (size - df + 0.5) / (df + 0.5));
}

export class KeywordIndex {
  constructor(
    readonly data: KeywordIndexData,
    readonly weights: KeywordWeights = DEFAULT_WEIGHTS,
  ) {}

  /** Inverse document frequency of a term in the chunks' text field. */
  idf(term: string): number {
    const postings = postingsOf(this.data.fields.text, term);
    return idf(this.data.size, postings ? postings.length / 2 : 0);
  }

  /** Does any chunk contain this term (in text or title)? */
  knows(term: string): boolean {
    return Boolean(postingsOf(this.data.fields.text, term) || postingsOf(this.data.fields.title, term));
  }

  /** Scores every chunk that shares a term with the query; `allowed` restricts to some chunks. */
  search(query: KeywordQuery, options: { limit?: number; allowed?: (index: number) => boolean } = {}): KeywordHit[] {
    const scores = new Float64Array(this.data.size);
    // Chunks with a score, without a Set: a byte per chunk marks them.
    const seen = new Uint8Array(this.data.size);
    const touched: number[] = [];
    const add = (name: FieldName, queryTerms: string[], weight: number, maxDf = Infinity) => {
      if (weight === 0 || queryTerms.length === 0) return;
      const field = this.data.fields[name];
      const lengths = field.lengths;
      const lengthScale = B / field.avgLength;
      for (const term of queryTerms) {
        const postings = postingsOf(field, term);
        if (!postings || postings.length / 2 > maxDf) continue;
        const w = weight * idf(this.data.size, postings.length / 2) * (K1 + 1);
        for (let i = 0; i < postings.length; i += 2) {
          const doc = postings[i]!;
          const tf = postings[i + 1]!;
          scores[doc]! += (w * tf) / (tf + K1 * (1 - B + lengths[doc]! * lengthScale));
          if (seen[doc] === 0) {
            seen[doc] = 1;
            touched.push(doc);
          }
        }
      }
    };
    add('text', query.terms, this.weights.text);
    add('title', query.terms, this.weights.title);
    add('context', query.terms, this.weights.context);
    // Many n-grams per word: scale so they refine, not dominate, the word match.
    // Grams found in most chunks ("atie", "ing…") say little and cost the most: skip them.
    add('grams', query.grams, query.grams.length ? this.weights.grams / Math.sqrt(query.grams.length / 4) : 0, Math.max(50, this.data.size * GRAM_MAX_DF_SHARE));

    let candidates = options.allowed ? touched.filter((i) => options.allowed!(i)) : touched;
    const limit = options.limit;
    if (limit && candidates.length > limit * 4) {
      // Only the top `limit` are needed: cut at the limit-th best score before sorting.
      const sorted = Float64Array.from(candidates, (i) => scores[i]!).sort();
      const cut = sorted[sorted.length - limit]!;
      candidates = candidates.filter((i) => scores[i]! >= cut);
    }
    const hits = candidates.map((index) => ({ index, score: scores[index]! }));
    hits.sort((a, b) => b.score - a.score || a.index - b.index);
    return limit ? hits.slice(0, limit) : hits;
  }
}

/** BM25F over the chunks' text, title and question context, with n-grams for compounds. */
export class KeywordRetriever implements Retriever {
  constructor(private readonly index: KeywordIndex) {}

  async retrieve(query: RetrievalQuery, k: number, filter?: ChunkFilter): Promise<Ranked[]> {
    return this.index.search(query.keyword, { limit: k, allowed: filter }).map((h) => ({ chunk: h.index, score: h.score }));
  }
}
