import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { compileScanWat } from '../../scripts/build-wasm.js';
import { SCAN_WASM_BASE64 } from '../../src/store/scan-wasm.js';
import { VectorStore, writeVectorShards, type VectorRecord } from '../../src/store/vectors.js';
import { WasmScan } from '../../src/store/wasm-scan.js';
import { tempDir } from '../helpers/workspace.js';

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup());

/** Deterministic unit vectors. */
function records(n: number, dim: number): VectorRecord[] {
  let seed = 1;
  const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) - 0.5;
  return Array.from({ length: n }, (_, i) => {
    const v = Array.from({ length: dim }, rand);
    const norm = Math.hypot(...v);
    return { chunk: i, id: `c${i}`, vector: v.map((x) => x / norm) };
  });
}

function bruteForce(recs: VectorRecord[], q: number[], k: number, allowed?: (c: number) => boolean) {
  return recs
    .filter((r) => !allowed || allowed(r.chunk))
    .map((r) => ({ chunk: r.chunk, score: Array.from(r.vector).reduce((s, x, i) => s + x * q[i]!, 0) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, k)
    .map((h) => h.chunk);
}

describe('VectorStore', () => {
  afterEach(() => vi.restoreAllMocks());

  // SIMD in WebAssembly when the runtime has it; otherwise helper threads above
  // 20,000 vectors, or the JavaScript loop on this thread below.
  it.each([
    ['WebAssembly SIMD', 25_000, true],
    ['helper threads', 25_000, false],
    ['the JavaScript loop', 6_000, false],
  ])('finds the same nearest chunks as a brute-force scan, across shards, with a filter: %s', async (_how, n, wasm) => {
    if (!wasm) vi.spyOn(WasmScan, 'allocate').mockReturnValue(null);
    const dim = 8;
    const recs = records(n, dim);
    const folder = join(dir, `v-${n}-${wasm}`);
    const shards = await writeVectorShards(folder, recs, 10_000);
    expect(shards.map((s) => s.count)).toEqual(n === 25_000 ? [10_000, 10_000, 5_000] : [6_000]);
    const store = new VectorStore(folder, shards);
    expect(await store.warm()).toBe(n);
    expect(await store.dimension()).toBe(dim);
    const q = recs[123]!.vector as number[];
    const hits = await store.query(q, 10);
    expect(hits.map((h) => h.chunk)).toEqual(bruteForce(recs, q, 10));
    expect(hits[0]).toMatchObject({ chunk: 123 });
    expect(hits[0]!.score).toBeCloseTo(1, 5);
    const even = (c: number) => c % 2 === 0;
    expect((await store.query(q, 5, even)).map((h) => h.chunk)).toEqual(bruteForce(recs, q, 5, even));
    // Vectra's own query over the same shards agrees.
    expect((await store.vectraQuery(q, 10)).map((h) => h.chunk)).toEqual(bruteForce(recs, q, 10));
    // The incremental rebuild reads the stored vectors back, whatever memory they live in.
    expect(Array.from((await store.vectorsByChunk()).get(7)!)).toEqual(Array.from(Float32Array.from(recs[7]!.vector)));
    store.close();
  });
});

describe('WasmScan', () => {
  it('is built from scan.wat: the committed bytes are what the source compiles to', async () => {
    expect(await compileScanWat()).toBe(SCAN_WASM_BASE64);
  });

  it.each([1, 3, 8, 13, 384])('gives the dot products of the scalar loop (dimension %i)', (dim) => {
    const rows = 37;
    const recs = records(rows, dim);
    const scan = WasmScan.allocate(rows, dim);
    expect(scan).not.toBeNull();
    recs.forEach((r, i) => scan!.matrix.set(r.vector, i * dim));
    const q = Float32Array.from(records(1, dim)[0]!.vector, (x) => x * 3);
    const scores = scan!.scores(q);
    recs.forEach((r, i) => {
      const expected = Array.from(Float32Array.from(r.vector)).reduce((s, x, j) => s + x * q[j]!, 0);
      expect(scores[i]).toBeCloseTo(expected, 5);
    });
  });

  it('declines what it cannot hold', () => {
    expect(WasmScan.allocate(0, 384)).toBeNull();
    expect(WasmScan.allocate(1_000_000, 384)).toBeNull();
  });
});
