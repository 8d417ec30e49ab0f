import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { compileScanWat } from '../../scripts/build-wasm.js';
import { SCAN_WASM_BASE64 } from '../../src/store/scan-wasm.js';
import { writeVectorShards } from '../../src/store/shard-format.js';
import { ShardedVectorIndex } from '../../src/store/sharded-vectors.js';
import type { VectorRecord } from '../../src/store/vector-index.js';
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
    return { chunk: i, id: `c${i}`, docId: `d${Math.floor(i / 4)}`, vector: v.map((x) => x / norm) };
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

describe('ShardedVectorIndex', () => {
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
    const store = await ShardedVectorIndex.open([{ dir: folder, shards, positions: null }], recs, 10_000);
    expect(store.count()).toBe(n);
    expect(store.dimension()).toBe(dim);
    const q = recs[123]!.vector as number[];
    const hits = await store.search(q, 10);
    expect(hits.map((h) => h.chunk)).toEqual(bruteForce(recs, q, 10));
    expect(hits[0]).toMatchObject({ chunk: 123 });
    expect(hits[0]!.score).toBeCloseTo(1, 5);
    const even = (c: number) => c % 2 === 0;
    expect((await store.search(q, 5, even)).map((h) => h.chunk)).toEqual(bruteForce(recs, q, 5, even));
    // Vectra's own query over the same shards agrees.
    expect((await store.vectraQuery(q, 10)).map((h) => h.chunk)).toEqual(bruteForce(recs, q, 10));
    // The incremental rebuild reads the stored vectors back, whatever memory they live in.
    expect(Array.from(store.vectorsById().get('c7')!)).toEqual(Array.from(Float32Array.from(recs[7]!.vector)));
    store.close();
  });

  it('adds and removes by document, searches what it holds, and saves what it holds', async () => {
    const dim = 8;
    const recs = records(40, dim);
    const index = ShardedVectorIndex.create(16);
    index.add(recs.slice(0, 30));
    expect(index.count()).toBe(30);
    const q = recs[5]!.vector as number[];
    expect((await index.search(q, 3)).map((h) => h.chunk)).toEqual(bruteForce(recs.slice(0, 30), q, 3));
    index.removeDocument('d1'); // chunks 4–7
    index.add(recs.slice(30));
    const held = recs.filter((r) => r.docId !== 'd1');
    expect(index.count()).toBe(held.length);
    expect((await index.search(q, 5)).map((h) => h.chunk)).toEqual(bruteForce(held, q, 5));
    const folder = join(dir, 'saved');
    const shards = await index.save(folder);
    expect(shards.map((s) => s.count)).toEqual([16, 16, 4]);
    // Reopened, with the chunk table its rows point into: the same vectors by id.
    const reopened = await ShardedVectorIndex.open([{ dir: folder, shards, positions: null }], recs, 16);
    expect(reopened.count()).toBe(held.length);
    expect([...reopened.vectorsById().keys()].sort()).toEqual(held.map((r) => r.id).sort());
    reopened.removeDocument('d2');
    expect(reopened.count()).toBe(held.length - 4);
    expect((await reopened.search(recs[9]!.vector, 1))[0]!.chunk).not.toBe(9);
    reopened.close();
  });

  it('opens several saved folders as one, rows moved to where their chunks are now and left-out rows gone', async () => {
    const dim = 8;
    const recs = records(30, dim);
    const [a, b] = [recs.slice(0, 20), recs.slice(20).map((r, i) => ({ ...r, chunk: i }))];
    const shardsA = await writeVectorShards(join(dir, 'seg-a'), a, 8);
    const shardsB = await writeVectorShards(join(dir, 'seg-b'), b, 8);
    // Segment a's chunks 5..9 are left out; b's ten chunks come first in the loaded order.
    const positionsA = Int32Array.from({ length: 20 }, (_, i) => (i < 5 ? 10 + i : i < 10 ? -1 : 5 + i));
    const positionsB = Int32Array.from({ length: 10 }, (_, i) => i);
    const byPosition: VectorRecord[] = new Array(25);
    a.forEach((r, i) => positionsA[i]! >= 0 && (byPosition[positionsA[i]!] = { ...r, chunk: positionsA[i]! }));
    b.forEach((r, i) => (byPosition[positionsB[i]!] = { ...r, chunk: positionsB[i]! }));
    const store = await ShardedVectorIndex.open(
      [
        { dir: join(dir, 'seg-a'), shards: shardsA, positions: positionsA },
        { dir: join(dir, 'seg-b'), shards: shardsB, positions: positionsB },
      ],
      byPosition,
      8,
    );
    expect(store.count()).toBe(25);
    for (const probe of [0, 7, 12, 22]) {
      const q = recs[probe]!.vector as number[];
      expect((await store.search(q, 6)).map((h) => h.chunk)).toEqual(bruteForce(byPosition, q, 6));
      expect((await store.vectraQuery(q, 6)).map((h) => h.chunk)).toEqual(bruteForce(byPosition, q, 6));
    }
    expect(store.vectorsById().has('c7')).toBe(false);
    expect(Array.from(store.vectorsById().get('c12')!)).toEqual(Array.from(Float32Array.from(recs[12]!.vector)));
    store.close();
    // A stored row whose chunk the map does not cover is damage, not a silent miss.
    await expect(ShardedVectorIndex.open([{ dir: join(dir, 'seg-a'), shards: shardsA, positions: positionsB }], byPosition, 8)).rejects.toThrow(/buiten/);
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
