import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/corpus/lexicon.js';
import { answer } from '../../src/answer/index.js';
import { selectQuote } from '../../src/answer/quote.js';
import { compoundTerms, terms } from '../../src/search/analyze.js';
import { useIndexedCorpus } from '../helpers/workspace.js';
import { writtenQuestion } from '../helpers/written-question.js';

describe('a compound of the question of which the passage has one part', () => {
  const DOC = writtenQuestion({
    number: 2201,
    date: '4 maart 2025',
    questioner: 'LIES TEKENAAR',
    ministerTitle: 'VLAAMS MINISTER VAN CULTUUR',
    title: 'Cultuur  -  Taalbuddy’s in de bibliotheek',
    questions: [
      '1. Hoeveel bibliotheken hebben een taalbuddywerking?',
      '2. Hoe lang moet een anderstalige gemiddeld wachten op een taalbuddy?',
    ],
    answers: ['1. Eind 2024 hadden 142 bibliotheken een taalbuddywerking.', '2. Gemiddeld wacht een anderstalige zes weken op een taalbuddy.'],
  });
  const library = useIndexedCorpus((dir) => writeFileSync(join(dir, 'bib.txt'), DOC));

  it('covers half of it: "wachttijden" finds the question item that says "wachten"', async () => {
    const r = await answer('wat vroeg Tekenaar precies over de wachttijden?', {}, { index: library.index, embedder: null });
    expect(r.status).toBe('answered');
    expect(r.passages[0]).toMatchObject({ part: 'vraag', item: '2' });
  });
});

describe('a compound of the question spelled out in a sentence', () => {
  const registration =
    'De vroedvrouwen registreren elk huisbezoek in een gedeeld dossier, zodat de huisarts en het ziekenhuis het verloop kunnen volgen; ' +
    'de eerste resultaten van die registratie worden in maart 2025 verwacht.';
  const evaluation =
    'Het centrum voor perinatale epidemiologie van de universiteit evalueert het project in opdracht van het departement Zorg; ' +
    'de resultaten van die evaluatie worden in december 2025 verwacht.';
  const farApart =
    'De resultaten van de huisbezoeken worden bijgehouden door de vroedvrouwen en de moedermentoren, en na afloop volgt een evaluatie ' +
    'door het departement Zorg, die in december 2025 wordt verwacht.';
  beforeAll(() => loadLexicon());
  // Only words count here, no n-grams: the compound is found as a term or not at all.
  const scorer = () => ({
    weight: () => 1,
    queryTerms: [...terms('evaluatieresultaten verwacht')],
    queryGrams: new Set<string>(),
    compounds: [{ term: terms('evaluatieresultaten')[0]!, parts: compoundTerms('evaluatieresultaten') }],
  });
  const quoted = (item: string) => {
    const span = selectQuote(item, { start: 0, end: item.length }, scorer());
    return item.slice(span.start, span.end);
  };

  it('is found where its parts make one phrase: "evaluatieresultaten" in "de resultaten van die evaluatie"', () => {
    expect(compoundTerms('evaluatieresultaten')).toEqual(['evaluatie', terms('resultaten')[0]]);
    expect(quoted(`${registration} ${evaluation}`)).toBe(evaluation);
  });

  it('is not found where its parts stand apart', () => {
    expect(quoted(`${registration} ${farApart}`)).toBe(registration);
  });
});
