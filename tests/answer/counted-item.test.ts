import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { useIndexedFixtures } from '../helpers/workspace.js';

describe('of one document\'s items, the one whose figures count what is asked', () => {
  const corpus = useIndexedFixtures('eval/dev4/corpus/dev4-4001.txt', 'eval/dev24/corpus/dev24-24005.txt');
  const ask = (q: string) => answer(q, {}, { index: corpus.index, embedder: null });

  it('comes before a sibling that covers a little more but counts other things (a table announced as "het aantal …")', async () => {
    // Item 1's table gives, per province, the number of tenants without A1; item 3 counts fines.
    const r = await ask('Hoeveel sociale huurders hadden eind 2023 het taalniveau A1 nog niet gehaald?');
    expect(r.passages[0]).toMatchObject({ questionNumber: 4001, item: '1' });
  });

  const real = useIndexedFixtures('corpus/455-integratiepact-stand-van-zaken-2.txt');
  it('reads no list marker as a figure: "(2) communicatieacties op projectniveau" counts no projects', async () => {
    const r = await answer('Hoeveel projecten werden ingediend voor de AMIF-oproep tegen racisme?', {}, { index: real.index, embedder: null });
    expect(r.passages[0]).toMatchObject({ questionNumber: 455, item: '2' });
  });

  const prevention = useIndexedFixtures('eval/dev27/corpus/dev27-27004.txt');
  it('passes a sibling whose gap is about what the counting sentence speaks of too: results still expected of a pilot', async () => {
    // Item 3 counts young people referred, and says a walk-in pilot's results are expected; item 2 counts the conversations.
    const r = await answer('How many individual conversations did the peer educators have with young newcomers after a session?', {}, { index: prevention.index, embedder: null });
    expect(r.passages[0]).toMatchObject({ questionNumber: 27004, item: '2' });
  });

  const vaccination = useIndexedFixtures('eval/dev29/corpus/dev29-29001.txt', 'eval/dev29/corpus/dev29-29006.txt');
  it('counts what its question item asks to count, however the answer words the figure', async () => {
    // Item 2a is asked "Hoeveel ouders weigerden …?" and answers "de ouders van 356 kinderen weigerden"; item 2,
    // the evaluation, counts "738 ouders" surveyed.
    const r = await answer('Hoeveel ouders weigerden in 2025 een inhaalprik voor hun kind?', {}, { index: vaccination.index, embedder: null });
    expect(r.passages[0]).toMatchObject({ questionNumber: 29006, item: '2a' });
  });

  it('does not pass a sibling that says the figure asked is not yet known', async () => {
    const r = await ask('Hoeveel gekoppelde nieuwkomers gaan na een jaar nog naar dezelfde huisarts?');
    // The sub-item that says so has the last word: no answer, in the sentence that says so ("nog" is how many still go).
    expect(r.status).toBe('no-answer');
    expect(r.reason).toMatchObject({ kind: 'no-passage', shortfall: { kind: 'unavailable', questionNumber: 24005 } });
    expect(r.reason).toMatchObject({ sentence: expect.stringContaining('na een jaar nog bij dezelfde huisarts gaan, is nog niet beschikbaar') });
  });
});
