/**
 * npm run eval [-- --corpus DIR ... --queries FILE --json OUT --model-path DIR --threshold X]
 *
 * Indexes the corpus folders into a temporary index, runs every gold query in
 * each retrieval mode, and prints one table row per mode plus the failures.
 * Defaults: the real corpus plus the fictional fixtures, eval/queries.jsonl.
 */
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { answer, DEFAULT_THRESHOLD, type AnswerResult } from '../src/answer/index.js';
import { coreSchema } from '../src/config.js';
import type { EmbedderLoad } from '../src/embed/types.js';
import { PrebuiltEnglishBaseline, VectraBm25Baseline } from '../src/eval/baseline.js';
import { computeMetrics, metricsTable, quoteContains, parseQueries, passageHits, type GoldQuery, type ModeMetrics, type RunOutcome } from '../src/eval/metrics.js';
import { buildIndex } from '../src/indexer.js';
import { DEFAULT_WEIGHTS } from '../src/search/keyword.js';
import { embedderLoader } from '../src/runtime.js';
import { loadIndex } from '../src/search/loaded-index.js';
import { createTinyModel } from '../src/testing/tiny-model.js';
import { noAnswerMessage } from '../src/present/answer.js';

const USAGE = 'Usage: npm run eval -- [--corpus DIR ...] [--queries FILE] [--json OUT] [--model-path DIR] [--threshold X] [--no-model] [--quiet]';

function parseOptions() {
  try {
    return parseArgs({
      options: {
        corpus: { type: 'string', multiple: true },
        queries: { type: 'string', default: 'eval/queries.jsonl' },
        json: { type: 'string' },
        'model-path': { type: 'string' },
        threshold: { type: 'string' },
        'no-model': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    // A missing value or an unknown option: say what is wrong and how to call it, no stack trace.
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
}

const { values } = parseOptions();
if (values.help) {
  process.stdout.write(USAGE + '\n');
  process.exit(0);
}
if (values.threshold !== undefined && !(Number(values.threshold) >= 0 && Number(values.threshold) <= 1)) {
  process.stderr.write(`--threshold: expected a number from 0 to 1, got "${values.threshold}".\n${USAGE}\n`);
  process.exit(2);
}

const corpusDirs = values.corpus ?? ['corpus', 'eval/fixtures/corpus'];
const threshold = values.threshold ? Number(values.threshold) : DEFAULT_THRESHOLD;

async function gatherCorpus(target: string): Promise<void> {
  await mkdir(target, { recursive: true });
  for (const dir of corpusDirs) {
    for (const name of await readdir(dir)) {
      await copyFile(join(dir, name), join(target, `${basename(resolve(dir))}__${name}`)).catch(() => undefined);
    }
  }
}

/** A real model when one loads (EMBEDDING_MODEL_PATH, --model-path, cache); else the generated test model. */
async function pickModel(work: string): Promise<{ loader: () => Promise<EmbedderLoad>; meaningful: boolean; label: string }> {
  const config = coreSchema.parse({ ...process.env, ALLOW_REMOTE_MODELS: 'false', EMBEDDING_MODEL_PATH: values['model-path'] ?? process.env.EMBEDDING_MODEL_PATH ?? '' });
  const real = embedderLoader(config);
  const attempt = await real();
  if (attempt.ok) return { loader: async () => attempt, meaningful: true, label: attempt.embedder.modelId };
  const tiny = await createTinyModel(join(work, 'tiny-model'));
  const tinyConfig = coreSchema.parse({ ALLOW_REMOTE_MODELS: 'false', EMBEDDING_MODEL_PATH: tiny.dir });
  return { loader: embedderLoader(tinyConfig), meaningful: false, label: `generated test model (no real model: ${attempt.reason})` };
}

function outcomeOf(result: AnswerResult, latencyMs: number): RunOutcome {
  return {
    abstained: result.status !== 'answered',
    saysMissing: result.passages[0]?.verdict.kind === 'partial',
    message: result.reason ? noAnswerMessage(result.reason) : null,
    passages: result.passages.map((p) => ({ questionNumber: p.questionNumber, part: p.part, item: p.item, quote: p.quote.text, passage: p.passage.text, verdict: p.verdict.kind, confidence: p.confidence })),
    latencyMs,
  };
}

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'ipbot-eval-'));
  try {
    const corpusDir = join(work, 'corpus');
    await gatherCorpus(corpusDir);
    const queries: GoldQuery[] = parseQueries(await readFile(values.queries!, 'utf8'));
    const model = values['no-model'] ? null : await pickModel(work);
    const config = coreSchema.parse({ CORPUS_DIR: corpusDir, INDEX_DIR: join(work, 'index'), ALLOW_REMOTE_MODELS: 'false' });
    const summary = await buildIndex(config, model ? { loadEmbedder: model.loader } : {});
    const index = await loadIndex(config.INDEX_DIR);
    const embedderLoad = model ? await model.loader() : null;
    const embedder = embedderLoad?.ok ? embedderLoad.embedder : null;

    const modes: { name: string; run: (q: string) => Promise<RunOutcome> }[] = [];
    const viaAnswer = (retrieval: 'keyword' | 'dense' | 'hybrid', fusion: 'rrf' | 'blend' = 'rrf') => async (q: string) => {
      const started = performance.now();
      const result = await answer(q, { limit: 10 }, { index, embedder, threshold, retrieval, fusion });
      return outcomeOf(result, performance.now() - started);
    };
    modes.push({ name: 'keyword', run: viaAnswer('keyword') });
    // Ablations: what the n-grams (compounds) and the question-context field each bring.
    const ablation = (name: string, weights: Partial<typeof DEFAULT_WEIGHTS>) => {
      const variant = { ...index, keyword: index.keyword.withWeights({ ...DEFAULT_WEIGHTS, ...weights }) };
      modes.push({
        name,
        run: async (q) => {
          const started = performance.now();
          const result = await answer(q, { limit: 10 }, { index: variant, embedder: null, threshold, retrieval: 'keyword' });
          return outcomeOf(result, performance.now() - started);
        },
      });
    };
    ablation('keyword without n-grams', { grams: 0 });
    ablation('keyword without question context', { context: 0 });
    if (embedder) {
      modes.push({ name: 'dense', run: viaAnswer('dense') });
      modes.push({ name: 'hybrid', run: viaAnswer('hybrid') });
      modes.push({ name: 'hybrid, score blend instead of RRF', run: viaAnswer('hybrid', 'blend') });
    }
    const vectra = new VectraBm25Baseline(index);
    modes.push({ name: 'vectra bm25 baseline', run: async (q) => vectra.run(q) });
    const prebuilt = await PrebuiltEnglishBaseline.create(index);
    modes.push({ name: 'english bm25, prebuilt', run: async (q) => prebuilt.run(q) });

    const rows: ModeMetrics[] = [];
    const perQuery: Record<string, RunOutcome[]> = {};
    for (const mode of modes) {
      const outcomes: RunOutcome[] = [];
      for (const q of queries) outcomes.push(await mode.run(q.query));
      rows.push(computeMetrics(mode.name, queries, outcomes));
      perQuery[mode.name] = outcomes;
    }

    const lines: string[] = [];
    lines.push(`Corpus: ${summary.documents} documents, ${summary.chunks} chunks, ${summary.skipped.length} skipped; ${queries.length} queries (${rows[0]!.answerable} answerable). Threshold ${threshold}.`);
    lines.push(`Model: ${model ? model.label : 'none (--no-model)'}`);
    if (model && !model.meaningful) lines.push('NOTE: dense and hybrid rows use the generated test model; their quality figures mean nothing, they only show the path runs.');
    lines.push('', metricsTable(rows), '');
    if (!values.quiet) {
      const keyword = perQuery['keyword']!;
      lines.push('Failures (keyword mode):');
      queries.forEach((q, i) => {
        const o = keyword[i]!;
        const top = o.passages[0];
        const ok = q.answerable ? !o.abstained && top !== undefined && passageHits(q, top) && quoteContains(top.quote, q.mustQuote ?? '') : o.abstained;
        if (ok) return;
        const got = o.abstained ? `abstained: ${o.message ?? ''}` : top ? `nr. ${top.questionNumber} ${top.part} ${top.item ?? '-'}: "${top.quote.slice(0, 140)}"` : 'nothing';
        const want = q.answerable ? `nr. ${q.questionNumber} ${q.part} ${q.item ?? '-'}: "${q.mustQuote}"` : 'abstain';
        lines.push(`  ${q.id} ${q.query}\n     want ${want}\n     got  ${got}`);
      });
    }
    process.stdout.write(lines.join('\n') + '\n');

    if (values.json) {
      const report = {
        threshold,
        model: model?.label ?? null,
        denseMeaningful: model?.meaningful ?? false,
        corpus: { documents: summary.documents, chunks: summary.chunks, skipped: summary.skipped },
        metrics: rows,
        queries: queries.map((q, i) => ({
          ...q,
          results: Object.fromEntries(modes.map((m) => [m.name, perQuery[m.name]![i]])),
        })),
      };
      await writeFile(values.json, JSON.stringify(report, null, 2));
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
