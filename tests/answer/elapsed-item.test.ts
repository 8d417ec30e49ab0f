import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { useIndexedFixtures } from '../helpers/workspace.js';

describe('a figure asked at a delay after an event', () => {
  // Item 1 gives the starters by sector, with shares, and no delay; item 2 gives who had a job "zes maanden later".
  const corpus = useIndexedFixtures('eval/dev43/corpus/dev43-43001.txt');

  it('comes from the item that gives a figure at that delay, before a sibling that gives none', async () => {
    const r = await answer('Welk deel van de nieuwkomers in tijdelijke werkervaring werkte een half jaar na het einde van hun traject?', {}, { index: corpus.index, embedder: null });
    expect(r.passages[0]).toMatchObject({ questionNumber: 43001, item: '2' });
  });
});
