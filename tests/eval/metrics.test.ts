import { describe, expect, it } from 'vitest';
import { computeMetrics, type GoldQuery, type RunOutcome } from '../../src/eval/metrics.js';

const passage = { questionNumber: 1, part: 'antwoord', item: '1', quote: 'x', passage: 'x' };
const outcome = (o: Partial<RunOutcome>): RunOutcome => ({ abstained: false, passages: [passage], latencyMs: 1, ...o });

describe('abstention figures', () => {
  it('count "the minister gives no number" as declining, and only outright refusals as refused', () => {
    const queries: GoldQuery[] = [
      { id: 'a', query: 'q', answerable: true, questionNumber: 1, mustQuote: 'x' },
      { id: 'u1', query: 'q', answerable: false },
      { id: 'u2', query: 'q', answerable: false },
    ];
    const m = computeMetrics('keyword', queries, [outcome({}), outcome({ saysMissing: true }), outcome({ abstained: true, passages: [] })]);
    expect(m.abstentionRecall).toBe(1);
    expect(m.abstentionPrecision).toBe(1);
    expect(m.answerableRefused).toBe(0);
    expect(m.passageHit1).toBe(1);
  });
});
