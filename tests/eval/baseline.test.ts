import { describe, expect, it } from 'vitest';
import { PrebuiltEnglishBaseline, VectraBm25Baseline } from '../../src/eval/baseline.js';
import { copyCorpus, useIndexedCorpus } from '../helpers/workspace.js';

const fixtures = useIndexedCorpus((dir) => copyCorpus(dir, { fixtures: true }));

describe('the eval baselines', () => {
  it.each([
    ['Vectra BM25 (wink, built per query)', () => new VectraBm25Baseline(fixtures.index)],
    ['English BM25, prebuilt', () => PrebuiltEnglishBaseline.create(fixtures.index)],
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
