import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { LocalIndex } from 'vectra';
import { WasmScan } from './wasm-scan.js';

/**
 * Chunk vectors in Vectra `LocalIndex` folders, sharded, each with a compact
 * binary copy beside it.
 *
 * - One index.json is one JSON string: V8 caps strings near 512 MB, which a
 *   384-dimension index reaches around 64k items. Shards stay well below.
 * - Vectra's insertItem checks id uniqueness with a linear scan (O(n²) for a
 *   bulk load). Chunk ids are unique by construction, so a shard's index.json
 *   is written directly in Vectra's own format; LocalIndex opens it.
 * - Parsing tens of millions of numbers from JSON at start-up is slow (4 s and
 *   ~1 GB RSS at 10,000 documents). `vectors.f32` (float32 in the machine's
 *   byte order, a row per item; not rounded like index.json) and `chunks.i32` (the chunk position of each row) load in a
 *   fraction of that; index.json stays the Vectra index and the fallback.
 * - Vectra's `$in` filter never matches numbers; filtering happens in our code.
 */

export interface VectorRecord {
  /** Position of the chunk in chunks.json. */
  chunk: number;
  id: string;
  vector: ArrayLike<number>;
}

export interface ShardInfo {
  dir: string;
  count: number;
}

const VECTORS_FILE = 'vectors.f32';
const CHUNKS_FILE = 'chunks.i32';

/** Six decimals keep cosine rankings intact and halve index.json. */
const round = (x: number) => Math.round(x * 1e6) / 1e6;

function norm(vector: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < vector.length; i++) sum += vector[i]! * vector[i]!;
  return Math.sqrt(sum);
}

export async function writeVectorShards(dir: string, records: VectorRecord[], shardSize: number): Promise<ShardInfo[]> {
  const shards: ShardInfo[] = [];
  const dim = records[0]?.vector.length ?? 0;
  for (let offset = 0, n = 0; offset < records.length; offset += shardSize, n++) {
    const slice = records.slice(offset, offset + shardSize);
    const shardDir = join(dir, `shard-${String(n).padStart(3, '0')}`);
    await mkdir(shardDir, { recursive: true });
    const items = slice.map((r) => {
      const vector = Array.from(r.vector, round);
      return { id: r.id, metadata: { chunk: r.chunk }, vector, norm: norm(vector) };
    });
    await writeFile(join(shardDir, 'index.json'), JSON.stringify({ version: 1, metadata_config: {}, items }), { flush: true });
    const matrix = new Float32Array(slice.length * dim);
    const chunks = new Int32Array(slice.length);
    slice.forEach((r, i) => {
      matrix.set(r.vector, i * dim);
      chunks[i] = r.chunk;
    });
    await writeFile(join(shardDir, VECTORS_FILE), new Uint8Array(matrix.buffer), { flush: true });
    await writeFile(join(shardDir, CHUNKS_FILE), new Uint8Array(chunks.buffer), { flush: true });
    shards.push({ dir: `shard-${String(n).padStart(3, '0')}`, count: slice.length });
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

/** Below this many rows one thread scans faster than the messaging to helpers costs. */
const PARALLEL_MIN_ROWS = 20_000;
/** Helper threads end after this long without a query, and start again on the next. */
const WORKER_IDLE_MS = 60_000;

/** The scan of one row range, run in a worker thread over the shared matrix. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const m = new Float32Array(workerData.matrix);
const chunkOf = new Int32Array(workerData.chunks);
const { dim, from, to } = workerData;
parentPort.on('message', ({ id, q, topK, allowed }) => {
  const query = new Float32Array(q);
  const mask = allowed ? new Uint8Array(allowed) : null;
  let qn = 0;
  for (let i = 0; i < dim; i++) qn += query[i] * query[i];
  qn = Math.sqrt(qn) || 1;
  let hits = [];
  let floor = -Infinity;
  for (let row = from; row < to; row++) {
    const chunk = chunkOf[row];
    if (mask && mask[chunk] === 0) continue;
    const base = row * dim;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, i = 0;
    for (; i + 3 < dim; i += 4) {
      const o = base + i;
      s0 += m[o] * query[i]; s1 += m[o + 1] * query[i + 1]; s2 += m[o + 2] * query[i + 2]; s3 += m[o + 3] * query[i + 3];
    }
    for (; i < dim; i++) s0 += m[base + i] * query[i];
    const score = (s0 + s1 + s2 + s3) / qn;
    if (hits.length < topK || score > floor) {
      hits.push({ chunk, score });
      if (hits.length > topK * 2) { hits.sort((a, b) => b.score - a.score); hits.length = topK; floor = hits[topK - 1].score; }
    }
  }
  hits.sort((a, b) => b.score - a.score);
  parentPort.postMessage({ id, hits: hits.slice(0, topK) });
});
`;

/** Splits the scan over the cores; started lazily, stopped when idle. */
class ScanPool {
  private workers: Worker[] = [];
  private pending = new Map<number, { left: number; hits: VectorHit[]; resolve: (h: VectorHit[]) => void; reject: (e: unknown) => void; topK: number }>();
  private nextId = 0;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly matrix: Float32Array,
    private readonly chunks: Int32Array,
    private readonly dim: number,
    private readonly threads: number,
  ) {}

  private start(): void {
    const rows = this.chunks.length;
    const per = Math.ceil(rows / this.threads);
    for (let t = 0; t < this.threads; t++) {
      const worker = new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: { matrix: this.matrix.buffer, chunks: this.chunks.buffer, dim: this.dim, from: t * per, to: Math.min(rows, (t + 1) * per) },
      });
      worker.unref();
      worker.on('message', ({ id, hits }: { id: number; hits: VectorHit[] }) => this.collect(id, hits));
      // Only a thread still in service failing counts (a stopped one exits too).
      worker.on('error', (err) => this.workers.includes(worker) && this.failAll(err));
      worker.on('exit', (code) => this.workers.includes(worker) && this.failAll(new Error(`scan thread stopped (${code})`)));
      this.workers.push(worker);
    }
  }

  private collect(id: number, hits: VectorHit[]): void {
    const job = this.pending.get(id);
    if (!job) return;
    job.hits.push(...hits);
    if (--job.left === 0) {
      this.pending.delete(id);
      job.resolve(job.hits.sort((a, b) => b.score - a.score).slice(0, job.topK));
    }
  }

  private failAll(err: unknown): void {
    for (const job of this.pending.values()) job.reject(err);
    this.pending.clear();
    this.stop();
  }

  stop(): void {
    for (const w of this.workers) void w.terminate();
    this.workers = [];
  }

  query(q: Float32Array, topK: number, allowed: Uint8Array | null): Promise<VectorHit[]> {
    if (this.workers.length === 0) this.start();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.pending.size === 0 && this.stop(), WORKER_IDLE_MS);
    this.idleTimer.unref();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { left: this.workers.length, hits: [], resolve, reject, topK });
      for (const w of this.workers) w.postMessage({ id, q: q.buffer, topK, allowed: allowed?.buffer ?? null });
    });
  }
}

export interface VectorHit {
  chunk: number;
  score: number;
}

interface ShardData {
  matrix: Float32Array;
  chunks: Int32Array;
  dim: number;
}

/** The binary copy of a shard, when present and consistent with the manifest. */
async function readBinaryShard(folder: string, count: number): Promise<ShardData | null> {
  try {
    const [v, c] = await Promise.all([readFile(join(folder, VECTORS_FILE)), readFile(join(folder, CHUNKS_FILE))]);
    if (c.byteLength !== count * 4 || count === 0 || v.byteLength % (count * 4) !== 0) return null;
    // Copy into aligned buffers (a Buffer may sit at any offset of a shared pool).
    const matrix = new Float32Array(v.byteLength / 4);
    new Uint8Array(matrix.buffer).set(v);
    const chunks = new Int32Array(count);
    new Uint8Array(chunks.buffer).set(c);
    return { matrix, chunks, dim: matrix.length / count };
  } catch {
    return null;
  }
}

/** The shard through Vectra itself (older indexes, or a missing binary copy). */
async function readVectraShard(folder: string): Promise<ShardData> {
  const items = await new LocalIndex(folder).listItems();
  const dim = items[0]?.vector.length ?? 0;
  const matrix = new Float32Array(items.length * dim);
  const chunks = new Int32Array(items.length);
  items.forEach((item, i) => {
    if (item.vector.length !== dim) throw new Error(`vectoren van ongelijke dimensie (${item.vector.length} en ${dim})`);
    matrix.set(item.vector, i * dim);
    chunks[i] = Number(item.metadata.chunk);
  });
  return { matrix, chunks, dim };
}

/**
 * Read side: all shards in one contiguous Float32Array, scanned with a dot
 * product (vectors are unit length). Vectra's own `queryItems` over the same
 * shards stays available as the benchmark's baseline.
 */
export class VectorStore {
  private readonly folders: string[];
  private matrix: Float32Array | null = null;
  private chunkOf: Int32Array | null = null;
  private dim = 0;
  private pool: ScanPool | null = null;
  /** Null when WebAssembly SIMD is not available (or the vectors too many for it). */
  private wasm: WasmScan | null = null;
  private maxChunk = -1;

  constructor(
    dir: string,
    private readonly shards: ShardInfo[],
    /** Number of chunks in the index: a vector pointing past it is damage. */
    private readonly chunkLimit: number | null = null,
  ) {
    this.folders = shards.map((s) => join(dir, s.dir));
  }

  /** Loads every shard now, so the first question does not pay for it; returns the item count. */
  async warm(): Promise<number> {
    if (this.matrix) return this.chunkOf!.length;
    const parts: ShardData[] = [];
    for (const [i, folder] of this.folders.entries()) {
      await stat(folder); // a missing shard folder is an error, not an empty shard
      parts.push((await readBinaryShard(folder, this.shards[i]!.count)) ?? (await readVectraShard(folder)));
    }
    const dims = new Set(parts.filter((p) => p.chunks.length).map((p) => p.dim));
    if (dims.size > 1) throw new Error(`vectoren van ongelijke dimensie (${[...dims].join(' en ')})`);
    this.dim = [...dims][0] ?? 0;
    const total = parts.reduce((n, p) => n + p.chunks.length, 0);
    this.wasm = WasmScan.allocate(total, this.dim);
    if (this.wasm) {
      // SIMD on this thread beats the helper threads' scalar loops.
      this.matrix = this.wasm.matrix;
      this.chunkOf = new Int32Array(total);
    } else {
      // Shared memory, so helper threads scan the same rows without a copy.
      this.matrix = new Float32Array(new SharedArrayBuffer(total * this.dim * 4));
      this.chunkOf = new Int32Array(new SharedArrayBuffer(total * 4));
      const threads = Math.min(4, availableParallelism());
      if (total >= PARALLEL_MIN_ROWS && threads > 1) this.pool = new ScanPool(this.matrix, this.chunkOf, this.dim, threads);
    }
    let row = 0;
    for (const p of parts) {
      this.matrix.set(p.matrix, row * this.dim);
      this.chunkOf.set(p.chunks, row);
      row += p.chunks.length;
    }
    for (const c of this.chunkOf) {
      if (c < 0 || (this.chunkLimit !== null && c >= this.chunkLimit)) throw new Error(`vector voor passage ${c}, buiten het bereik`);
      if (c > this.maxChunk) this.maxChunk = c;
    }
    return total;
  }

  /** Dimension of the stored vectors, null when there are none. */
  async dimension(): Promise<number | null> {
    await this.warm();
    return this.chunkOf!.length ? this.dim : null;
  }

  /** The `topK` most similar chunks (cosine), optionally among `allowed` ones only. */
  async query(vector: number[], topK: number, allowed?: (chunk: number) => boolean): Promise<VectorHit[]> {
    await this.warm();
    if (this.pool) {
      let mask: Uint8Array | null = null;
      if (allowed) {
        mask = new Uint8Array(this.maxChunk + 1);
        for (let c = 0; c < mask.length; c++) mask[c] = allowed(c) ? 1 : 0;
      }
      try {
        return await this.pool.query(Float32Array.from(vector), topK, mask);
      } catch {
        // Helper threads failed (resources, a crash): scan on this thread from now on.
        this.pool.stop();
        this.pool = null;
      }
    }
    const m = this.matrix!;
    const dim = this.dim;
    const q = Float32Array.from(vector);
    const qn = norm(q) || 1;
    // All dot products at once with SIMD when available; row by row otherwise.
    const dots = this.wasm?.scores(q) ?? null;
    const hits: VectorHit[] = [];
    let floor = -Infinity;
    for (let row = 0, n = this.chunkOf!.length; row < n; row++) {
      const chunk = this.chunkOf![row]!;
      if (allowed && !allowed(chunk)) continue;
      const score = (dots ? dots[row]! : dotAt(m, row * dim, q, dim)) / qn;
      if (hits.length < topK || score > floor) {
        hits.push({ chunk, score });
        // Trim now and then instead of keeping a heap: cheap at these sizes.
        if (hits.length > topK * 2) {
          hits.sort((a, b) => b.score - a.score);
          hits.length = topK;
          floor = hits[topK - 1]!.score;
        }
      }
    }
    return hits.sort((a, b) => b.score - a.score).slice(0, topK);
  }

  private vectra: LocalIndex[] | null = null;

  /** Stops the helper threads (they also stop by themselves when idle). */
  close(): void {
    this.pool?.stop();
  }

  /** Vectra's own brute-force query over the shards: the benchmark's baseline. */
  async vectraQuery(vector: number[], topK: number): Promise<VectorHit[]> {
    this.vectra ??= this.folders.map((f) => new LocalIndex(f));
    const hits: VectorHit[] = [];
    for (const shard of this.vectra) {
      for (const r of await shard.queryItems(vector, '', topK)) hits.push({ chunk: Number(r.item.metadata.chunk), score: r.score });
    }
    return hits.sort((a, b) => b.score - a.score).slice(0, topK);
  }

  /** Stored vectors by chunk position (the incremental rebuild reuses them). */
  async vectorsByChunk(): Promise<Map<number, Float32Array>> {
    await this.warm();
    const out = new Map<number, Float32Array>();
    for (let row = 0; row < this.chunkOf!.length; row++) out.set(this.chunkOf![row]!, this.matrix!.subarray(row * this.dim, (row + 1) * this.dim));
    return out;
  }
}
