/**
 * npm run bench [-- --sizes 100,1000,10000 --queries 200 --seed 7]
 *
 * Speed and scale on seeded synthetic corpora with the real documents'
 * structure. For each size: indexing throughput (keyword mode; with a
 * stand-in embedder that has no forward pass; with the generated ONNX model
 * for the smaller sizes), incremental reindexing, index size and load time,
 * RSS, answer latency split into stages, throughput at 20 concurrent
 * questions, and Vectra's own queryItems over the same vectors as baseline.
 * Writes bench/results/results.{md,json}. Not a test: nothing here asserts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { answer } from '../src/answer/index.js';
import { coreSchema, type CoreConfig } from '../src/config.js';
import type { Embedder } from '../src/embed/types.js';
import { percentile } from '../src/eval/metrics.js';
import { loadLexicon } from '../src/corpus/lexicon.js';
import { buildIndex } from '../src/indexer.js';
import { embedderLoader } from '../src/runtime.js';
import { readCurrentGeneration } from '../src/store/generations.js';
import type { ShardedVectorIndex } from '../src/store/sharded-vectors.js';
import { loadIndex } from '../src/search/loaded-index.js';
import { createTinyModel } from '../src/testing/tiny-model.js';
import { hashEmbedder } from '../src/testing/hash-embedder.js';
import { generateCorpus, mulberry32 } from '../src/testing/synthetic-corpus.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    queries: { type: 'string', default: '200' },
    seed: { type: 'string', default: '7' },
    'model-max': { type: 'string', default: '1000' },
    out: { type: 'string', default: 'bench/results' },
  },
});
const sizes = values.sizes!.split(',').map(Number);
const queryCount = Number(values.queries);
const seed = Number(values.seed);
const modelMax = Number(values['model-max']);

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const ms = (t0: number) => performance.now() - t0;
const log = (s: string) => process.stderr.write(s + '\n');

function config(corpus: string, index: string, extra: Record<string, string> = {}): CoreConfig {
  return coreSchema.parse({ CORPUS_DIR: corpus, INDEX_DIR: index, ALLOW_REMOTE_MODELS: 'false', RETRIEVAL_MODE: 'auto', EMBED_BATCH_SIZE: '64', KEEP_GENERATIONS: '1', ...extra });
}

function duBytes(dir: string): number {
  return Number(execFileSync('du', ['-sb', dir]).toString().split(/\s+/)[0]);
}

/** Index load time and RSS in a fresh process, as at bot start-up. */
function measureLoad(indexDir: string): { loadMs: number; lexiconMs: number; lexiconMB: number; rssMB: number } {
  const code = `
    const { loadIndex } = await import(${JSON.stringify(new URL('../src/search/loaded-index.ts', import.meta.url).href)});
    const { loadLexicon } = await import(${JSON.stringify(new URL('../src/corpus/lexicon.ts', import.meta.url).href)});
    // The lexicon loads once per process, whatever the index size: timed apart.
    const rssBefore = process.memoryUsage().rss;
    let t = performance.now();
    await loadLexicon();
    const lexiconMs = performance.now() - t;
    const lexiconMB = (process.memoryUsage().rss - rssBefore) / 1048576;
    t = performance.now();
    const index = await loadIndex(${JSON.stringify(indexDir)});
    const loadMs = performance.now() - t;
    globalThis.gc?.();
    console.log(JSON.stringify({ loadMs, lexiconMs, lexiconMB, rssMB: process.memoryUsage().rss / 1048576, chunks: index.chunks.length }));`;
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', code], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

/** Questions drawn from the corpus's own question items, reworded a little. */
function sampleQueries(corpusDir: string, n: number): string[] {
  const rand = mulberry32(seed + 1);
  const files = readdirSync(corpusDir);
  const out: string[] = [];
  while (out.length < n) {
    const text = readFileSync(join(corpusDir, files[Math.floor(rand() * files.length)]!), 'utf8');
    const questions = text.match(/^\d\. [^\n]*\?/gm) ?? [];
    if (questions.length) out.push(questions[Math.floor(rand() * questions.length)]!.slice(3).replace(/\bde\b/g, 'het'));
  }
  return out;
}

interface SizeResult {
  documents: number;
  chunks: number;
  keywordIndexChunksPerS: number;
  vectorIndexChunksPerS: number;
  modelIndexChunksPerS: number | null;
  unchangedReindexS: number;
  /** Longest event-loop block during the 1%-changed reindex. */
  longestStallMs: number;
  /** Loading the new generation in the indexing process, as the bot does after a reindex; and its longest block. */
  inProcessReloadMs: number;
  longestReloadStallMs: number;
  onePercentReindexS: number;
  indexMB: number;
  loadMs: number;
  /** The Dutch lexicon, loaded once per process before the index. */
  lexiconMs: number;
  lexiconMB: number;
  rssMB: number;
  answer: { p50: number; p95: number; p99: number; embedP50: number; retrieveP50: number; quoteP50: number };
  concurrent20QPS: number;
  vectra: { p50: number; p95: number };
  ourScan: { p50: number; p95: number };
  modelQueryEmbedP50: number | null;
}

async function benchSize(n: number, work: string, tinyModel: string): Promise<SizeResult> {
  const corpus = join(work, `corpus-${n}`);
  log(`\n== ${n} documents`);
  let t = performance.now();
  generateCorpus(corpus, n, seed, 'eval/fixtures/corpus');
  log(`generated in ${round(ms(t) / 1000)} s`);

  t = performance.now();
  const kw = await buildIndex(config(corpus, join(work, `kw-${n}`), { RETRIEVAL_MODE: 'keyword' }));
  const keywordIndexChunksPerS = kw.chunks / (ms(t) / 1000);
  log(`keyword index: ${kw.chunks} chunks, ${round(keywordIndexChunksPerS)} chunks/s`);

  const hash: Embedder = hashEmbedder(384);
  const vecConfig = config(corpus, join(work, `vec-${n}`));
  t = performance.now();
  const vec = await buildIndex(vecConfig, { loadEmbedder: async () => ({ ok: true, embedder: hash, source: 'hash' }) });
  const vectorIndexChunksPerS = vec.chunks / (ms(t) / 1000);
  log(`vector index (no forward pass): ${round(vectorIndexChunksPerS)} chunks/s`);

  let modelIndexChunksPerS: number | null = null;
  if (n <= modelMax) {
    const mc = config(corpus, join(work, `model-${n}`), { EMBEDDING_MODEL_PATH: tinyModel });
    t = performance.now();
    const m = await buildIndex(mc, { loadEmbedder: embedderLoader(mc) });
    modelIndexChunksPerS = m.chunks / (ms(t) / 1000);
    log(`index with the generated ONNX model: ${round(modelIndexChunksPerS)} chunks/s`);
  }

  t = performance.now();
  await buildIndex(vecConfig, { loadEmbedder: async () => ({ ok: true, embedder: hash, source: 'hash' }) });
  const unchangedReindexS = ms(t) / 1000;
  const files = readdirSync(corpus).sort();
  const rand = mulberry32(seed + 2);
  for (let i = 0; i < Math.max(1, Math.round(n / 100)); i++) {
    const f = join(corpus, files[Math.floor(rand() * files.length)]!);
    writeFileSync(f, readFileSync(f, 'utf8').replace(/\d+ euro/, `${Math.floor(rand() * 9999)} euro`) + '\n');
  }
  // The longest time the event loop was blocked during the reindex: what a bot
  // reindexing in-process makes its users wait, at worst, for an acknowledgement.
  const stalls = monitorEventLoopDelay({ resolution: 10 });
  stalls.enable();
  t = performance.now();
  await buildIndex(vecConfig, { loadEmbedder: async () => ({ ok: true, embedder: hash, source: 'hash' }) });
  const onePercentReindexS = ms(t) / 1000;
  stalls.disable();
  const longestStallMs = stalls.max / 1e6;
  log(`reindex unchanged ${round(unchangedReindexS, 2)} s, 1% changed ${round(onePercentReindexS, 2)} s (longest event-loop stall ${round(longestStallMs)} ms)`);

  // The bot then loads the new generation in-process, beside the one it answers from.
  const reloadStalls = monitorEventLoopDelay({ resolution: 10 });
  reloadStalls.enable();
  t = performance.now();
  const reloaded = await loadIndex(vecConfig.INDEX_DIR);
  const inProcessReloadMs = ms(t);
  reloadStalls.disable();
  reloaded.vectors?.close();
  const longestReloadStallMs = reloadStalls.max / 1e6;
  log(`in-process reload ${round(inProcessReloadMs)} ms (longest event-loop stall ${round(longestReloadStallMs)} ms)`);

  // The active generation only (the previous one is kept beside it for readers still on it).
  const indexMB = duBytes(join(vecConfig.INDEX_DIR, (await readCurrentGeneration(vecConfig.INDEX_DIR))!)) / 1048576;
  const { loadMs, lexiconMs, lexiconMB, rssMB } = measureLoad(vecConfig.INDEX_DIR);
  log(`index ${round(indexMB)} MB, load ${round(loadMs)} ms (+ lexicon ${round(lexiconMs)} ms, ${round(lexiconMB)} MB), RSS ${round(rssMB)} MB`);

  const index = await loadIndex(vecConfig.INDEX_DIR);
  const queries = sampleQueries(corpus, queryCount);
  for (const q of queries.slice(0, 5)) await answer(q, {}, { index, embedder: hash }); // warm-up
  const totals: number[] = [];
  const embeds: number[] = [];
  const retrieves: number[] = [];
  const quotes: number[] = [];
  for (const q of queries) {
    const r = await answer(q, {}, { index, embedder: hash });
    totals.push(r.timings.totalMs);
    embeds.push(r.timings.embedMs);
    retrieves.push(r.timings.retrieveMs);
    quotes.push(r.timings.quoteMs);
  }
  t = performance.now();
  for (let i = 0; i < queries.length; i += 20) await Promise.all(queries.slice(i, i + 20).map((q) => answer(q, {}, { index, embedder: hash })));
  const concurrent20QPS = queries.length / (ms(t) / 1000);

  // Dense side alone, ours against Vectra's queryItems, same vectors and queries.
  const vectors = await Promise.all(queries.slice(0, 50).map((q) => hash.embedQuery(q)));
  const ours: number[] = [];
  const vectra: number[] = [];
  const sharded = index.vectors as ShardedVectorIndex;
  await sharded.vectraQuery(vectors[0]!, 100); // Vectra loads its JSON on first use
  for (const v of vectors) {
    let s = performance.now();
    await sharded.search(v, 100);
    ours.push(ms(s));
    s = performance.now();
    await sharded.vectraQuery(v, 100);
    vectra.push(ms(s));
  }

  let modelQueryEmbedP50: number | null = null;
  const tiny = await embedderLoader(config(corpus, join(work, 'x'), { EMBEDDING_MODEL_PATH: tinyModel }))();
  if (tiny.ok) {
    const times: number[] = [];
    for (const q of queries.slice(0, 50)) {
      const s = performance.now();
      await tiny.embedder.embedQuery(q);
      times.push(ms(s));
    }
    modelQueryEmbedP50 = percentile(times, 50);
  }

  return {
    documents: n,
    chunks: vec.chunks,
    keywordIndexChunksPerS,
    vectorIndexChunksPerS,
    modelIndexChunksPerS,
    unchangedReindexS,
    longestStallMs,
    inProcessReloadMs,
    longestReloadStallMs,
    onePercentReindexS,
    indexMB,
    loadMs,
    lexiconMs,
    lexiconMB,
    rssMB,
    answer: { p50: percentile(totals, 50), p95: percentile(totals, 95), p99: percentile(totals, 99), embedP50: percentile(embeds, 50), retrieveP50: percentile(retrieves, 50), quoteP50: percentile(quotes, 50) },
    concurrent20QPS,
    vectra: { p50: percentile(vectra, 50), p95: percentile(vectra, 95) },
    ourScan: { p50: percentile(ours, 50), p95: percentile(ours, 95) },
    modelQueryEmbedP50,
  };
}

function table(results: SizeResult[]): string {
  const row = (label: string, f: (r: SizeResult) => string) => `| ${label} | ${results.map(f).join(' | ')} |`;
  const r1 = (x: number) => String(round(x));
  return [
    `| | ${results.map((r) => `${r.documents} docs (${r.chunks} chunks)`).join(' | ')} |`,
    `|---|${results.map(() => '---').join('|')}|`,
    row('index, keyword mode (chunks/s)', (r) => r1(r.keywordIndexChunksPerS)),
    row('index, vectors without forward pass (chunks/s)', (r) => r1(r.vectorIndexChunksPerS)),
    row('index, generated ONNX model (chunks/s)', (r) => (r.modelIndexChunksPerS === null ? 'skipped' : r1(r.modelIndexChunksPerS))),
    row('reindex, nothing changed (s)', (r) => String(round(r.unchangedReindexS, 2))),
    row('reindex, 1% changed (s)', (r) => String(round(r.onePercentReindexS, 2))),
    row('  longest event-loop stall during it (ms)', (r) => String(round(r.longestStallMs))),
    row('  then loading it in the same process, as the bot does (ms; longest stall, ms)', (r) => `${r1(r.inProcessReloadMs)}; ${r1(r.longestReloadStallMs)}`),
    row('index size on disk (MB)', (r) => r1(r.indexMB)),
    row('index load at start-up (ms)', (r) => r1(r.loadMs)),
    row('Dutch lexicon load, once per process (ms / MB RSS)', (r) => `${r1(r.lexiconMs)} / ${r1(r.lexiconMB)}`),
    row('RSS after load (MB)', (r) => r1(r.rssMB)),
    row('answer p50 / p95 / p99 (ms)', (r) => `${round(r.answer.p50)} / ${round(r.answer.p95)} / ${round(r.answer.p99)}`),
    row('  of which embed / retrieve / quote, p50 (ms)', (r) => `${round(r.answer.embedP50, 2)} / ${round(r.answer.retrieveP50)} / ${round(r.answer.quoteP50)}`),
    row('throughput, 20 concurrent (questions/s)', (r) => r1(r.concurrent20QPS)),
    row('dense scan p50 / p95: ours (ms)', (r) => `${round(r.ourScan.p50, 2)} / ${round(r.ourScan.p95, 2)}`),
    row('dense scan p50 / p95: Vectra queryItems (ms)', (r) => `${round(r.vectra.p50, 2)} / ${round(r.vectra.p95, 2)}`),
    row('Vectra queryItems ÷ ours, p50 (×)', (r) => String(round(r.vectra.p50 / Math.max(r.ourScan.p50, 1e-6)))),
    row('query embedding, generated ONNX model, p50 (ms)', (r) => (r.modelQueryEmbedP50 === null ? '–' : String(round(r.modelQueryEmbedP50, 2)))),
  ].join('\n');
}

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'ipbot-bench-'));
  await loadLexicon(); // generateCorpus parses the fixtures synchronously
  try {
    const tiny = await createTinyModel(join(work, 'tiny-model'), { dim: 384 });
    const results: SizeResult[] = [];
    for (const n of sizes) results.push(await benchSize(n, work, tiny.dir));
    const md = [
      `Benchmark (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${(await import('node:os')).cpus().length} cores, seed ${seed}, ${queryCount} questions per size).`,
      'Answer latency is keyword retrieval plus the vector scan over 384-dimension vectors, without the model forward pass (a hash stand-in embeds the query); the forward pass of the generated ONNX model is the last row.',
      '',
      table(results),
      '',
    ].join('\n');
    mkdirSync(values.out!, { recursive: true });
    writeFileSync(join(values.out!, 'results.md'), md);
    writeFileSync(join(values.out!, 'results.json'), JSON.stringify({ seed, queries: queryCount, node: process.version, results }, null, 2));
    process.stdout.write(md);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
