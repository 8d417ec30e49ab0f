import type { KeywordQuery } from './keyword.js';

/**
 * The retrieval seam: a question in, chunks ranked out. Keyword, dense and
 * fused retrieval are implementations; a new signal is a new file that
 * implements this and one line where the answer path picks its retrievers.
 */

/** A chunk (its position in the index) and its score in one ranking. */
export interface Ranked {
  chunk: number;
  score: number;
}

/** Restricts retrieval to some chunks (a questioner, a date range, a question number). */
export type ChunkFilter = (chunk: number) => boolean;

/** What retrievers read of a question. */
export interface RetrievalQuery {
  /** The question as the user meant it (for a model). */
  text: string;
  /** Its terms and n-grams for the keyword index, expansions included. */
  keyword: KeywordQuery;
  /** The question's embedding, computed on first call (and only when a dense retriever asks). */
  vector(): Promise<ArrayLike<number>>;
}

export interface Retriever {
  /** Up to `k` chunks, best first, among those the filter allows. */
  retrieve(query: RetrievalQuery, k: number, filter?: ChunkFilter): Promise<Ranked[]>;
}
