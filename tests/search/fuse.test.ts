import { describe, expect, it } from 'vitest';
import { FusedRetriever, reciprocalRankFusion, scoreBlend } from '../../src/search/fuse.js';
import type { Ranked, RetrievalQuery, Retriever } from '../../src/search/retriever.js';

describe('fusion', () => {
  const keyword = [
    { chunk: 1, score: 12 },
    { chunk: 2, score: 11.9 },
    { chunk: 3, score: 2 },
  ];
  const dense = [
    { chunk: 3, score: 0.9 },
    { chunk: 2, score: 0.89 },
    { chunk: 1, score: 0.1 },
  ];

  it('RRF reads ranks only, not how close the scores are', () => {
    const fused = reciprocalRankFusion([keyword, dense]);
    // Ranks 1 and 3 (chunks 1 and 3, a tie broken by position) edge out ranks 2 and 2:
    // 1/61 + 1/63 > 2/62, although chunk 2 is a hair from the top in both.
    expect(fused.map((h) => h.chunk)).toEqual([1, 3, 2]);
    expect(fused[0]!.score).toBeCloseTo(1 / 61 + 1 / 63, 9);
  });

  it('the score blend keeps the gaps: near-top in both beats top in one', () => {
    const blended = scoreBlend([keyword, dense]);
    expect(blended[0]!.chunk).toBe(2);
    expect(blended[0]!.score).toBeCloseTo(0.5 * (9.9 / 10) + 0.5 * (0.79 / 0.8), 6);
    for (const h of blended) expect(h.score).toBeGreaterThanOrEqual(0);
  });

  it('the score blend counts a passage one ranking lacks as 0 there, and survives equal scores', () => {
    const blended = scoreBlend([[{ chunk: 7, score: 5 }, { chunk: 8, score: 5 }], [{ chunk: 8, score: 0.5 }]]);
    expect(blended.map((h) => h.chunk)).toEqual([8, 7]);
    expect(scoreBlend([[], []])).toEqual([]);
  });

  it('a fused retriever takes any number of rankings and passes k and the filter to each', async () => {
    const calls: [number, boolean][] = [];
    const fixed = (ranking: Ranked[]): Retriever => ({
      retrieve: async (_q, k, filter) => {
        calls.push([k, filter !== undefined]);
        return ranking.filter((h) => !filter || filter(h.chunk)).slice(0, k);
      },
    });
    const third = [{ chunk: 2, score: 1 }];
    const query: RetrievalQuery = { text: 'q', keyword: { terms: [], grams: [] }, vector: async () => [] };
    const fused = await new FusedRetriever([fixed(keyword), fixed(dense), fixed(third)]).retrieve(query, 2, (c) => c !== 1);
    expect(calls).toEqual([[2, true], [2, true], [2, true]]);
    // Chunk 2 is in all three rankings; chunk 1 is filtered out everywhere.
    expect(fused.map((h) => h.chunk)).toEqual([2, 3]);
  });
});
