import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { loadLexicon } from '../../src/corpus/lexicon.js';
import { buildIndex } from '../../src/indexer.js';
import { analyzeQuery } from '../../src/search/keyword.js';
import { loadIndex, type LoadedIndex } from '../../src/search/loaded-index.js';
import { readCurrentGeneration } from '../../src/store/generations.js';
import type { IndexManifest } from '../../src/store/index-store.js';
import { readPacked, writePacked } from '../../src/store/packed.js';
import { planSegments, splitByCapacity } from '../../src/store/segment-plan.js';
import { hashEmbedder } from '../../src/testing/hash-embedder.js';
import { generateCorpus, mulberry32 } from '../../src/testing/synthetic-corpus.js';
import { tempDir, testConfig } from '../helpers/workspace.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('segment plan', () => {
  const seg = (dir: string, chunks: number, live: number) => ({ dir, chunks, live });

  it('keeps segments that lost little, drops empty ones, rewrites one that lost more than half', () => {
    const plan = planSegments([seg('a', 100, 95), seg('b', 100, 0), seg('c', 100, 40)], 10, 100);
    expect(plan).toEqual({ keep: ['a'], rewrite: ['c'] });
  });

  it('rewrites only the worst of the segments that lost more than a third, so segments that age together are spread over runs', () => {
    const plan = planSegments([seg('a', 100, 62), seg('b', 100, 60), seg('c', 100, 64)], 5, 100);
    expect(plan).toEqual({ keep: ['a', 'c'], rewrite: ['b'] });
  });

  it('merges small segments once there are more than a few', () => {
    const small = ['s1', 's2', 's3', 's4'].map((d) => seg(d, 10, 10));
    expect(planSegments([seg('big', 100, 100), ...small.slice(0, 3)], 5, 100).rewrite).toEqual([]);
    expect(planSegments([seg('big', 100, 100), ...small], 5, 100)).toEqual({ keep: ['big'], rewrite: ['s1', 's2', 's3', 's4'] });
    // Nothing new to write: four small segments stay as they are.
    expect(planSegments(small, 0, 100).rewrite).toEqual([]);
  });

  it('splits documents in order into groups of at most the capacity; a larger document gets one of its own', () => {
    expect(splitByCapacity([3, 4, 2, 9, 1], (n) => n, 7)).toEqual([[3, 4], [2], [9], [1]]);
  });
});

describe('packed files', () => {
  it('round-trips typed arrays inside any JSON value, aligned, and refuses a binary part that is too short', async () => {
    const value = { version: 3, terms: ['a', 'constructor'], nested: [{ x: Int32Array.from([1, -2, 3]) }, { y: Float32Array.from([0.5]) }], bytes: Uint8Array.from([7]), lengths: new Int32Array(0) };
    await writePacked(join(dir, 'k'), value);
    const back = await readPacked<typeof value>(join(dir, 'k'));
    expect(back).toEqual(value);
    expect(back.nested[0]!.x).toBeInstanceOf(Int32Array);
    expect(back.nested[1]!.y!.byteOffset % 4).toBe(0);
    writeFileSync(join(dir, 'k.bin'), readFileSync(join(dir, 'k.bin')).subarray(0, 8));
    await expect(readPacked(join(dir, 'k'))).rejects.toThrow(/korter/);
  });
});

/** Everything a loaded index answers with, to compare two indexes. */
async function fingerprint(index: LoadedIndex, queries: string[]) {
  const embedder = hashEmbedder(32);
  const documents = index.documents.map(({ sourceVersion: _version, ...d }) => d);
  const searches = [];
  for (const q of queries) {
    const answered = await answer(q, {}, { index, embedder });
    searches.push({
      keyword: index.keyword.search(analyzeQuery(q), { limit: 100 }),
      dense: await index.vectors!.search(await embedder.embedQuery(q), 100),
      answer: { ...answered, timings: null },
    });
  }
  return { documents, chunks: index.chunks, searches };
}

describe('an index built step by step', () => {
  it('loads and answers exactly as one built at once, and takes unchanged segments over without a write', async () => {
    await loadLexicon();
    const corpus = join(dir, 'corpus');
    generateCorpus(corpus, 60, 11, 'eval/fixtures/corpus');
    const loadEmbedder = async () => ({ ok: true as const, embedder: hashEmbedder(32), source: 'hash' });
    // A small capacity: some hundred chunks give several segments.
    const settings = { CORPUS_DIR: corpus, RETRIEVAL_MODE: 'auto', VECTRA_SHARD_SIZE: '80' };
    const stepwise = testConfig({ ...settings, INDEX_DIR: join(dir, 'stepwise') });
    await buildIndex(stepwise, { loadEmbedder });
    const rand = mulberry32(5);
    const queries = ['Hoeveel projecten werden goedgekeurd?', 'Wanneer wordt beslist over de subsidies?', 'budget inburgering 2019', 'Welke organisaties kregen steun?'];
    for (let round = 0; round < 4; round++) {
      const files = readdirSync(corpus).sort();
      const pick = () => join(corpus, files[Math.floor(rand() * files.length)]!);
      for (let i = 0; i < 3; i++) {
        const f = pick();
        writeFileSync(f, readFileSync(f, 'utf8').replace(/\d+ euro/, `${round}${i}7 euro`));
      }
      rmSync(pick(), { force: true });
      const previous = join(stepwise.INDEX_DIR, (await readCurrentGeneration(stepwise.INDEX_DIR))!);
      const summary = await buildIndex(stepwise, { loadEmbedder });
      expect(summary.fullRebuild).toBe(false);
      expect(summary.embeddedChunks).toBeLessThan(summary.chunks / 2);

      const generation = join(stepwise.INDEX_DIR, summary.generation);
      const manifest = JSON.parse(readFileSync(join(generation, 'manifest.json'), 'utf8')) as IndexManifest;
      // Segments taken over are the same files (hard links), not copies written again.
      const before = new Set(readdirSync(join(previous, 'segments')));
      const carried = manifest.segments.filter((s) => before.has(s.dir));
      expect(carried.length).toBeGreaterThan(0);
      for (const s of carried) {
        const file = join('segments', s.dir, 'documents.json');
        expect(statSync(join(generation, file)).ino).toBe(statSync(join(previous, file)).ino);
      }

      const atOnce = testConfig({ ...settings, INDEX_DIR: join(dir, `at-once-${round}`) });
      expect((await buildIndex(atOnce, { loadEmbedder })).fullRebuild).toBe(true);
      const [a, b] = [await loadIndex(stepwise.INDEX_DIR), await loadIndex(atOnce.INDEX_DIR)];
      expect(a.manifest.chunkCount).toBe(b.manifest.chunkCount);
      expect(await fingerprint(a, queries)).toEqual(await fingerprint(b, queries));
      a.vectors?.close();
      b.vectors?.close();
    }
  });
});
