import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// A file system without hard links (another device, some network shares): link() fails with EXDEV.
vi.mock('node:fs/promises', async (original) => ({
  ...(await original<typeof import('node:fs/promises')>()),
  link: vi.fn(async () => {
    throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
  }),
}));

const { buildIndex } = await import('../../src/indexer.js');
const { loadIndex } = await import('../../src/search/loaded-index.js');
const { readCurrentGeneration } = await import('../../src/store/generations.js');
const { copyCorpus, tempDir, testConfig, writeSyntheticQuestions } = await import('../helpers/workspace.js');

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('segments taken over where the file system has no hard links', () => {
  it('are copied, and the index loads as before', async () => {
    const corpus = copyCorpus(join(dir, 'corpus'));
    writeSyntheticQuestions(corpus, 12);
    const config = testConfig({ CORPUS_DIR: corpus, INDEX_DIR: join(dir, 'index'), VECTRA_SHARD_SIZE: '30' });
    const first = await buildIndex(config);
    const previous = join(config.INDEX_DIR, first.generation);
    const file = join(corpus, 'q-5003.txt');
    writeFileSync(file, readFileSync(file, 'utf8') + '\nNaschrift.\n');
    const second = await buildIndex(config);
    expect(second).toMatchObject({ changed: ['q-5003.txt'], fullRebuild: false });
    const generation = join(config.INDEX_DIR, (await readCurrentGeneration(config.INDEX_DIR))!);
    const carried = readdirSync(join(generation, 'segments')).filter((s) => readdirSync(join(previous, 'segments')).includes(s));
    expect(carried.length).toBeGreaterThan(0);
    for (const s of carried) {
      const [a, b] = [join(previous, 'segments', s, 'chunks.json'), join(generation, 'segments', s, 'chunks.json')];
      expect(statSync(b).ino).not.toBe(statSync(a).ino);
      expect(readFileSync(b)).toEqual(readFileSync(a));
    }
    const index = await loadIndex(config.INDEX_DIR);
    expect(index.documents).toHaveLength(first.documents);
    expect(index.chunks).toHaveLength(second.chunks);
  });
});
