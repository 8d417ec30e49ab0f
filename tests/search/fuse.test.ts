import { describe, expect, it } from 'vitest';
import { reciprocalRankFusion, scoreBlend } from '../../src/search/fuse.js';

describe('fusion', () => {
  const keyword = [
    { id: 1, score: 12 },
    { id: 2, score: 11.9 },
    { id: 3, score: 2 },
  ];
  const dense = [
    { id: 3, score: 0.9 },
    { id: 2, score: 0.89 },
    { id: 1, score: 0.1 },
  ];

  it('RRF reads ranks only, not how close the scores are', () => {
    const fused = reciprocalRankFusion([keyword.map((h) => h.id), dense.map((h) => h.id)]);
    // Ranks 1 and 3 (ids 1 and 3, a tie broken by id) edge out ranks 2 and 2:
    // 1/61 + 1/63 > 2/62, although id 2 is a hair from the top in both.
    expect(fused.map((h) => h.id)).toEqual([1, 3, 2]);
    expect(fused[0]!.score).toBeCloseTo(1 / 61 + 1 / 63, 9);
  });

  it('the score blend keeps the gaps: near-top in both beats top in one', () => {
    const blended = scoreBlend([keyword, dense]);
    expect(blended[0]!.id).toBe(2);
    expect(blended[0]!.score).toBeCloseTo(0.5 * (9.9 / 10) + 0.5 * (0.79 / 0.8), 6);
    for (const h of blended) expect(h.score).toBeGreaterThanOrEqual(0);
  });

  it('the score blend counts a passage one ranking lacks as 0 there, and survives equal scores', () => {
    const blended = scoreBlend([[{ id: 7, score: 5 }, { id: 8, score: 5 }], [{ id: 8, score: 0.5 }]]);
    expect(blended.map((h) => h.id)).toEqual([8, 7]);
    expect(scoreBlend([[], []])).toEqual([]);
  });
});
