import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LocalIndex } from 'vectra';

/**
 * Chunk vectors in Vectra `LocalIndex` folders, sharded.
 *
 * - One index.json is one JSON string: V8 caps strings near 512 MB, which a
 *   384-dimension index reaches around 64k items. Shards stay well below.
 * - Vectra's insertItem checks id uniqueness with a linear scan (O(n²) for a
 *   bulk load). Chunk ids are unique by construction, so a shard's index.json
 *   is written directly in Vectra's own format, then opened with LocalIndex.
 * - Vectra's `$in` filter never matches numbers; filtering happens in our code.
 */

export interface VectorRecord {
  /** Position of the chunk in chunks.json. */
  chunk: number;
  id: string;
  vector: number[];
}

export interface ShardInfo {
  dir: string;
  count: number;
}

/** Six decimals keep cosine rankings intact and halve index.json. */
const round = (x: number) => Math.round(x * 1e6) / 1e6;

function norm(vector: number[]): number {
  let sum = 0;
  for (const x of vector) sum += x * x;
  return Math.sqrt(sum);
}

export async function writeVectorShards(dir: string, records: VectorRecord[], shardSize: number): Promise<ShardInfo[]> {
  const shards: ShardInfo[] = [];
  for (let offset = 0, n = 0; offset < records.length; offset += shardSize, n++) {
    const slice = records.slice(offset, offset + shardSize);
    const shardDir = `shard-${String(n).padStart(3, '0')}`;
    await mkdir(join(dir, shardDir), { recursive: true });
    const items = slice.map((r) => {
      const vector = r.vector.map(round);
      return { id: r.id, metadata: { chunk: r.chunk }, vector, norm: norm(vector) };
    });
    const data = { version: 1, metadata_config: {}, items };
    await writeFile(join(dir, shardDir, 'index.json'), JSON.stringify(data), { flush: true });
    shards.push({ dir: shardDir, count: slice.length });
  }
  return shards;
}

/**
 * Dot product of q with the row at `base`; four accumulators let the JIT
 * pipeline the multiplications (about twice as fast as the plain loop).
 */
function dotAt(m: Float32Array, base: number, q: Float32Array, dim: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let i = 0;
  for (; i + 3 < dim; i += 4) {
    const o = base + i;
    s0 += m[o]! * q[i]!;
    s1 += m[o + 1]! * q[i + 1]!;
    s2 += m[o + 2]! * q[i + 2]!;
    s3 += m[o + 3]! * q[i + 3]!;
  }
  for (; i < dim; i++) s0 += m[base + i]! * q[i]!;
  return s0 + s1 + s2 + s3;
}

export interface VectorHit {
  chunk: number;
  score: number;
}

/**
 * Read side. The shards are Vectra LocalIndex folders; on load their vectors
 * are copied into one contiguous Float32Array, which a dot-product scan
 * (vectors are unit length) reads far faster than Vectra's per-item objects.
 * Vectra's own `queryItems` stays available as the measured baseline.
 */
export class VectorStore {
  private shards: LocalIndex[];
  private readonly folders: string[];
  private matrix: Float32Array | null = null;
  private chunkOf: Int32Array | null = null;
  private dim = 0;

  constructor(dir: string, shards: ShardInfo[]) {
    this.folders = shards.map((s) => join(dir, s.dir));
    this.shards = this.folders.map((f) => new LocalIndex(f));
  }

  /** Loads every shard now, so the first question does not pay for it; returns the item count. */
  async warm(): Promise<number> {
    if (this.matrix) return this.chunkOf!.length;
    const parts: { chunk: number; vector: number[] }[][] = [];
    for (const shard of this.shards) {
      parts.push((await shard.listItems()).map((item) => ({ chunk: Number(item.metadata.chunk), vector: item.vector })));
    }
    const total = parts.reduce((n, p) => n + p.length, 0);
    this.dim = parts.find((p) => p.length)?.[0]?.vector.length ?? 0;
    this.matrix = new Float32Array(total * this.dim);
    this.chunkOf = new Int32Array(total);
    let row = 0;
    for (const part of parts) {
      for (const item of part) {
        if (item.vector.length !== this.dim) throw new Error(`vectoren van ongelijke dimensie (${item.vector.length} en ${this.dim})`);
        this.matrix.set(item.vector, row * this.dim);
        this.chunkOf[row++] = item.chunk;
      }
    }
    // Let Vectra's parsed copy go; a fresh LocalIndex re-reads it only when asked (baseline, reindex).
    this.shards = this.folders.map((f) => new LocalIndex(f));
    return total;
  }

  /** Dimension of the stored vectors. */
  async dimension(): Promise<number | null> {
    await this.warm();
    return this.chunkOf!.length ? this.dim : null;
  }

  /** The `topK` most similar chunks (cosine), optionally among `allowed` ones only. */
  async query(vector: number[], topK: number, allowed?: (chunk: number) => boolean): Promise<VectorHit[]> {
    await this.warm();
    const m = this.matrix!;
    const dim = this.dim;
    const q = Float32Array.from(vector);
    let qn = 0;
    for (let i = 0; i < dim; i++) qn += q[i]! * q[i]!;
    qn = Math.sqrt(qn) || 1;
    // A bounded min-heap would save little at these sizes; keep a sorted top list.
    const hits: VectorHit[] = [];
    let floor = -Infinity;
    for (let row = 0, n = this.chunkOf!.length; row < n; row++) {
      const chunk = this.chunkOf![row]!;
      if (allowed && !allowed(chunk)) continue;
      const score = dotAt(m, row * dim, q, dim) / qn;
      if (hits.length < topK || score > floor) {
        hits.push({ chunk, score });
        if (hits.length > topK * 2) {
          hits.sort((a, b) => b.score - a.score);
          hits.length = topK;
          floor = hits[topK - 1]!.score;
        }
      }
    }
    return hits.sort((a, b) => b.score - a.score).slice(0, topK);
  }

  /** Vectra's own brute-force query over the shards: the benchmark's baseline. */
  async vectraQuery(vector: number[], topK: number): Promise<VectorHit[]> {
    const hits: VectorHit[] = [];
    for (const shard of this.shards) {
      for (const r of await shard.queryItems(vector, '', topK)) hits.push({ chunk: Number(r.item.metadata.chunk), score: r.score });
    }
    return hits.sort((a, b) => b.score - a.score).slice(0, topK);
  }

  /** Stored vectors by chunk id (the incremental rebuild reuses them). */
  async allVectors(): Promise<Map<string, number[]>> {
    const out = new Map<string, number[]>();
    for (const shard of this.shards) for (const item of await shard.listItems()) out.set(item.id, item.vector);
    return out;
  }
}
