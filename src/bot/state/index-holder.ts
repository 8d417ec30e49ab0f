import type { RetrievalState } from '../../answer/index.js';
import type { Embedder } from '../../embed/types.js';
import type { LoadedIndex } from '../../search/loaded-index.js';

/** What answers are served from: one index generation and its query model. */
interface Serving {
  index: LoadedIndex;
  embedder: Embedder | null;
  /** Why the query side runs without the model, when the index has vectors. */
  embedderProblem: string | null;
  /** The mode answers run in and why, computed once per swap. */
  retrieval: RetrievalState;
}

/**
 * The one shared reference to the serving index. A reindex builds and loads a
 * complete new index beside it and then swaps the reference in one
 * assignment; a request reads `current` once and keeps that snapshot, so it
 * never mixes two generations and never waits for a reindex.
 */
export class IndexHolder {
  #current: Serving;
  #swaps = 0;

  constructor(initial: Serving) {
    this.#current = initial;
  }

  get current(): Serving {
    return this.#current;
  }

  /** Number of swaps since start, for the status command and tests. */
  get swaps(): number {
    return this.#swaps;
  }

  /** Replaces the serving index; returns the previous one. */
  swap(next: Serving): Serving {
    const previous = this.#current;
    this.#current = next;
    this.#swaps++;
    return previous;
  }
}
