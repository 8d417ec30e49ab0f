import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VectorStore, writeVectorShards, type VectorRecord } from '../../src/store/vectors.js';
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
  it('finds the same nearest chunks as a brute-force scan, across shards and helper threads, with a filter', async () => {
    const dim = 8;
    const recs = records(25_000, dim); // above the threshold for the parallel scan
    const shards = await writeVectorShards(join(dir, 'v'), recs, 10_000);
    expect(shards.map((s) => s.count)).toEqual([10_000, 10_000, 5_000]);
    const store = new VectorStore(join(dir, 'v'), shards);
    expect(await store.warm()).toBe(25_000);
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
    store.close();
  });
});
