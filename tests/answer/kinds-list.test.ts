import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { useIndexedCorpus } from '../helpers/workspace.js';
import { writtenQuestion } from '../helpers/written-question.js';

describe('a question for the kinds of something is answered by the list that sets them out', () => {
  const DOC = writtenQuestion({
    number: 2401,
    title: 'Jeugdhulp  -  Anderstalige jongeren bij de jongerenlijn',
    questions: ['1. Hoeveel jongeren belden in 2025 naar de jongerenlijn, en waarover?', '2. Hoeveel kost de lijn?'],
    answers: [
      '1. In 2025 belden 6.420 jongeren naar de jongerenlijn, van wie 910 in een andere taal dan het Nederlands. ' +
        'Dat is ongeveer 14 procent meer dan in 2024. Het aantal is een ondergrens, omdat de taal pas sinds mei wordt genoteerd. ' +
        'Hun oproepen gingen vooral over:\n' +
        '- pesten op school, online en op de sportclub, waarvoor de lijn vaak doorverwijst naar een vertrouwenscentrum;\n' +
        '- ruzie thuis en met vrienden;\n' +
        '- geld, schulden en werk naast de school, een thema dat sinds 2024 vaker terugkomt bij oudere jongeren;\n' +
        '- eenzaamheid.\n' +
        'Een verdeling per thema houdt de lijn niet bij.',
      '2. De lijn kost jaarlijks 1,2 miljoen euro.',
    ],
  });
  const corpus = useIndexedCorpus((dir) => writeFileSync(join(dir, 'jongerenlijn.txt'), DOC));

  it('quotes the list whole, from the line that opens it, long lines too', async () => {
    const r = await answer('What kinds of problems do the 910 young people who called the youth line in 2025 in another language than Dutch mostly talk about?', {}, { index: corpus.index, embedder: null });
    expect(r.passages[0]).toMatchObject({ questionNumber: 2401, item: '1' });
    expect(r.passages[0]!.quote.text).toContain('Hun oproepen gingen vooral over:');
    expect(r.passages[0]!.quote.text).toContain('eenzaamheid');
  });
});

describe('names of a kind English writes in two words', () => {
  const DOC = writtenQuestion({
    number: 2402,
    title: 'Uitzendarbeid  -  Proef met taallessen op de werkvloer',
    questions: ['1. Met welke partners werkt de VDAB voor de proef?'],
    answers: ['1. In Heistrand en Molenwijk werkt de VDAB sinds maart met drie uitzendkantoren aan een proef met taallessen tijdens de werkuren.'],
  });
  const corpus = useIndexedCorpus((dir) => writeFileSync(join(dir, 'uitzend.txt'), DOC));

  it('"which temp agencies" asks for uitzendkantoren by name: a count of them names none', async () => {
    const r = await answer('Which three temp agencies are taking part in the VDAB language pilot?', {}, { index: corpus.index, embedder: null });
    expect(r.passages[0]).toMatchObject({ questionNumber: 2402, verdict: { kind: 'partial', missing: 'name', countOnly: true } });
  });
});
