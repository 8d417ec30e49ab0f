import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { buildIndex } from '../../src/indexer.js';
import { acquireIndexLock, IndexLockedError, readCurrentGeneration } from '../../src/store/generations.js';
import { IndexUnavailableError } from '../../src/store/index-store.js';
import { loadIndex } from '../../src/search/loaded-index.js';
import { copyCorpus, onlySegment, tempDir, testConfig } from '../helpers/workspace.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

async function built() {
  const config = testConfig({ CORPUS_DIR: copyCorpus(join(dir, 'corpus')), INDEX_DIR: join(dir, 'index') });
  const summary = await buildIndex(config);
  const generationDir = join(config.INDEX_DIR, (await readCurrentGeneration(config.INDEX_DIR))!);
  return { config, summary, generationDir };
}

async function expectUnavailable(indexDir: string, kind: 'missing' | 'corrupt', message: RegExp) {
  const err = await loadIndex(indexDir).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(IndexUnavailableError);
  expect((err as IndexUnavailableError).kind).toBe(kind);
  expect((err as Error).message).toMatch(message);
  expect((err as Error).message).toMatch(/npm run index/);
}

describe('index store', () => {
  it('reports a missing index with what to run', async () => {
    await expectUnavailable(join(dir, 'nothing'), 'missing', /nog geen index/);
  });

  it('detects a truncated JSON file', async () => {
    const { config, generationDir } = await built();
    const path = join(onlySegment(generationDir), 'chunks.json');
    writeFileSync(path, readFileSync(path, 'utf8').slice(0, 200));
    await expectUnavailable(config.INDEX_DIR, 'corrupt', /chunks\.json is geen geldige JSON/);
  });

  it('detects a keyword index missing beside the rest', async () => {
    const { config, generationDir } = await built();
    rmSync(join(onlySegment(generationDir), 'keyword.json'));
    await expectUnavailable(config.INDEX_DIR, 'corrupt', /trefwoordenindex onleesbaar/);
  });

  it('detects vectors of the wrong dimension', async () => {
    const { config, generationDir } = await built();
    const manifestPath = join(generationDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    // Pretend a hybrid index whose vectors do not fit the recorded model.
    const segment = onlySegment(generationDir);
    const chunks = JSON.parse(readFileSync(join(segment, 'chunks.json'), 'utf8')) as { id: string }[];
    mkdirSync(join(segment, 'vectors', 'shard-000'), { recursive: true });
    const items = chunks.map((c, i) => ({ id: c.id, metadata: { chunk: i }, vector: [1, 0, 0], norm: 1 }));
    writeFileSync(join(segment, 'vectors', 'shard-000', 'index.json'), JSON.stringify({ version: 1, metadata_config: {}, items }));
    Object.assign(manifest, { mode: 'hybrid', embedding: { modelId: 'm', dimension: 384, maxTokens: 512, queryPrefix: '', passagePrefix: '' } });
    manifest.segments[0].shards = [{ dir: 'shard-000', count: items.length }];
    writeFileSync(manifestPath, JSON.stringify(manifest));
    await expectUnavailable(config.INDEX_DIR, 'corrupt', /dimensie 3.*384/);
  });

  it('a rebuild of an unchanged corpus writes nothing: the active generation already is that index', async () => {
    const { config, summary } = await built();
    const again = await buildIndex(config);
    expect(again).toMatchObject({ added: [], changed: [], removed: [], unchanged: summary.documents, chunks: summary.chunks, fullRebuild: false, generation: summary.generation });
    // A change gives a new generation; old ones beyond KEEP_GENERATIONS are pruned.
    writeFileSync(join(config.CORPUS_DIR, 'extra.txt'), readFileSync(join(config.CORPUS_DIR, readdirSync(config.CORPUS_DIR)[0]!), 'utf8').replaceAll('nr. 455', 'nr. 458'));
    await buildIndex(config);
    rmSync(join(config.CORPUS_DIR, 'extra.txt'));
    const last = await buildIndex(config);
    expect(last.generation).not.toBe(summary.generation);
    const gens = readdirSync(config.INDEX_DIR).filter((e) => e.startsWith('gen-'));
    expect(gens.length).toBeLessThanOrEqual(2);
  });

  it('reports added, changed and removed documents', async () => {
    const { config } = await built();
    const corpus = config.CORPUS_DIR;
    const file = readdirSync(corpus)[0]!;
    writeFileSync(join(corpus, file), readFileSync(join(corpus, file), 'utf8').replace('Na de zomer', 'In het najaar'));
    writeFileSync(join(corpus, 'extra.txt'), readFileSync(join(corpus, file), 'utf8').replaceAll('nr. 455', 'nr. 456'));
    let summary = await buildIndex(config);
    expect(summary.changed).toEqual([file]);
    expect(summary.added).toEqual(['extra.txt']);
    rmSync(join(corpus, 'extra.txt'));
    summary = await buildIndex(config);
    expect(summary.removed).toEqual(['extra.txt']);
    const index = await loadIndex(config.INDEX_DIR);
    const r = await answer('Wanneer zal de rapportering afgerond zijn?', {}, { index, embedder: null });
    expect(r.passages[0]!.quote.text).toContain('In het najaar');
  });

  it('refuses a second indexer while one holds the lock, and takes over a stale lock', async () => {
    const indexDir = join(dir, 'index');
    const release = await acquireIndexLock(indexDir);
    await expect(acquireIndexLock(indexDir)).rejects.toBeInstanceOf(IndexLockedError);
    await release();
    // A lock file of the earlier format, left by a process that no longer exists (tests/store/lock.test.ts: the current one).
    writeFileSync(join(indexDir, '.lock'), '999999999');
    const again = await acquireIndexLock(indexDir);
    await again();
    expect(existsSync(join(indexDir, '.lock'))).toBe(false);
  });

  it('a write that fails at the last step keeps the previous index answering', async () => {
    const { config, summary } = await built();
    const before = await readCurrentGeneration(config.INDEX_DIR);
    // The pointer's temp file cannot be written (a folder is in its way): publishing fails.
    mkdirSync(join(config.INDEX_DIR, `CURRENT.${process.pid}.tmp`));
    writeFileSync(join(config.CORPUS_DIR, 'extra.txt'), readFileSync(join(config.CORPUS_DIR, readdirSync(config.CORPUS_DIR)[0]!), 'utf8').replaceAll('nr. 455', 'nr. 457'));
    await expect(buildIndex(config)).rejects.toThrow();
    expect(await readCurrentGeneration(config.INDEX_DIR)).toBe(before);
    const index = await loadIndex(config.INDEX_DIR);
    expect(index.chunks.length).toBe(summary.chunks);
    expect(index.documents.map((d) => d.questionNumber)).toEqual([455]);
    // The next build cleans up and succeeds.
    rmSync(join(config.INDEX_DIR, `CURRENT.${process.pid}.tmp`), { recursive: true });
    const next = await buildIndex(config);
    expect(next.documents).toBe(2);
  });
});

describe('damaged vector files', () => {
  it('a truncated Vectra index.json and vector copy give one clear message', async () => {
    const { createTinyModel } = await import('../../src/testing/tiny-model.js');
    const { embedderLoader } = await import('../../src/runtime.js');
    const model = await createTinyModel(join(dir, 'model'));
    const config = testConfig({ CORPUS_DIR: copyCorpus(join(dir, 'corpus')), INDEX_DIR: join(dir, 'index'), RETRIEVAL_MODE: 'auto', EMBEDDING_MODEL_PATH: model.dir });
    await buildIndex(config, { loadEmbedder: embedderLoader(config) });
    const shard = join(onlySegment(join(config.INDEX_DIR, (await readCurrentGeneration(config.INDEX_DIR))!)), 'vectors', 'shard-000');
    // The binary copy alone truncated: Vectra's index.json still serves.
    writeFileSync(join(shard, 'vectors.f32'), readFileSync(join(shard, 'vectors.f32')).subarray(0, 100));
    expect((await loadIndex(config.INDEX_DIR)).vectors).not.toBeNull();
    // Both damaged: a clear message with what to run.
    writeFileSync(join(shard, 'index.json'), readFileSync(join(shard, 'index.json'), 'utf8').slice(0, 300));
    const err = await loadIndex(config.INDEX_DIR).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IndexUnavailableError);
    expect((err as Error).message).toMatch(/vectorindex is beschadigd.*npm run index/);
    // A rebuild repairs it.
    await buildIndex(config, { loadEmbedder: embedderLoader(config) });
    expect((await loadIndex(config.INDEX_DIR)).vectors).not.toBeNull();
  });
});
