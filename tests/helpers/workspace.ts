import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { coreSchema, type CoreConfig } from '../../src/config.js';
import { buildIndex } from '../../src/indexer.js';
import { loadIndex, type LoadedIndex } from '../../src/search/loaded-index.js';

export const REPO = resolve(import.meta.dirname, '../..');
export const REAL_CORPUS = join(REPO, 'corpus');
export const FIXTURE_CORPUS = join(REPO, 'eval/fixtures/corpus');

/** A temporary folder, removed by the returned cleanup. */
export function tempDir(prefix = 'ipbot-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Copies the real document and (optionally) the fixtures into `dir`. */
export function copyCorpus(dir: string, options: { fixtures?: boolean } = {}): string {
  mkdirSync(dir, { recursive: true });
  cpSync(REAL_CORPUS, dir, { recursive: true });
  if (options.fixtures) {
    for (const f of readdirSync(FIXTURE_CORPUS)) if (f.endsWith('.txt')) cpSync(join(FIXTURE_CORPUS, f), join(dir, f));
  }
  return dir;
}

/** `count` synthetic written questions built from the fixtures, renumbered. */
export function writeSyntheticQuestions(dir: string, count: number, firstNumber = 5000): void {
  mkdirSync(dir, { recursive: true });
  const templates = readdirSync(FIXTURE_CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ number: Number(/\d+/.exec(f)![0]), text: readFileSync(join(FIXTURE_CORPUS, f), 'utf8') }));
  for (let i = 0; i < count; i++) {
    const t = templates[i % templates.length]!;
    const n = firstNumber + i;
    writeFileSync(join(dir, `q-${n}.txt`), t.text.replaceAll(`nr. ${t.number}`, `nr. ${n}`));
  }
}

/** Core configuration for tests: never reaches a model hub. */
export function testConfig(overrides: Record<string, string>): CoreConfig {
  return coreSchema.parse({ ALLOW_REMOTE_MODELS: 'false', RETRIEVAL_MODE: 'keyword', KEEP_GENERATIONS: '1', ...overrides });
}

/**
 * A keyword index of the corpus `fill` writes into the folder it is given,
 * built before the file's tests and removed after them.
 */
export function useIndexedCorpus(fill: (corpusDir: string) => void): { readonly index: LoadedIndex } {
  let index: LoadedIndex | undefined;
  let cleanup = () => {};
  beforeAll(async () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const corpus = join(tmp.dir, 'corpus');
    mkdirSync(corpus, { recursive: true });
    fill(corpus);
    const config = testConfig({ CORPUS_DIR: corpus, INDEX_DIR: join(tmp.dir, 'index') });
    await buildIndex(config);
    index = await loadIndex(config.INDEX_DIR);
  });
  afterAll(() => cleanup());
  return {
    get index() {
      if (!index) throw new Error('the index is built in beforeAll');
      return index;
    },
  };
}

/** A keyword index of the fictional fixtures plus the given files (repository paths), as `useIndexedCorpus` builds it. */
export function useIndexedFixtures(...extra: string[]): { readonly index: LoadedIndex } {
  return useIndexedCorpus((dir) => {
    for (const f of readdirSync(FIXTURE_CORPUS).filter((f) => f.endsWith('.txt'))) cpSync(join(FIXTURE_CORPUS, f), join(dir, f));
    for (const f of extra) cpSync(join(REPO, f), join(dir, f.split('/').pop()!));
  });
}

/** The folder of a generation's only segment (a corpus small enough for one). */
export function onlySegment(generationDir: string): string {
  const segments = readdirSync(join(generationDir, 'segments'));
  if (segments.length !== 1) throw new Error(`expected one segment, found ${segments.length}`);
  return join(generationDir, 'segments', segments[0]!);
}
