import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { useIndexedCorpus } from '../helpers/workspace.js';
import { writtenQuestion } from '../helpers/written-question.js';

describe('the quote for a sum of a named place or body gives that name its own figure', () => {
  const DOC = writtenQuestion({
    number: 2201,
    title: 'Opvang  -  Middelen voor de opvang van ontheemden',
    questions: ['1. Hoeveel middelen ontvingen de lokale besturen in 2024 voor de opvang van ontheemden?'],
    answers: [
      '1. In 2024 ontvingen de lokale besturen samen 38,6 miljoen euro voor de opvang van ontheemden. ' +
        'Voor 2025 is 24 miljoen euro voorzien. ' +
        'De verdeling gebeurt op basis van het aantal bezette plaatsen op de eerste dag van elk kwartaal. ' +
        'De hoogste bedragen gingen in 2024 naar Antwerpen (6,1 miljoen euro), Brugge (4,2 miljoen euro) en Leuven (1,9 miljoen euro). ' +
        'Besturen die plaatsen afbouwen, melden dat uiterlijk een maand vooraf aan het agentschap, zodat de middelen kunnen worden herverdeeld. ' +
        // Longer than an item quoted whole, so the quote is chosen sentence by sentence.
        'Een evaluatie van de verdeelsleutel volgt in het najaar.',
    ],
  });

  const support = useIndexedCorpus((dir) => writeFileSync(join(dir, 'opvang.txt'), DOC));
  const ask = (q: string) => answer(q, {}, { index: support.index, embedder: null });

  it('quotes the sentence with the name’s figure, not the total beside it', async () => {
    const r = await ask('hoeveel kreeg Leuven in 2024 voor de opvang van ontheemden');
    expect(r.passages[0]?.quote.text).toContain('Leuven (1,9 miljoen euro)');
    // Without a name, the total answers.
    const total = await ask('hoeveel kregen de lokale besturen in 2024 voor de opvang van ontheemden');
    expect(total.passages[0]?.quote.text).toContain('38,6 miljoen euro');
  });

  it('not the name’s figure of another year', async () => {
    const r = await ask('hoeveel kreeg Leuven in 2025 voor de opvang van ontheemden');
    expect(r.passages[0]?.quote.text ?? '').not.toMatch(/^De hoogste bedragen/);
  });
});
