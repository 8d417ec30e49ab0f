import { describe, expect, it } from 'vitest';
import { selectQuote } from '../../src/answer/quote.js';
import { isTableLine } from '../../src/answer/dating.js';
import { terms } from '../../src/search/analyze.js';
import { answer } from '../../src/answer/index.js';
import { useIndexedFixtures } from '../helpers/workspace.js';

describe('a table in a quote', () => {
  // One unit per line, as the normaliser leaves a table that follows a sentence ending in a full stop.
  const item =
    'De aanvragen worden binnen tien werkdagen behandeld.\n' +
    'Het overzicht hieronder toont de cijfers van 2025.\n' +
    'Kust 410 120 Kempen 655 201 Maasland 780 164 Waasland 515 98 Zuid 600 131 Totaal 2960 714\n' +
    'Kinderen van nieuwkomers krijgen in de kinderopvang daarnaast extra taalstimulering door een logopedist van het centrum.';
  const scorer = {
    weight: () => 1,
    queryTerms: [...terms('kinderen nieuwkomers kinderopvang')],
    queryGrams: new Set<string>(),
    // The table is what the question asks for.
    prefersMost: (unit: string) => isTableLine(unit),
  };

  it('keeps the sentence before it that says what the table gives', () => {
    const span = selectQuote(item, { start: 0, end: item.length }, scorer);
    const quote = item.slice(span.start, span.end);
    expect(quote).toContain('Het overzicht hieronder toont de cijfers van 2025.');
    expect(quote).toContain('Maasland 780');
    expect(quote).not.toContain('tien werkdagen');
  });
});

describe('a table row the question names', () => {
  const loans = useIndexedFixtures('eval/dev48/corpus/dev48-48001.txt');
  it('gives no share when the table holds only counts: the sentence with the percentage is quoted', async () => {
    // The table counts loans and newcomers per province ("Antwerpen 1.642 447"); the sentence after it gives the share.
    for (const q of ['Welk aandeel van de woonleningen in de provincie Antwerpen ging naar nieuwkomers?', 'What percentage of home loans in Antwerp went to newcomers?']) {
      const r = await answer(q, {}, { index: loans.index, embedder: null });
      expect(r.passages[0]).toMatchObject({ questionNumber: 48001, item: '1' });
      expect(r.passages[0]!.quote.text).toContain('In de provincie Antwerpen ging dus 27 procent');
      expect(r.passages[0]!.quote.text).not.toContain('1.642');
    }
  });
});
