import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, type AnswerResult } from '../../src/answer/index.js';
import type { Embedder } from '../../src/embed/types.js';
import { answerTexts } from '../../src/present/answer.js';
import { parseQueries } from '../../src/eval/metrics.js';
import { buildIndex } from '../../src/indexer.js';
import { embedderLoader } from '../../src/runtime.js';
import { loadIndex, type LoadedIndex } from '../../src/search/loaded-index.js';
import { createTinyModel } from '../../src/testing/tiny-model.js';
import { copyCorpus, REPO, tempDir, testConfig } from '../helpers/workspace.js';

/**
 * The answer path's behaviour pinned down: every query of the public and both
 * held-out sets, in every retrieval mode, with ranked passages, quotes,
 * highlights, messages and reasons. Recorded before the pipeline was split
 * into stages; a restructure must leave it identical. A deliberate change of
 * behaviour updates the file in its own commit (`npx vitest run -u`).
 */

const SETS = ['eval/queries.jsonl', 'eval/heldout/queries.jsonl', 'eval/heldout/queries-b.jsonl'];
const queries = SETS.flatMap((file) => parseQueries(readFileSync(join(REPO, file), 'utf8')).map((q) => ({ ...q, set: file })));

const EXTRA: [string, Record<string, string | number>][] = [
  ['vraag 455', {}],
  ['1004', {}],
  ['nr. 999999 over tolken', {}],
  ['Wat zei de minister op vraag 1007 over tarieven?', {}],
  ['tolken', { minister: 'fictief' }],
  ['inburgering', { questioner: 'kherbache' }],
  ['wachtlijst', { year: 2016 }],
  ['projecten', { from: '2018-01-01', to: '2018-12-31' }],
  ['projecten', { year: 1990 }],
  ['', {}],
  ['?', {}],
  ['de het een', {}],
  ['<@123456789012345678> **Wanneer** wordt beslist over de goedkeuring?', {}],
];

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** What a user or the eval can see of a result, worded as the bot and CLI word it; timings left out (they vary). */
function observable(r: AnswerResult) {
  const texts = answerTexts(r);
  return {
    status: r.status,
    searchedQuery: r.searchedQuery,
    mode: r.mode,
    modeNote: texts.modeNote,
    message: texts.message,
    lead: texts.lead,
    notes: texts.notes,
    hasMore: r.hasMore,
    filters: r.filters,
    closest: r.closest,
    shortfall: r.shortfall,
    groups: r.groups.map((g) => ({ questionNumber: g.questionNumber, docId: g.docId, passages: g.passages.map((p) => p.rank) })),
    passages: r.passages.map((p) => ({
      rank: p.rank,
      score: round(p.score),
      confidence: round(p.confidence),
      verdict: p.verdict.kind === 'partial' ? `partial: ${p.verdict.missing}` : p.verdict.kind,
      docId: p.docId,
      questionNumber: p.questionNumber,
      part: p.part,
      item: p.item,
      itemDescription: p.itemDescription,
      answersQuestion: p.answersQuestion?.label ?? null,
      quote: [p.quote.start, p.quote.end, p.quote.text],
      highlights: p.highlights.map((h) => [h.start, h.end]),
      passage: [p.passage.start, p.passage.end],
      chunkId: p.chunkId,
      unanswered: p.unanswered,
      cited: p.citedQuestions.map((c) => `${c.questionNumber}:${c.inCorpus}`),
    })),
  };
}

let index: LoadedIndex;
let embedder: Embedder;
const work = tempDir('ipbot-snapshot-');

beforeAll(async () => {
  const corpus = copyCorpus(join(work.dir, 'corpus'), { fixtures: true });
  const model = await createTinyModel(join(work.dir, 'model'));
  const config = testConfig({ CORPUS_DIR: corpus, INDEX_DIR: join(work.dir, 'index'), RETRIEVAL_MODE: 'auto', EMBEDDING_MODEL_PATH: model.dir });
  const load = embedderLoader(config);
  await buildIndex(config, { loadEmbedder: load });
  index = await loadIndex(config.INDEX_DIR);
  const loaded = await load();
  if (!loaded.ok) throw new Error(loaded.reason);
  embedder = loaded.embedder;
}, 120_000);
afterAll(() => work.cleanup());

describe('answer() on every gold query, every mode', () => {
  const modes = [
    { name: 'keyword', ctx: { retrieval: 'keyword' as const }, withModel: false },
    { name: 'dense', ctx: { retrieval: 'dense' as const }, withModel: true },
    { name: 'hybrid-rrf', ctx: { retrieval: 'hybrid' as const }, withModel: true },
    { name: 'hybrid-blend', ctx: { retrieval: 'hybrid' as const, fusion: 'blend' as const }, withModel: true },
  ];
  for (const mode of modes) {
    it(`${mode.name}: same passages, quotes and messages as recorded`, async () => {
      const out: Record<string, unknown> = {};
      for (const q of queries) {
        const ctx = { index, embedder: mode.withModel ? embedder : null, ...mode.ctx };
        out[`${q.set} ${q.id}`] = observable(await answer(q.query, { limit: 5 }, ctx));
      }
      // A second page, to pin the "more results" paging too.
      for (const q of queries.filter((x) => x.answerable).slice(0, 40)) {
        out[`${q.set} ${q.id} page 2`] = observable(await answer(q.query, { limit: 3, offset: 3 }, { index, embedder: mode.withModel ? embedder : null, ...mode.ctx }));
      }
      // Number look-ups, filters and bad input: the paths around retrieval.
      for (const [query, filters] of EXTRA) {
        out[`extra ${query} ${JSON.stringify(filters)}`] = observable(await answer(query, { limit: 5, filters }, { index, embedder: mode.withModel ? embedder : null, ...mode.ctx }));
      }
      await expect(JSON.stringify(out, null, 1)).toMatchFileSnapshot(`__snapshots__/answers-${mode.name}.json`);
    }, 60_000);
  }
});
