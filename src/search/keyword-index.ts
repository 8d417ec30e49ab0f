import { DEFAULT_WEIGHTS, FIELD_NAMES, type FieldName, type KeywordIndexData, type KeywordQuery, type KeywordWeights } from './keyword.js';
import type { ChunkFilter, Ranked, RetrievalQuery, Retriever } from './retriever.js';
import { SpellingVocabulary } from './spelling.js';

/** Searching the keyword data (keyword.ts builds it): BM25F over one or more stored segments. */

export interface KeywordHit {
  index: number;
  score: number;
}

const K1 = 1.2;
/** Grams in more than this share of chunks are not scored. */
const GRAM_MAX_DF_SHARE = 0.05;
const B = 0.75;

function idf(size: number, df: number): number {
  return Math.log(1 + (size - df + 0.5) / (df + 0.5));
}

/** A stored segment's keyword data, and where its chunks sit in the loaded index. */
export interface KeywordSegment {
  data: KeywordIndexData;
  /** Segment position → loaded position; -1 for a chunk left out (its document changed or went). Omitted: the same positions. */
  positions?: Int32Array;
}

interface SearchField {
  /** A Map, not an object: a term such as "constructor" must not hit Object.prototype. */
  lookup: Map<string, number>;
  starts: Int32Array;
  postings: Int32Array;
  lengths: Int32Array;
}

interface SearchSegment {
  fields: Record<FieldName, SearchField>;
  positions: Int32Array | null;
  /** Some chunks are left out: postings must be checked one by one. */
  hasDropped: boolean;
}

/**
 * BM25F over one or more segments, with the statistics (chunk count, term
 * frequencies, average lengths) of the chunks that are in the index: left-out
 * chunks of a segment count nowhere, so scores equal those of one index
 * built from scratch.
 */
export class KeywordIndex {
  private constructor(
    private readonly segments: SearchSegment[],
    /** Chunks in the index. */
    readonly size: number,
    private readonly avgLength: Record<FieldName, number>,
    readonly weights: KeywordWeights,
  ) {}

  /** An index over one segment's data, or over stored segments with where their chunks are now. */
  static of(source: KeywordIndexData | readonly KeywordSegment[], weights: KeywordWeights = DEFAULT_WEIGHTS): KeywordIndex {
    const segments = ('fields' in source ? [{ data: source }] : source).map(prepareSegment);
    const totals = Object.fromEntries(FIELD_NAMES.map((n) => [n, 0])) as Record<FieldName, number>;
    let size = 0;
    for (const seg of segments) {
      const lengths = FIELD_NAMES.map((n) => seg.fields[n].lengths);
      for (let local = 0; local < lengths[0]!.length; local++) {
        if (seg.positions && seg.positions[local]! < 0) continue;
        size++;
        FIELD_NAMES.forEach((n, f) => (totals[n] += lengths[f]![local]!));
      }
    }
    const avgLength = Object.fromEntries(FIELD_NAMES.map((n) => [n, totals[n] / Math.max(1, size) || 1])) as Record<FieldName, number>;
    return new KeywordIndex(segments, size, avgLength, weights);
  }

  /** The same index scored with other field weights (the eval's weight sweep). */
  withWeights(weights: KeywordWeights): KeywordIndex {
    return new KeywordIndex(this.segments, this.size, this.avgLength, weights);
  }

  /** In how many chunks of the index a field holds the term. */
  private df(name: FieldName, term: string): number {
    let df = 0;
    for (const seg of this.segments) {
      const field = seg.fields[name];
      const t = field.lookup.get(term);
      if (t === undefined) continue;
      const from = field.starts[t]!;
      const to = field.starts[t + 1]!;
      if (!seg.hasDropped) df += (to - from) / 2;
      else for (let i = from; i < to; i += 2) if (seg.positions![field.postings[i]!]! >= 0) df++;
    }
    return df;
  }

  /** Inverse document frequency of a term in the chunks' text field. */
  idf(term: string): number {
    return idf(this.size, this.df('text', term));
  }

  /** Does any chunk contain this term (in text or title)? */
  knows(term: string): boolean {
    return this.df('text', term) > 0 || this.df('title', term) > 0;
  }

  private spelling: SpellingVocabulary | null = null;

  /**
   * The term of the index one edit from a term it does not know ("tolkopdrach"
   * → "tolkopdracht"), or null. The vocabulary is gathered on first use.
   */
  nearestKnownTerm(term: string): string | null {
    this.spelling ??= SpellingVocabulary.of(this.segments.flatMap((seg) => [...seg.fields.text.lookup.keys()]));
    return this.spelling.nearest(term, (t) => this.df('text', t));
  }

  /** Scores every chunk that shares a term with the query; `allowed` restricts to some chunks. */
  search(query: KeywordQuery, options: { limit?: number; allowed?: (index: number) => boolean } = {}): KeywordHit[] {
    const scores = new Float64Array(this.size);
    // Chunks with a score, without a Set: a byte per chunk marks them.
    const seen = new Uint8Array(this.size);
    const touched: number[] = [];
    const add = (name: FieldName, queryTerms: string[], weight: number, maxDf = Infinity) => {
      if (weight === 0 || queryTerms.length === 0) return;
      const lengthScale = B / this.avgLength[name];
      for (const term of queryTerms) {
        const df = this.df(name, term);
        if (df === 0 || df > maxDf) continue;
        const w = weight * idf(this.size, df) * (K1 + 1);
        for (const seg of this.segments) {
          const field = seg.fields[name];
          const t = field.lookup.get(term);
          if (t === undefined) continue;
          const { postings, lengths } = field;
          for (let i = field.starts[t]!, to = field.starts[t + 1]!; i < to; i += 2) {
            const local = postings[i]!;
            const doc = seg.positions ? seg.positions[local]! : local;
            if (doc < 0) continue;
            const tf = postings[i + 1]!;
            scores[doc]! += (w * tf) / (tf + K1 * (1 - B + lengths[local]! * lengthScale));
            if (seen[doc] === 0) {
              seen[doc] = 1;
              touched.push(doc);
            }
          }
        }
      }
    };
    add('text', query.terms, this.weights.text);
    add('title', query.terms, this.weights.title);
    add('context', query.terms, this.weights.context);
    // Many n-grams per word: scale so they refine, not dominate, the word match.
    // Grams found in most chunks ("atie", "ing…") say little and cost the most: skip them.
    add('grams', query.grams, query.grams.length ? this.weights.grams / Math.sqrt(query.grams.length / 4) : 0, Math.max(50, this.size * GRAM_MAX_DF_SHARE));

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

function prepareSegment(segment: KeywordSegment): SearchSegment {
  const fields = {} as Record<FieldName, SearchField>;
  for (const name of FIELD_NAMES) {
    const f = segment.data.fields[name];
    const lookup = new Map<string, number>();
    f.terms.forEach((t, i) => lookup.set(t, i));
    fields[name] = { lookup, starts: f.starts, postings: f.postings, lengths: f.lengths };
  }
  const positions = segment.positions ?? null;
  return { fields, positions, hasDropped: positions !== null && positions.some((p) => p < 0) };
}

/** BM25F over the chunks' text, title and question context, with n-grams for compounds. */
export class KeywordRetriever implements Retriever {
  constructor(private readonly index: KeywordIndex) {}

  async retrieve(query: RetrievalQuery, k: number, filter?: ChunkFilter): Promise<Ranked[]> {
    return this.index.search(query.keyword, { limit: k, allowed: filter }).map((h) => ({ chunk: h.index, score: h.score }));
  }
}
