import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { LocalIndex } from 'vectra';
import { VectorScan } from './scan.js';
import { readBinaryShard, readVectraShard, writeVectorShards, type ShardData } from './shard-format.js';
import type { ChunkRef, ShardInfo, VectorBackend, VectorHit, VectorIndex, VectorRecord } from './vector-index.js';

/**
 * Vectra shards on disk (shard-format.ts), searched in memory by one scan
 * over every vector (scan.ts). Opened vectors are scanned as loaded; adding
 * or removing turns them into records, scanned again on the next search.
 */
export class ShardedVectorIndex implements VectorIndex {
  private scan: VectorScan | null;
  private records: VectorRecord[] | null;
  private vectra: LocalIndex[] | null = null;

  private constructor(
    private readonly shardSize: number,
    scan: VectorScan | null,
    records: VectorRecord[] | null,
    /** The shard folders it was opened from, for Vectra's own query. */
    private readonly folders: string[],
    private readonly chunks: readonly ChunkRef[] | null,
  ) {
    this.scan = scan;
    this.records = records;
  }

  static create(shardSize: number): ShardedVectorIndex {
    return new ShardedVectorIndex(shardSize, null, [], [], null);
  }

  /** Loads every shard now, so the first question does not pay for it. */
  static async open(dir: string, shards: ShardInfo[], chunks: readonly ChunkRef[] | null, shardSize: number): Promise<ShardedVectorIndex> {
    const folders = shards.map((s) => join(dir, s.dir));
    const parts: ShardData[] = [];
    for (const [i, folder] of folders.entries()) {
      await stat(folder); // a missing shard folder is an error, not an empty shard
      parts.push((await readBinaryShard(folder, shards[i]!.count)) ?? (await readVectraShard(folder)));
    }
    return new ShardedVectorIndex(shardSize, VectorScan.of(parts, chunks?.length ?? null), null, folders, chunks);
  }

  count(): number {
    return this.records?.length ?? this.scan!.rows;
  }

  dimension(): number | null {
    if (this.records) return this.records[0]?.vector.length ?? null;
    return this.scan!.rows ? this.scan!.dim : null;
  }

  /** The rows as records; opened vectors need the chunk table to know their ids. */
  private asRecords(): VectorRecord[] {
    if (this.records) return this.records;
    const scan = this.scan!;
    if (!this.chunks) throw new Error('vectoren zonder passagetabel geopend: ids onbekend');
    const out: VectorRecord[] = [];
    for (let row = 0; row < scan.rows; row++) {
      const chunk = scan.chunkOf[row]!;
      const ref = this.chunks[chunk]!;
      out.push({ chunk, id: ref.id, docId: ref.docId, vector: scan.row(row) });
    }
    return out;
  }

  private edit(change: (records: VectorRecord[]) => VectorRecord[]): void {
    const records = change(this.asRecords());
    this.scan?.close();
    this.scan = null;
    this.records = records;
  }

  add(records: VectorRecord[]): void {
    this.edit((rows) => rows.concat(records));
  }

  removeDocument(docId: string): void {
    this.edit((rows) => rows.filter((r) => r.docId !== docId));
  }

  async search(vector: ArrayLike<number>, k: number, filter?: (chunk: number) => boolean): Promise<VectorHit[]> {
    if (!this.scan) {
      const rows = this.records!;
      const dim = rows[0]?.vector.length ?? 0;
      const matrix = new Float32Array(rows.length * dim);
      rows.forEach((r, i) => matrix.set(r.vector, i * dim));
      this.scan = VectorScan.of([{ matrix, chunks: Int32Array.from(rows, (r) => r.chunk), dim }], null);
    }
    return this.scan.search(vector, k, filter);
  }

  vectorsById(): Map<string, Float32Array> {
    return new Map(this.asRecords().map((r) => [r.id, r.vector instanceof Float32Array ? r.vector : Float32Array.from(r.vector)]));
  }

  save(dir: string): Promise<ShardInfo[]> {
    return writeVectorShards(dir, this.asRecords(), this.shardSize);
  }

  /** Vectra's own brute-force query over the shards it was opened from: the benchmark's baseline. */
  async vectraQuery(vector: number[], topK: number): Promise<VectorHit[]> {
    this.vectra ??= this.folders.map((f) => new LocalIndex(f));
    const hits: VectorHit[] = [];
    for (const shard of this.vectra) {
      for (const r of await shard.queryItems(vector, '', topK)) hits.push({ chunk: Number(r.item.metadata.chunk), score: r.score });
    }
    return hits.sort((a, b) => b.score - a.score).slice(0, topK);
  }

  close(): void {
    this.scan?.close();
  }
}

/** Sharded Vectra folders; `shardSize` items per shard. */
export function shardedVectors(shardSize: number): VectorBackend {
  return {
    create: () => ShardedVectorIndex.create(shardSize),
    open: (dir, shards, chunks) => ShardedVectorIndex.open(dir, shards, chunks, shardSize),
  };
}
