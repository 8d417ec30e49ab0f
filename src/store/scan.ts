import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { norm, type ShardData } from './shard-format.js';
import type { VectorHit } from './vector-index.js';
import { WasmScan } from './wasm-scan.js';

/**
 * Brute-force cosine search over all vectors in one contiguous Float32Array
 * (vectors are unit length, so a dot product). Three ways to scan, fastest
 * available first: WebAssembly SIMD on this thread; helper threads over
 * shared memory (no SIMD, many rows); the JavaScript loop.
 */

/** Below this many rows one thread scans faster than the messaging to helpers costs. */
const PARALLEL_MIN_ROWS = 20_000;
/** Helper threads end after this long without a query, and start again on the next. */
const WORKER_IDLE_MS = 60_000;
const WORKER_MODULE = new URL('./scan-worker.mjs', import.meta.url);

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

/** Best first; a tie goes to the lower chunk position, so the order of rows in memory never shows. */
const byScore = (a: VectorHit, b: VectorHit) => b.score - a.score || a.chunk - b.chunk;

interface PendingScan {
  left: number;
  hits: VectorHit[];
  resolve: (h: VectorHit[]) => void;
  reject: (e: unknown) => void;
  topK: number;
}

/** Splits the scan over the cores; started lazily, stopped when idle. */
class ScanPool {
  private workers: Worker[] = [];
  private pending = new Map<number, PendingScan>();
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
      const worker = new Worker(WORKER_MODULE, {
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
      job.resolve(job.hits.sort(byScore).slice(0, job.topK));
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

export class VectorScan {
  private pool: ScanPool | null = null;
  private maxChunk = -1;

  private constructor(
    readonly matrix: Float32Array,
    readonly chunkOf: Int32Array,
    readonly dim: number,
    /** Null when WebAssembly SIMD is not available (or the vectors too many for it). */
    private readonly wasm: WasmScan | null,
  ) {}

  /** Room for `rows` vectors of `dim`, to fill (`matrix`, `chunkOf`) and then `seal`. */
  static allocate(rows: number, dim: number): VectorScan {
    const wasm = WasmScan.allocate(rows, dim);
    // SIMD on this thread beats the helper threads' scalar loops; without it,
    // shared memory lets helper threads scan the same rows without a copy.
    const matrix = wasm ? wasm.matrix : new Float32Array(new SharedArrayBuffer(rows * dim * 4));
    const chunkOf = wasm ? new Int32Array(rows) : new Int32Array(new SharedArrayBuffer(rows * 4));
    return new VectorScan(matrix, chunkOf, dim, wasm);
  }

  /**
   * Checks the filled rows and readies the scan. A chunk position below 0 or
   * at `chunkLimit` or beyond is damage: the rows must point into the
   * generation's chunks.
   */
  seal(chunkLimit: number | null): this {
    for (const c of this.chunkOf) {
      if (c < 0 || (chunkLimit !== null && c >= chunkLimit)) throw new Error(`vector voor passage ${c}, buiten het bereik`);
      if (c > this.maxChunk) this.maxChunk = c;
    }
    const threads = Math.min(4, availableParallelism());
    if (!this.wasm && this.rows >= PARALLEL_MIN_ROWS && threads > 1) this.pool = new ScanPool(this.matrix, this.chunkOf, this.dim, threads);
    return this;
  }

  /** All parts in one matrix (see `seal` for the check). */
  static of(parts: ShardData[], chunkLimit: number | null): VectorScan {
    const dims = new Set(parts.filter((p) => p.chunks.length).map((p) => p.dim));
    if (dims.size > 1) throw new Error(`vectoren van ongelijke dimensie (${[...dims].join(' en ')})`);
    const scan = VectorScan.allocate(
      parts.reduce((n, p) => n + p.chunks.length, 0),
      [...dims][0] ?? 0,
    );
    let row = 0;
    for (const p of parts) {
      scan.matrix.set(p.matrix, row * scan.dim);
      scan.chunkOf.set(p.chunks, row);
      row += p.chunks.length;
    }
    return scan.seal(chunkLimit);
  }

  get rows(): number {
    return this.chunkOf.length;
  }

  async search(vector: ArrayLike<number>, topK: number, allowed?: (chunk: number) => boolean): Promise<VectorHit[]> {
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
    const { matrix: m, dim, chunkOf } = this;
    const q = Float32Array.from(vector);
    const qn = norm(q) || 1;
    // All dot products at once with SIMD when available; row by row otherwise.
    const dots = this.wasm?.scores(q) ?? null;
    const hits: VectorHit[] = [];
    let floor = -Infinity;
    for (let row = 0, n = chunkOf.length; row < n; row++) {
      const chunk = chunkOf[row]!;
      if (allowed && !allowed(chunk)) continue;
      const score = (dots ? dots[row]! : dotAt(m, row * dim, q, dim)) / qn;
      // Ties too: the lower chunk position wins them, wherever the rows lie.
      if (hits.length < topK || score >= floor) {
        hits.push({ chunk, score });
        // Trim now and then instead of keeping a heap: cheap at these sizes.
        if (hits.length > topK * 2) {
          hits.sort(byScore);
          hits.length = topK;
          floor = hits[topK - 1]!.score;
        }
      }
    }
    return hits.sort(byScore).slice(0, topK);
  }

  /** The vector of one row: a view, valid while this scan lives. */
  row(row: number): Float32Array {
    return this.matrix.subarray(row * this.dim, (row + 1) * this.dim);
  }

  close(): void {
    this.pool?.stop();
  }
}
