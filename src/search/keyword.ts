import type { Chunk } from '../corpus/chunk.js';
import type { ParsedDocument } from '../corpus/types.js';
import { cooperative } from '../cooperative.js';
import { documentTerms, grams, terms } from './analyze.js';

/**
 * A BM25F-style keyword index over chunks, prebuilt at indexing time and
 * stored next to the vectors (Vectra's own BM25 is English-only and rebuilt
 * on every query).
 */

export const KEYWORD_INDEX_VERSION = 7;

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

export const DEFAULT_WEIGHTS: KeywordWeights = { text: 1, title: 0.3, context: 0.35, grams: 0.25 };

/**
 * One field of a keyword segment, packed for a fast load (store/packed.ts
 * keeps the typed arrays binary): term i's postings are the pairs
 * [chunk, tf] in `postings` from `starts[i]` to `starts[i + 1]`.
 */
export interface FieldIndex {
  terms: string[];
  starts: Int32Array;
  postings: Int32Array;
  /** Terms per chunk. */
  lengths: Int32Array;
}

/** The keyword index of one segment of chunks (positions local to the segment). */
export interface KeywordIndexData {
  version: number;
  size: number;
  fields: Record<FieldName, FieldIndex>;
}

export const FIELD_NAMES: FieldName[] = ['text', 'title', 'context', 'grams'];

/** How text becomes index terms; the Dutch analyzer is the product's, others serve as baselines. */
export interface Analyzer {
  terms(text: string): string[];
  grams(text: string): string[];
  /** A question's terms, when they differ from a document's (a document also has the words it implies). */
  queryTerms?(text: string): string[];
}

export const dutchAnalyzer: Analyzer = { terms: documentTerms, grams, queryTerms: terms };

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
  // Maps while building (fast inserts), packed arrays for the file.
  const postings = new Map<FieldName, Map<string, number[]>>(FIELD_NAMES.map((n) => [n, new Map()]));
  const lengths = new Map<FieldName, Int32Array>(FIELD_NAMES.map((n) => [n, new Int32Array(docs.length)]));
  const tf = new Map<string, number>();
  const memo = new Map<string, string[]>();

  for (const [idx, doc] of docs.entries()) {
    await step();
    const analyzed = analyzeFields(doc, analyzer, memo);
    for (const name of FIELD_NAMES) {
      const tokens = analyzed[name];
      lengths.get(name)![idx] = tokens.length;
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
  const fields = {} as Record<FieldName, FieldIndex>;
  for (const name of FIELD_NAMES) {
    const byTerm = postings.get(name)!;
    const starts = new Int32Array(byTerm.size + 1);
    let total = 0;
    let i = 0;
    for (const list of byTerm.values()) {
      starts[i++] = total;
      total += list.length;
    }
    starts[i] = total;
    const flat = new Int32Array(total);
    i = 0;
    for (const list of byTerm.values()) {
      await step();
      flat.set(list, starts[i++]!);
    }
    fields[name] = { terms: [...byTerm.keys()], starts, postings: flat, lengths: lengths.get(name)! };
  }
  return { version: KEYWORD_INDEX_VERSION, size: docs.length, fields };
}

export interface KeywordQuery {
  terms: string[];
  grams: string[];
}

export function analyzeQuery(query: string, analyzer: Analyzer = dutchAnalyzer): KeywordQuery {
  return { terms: [...new Set((analyzer.queryTerms ?? analyzer.terms)(query))], grams: [...new Set(analyzer.grams(query))] };
}

