import { describe, expect, it } from 'vitest';
import { computeMetrics, passageHits, quoteContains, type GoldQuery, type RunOutcome } from '../../src/eval/metrics.js';

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

describe('quote hits', () => {
  it('ignore an item marker copied into the gold quote, since the reply cites the item beside the quote', () => {
    const shown = 'Met welke drempels worden sportclubs geconfronteerd bij het onthaal van nieuwkomers?';
    expect(quoteContains(shown, '5. Met welke drempels worden sportclubs geconfronteerd')).toBe(true);
    expect(quoteContains(shown, 'b) Met welke drempels worden sportclubs')).toBe(true);
    expect(quoteContains(shown, '5. b) Met welke drempels worden sportclubs')).toBe(true);
    expect(quoteContains('Ja. De gemeente moet zelf 20 procent dragen.', '1 en 2. Ja. De gemeente moet')).toBe(true);
    // The words themselves must still be there.
    expect(quoteContains(shown, '5. Met welke kosten worden sportclubs geconfronteerd')).toBe(false);
    expect(quoteContains('In 2016 werden 412 plannen goedgekeurd.', '412 plannen')).toBe(true);
  });

  it('read a gold quote ending in half a word split at the line end as the start of that word', () => {
    const shown = 'Vanaf 2022-2023 komt er een vijfde instelling bij, die 40 extra plaatsen aanbiedt.';
    expect(quoteContains(shown, 'die 40 extra plaatsen aan-')).toBe(true);
    expect(quoteContains('Het gaat om sociaal-economische drempels.', 'Het gaat om sociaal-')).toBe(true);
    // Only the start of a word: a word that ends there, or other words, do not match.
    expect(quoteContains('die 40 extra plaatsen aan de hogeschool.', 'die 40 extra plaatsen aan-')).toBe(false);
    expect(quoteContains(shown, 'die 50 extra plaatsen aan-')).toBe(false);
  });
});

describe('passage hits', () => {
  it('ignore the item markers copied into the gold quote: a sub-item\'s passage starts at its own marker', () => {
    const gold: GoldQuery = { id: 'a', query: 'q', answerable: true, questionNumber: 7, mustQuote: '5. a) Op mijn vraag werken de hogescholen' };
    const shown = { questionNumber: 7, part: 'antwoord', item: '5a', quote: 'Op mijn vraag werken de hogescholen samen.', passage: 'a) Op mijn vraag werken de hogescholen samen.' };
    expect(passageHits(gold, shown)).toBe(true);
    expect(passageHits(gold, { ...shown, questionNumber: 8 })).toBe(false);
    expect(passageHits(gold, { ...shown, passage: 'a) Op mijn vraag werken de universiteiten samen.' })).toBe(false);
  });
});
