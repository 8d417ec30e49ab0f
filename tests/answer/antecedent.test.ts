import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { askedWithAntecedent } from '../../src/answer/targets.js';
import { useIndexedCorpus, useIndexedFixtures } from '../helpers/workspace.js';
import { writtenQuestion } from '../helpers/written-question.js';

/** Item 2 asks about "die cursisten": the detainees item 1 counted. Its answer speaks only of "cursisten". */
const PRISON_CLASSES = writtenQuestion({
  number: 3201,
  date: '27 september 2023',
  title: 'Gedetineerden  -  Lessen Nederlands in de gevangenissen',
  questions: [
    '1. Hoeveel gedetineerden volgden in het schooljaar 2022-2023 een cursus Nederlands tweede taal?',
    '2. Hoeveel van die cursisten behaalden een certificaat?',
    '3. Hoeveel lesuren telt een module? Hoeveel van de lesuren vallen in het weekend?',
  ],
  answers: [
    '1. In het schooljaar 2022-2023 volgden 1.046 gedetineerden minstens één module Nederlands tweede taal in zeven gevangenissen.',
    '2. Een module telt 120 lestijden. Van de 1.046 cursisten behaalden er 412 het certificaat van minstens één module.',
    '3. Een module telt 120 lestijden, gespreid over tien weken.',
  ],
});

describe('a question item that points back to the item before it', () => {
  const corpus = useIndexedCorpus((dir) => writeFileSync(join(dir, '3201.txt'), PRISON_CLASSES));

  it('counts what that item counted: detainees who earned a certificate are "die cursisten"', async () => {
    const r = await answer('Hoeveel gedetineerden behaalden een certificaat voor een module Nederlands?', {}, { index: corpus.index, embedder: null });
    expect(r.status).toBe('answered');
    expect(r.passages[0]).toMatchObject({ questionNumber: 3201, item: '2' });
    expect(r.passages[0]?.quote.text).toContain('412');
  });

  it('only an item that opens by pointing back borrows the item before it', () => {
    const text = 'Hoeveel nieuwkomers volgden een cursus?\nHoeveel van hen slaagden?\nHoeveel cursussen waren er? Hoeveel van die cursussen liepen online?';
    const at = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
    const items = [
      { label: '1', level: 'top', ...at('Hoeveel nieuwkomers volgden een cursus?') },
      { label: '2', level: 'top', ...at('Hoeveel van hen slaagden?') },
      { label: '3', level: 'top', ...at('Hoeveel cursussen waren er? Hoeveel van die cursussen liepen online?') },
    ];
    const doc = { text, question: { items } } as never;
    expect(askedWithAntecedent(doc, { label: '2', text: 'Hoeveel van hen slaagden?' })).toBe('Hoeveel nieuwkomers volgden een cursus?\nHoeveel van hen slaagden?');
    const third = 'Hoeveel cursussen waren er? Hoeveel van die cursussen liepen online?';
    expect(askedWithAntecedent(doc, { label: '3', text: third })).toBe(third);
    expect(askedWithAntecedent(doc, null)).toBe('');
  });

  it('a pronominal adverb in its opening words points back; "daarna" and one later in the item do not', () => {
    const text = 'Hoeveel scholen deden een beroep op het fonds?\nHoeveel leerlingen konden daardoor mee?\nWat deden de scholen daarna?\nHoeveel cursisten slaagden, en hoeveel kregen daarvoor een attest?';
    const at = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
    const lines = text.split('\n');
    const items = lines.map((line, k) => ({ label: String(k + 1), level: 'top', ...at(line) }));
    const doc = { text, question: { items } } as never;
    expect(askedWithAntecedent(doc, { label: '2', text: lines[1]! })).toBe(`${lines[0]}\n${lines[1]}`);
    expect(askedWithAntecedent(doc, { label: '3', text: lines[2]! })).toBe(lines[2]);
    expect(askedWithAntecedent(doc, { label: '4', text: lines[3]! })).toBe(lines[3]);
  });

  const trips = useIndexedFixtures('eval/dev48/corpus/dev48-48003.txt');
  it('borrows it too when it points back with a pronominal adverb: "Hoeveel leerlingen konden daardoor toch mee?" is dated by 3a', async () => {
    // 3a asks about the school year 2024-2025; 3b asks how many pupils could go along "daardoor", and its answer names no year.
    for (const q of ['Hoeveel leerlingen konden in het schooljaar 2024-2025 dankzij het fonds toch mee?', 'How many pupils could still go along in 2024-2025 thanks to the fund?']) {
      const r = await answer(q, {}, { index: trips.index, embedder: null });
      expect(r.passages[0]).toMatchObject({ questionNumber: 48003, item: '3b' });
      expect(r.passages[0]?.quote.text).toContain('konden 7.930 leerlingen mee');
    }
  });
});
