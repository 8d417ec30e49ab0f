import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * Disk faults injected into the index writer: every file write (and folder
 * creation, and opening a file for writing) goes through node:fs/promises, which this test wraps. A fault
 * must leave the previous index active and answering.
 */
const fault: { code: string | null; when: (path: string) => boolean } = { code: null, when: () => false };

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const failIf = (path: unknown) => {
    if (fault.code && fault.when(String(path))) {
      throw Object.assign(new Error(`${fault.code}: injected fault, write '${String(path)}'`), { code: fault.code, path: String(path) });
    }
  };
  return {
    ...real,
    default: real,
    writeFile: async (path: Parameters<typeof real.writeFile>[0], ...rest: [never, never?]) => {
      failIf(path);
      return real.writeFile(path, ...rest);
    },
    // Files written slice by slice are opened for writing first.
    open: async (path: Parameters<typeof real.open>[0], flags?: Parameters<typeof real.open>[1], mode?: Parameters<typeof real.open>[2]) => {
      if (typeof flags === 'string' && /[wa]/.test(flags)) failIf(path);
      return real.open(path, flags, mode);
    },
    mkdir: async (path: Parameters<typeof real.mkdir>[0], options?: Parameters<typeof real.mkdir>[1]) => {
      failIf(path);
      return real.mkdir(path, options);
    },
  };
});

const { answer } = await import('../../src/answer/index.js');
const { buildIndex } = await import('../../src/indexer.js');
const { readCurrentGeneration } = await import('../../src/store/generations.js');
const { loadIndex } = await import('../../src/search/loaded-index.js');
const { copyCorpus, tempDir, testConfig, writeSyntheticQuestions } = await import('../helpers/workspace.js');

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => {
  fault.code = null;
  cleanup();
});

describe('disk faults while writing a new index', () => {
  for (const [name, code, when] of [
    ['the disk is full while the keyword index is written', 'ENOSPC', (p: string) => p.endsWith('keyword.json')],
    ['the index folder is read-only', 'EROFS', (p: string) => /gen-[^/]+\.tmp$/.test(p)],
  ] as const) {
    it(`${name}: the build fails, the previous index keeps answering`, async () => {
      const config = testConfig({ CORPUS_DIR: copyCorpus(join(dir, 'corpus')), INDEX_DIR: join(dir, 'index') });
      await buildIndex(config);
      const before = await readCurrentGeneration(config.INDEX_DIR);
      writeSyntheticQuestions(config.CORPUS_DIR, 5);

      fault.code = code;
      fault.when = when;
      await expect(buildIndex(config)).rejects.toMatchObject({ code });
      fault.code = null;

      expect(await readCurrentGeneration(config.INDEX_DIR)).toBe(before);
      const index = await loadIndex(config.INDEX_DIR);
      expect(index.documents).toHaveLength(1);
      const r = await answer('Wanneer wordt beslist over de goedkeuring van de projecten?', {}, { index, embedder: null });
      expect(r.passages[0]?.questionNumber).toBe(455);

      // Once the disk is fine again the next build completes and cleans up.
      const next = await buildIndex(config);
      expect(next.documents).toBe(6);
      expect(readdirSync(config.INDEX_DIR).filter((e) => e.endsWith('.tmp'))).toEqual([]);
    });
  }
});
