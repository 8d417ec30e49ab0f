import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { spelledOutAcronyms } from '../../src/answer/acronyms.js';
import { useIndexedCorpus } from '../helpers/workspace.js';
import { writtenQuestion } from '../helpers/written-question.js';

const DOCUMENTS = [
  { text: 'VLAAMS MINISTER VAN WELZIJN\nIn 2025 komt daarvan 120.000 euro uit de Europese AMIF-\nmiddelen en 40.000 euro van de VDAB.' },
];

describe('a name spelled out that the documents write as its initials', () => {
  it('is read as the acronym, skipping the words that link the name', () => {
    const found = spelledOutAcronyms('How much comes from the asylum, migration and integration fund?', DOCUMENTS);
    expect(Object.fromEntries(found)).toEqual({ asylum: 'amif', migration: 'amif', integration: 'amif', fund: 'amif' });
  });

  it('only when the documents write those initials in capitals in running text', () => {
    // "VAN" stands only in a capitalised header line; no acronym spells "vdb".
    expect(spelledOutAcronyms('vrouwen, anderstaligen en nieuwkomers', DOCUMENTS).size).toBe(0);
    expect(spelledOutAcronyms('de vrijwilligers die begeleiden', DOCUMENTS).size).toBe(0);
  });

});

describe('an English question that spells out the fund a passage abbreviates', () => {
  const DOC = writtenQuestion({
    number: 2205,
    title: 'Natuur  -  Wandelingen voor nieuwkomers',
    questions: ['1. Welk budget is er voor 2025 voorzien?'],
    answers: [
      '1. Voor 2025 is voor het project een budget van 468.000 euro voorzien, tegenover 395.000 euro in 2024. In 2025 komt daarvan ' +
        '120.000 euro uit de Europese AMIF-middelen. Het budget dient vooral voor de vergoeding van de gidsen en het vervoer.',
    ],
  });
  const walks = useIndexedCorpus((dir) => writeFileSync(join(dir, 'wandel.txt'), DOC));

  it('finds it under the acronym and quotes its sentence', async () => {
    const r = await answer('How much of the 2025 budget comes from the asylum, migration and integration fund?', {}, { index: walks.index, embedder: null });
    expect(r.passages[0]?.quote.text).toContain('AMIF-middelen');
  });
});
