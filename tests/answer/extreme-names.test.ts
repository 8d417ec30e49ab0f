import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { useIndexedCorpus } from '../helpers/workspace.js';
import { writtenQuestion } from '../helpers/written-question.js';

describe('names of an extreme come from the item that states it', () => {
  const DOC = writtenQuestion({
    number: 2301,
    title: 'Thuistalen  -  Weekendscholen in het proefproject Taalbrug',
    questions: [
      '1. Hoeveel leerlingen volgden les in de weekendscholen die deelnemen aan Taalbrug?',
      '2. Hoeveel scholen doen mee?',
    ],
    answers: [
      '1. In het schooljaar 2023-2024 volgden 2.736 leerlingen les in een van de weekendscholen die deelnemen aan het proefproject Taalbrug, tegenover 1.588 in 2022-2023. ' +
        'Elke weekendschool van Taalbrug werkt samen met een basisschool, zo meldt het Steunpunt Meertaligheid in Olmendonk.',
      '2. In het schooljaar 2023-2024 deden 34 scholen mee, tegenover 19 een jaar eerder. ' +
        'De grootste zijn ‘Twee Oevers’ in Brakeldonk (312 leerlingen) en ‘Zonnebloem’ in Wilgendaal (246).',
    ],
  });
  const corpus = useIndexedCorpus((dir) => writeFileSync(join(dir, 'taalbrug.txt'), DOC));
  const ask = (q: string) => answer(q, {}, { index: corpus.index, embedder: null });

  it('the item naming the biggest schools, over the broader one that names none of them', async () => {
    const r = await ask('Which are the biggest weekend schools taking part in Taalbrug?');
    expect(r.passages[0]).toMatchObject({ questionNumber: 2301, item: '2' });
  });
});
