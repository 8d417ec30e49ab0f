import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrebuiltEnglishBaseline, VectraBm25Baseline } from '../../src/eval/baseline.js';
import { buildIndex } from '../../src/indexer.js';
import { loadIndex, type LoadedIndex } from '../../src/store/index-store.js';
import { copyCorpus, tempDir, testConfig } from '../helpers/workspace.js';

let index: LoadedIndex;
let cleanup: () => void;

beforeAll(async () => {
  const tmp = tempDir();
  cleanup = tmp.cleanup;
  const config = testConfig({ CORPUS_DIR: copyCorpus(join(tmp.dir, 'corpus'), { fixtures: true }), INDEX_DIR: join(tmp.dir, 'index') });
  await buildIndex(config);
  index = await loadIndex(config.INDEX_DIR);
});
afterAll(() => cleanup());

describe('the eval baselines', () => {
  it.each([
    ['Vectra BM25 (wink, built per query)', () => new VectraBm25Baseline(index)],
    ['English BM25, prebuilt', () => PrebuiltEnglishBaseline.create(index)],
  ])('%s finds a chunk by its exact words, quotes it verbatim and never abstains', async (_name, make) => {
    const baseline = await make();
    const outcome = baseline.run('tolkopdrachten telefonisch videotolken', 5);
    expect(outcome.abstained).toBe(false);
    expect(outcome.passages[0]?.questionNumber).toBe(1007);
    for (const p of outcome.passages) expect(p.passage).toContain(p.quote.split('\n')[0]!.slice(0, 30));
    // Nothing in common: nothing ranked, yet no abstention either.
    expect(baseline.run('zzzz qqqq').passages).toEqual([]);
  });
});
