/**
 * The embedding side, kept apart from its implementation so that retrieval,
 * indexing and tests depend on this small interface only.
 */
export interface Embedder {
  /** Identifies the model in the index manifest; a different id forces a rebuild. */
  readonly modelId: string;
  readonly dimension: number;
  /** The model's input window in tokens (e5-small: 512). */
  readonly maxTokens: number;
  /** Prefix for passages at indexing time (e5: "passage: "). */
  readonly passagePrefix: string;
  /** Prefix for queries (e5: "query: "). */
  readonly queryPrefix: string;
  /** Token count with the model's own tokenizer, special tokens included. */
  countTokens(text: string): number;
  /** Unit-length vectors for texts that already carry the passage prefix. */
  embedPassages(texts: string[]): Promise<number[][]>;
  /** Unit-length vector for a query; the query prefix is added here. */
  embedQuery(query: string): Promise<number[]>;
}

/** What loading a model produced: an embedder, or the reason there is none. */
export type EmbedderLoad =
  | { ok: true; embedder: Embedder; source: string }
  | { ok: false; reason: string };
