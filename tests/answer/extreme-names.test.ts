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

describe('an extreme over places that only a table shows', () => {
  const DOC = writtenQuestion({
    number: 2302,
    title: 'Huurdiscriminatie  -  Meldingen bij het meldpunt',
    questions: ['1. Hoeveel meldingen van discriminatie op de huurmarkt ontving het meldpunt in 2025, per provincie?', '2. Wat doet het meldpunt met de meldingen?'],
    answers: [
      '1. In 2025 ontving het Meldpunt Wonen in Gelijkheid 530 meldingen van discriminatie op de huurmarkt. Dat zijn er 60 meer dan in 2024. ' +
        'Een derde van de meldingen ging over de afkomst van de huurder, een op de vijf over een handicap. ' +
        'Het meldpunt werkt sinds 2023 samen met de Vlaamse Woonraad en met de vzw Huurpunt in Gent. ' +
        'Elke melding krijgt binnen tien werkdagen een antwoord van een jurist van het meldpunt. ' +
        'Wie meldt, kan dat anoniem doen, via het webformulier of via de telefoon. De tabel hieronder geeft de verdeling per provincie.\n' +
        'Provincie              meldingen     doorverwezen\nAntwerpen                    190               41\nLimburg                       62               12\n' +
        'Oost-Vlaanderen              121               30\nVlaams-Brabant                71               15\nWest-Vlaanderen               86               19\nTotaal                       530              117\n' +
        'In Antwerpen gaat het vooral om weigeringen na een telefonisch contact. In de andere provincies zijn de meldingen gelijker verdeeld over de gronden.',
      '2. Het meldpunt bemiddelt tussen huurder en verhuurder of verwijst door naar Unia.',
    ],
  });
  const corpus = useIndexedCorpus((dir) => writeFileSync(join(dir, 'meldpunt.txt'), DOC));

  it('quotes the table, with the sentence that says what it gives, not the sentence with a name', async () => {
    const r = await answer('Welke provincie telde in 2025 de meeste meldingen van huurdiscriminatie?', {}, { index: corpus.index, embedder: null });
    expect(r.passages[0]).toMatchObject({ questionNumber: 2302, item: '1' });
    expect(r.passages[0]!.quote.text).toContain('verdeling per provincie');
    expect(r.passages[0]!.quote.text).toMatch(/Antwerpen\s+190/);
  });
});
