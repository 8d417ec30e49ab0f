import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { useIndexedCorpus } from '../helpers/workspace.js';
import { writtenQuestion } from '../helpers/written-question.js';

describe('whether it is kept is answered by the item that says so', () => {
  const DOC = writtenQuestion({
    number: 2501,
    title: 'Inburgering  -  Oriëntatiecursus voor gezinsherenigers',
    questions: [
      '1. Hoeveel deelnemers volgden in 2020 de oriëntatiecursus van het agentschap, en hoeveel deelnemers rondden de oriëntatiecursus af?',
      '2. Hoe worden de gezinsherenigers uitgenodigd?',
      '3. Hoeveel deelnemers verlieten de cursus voortijdig?',
    ],
    answers: [
      '1. De oriëntatiecursus van het agentschap werd in 2020 door 2.146 deelnemers gevolgd; 1.870 deelnemers rondden de oriëntatiecursus af. ' +
        'Het agentschap organiseerde de cursus in 2020 in 41 gemeenten; de deelnemers kregen in 2020 ook een onthaalgesprek van het agentschap. ' +
        'Brussel is niet in de cijfers opgenomen, omdat het agentschap de cursus daar niet zelf organiseert.',
      '2. Elke gezinshereniger krijgt een uitnodiging van het agentschap.',
      '3. Het aantal deelnemers dat de cursus in 2020 voortijdig verliet, werd niet geregistreerd.',
    ],
  });
  const corpus = useIndexedCorpus((dir) => writeFileSync(join(dir, 'orientatie.txt'), DOC));
  const ask = (q: string) => answer(q, {}, { index: corpus.index, embedder: null });

  it('the item on the matter asked that says it is not registered, over one with other figures', async () => {
    const r = await ask('Hield het agentschap in 2020 bij hoeveel deelnemers de oriëntatiecursus vroegtijdig verlieten?');
    expect(r.passages[0]).toMatchObject({ questionNumber: 2501, item: '3' });
  });
});
