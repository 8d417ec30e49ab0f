/**
 * The vector seam: what the indexer and dense retrieval need of a store of
 * chunk embeddings. Today's implementation is `ShardedVectorIndex` (Vectra
 * shards on disk, a binary copy for loading, a WebAssembly scan); another
 * backend is a new file implementing `VectorIndex` and `VectorBackend`, and
 * one line in index-store.ts that picks it.
 */

export interface VectorHit {
  /** The chunk's position in the index. */
  chunk: number;
  /** Cosine similarity. */
  score: number;
}

export interface VectorRecord {
  /** Position of the chunk in its segment (chunks.json). */
  chunk: number;
  /** The chunk's id (stable across generations while its document is unchanged). */
  id: string;
  docId: string;
  vector: ArrayLike<number>;
}

/** One stored shard, as the manifest lists it. */
export interface ShardInfo {
  dir: string;
  count: number;
}

/** A chunk of the index as the vector side knows it: the table that rows point into. */
export interface ChunkRef {
  id: string;
  docId: string;
}

export interface VectorIndex {
  count(): number;
  /** Dimension of the stored vectors, null when there are none. */
  dimension(): number | null;
  add(records: VectorRecord[]): void;
  /** Drops every vector of one document. */
  removeDocument(docId: string): void;
  /** The `k` most similar chunks, optionally among allowed chunk positions only. */
  search(vector: ArrayLike<number>, k: number, filter?: (chunk: number) => boolean): Promise<VectorHit[]>;
  /** Stored vectors by chunk id: an incremental build reuses them. */
  vectorsById(): Map<string, Float32Array>;
  /** Writes the vectors below `dir`; returns what the manifest records. */
  save(dir: string): Promise<ShardInfo[]>;
  /** Releases helper threads (they also stop by themselves when idle). */
  close(): void;
}

/** Saved vectors to open: a folder `save` wrote, and where its rows' chunks are now. */
export interface VectorSource {
  dir: string;
  shards: ShardInfo[];
  /** Stored chunk position → position in `chunks`; -1 leaves the row out. Null: the same positions. */
  positions: Int32Array | null;
}

export interface VectorBackend {
  create(): VectorIndex;
  /** Opens saved vectors, from one or more folders; `chunks` is the chunk table that rows then point into. */
  open(sources: VectorSource[], chunks: readonly ChunkRef[]): Promise<VectorIndex>;
}
