import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { loadTransformersEmbedder } from '../../src/embed/transformers.js';
import type { Embedder } from '../../src/embed/types.js';
import { buildIndex, ModelUnavailableError } from '../../src/indexer.js';
import { embedderLoader, openRuntime } from '../../src/runtime.js';
import { readCurrentGeneration } from '../../src/store/generations.js';
import { loadIndex } from '../../src/search/loaded-index.js';
import { createTinyModel } from '../../src/testing/tiny-model.js';
import { copyCorpus, onlySegment, tempDir, testConfig } from '../helpers/workspace.js';
import { answerTexts } from '../../src/present/answer.js';

let dir: string;
let cleanup: () => void;
let modelDir: string;
let embedder: Embedder;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  modelDir = (await createTinyModel(join(dir, 'model'), { dim: 24 })).dir;
  const load = await loadTransformersEmbedder({ model: 'tiny', modelPath: modelDir, cacheDir: join(dir, 'cache'), allowRemote: false, timeoutMs: 5000 });
  if (!load.ok) throw new Error(load.reason);
  embedder = load.embedder;
});
afterAll(() => cleanup());

const norm = (v: number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

describe('the transformers.js embedder, loaded offline from a local directory', () => {
  it('embeds passages and queries into unit vectors of the model dimension, deterministically', async () => {
    expect(embedder.dimension).toBe(24);
    expect(embedder.maxTokens).toBe(512);
    const [a, b] = await embedder.embedPassages(['projecten werden ingediend', 'de minister antwoordt']);
    expect(a).toHaveLength(24);
    expect(norm(a!)).toBeCloseTo(1, 5);
    expect(norm(b!)).toBeCloseTo(1, 5);
    expect(await embedder.embedPassages(['projecten werden ingediend'])).toEqual([a]);
    expect(a).not.toEqual(b);
    const q = await embedder.embedQuery('projecten');
    expect(norm(q)).toBeCloseTo(1, 5);
  });

  it('counts tokens with the model tokenizer', () => {
    expect(embedder.countTokens('projecten')).toBeGreaterThan(2); // [CLS] … [SEP]
    expect(embedder.countTokens('een veel langere tekst over projecten')).toBeGreaterThan(embedder.countTokens('projecten'));
  });

  it('reports a missing or corrupt model directory instead of throwing', async () => {
    const missing = await loadTransformersEmbedder({ model: 'x', modelPath: join(dir, 'nope'), cacheDir: join(dir, 'cache'), allowRemote: false, timeoutMs: 2000 });
    expect(missing).toMatchObject({ ok: false, reason: expect.stringMatching(/niet gevonden/) });
    const corrupt = (await createTinyModel(join(dir, 'corrupt'))).dir;
    writeFileSync(join(corrupt, 'onnx', 'model.onnx'), 'not a model');
    const bad = await loadTransformersEmbedder({ model: 'x', modelPath: corrupt, cacheDir: join(dir, 'cache'), allowRemote: false, timeoutMs: 2000 });
    expect(bad.ok).toBe(false);
  });

  // Liveness: the silence would last forever; the test timeout is the bound.
  it('gives up on a model hub that accepts the connection and never answers', { timeout: 20_000 }, async () => {
    const sockets: import('node:net').Socket[] = [];
    const silent: Server = createServer((s) => sockets.push(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const port = (silent.address() as { port: number }).port;
    const load = await loadTransformersEmbedder({
      model: 'Org/some-model',
      cacheDir: join(dir, 'empty-cache'),
      allowRemote: true,
      hubUrl: `http://127.0.0.1:${port}`,
      timeoutMs: 500,
    });
    sockets.forEach((s) => s.destroy());
    silent.close();
    expect(load).toMatchObject({ ok: false, reason: expect.stringMatching(/^model kon niet gedownload worden: de modelhub \(127\.0\.0\.1:\d+\) antwoordde 0,5 s lang niet op config\.json$/) });
  });
});

describe('hybrid indexing with the generated model', () => {
  it('indexes with vectors, answers in hybrid mode, and re-embeds only what changed', async () => {
    const work = join(dir, 'hybrid');
    const config = testConfig({ CORPUS_DIR: copyCorpus(join(work, 'corpus'), { fixtures: true }), INDEX_DIR: join(work, 'index'), RETRIEVAL_MODE: 'auto', EMBEDDING_MODEL_PATH: modelDir });
    const first = await buildIndex(config, { loadEmbedder: embedderLoader(config) });
    expect(first).toMatchObject({ mode: 'hybrid', fullRebuild: true });
    expect(first.embeddedChunks).toBe(first.chunks);

    const runtime = await openRuntime(config);
    expect(runtime.index.manifest.mode).toBe('hybrid');
    expect(runtime.embedder?.dimension).toBe(24);
    const r = await answer('Wanneer beslist men over de goedkeuring van de AMIF-projecten?', {}, { index: runtime.index, embedder: runtime.embedder });
    expect(r.mode).toBe('hybrid');
    expect(answerTexts(r).modeNote).toBeNull();
    expect(r.passages[0]).toMatchObject({ questionNumber: 455, item: '2' });
    expect(r.timings.embedMs).toBeGreaterThan(0);

    // The binary copy of the vectors is an optimisation: without it, Vectra's index.json serves.
    const generationDir = join(config.INDEX_DIR, (await readCurrentGeneration(config.INDEX_DIR))!);
    const binary = join(onlySegment(generationDir), 'vectors', 'shard-000', 'vectors.f32');
    const saved = readFileSync(binary);
    rmSync(binary);
    const viaVectra = await loadIndex(config.INDEX_DIR);
    const again = await answer('Wanneer beslist men over de goedkeuring van de AMIF-projecten?', {}, { index: viaVectra, embedder: runtime.embedder });
    expect(again.passages.map((p) => [p.chunkId, p.score])).toEqual(r.passages.map((p) => [p.chunkId, p.score]));
    writeFileSync(binary, saved);

    const unchanged = await buildIndex(config, { loadEmbedder: embedderLoader(config) });
    expect(unchanged).toMatchObject({ embeddedChunks: 0, fullRebuild: false });

    const file = join(config.CORPUS_DIR, 'synthetic-1001.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('2.318 inburgeraars', '2.319 inburgeraars'));
    const changed = await buildIndex(config, { loadEmbedder: embedderLoader(config) });
    const chunksOf1001 = (await loadIndex(config.INDEX_DIR)).chunks.filter((c) => c.questionNumber === 1001).length;
    expect(changed.changed).toEqual(['synthetic-1001.txt']);
    expect(changed.embeddedChunks).toBe(chunksOf1001);
  });

  it('upgrades a keyword index once the model is available, and falls back when it is gone', async () => {
    const work = join(dir, 'upgrade');
    const base = { CORPUS_DIR: copyCorpus(join(work, 'corpus')), INDEX_DIR: join(work, 'index'), RETRIEVAL_MODE: 'auto' };
    const offline = testConfig({ ...base, EMBEDDING_MODEL_PATH: join(work, 'no-model-here') });
    const keywordOnly = await buildIndex(offline, { loadEmbedder: embedderLoader(offline) });
    expect(keywordOnly.mode).toBe('keyword');
    expect(keywordOnly.modelUnavailable).toMatch(/niet gevonden/);
    expect((await loadIndex(offline.INDEX_DIR)).manifest.embeddingUnavailable).toMatch(/niet gevonden/);

    const online = testConfig({ ...base, EMBEDDING_MODEL_PATH: modelDir });
    const upgraded = await buildIndex(online, { loadEmbedder: embedderLoader(online) });
    expect(upgraded).toMatchObject({ mode: 'hybrid', fullRebuild: true });

    // The model disappears: a rebuild refuses to drop the vectors, unless asked to.
    await expect(buildIndex(offline, { loadEmbedder: embedderLoader(offline) })).rejects.toBeInstanceOf(ModelUnavailableError);
    expect((await loadIndex(offline.INDEX_DIR)).manifest.mode).toBe('hybrid');
    // Queries fall back to keywords and say why.
    const runtime = await openRuntime(offline);
    expect(runtime.embedder).toBeNull();
    expect(runtime.embedderProblem).toMatch(/niet gevonden/);
    const r = await answer('Wanneer wordt beslist over de goedkeuring van de projecten?', {}, { index: runtime.index, embedder: runtime.embedder });
    expect(r.mode).toBe('keyword');
    expect(answerTexts(r).modeNote).toMatch(/trefwoorden/);
    expect(r.passages[0]?.questionNumber).toBe(455);
  });

  it('an empty corpus gives a loadable index that says it has no documents', async () => {
    const work = join(dir, 'empty');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(work, 'corpus'), { recursive: true });
    const config = testConfig({ CORPUS_DIR: join(work, 'corpus'), INDEX_DIR: join(work, 'index'), RETRIEVAL_MODE: 'auto', EMBEDDING_MODEL_PATH: modelDir });
    await buildIndex(config, { loadEmbedder: embedderLoader(config) });
    const runtime = await openRuntime(config);
    expect(runtime.index.documents).toEqual([]);
    const r = await answer('Wanneer wordt beslist over de projecten?', {}, { index: runtime.index, embedder: runtime.embedder });
    expect(r.status).toBe('no-answer');
    expect(answerTexts(r).message).toMatch(/nog geen schriftelijke vragen/);
  });
});
