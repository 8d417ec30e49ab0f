import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { LocalIndex } from 'vectra';
import { VectorScan } from './scan.js';
import { openBinaryShard, readVectraShard, writeVectorShards, type BinaryShard, type ShardData } from './shard-format.js';
import type { ChunkRef, ShardInfo, VectorBackend, VectorHit, VectorIndex, VectorRecord, VectorSource } from './vector-index.js';

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
    private readonly folders: { path: string; positions: Int32Array | null }[],
    private readonly chunks: readonly ChunkRef[] | null,
  ) {
    this.scan = scan;
    this.records = records;
  }

  static create(shardSize: number): ShardedVectorIndex {
    return new ShardedVectorIndex(shardSize, null, [], [], null);
  }

  /**
   * Loads every shard now, so the first question does not pay for it. Binary
   * copies are read straight into the scan's memory; rows of left-out chunks
   * are dropped on the way.
   */
  static async open(sources: VectorSource[], chunks: readonly ChunkRef[] | null, shardSize: number): Promise<ShardedVectorIndex> {
    const folders: { path: string; positions: Int32Array | null }[] = [];
    const shards: { stored: BinaryShard | ShardData; positions: Int32Array | null }[] = [];
    for (const source of sources) {
      for (const shard of source.shards) {
        const folder = join(source.dir, shard.dir);
        await stat(folder); // a missing shard folder is an error, not an empty shard
        shards.push({ stored: (await openBinaryShard(folder, shard.count)) ?? (await readVectraShard(folder)), positions: source.positions });
        folders.push({ path: folder, positions: source.positions });
      }
    }
    const dims = new Set(shards.filter((s) => s.stored.chunks.length).map((s) => s.stored.dim));
    if (dims.size > 1) throw new Error(`vectoren van ongelijke dimensie (${[...dims].join(' en ')})`);
    const dim = [...dims][0] ?? 0;
    const placed = shards.map(({ stored, positions }) => ({ stored, chunks: positions ? repositioned(stored.chunks, positions) : stored.chunks }));
    const scan = VectorScan.allocate(
      placed.reduce((n, p) => n + p.chunks.reduce((k, c) => k + (c >= 0 ? 1 : 0), 0), 0),
      dim,
    );
    let row = 0;
    for (const { stored, chunks: rowChunks } of placed) {
      const all = rowChunks.every((c) => c >= 0);
      // A shard without left-out rows goes in place; otherwise through a buffer, keeping its live rows.
      const target = all ? scan.matrix.subarray(row * dim, (row + rowChunks.length) * dim) : new Float32Array(rowChunks.length * dim);
      if ('readVectors' in stored) await stored.readVectors(target);
      else target.set(stored.matrix);
      for (let r = 0; r < rowChunks.length; r++) {
        if (rowChunks[r]! < 0) continue;
        if (!all) scan.matrix.set(target.subarray(r * dim, (r + 1) * dim), row * dim);
        scan.chunkOf[row++] = rowChunks[r]!;
      }
    }
    return new ShardedVectorIndex(shardSize, scan.seal(chunks?.length ?? null), null, folders, chunks);
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
    this.vectra ??= this.folders.map((f) => new LocalIndex(f.path));
    const hits: VectorHit[] = [];
    for (const [i, shard] of this.vectra.entries()) {
      const positions = this.folders[i]!.positions;
      for (const r of await shard.queryItems(vector, '', topK)) {
        const chunk = positions ? positions[Number(r.item.metadata.chunk)]! : Number(r.item.metadata.chunk);
        if (chunk >= 0) hits.push({ chunk, score: r.score });
      }
    }
    return hits.sort((a, b) => b.score - a.score || a.chunk - b.chunk).slice(0, topK);
  }

  close(): void {
    this.scan?.close();
  }
}

/** Where a shard's rows' chunks are now (-1: left out). A stored position outside the map is damage. */
function repositioned(stored: Int32Array, positions: Int32Array): Int32Array {
  return stored.map((c) => {
    if (c < 0 || c >= positions.length) throw new Error(`vector voor passage ${c}, buiten het segment`);
    return positions[c]!;
  });
}

/** Sharded Vectra folders; `shardSize` items per shard. */
export function shardedVectors(shardSize: number): VectorBackend {
  return {
    create: () => ShardedVectorIndex.create(shardSize),
    open: (sources, chunks) => ShardedVectorIndex.open(sources, chunks, shardSize),
  };
}
