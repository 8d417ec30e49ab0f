import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { analyseQuery } from '../../src/answer/query.js';
import { useIndexedCorpus } from '../helpers/workspace.js';
import { writtenQuestion } from '../helpers/written-question.js';

/** A survey the documents name as one Dutch compound; one item writes its head alone, as a common noun. */
const SURVEY = writtenQuestion({
  number: 3701,
  date: '21 april 2026',
  title: 'Monitoring  -  Resultaten van de Integratiebarometer 2025',
  questions: ['1. Hoeveel personen namen deel aan de Integratiebarometer 2025?', '2. Kunnen de resultaten met Brussel worden vergeleken?'],
  answers: [
    '1. Aan de Integratiebarometer 2025 namen 6.412 personen van 18 jaar en ouder deel, tegenover 5.180 aan de editie 2022.',
    '2. De Integratiebarometer wordt alleen in Vlaanderen afgenomen. In Brussel en Wallonië bestaat er geen bevraging met dezelfde vragen, zodat een vergelijking op basis van de barometer niet mogelijk is.',
  ],
});

describe('a name English writes as two words and Dutch as one', () => {
  const corpus = useIndexedCorpus((dir) => writeFileSync(join(dir, '3701.txt'), SURVEY));

  it('is the Dutch compound the documents use, not its head alone', () => {
    const used = new Set(['integratiebarometer', 'barometer', 'integratie']);
    const q = analyseQuery('How many people took part in the 2025 Integration Barometer?', {}, [], (w) => used.has(w.toLowerCase()));
    expect(q.entities).toContain('Integratiebarometer');
    expect(q.entities).not.toContain('Barometer');
    // Without the compound in the documents, the name stays as the question writes it.
    const plain = analyseQuery('How many people took part in the 2025 Integration Barometer?', {}, [], (w) => w.toLowerCase() === 'barometer');
    expect(plain.entities).toContain('Barometer');
    // Each capitalised modifier names its own compound; a head with no capitalised modifier before it stays as written.
    const both = new Set([...used, 'armoedebarometer', 'armoede']);
    const two = analyseQuery('Compare the Integration Barometer and the Poverty Barometer', {}, [], (w) => both.has(w.toLowerCase()));
    expect(two.entities).toEqual(expect.arrayContaining(['Integratiebarometer', 'Armoedebarometer']));
    const lower = analyseQuery('How many people took part in the 2025 integration Barometer?', {}, [], (w) => used.has(w.toLowerCase()));
    expect(lower.entities).not.toContain('Integratiebarometer');
  });

  it('finds the item that gives its figure, not the one that writes the head alone', async () => {
    const r = await answer('How many people took part in the 2025 Integration Barometer?', {}, { index: corpus.index, embedder: null });
    expect(r.passages[0]?.questionNumber).toBe(3701);
    expect(r.passages[0]?.item).toBe('1');
  });
});

