import { grams, terms } from './analyze.js';

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

function analyzeFields(f: KeywordFields, analyzer: Analyzer): Record<FieldName, string[]> {
  return {
    text: analyzer.terms(f.text),
    title: analyzer.terms(f.title),
    context: analyzer.terms(f.context),
    grams: analyzer.grams(f.text + ' ' + f.title),
  };
}

export function buildKeywordIndex(docs: KeywordFields[], analyzer: Analyzer = dutchAnalyzer): KeywordIndexData {
  const emptyField = (): FieldIndex => ({ postings: Object.create(null) as Record<string, number[]>, lengths: [], avgLength: 0 });
  const fields: Record<FieldName, FieldIndex> = { text: emptyField(), title: emptyField(), context: emptyField(), grams: emptyField() };

  docs.forEach((doc, idx) => {
    const analyzed = analyzeFields(doc, analyzer);
    for (const name of FIELD_NAMES) {
      const tokens = analyzed[name];
      const field = fields[name];
      field.lengths.push(tokens.length);
      const tf = new Map<string, number>();
      for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const [t, n] of tf) (field.postings[t] ??= []).push(idx, n);
    }
  });
  for (const name of FIELD_NAMES) {
    const f = fields[name];
    f.avgLength = f.lengths.reduce((a, b) => a + b, 0) / Math.max(1, f.lengths.length) || 1;
  }
  return { version: KEYWORD_INDEX_VERSION, size: docs.length, fields };
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
    const touched = new Set<number>();
    const add = (name: FieldName, queryTerms: string[], weight: number) => {
      if (weight === 0 || queryTerms.length === 0) return;
      const field = this.data.fields[name];
      for (const term of queryTerms) {
        const postings = postingsOf(field, term);
        if (!postings) continue;
        const w = weight * idf(this.data.size, postings.length / 2);
        for (let i = 0; i < postings.length; i += 2) {
          const doc = postings[i]!;
          const tf = postings[i + 1]!;
          const norm = 1 - B + (B * field.lengths[doc]!) / field.avgLength;
          scores[doc]! += (w * (tf * (K1 + 1))) / (tf + K1 * norm);
          touched.add(doc);
        }
      }
    };
    add('text', query.terms, this.weights.text);
    add('title', query.terms, this.weights.title);
    add('context', query.terms, this.weights.context);
    // Many n-grams per word: scale so they refine, not dominate, the word match.
    add('grams', query.grams, query.grams.length ? this.weights.grams / Math.sqrt(query.grams.length / 4) : 0);

    const hits: KeywordHit[] = [];
    for (const index of touched) {
      if (options.allowed && !options.allowed(index)) continue;
      hits.push({ index, score: scores[index]! });
    }
    hits.sort((a, b) => b.score - a.score || a.index - b.index);
    return options.limit ? hits.slice(0, options.limit) : hits;
  }
}
