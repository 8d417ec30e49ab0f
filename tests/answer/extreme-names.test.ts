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

describe('an extreme over a dimension that only a table shows', () => {
  const DOC = writtenQuestion({
    number: 2302,
    title: 'Werkplekleren  -  Stages voor anderstalige cursisten',
    questions: ['1. Hoeveel cursisten liepen in 2025 stage, opgesplitst per sector?', '2. Hoe worden de stagebedrijven gekozen?'],
    answers: [
      '1. In 2025 liepen 1.245 cursisten Nederlands tweede taal een stage via het programma Werkwoord, 140 meer dan in 2024. ' +
        'Bijna de helft van hen volgde de cursus op niveau 1.2. ' +
        'Het programma werkt sinds 2022 samen met de sectorfondsen en met de vzw Stapsteen in Aalst. ' +
        'Elke stage duurt zes weken en wordt begeleid door een jobcoach van het centrum. Het overzicht hieronder toont de cijfers voor 2025:\n' +
        'Sector                 stagiairs     aangeworven\nZorg                         388             121\nBouw                         214              77\n' +
        'Logistiek                    301              96\nHoreca                       196              40\nSchoonmaak                   146              58\nTotaal                      1245             392\n' +
        'In de zorg volgt na de stage vaak een opleiding tot zorgkundige. De andere sectoren werven vooral rechtstreeks aan.',
      '2. De centra kiezen de bedrijven samen met de sectorfondsen.',
    ],
  });
  const corpus = useIndexedCorpus((dir) => writeFileSync(join(dir, 'werkwoord.txt'), DOC));

  it('quotes the table, with the sentence that says what it gives, not the sentence with a name', async () => {
    const r = await answer('In welke sector liepen in 2025 de meeste cursisten stage via Werkwoord?', {}, { index: corpus.index, embedder: null });
    expect(r.passages[0]).toMatchObject({ questionNumber: 2302, item: '1' });
    expect(r.passages[0]!.quote.text).toContain('Het overzicht hieronder toont de cijfers');
    expect(r.passages[0]!.quote.text).toMatch(/Zorg\s+388/);
  });
});

describe('a table quoted keeps the sentence before it that says what it gives', () => {
  const DOC = writtenQuestion({
    number: 2303,
    title: 'Kinderopvang  -  Plaatsen voor kinderen van nieuwkomers',
    questions: ['1. Hoeveel kinderen van nieuwkomers vonden in 2025 een plaats in de kinderopvang, per regio?'],
    answers: [
      '1. In 2025 vonden 2.960 kinderen van nieuwkomers een plaats in de kinderopvang, via de voorrangsregeling van het agentschap Opgroeien. ' +
        'Ouders kunnen die voorrang sinds 2023 aanvragen bij het Huis van het Kind. ' +
        'De opvang werkt daarvoor samen met de centra voor basiseducatie en met het OCMW in Herentals. ' +
        'De wachttijd is het langst in de steden.\n' +
        'Het overzicht hieronder toont de cijfers van 2025.\n' +
        'Regio                    kinderen      wachtlijst\nKust                          410             120\nKempen                        655             201\n' +
        'Maasland                      780             164\nWaasland                      515              98\nZuid                          600             131\nTotaal                       2960             714\n' +
        'Kinderen van nieuwkomers krijgen in de kinderopvang ook extra taalstimulering.',
    ],
  });
  const corpus = useIndexedCorpus((dir) => writeFileSync(join(dir, 'opvang.txt'), DOC));

  it('the announcement stands before the table in the quote', async () => {
    const r = await answer('In welke regio vonden in 2025 de meeste kinderen van nieuwkomers een plaats in de kinderopvang?', {}, { index: corpus.index, embedder: null });
    expect(r.passages[0]).toMatchObject({ questionNumber: 2303, item: '1' });
    expect(r.passages[0]!.quote.text).toContain('Het overzicht hieronder toont de cijfers van 2025.');
    expect(r.passages[0]!.quote.text).toMatch(/Maasland\s+780/);
  });
});
