import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { useIndexedCorpus } from '../helpers/workspace.js';
import { writtenQuestion } from '../helpers/written-question.js';

/** One answer item names the municipalities that joined in 2023, and those that will join in 2025. */
const LEISURE_PASS = writtenQuestion({
  number: 3401,
  date: '12 februari 2024',
  title: 'Cultuurparticipatie  -  Regionale vrijetijdspas',
  questions: ['1. Welke gemeenten sloten sinds 2023 aan bij een regionale vrijetijdspas?'],
  answers: [
    '1. Op 1 januari 2023 sloten vier gemeenten aan bij een regionale vrijetijdspas: Kapelhove, Drongemeer, Wilgendaal en Ter Duinen. ' +
      'Elk van die gemeenten ontving een eenmalige opstartsubsidie van 10.000 euro. In 2023 sloot geen enkele bijkomende gemeente aan. ' +
      'De lokale verenigingen worden betrokken bij de voorbereiding, zodat het kansentarief vanaf de start bij veel activiteiten kan worden gebruikt. ' +
      'Het agentschap ondersteunt de gemeenten met een draaiboek en een infosessie voor de medewerkers van de vrijetijdsdiensten. ' +
      'Drie gemeenten, Lijsterbeek, Vennebroek en Heidestrand, hebben hun aansluiting aangekondigd voor 1 januari 2025.',
  ],
});

describe('the quote for a name asked of a year', () => {
  const corpus = useIndexedCorpus((dir) => writeFileSync(join(dir, '3401.txt'), LEISURE_PASS));

  it('is the sentence that names that year, not the names of another year', async () => {
    const r = await answer('Welke gemeenten sluiten in 2025 aan bij een regionale vrijetijdspas?', {}, { index: corpus.index, embedder: null });
    expect(r.passages[0]?.quote.text).toContain('Lijsterbeek');
    expect(r.passages[0]?.quote.text).not.toContain('Kapelhove');
  });

  it('names of the year asked stay the quote', async () => {
    const r = await answer('Welke gemeenten sloten in 2023 aan bij een regionale vrijetijdspas?', {}, { index: corpus.index, embedder: null });
    expect(r.passages[0]?.quote.text).toContain('Kapelhove');
  });
});
