import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { unitAsked } from '../../src/answer/named.js';
import { useIndexedCorpus } from '../helpers/workspace.js';
import { writtenQuestion } from '../helpers/written-question.js';

describe('a count asked in a unit comes from the item with a figure in that unit', () => {
  it('reads the unit after "hoeveel" or "how many"', () => {
    expect(unitAsked('Hoeveel uur werkten de vrijwilligers?')).toBe('uur');
    expect(unitAsked('How many days did the course last?')).toBe('dag');
    expect(unitAsked('Hoeveel vrijwilligers werkten mee?')).toBeNull();
  });

  const DOC = writtenQuestion({
    number: 2401,
    title: 'Buurtwerk  -  Inburgeraars in het buurtwerk',
    questions: ['1. Hoeveel inburgeraars deden in 2024 mee aan buurtwerk, en hoeveel uren werkten zij samen?', '2. Vonden zij nadien werk?'],
    answers: [
      '1. In 2024 deden 1.947 inburgeraars mee aan buurtwerk. Samen werkten zij 312.400 uren.',
      '2. Van de inburgeraars die in 2024 hun buurtwerk afrondden, had 31 procent zes maanden later een job. Inburgeraars werkten in totaal vooral in scholen.',
    ],
  });
  const corpus = useIndexedCorpus((dir) => writeFileSync(join(dir, 'buurtwerk.txt'), DOC));

  it('the item that gives the hours, over one whose figures are a share and a delay in months', async () => {
    const r = await answer('Hoeveel uur hebben inburgeraars in 2024 in totaal gewerkt via buurtwerk?', {}, { index: corpus.index, embedder: null });
    expect(r.passages[0]).toMatchObject({ questionNumber: 2401, item: '1' });
  });
});
