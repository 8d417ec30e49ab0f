import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { timeUnitAsked } from '../../src/answer/named.js';
import { useIndexedCorpus } from '../helpers/workspace.js';
import { writtenQuestion } from '../helpers/written-question.js';

describe('a count asked in a unit of time comes from the item with a figure in that unit', () => {
  it('reads the unit of time after "hoeveel" or "how many", and nothing else', () => {
    expect(timeUnitAsked('Hoeveel uur werkten de vrijwilligers?')).toBe('uur');
    expect(timeUnitAsked('How many days did the course last?')).toBe('dag');
    expect(timeUnitAsked('Hoeveel vrijwilligers werkten mee?')).toBeNull();
    expect(timeUnitAsked('Hoeveel euro kreeg elke vereniging?')).toBeNull();
    expect(timeUnitAsked('Hoeveel procent van de cursisten slaagde?')).toBeNull();
  });

  const DOC = writtenQuestion({
    number: 2401,
    title: 'Taalcafés  -  Vrijwilligers in de taalcafés van de bibliotheken',
    questions: ['1. Hoeveel vrijwilligers waren in 2023 actief in de taalcafés, en hoeveel tijd staken zij erin?', '2. Blijven de vrijwilligers van de taalcafés actief?'],
    answers: [
      '1. In 2023 waren 412 vrijwilligers actief in de taalcafés van de bibliotheken. Zij begeleidden samen 18.900 uur gesprekken.',
      '2. Van de vrijwilligers in de taalcafés die in 2023 begonnen, was 64 procent na acht maanden nog actief. In de bibliotheken gaven vrijwilligers in totaal vooral uitleg aan nieuwkomers.',
    ],
  });
  const corpus = useIndexedCorpus((dir) => writeFileSync(join(dir, 'taalcafes.txt'), DOC));

  it('the item that gives the hours, over one whose figures are a share and a time in months', async () => {
    const r = await answer('Hoeveel uur waren vrijwilligers in 2023 in totaal actief in de taalcafés van de bibliotheken?', {}, { index: corpus.index, embedder: null });
    expect(r.passages[0]).toMatchObject({ questionNumber: 2401, item: '1' });
  });
});
