import type { ChunkFilter, Ranked, RetrievalQuery, Retriever } from './retriever.js';

/** What dense retrieval needs of a vector index: a top-k similarity search. */
export interface VectorSearch {
  search(vector: ArrayLike<number>, k: number, filter?: ChunkFilter): Promise<Ranked[]>;
}

/** Cosine similarity between the question's embedding and each chunk's. */
export class DenseRetriever implements Retriever {
  constructor(private readonly vectors: VectorSearch) {}

  async retrieve(query: RetrievalQuery, k: number, filter?: ChunkFilter): Promise<Ranked[]> {
    return this.vectors.search(await query.vector(), k, filter);
  }
}
