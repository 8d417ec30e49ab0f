import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { quoteScorer } from '../../src/answer/passage.js';
import { analyseQuery } from '../../src/answer/query.js';
import { useIndexedCorpus } from '../helpers/workspace.js';
import { writtenQuestion } from '../helpers/written-question.js';

describe('the quote for a sum of a named place or body gives that name its own figure', () => {
  const DOC = writtenQuestion({
    number: 2201,
    title: 'Opvang  -  Middelen voor de opvang van ontheemden',
    questions: ['1. Hoeveel middelen ontvingen de lokale besturen in 2024 voor de opvang van ontheemden?'],
    answers: [
      '1. In 2024 ontvingen de lokale besturen samen 38,6 miljoen euro voor de opvang van ontheemden. ' +
        'Voor 2025 is 24 miljoen euro voorzien. ' +
        'De verdeling gebeurt op basis van het aantal bezette plaatsen op de eerste dag van elk kwartaal. ' +
        'De hoogste bedragen gingen in 2024 naar Antwerpen (6,1 miljoen euro), Brugge (4,2 miljoen euro) en Leuven (1,9 miljoen euro). ' +
        'Besturen die plaatsen afbouwen, melden dat uiterlijk een maand vooraf aan het agentschap, zodat de middelen kunnen worden herverdeeld. ' +
        // Longer than an item quoted whole, so the quote is chosen sentence by sentence.
        'Een evaluatie van de verdeelsleutel volgt in het najaar.',
    ],
  });

  const support = useIndexedCorpus((dir) => writeFileSync(join(dir, 'opvang.txt'), DOC));
  const ask = (q: string) => answer(q, {}, { index: support.index, embedder: null });

  it('quotes the sentence with the name’s figure, not the total beside it', async () => {
    const r = await ask('hoeveel kreeg Leuven in 2024 voor de opvang van ontheemden');
    expect(r.passages[0]?.quote.text).toContain('Leuven (1,9 miljoen euro)');
    // Without a name, the total answers.
    const total = await ask('hoeveel kregen de lokale besturen in 2024 voor de opvang van ontheemden');
    expect(total.passages[0]?.quote.text).toContain('38,6 miljoen euro');
  });

  it('not the name’s figure of another year', async () => {
    const r = await ask('hoeveel kreeg Leuven in 2025 voor de opvang van ontheemden');
    expect(r.passages[0]?.quote.text ?? '').not.toMatch(/^De hoogste bedragen/);
  });
});

describe('the quote for a count of the whole is the total, not its breakdown', () => {
  const DOC = writtenQuestion({
    number: 2202,
    title: 'Overheidscommunicatie  -  Herschreven standaardbrieven',
    questions: ['1. Hoeveel standaardbrieven van de Vlaamse administratie werden in helder Nederlands herschreven?'],
    answers: [
      '1. Sinds de start in april 2023 werden in totaal 184 standaardbrieven herschreven. Per beleidsdomein gaat het om:\n' +
        '- 46 brieven in het domein Onderwijs;\n' +
        '- 41 brieven in het domein Financiën;\n' +
        '- 38 brieven in het domein Gezin;\n' +
        '- 59 brieven in andere domeinen.\n' +
        'Bij de start werd voorrang gegeven aan de brieven die het vaakst tot telefonische vragen of klachten leidden.',
    ],
  });

  const support = useIndexedCorpus((dir) => writeFileSync(join(dir, 'brieven.txt'), DOC));
  const ask = (q: string) => answer(q, {}, { index: support.index, embedder: null });

  it('quotes "in totaal 184" for how many letters were rewritten; a named domain still gets its own figure', async () => {
    const r = await ask('How many standard letters from the Flemish administration have been rewritten in plain Dutch?');
    expect(r.passages[0]?.quote.text).toContain('in totaal 184 standaardbrieven');
    // The total is favoured over the breakdown's lines, which repeat more of the question's words ("brieven").
    const favours = (q: string) => quoteScorer(support.index, analyseQuery(q, {}, support.index.documents)).favours;
    expect(favours('How many letters have been rewritten?')?.('Sinds april 2023 werden in totaal 184 standaardbrieven herschreven.')).toBe(true);
    expect(favours('Hoeveel brieven in het domein Gezin werden herschreven?')).toBeUndefined();
    const part = await ask('Hoeveel brieven in het domein Gezin werden herschreven?');
    expect(part.passages[0]?.quote.text).toContain('38 brieven in het domein Gezin');
  });
});

describe('the quote for a count of a part a table lists is that table, not the total', () => {
  const DOC = writtenQuestion({
    number: 2203,
    title: 'Werk  -  Praktijkproeven voor anderstalige werkzoekenden',
    questions: ['1. Hoeveel anderstalige werkzoekenden legden in 2022 en 2023 een praktijkproef af? Graag per sector.'],
    answers: [
      '1. In 2022 legden 940 anderstalige werkzoekenden een praktijkproef af, in 2023 waren dat er 1.105. ' +
        'De stijging in 2023 volgt uit de opening van twee nieuwe proefcentra in Kortewaal en Ommeland. ' +
        'De onderstaande tabel geeft de opsplitsing per sector.\n\n' +
        'Sector             2022      2023\n' +
        'Metaal              301       344\n' +
        'Horeca              227       268\n' +
        'Groenzorg           412       493\n' +
        'Totaal              940     1.105\n\n' +
        'De meeste proeven werden afgenomen door de sectorale opleidingsfondsen, in samenwerking met de lokale werkwinkels en de centra voor volwassenenonderwijs. ' +
        // Longer than an item quoted whole, so the quote is chosen sentence by sentence.
        'Kandidaten die niet slagen, krijgen een gesprek met de assessor en kunnen de proef na een bijkomende opleiding opnieuw afleggen.',
    ],
  });

  const support = useIndexedCorpus((dir) => writeFileSync(join(dir, 'proeven.txt'), DOC));
  const ask = (q: string) => answer(q, {}, { index: support.index, embedder: null });

  it('quotes the row the question names', async () => {
    const r = await ask('Hoeveel anderstalige werkzoekenden legden in 2023 een praktijkproef af in de horeca?');
    expect(r.passages[0]?.quote.text).toMatch(/Horeca\s+227\s+268/);
    // Without a part named, the sentence with the whole count answers.
    const whole = await ask('Hoeveel anderstalige werkzoekenden legden in 2023 een praktijkproef af?');
    expect(whole.passages[0]?.quote.text).toContain('in 2023 waren dat er 1.105');
    expect(whole.passages[0]?.quote.text).not.toMatch(/Horeca\s+227/);
  });
});

describe('the quote for a keyword question naming a row of a table', () => {
  const DOC = writtenQuestion({
    number: 2204,
    title: 'Onderwijs  -  Kleuters uit nieuwkomersgezinnen',
    questions: ['1. Hoeveel kleuters uit nieuwkomersgezinnen waren ingeschreven in het kleuteronderwijs? Graag per provincie.'],
    answers: [
      '1. In het schooljaar 2023-2024 waren 6.482 kleuters uit nieuwkomersgezinnen ingeschreven in een Vlaamse kleuterschool, tegenover ' +
        '5.907 in het schooljaar 2022-2023. De onderstaande tabel geeft de opsplitsing per provincie.\n\n' +
        'Provincie          2022-2023     2023-2024\n' +
        'Antwerpen              1.986         2.174\n' +
        'Limburg                  702           781\n' +
        'Oost-Vlaanderen        3.219         3.527\n' +
        'Totaal                 5.907         6.482\n\n' +
        'Kleuterscholen in het Brussels Hoofdstedelijk Gewest zijn niet opgenomen. De meest voorkomende thuistalen van de kleuters uit ' +
        'nieuwkomersgezinnen zijn het Oekraïens, het Arabisch, het Dari en het Roemeens. ' +
        // Longer than an item quoted whole, so the quote is chosen sentence by sentence.
        'Scholen met veel kleuters uit nieuwkomersgezinnen krijgen extra lestijden voor taalstimulering, en de centra voor ' +
        'leerlingenbegeleiding volgen de kleuters op die in het schooljaar 2022-2023 en 2023-2024 te weinig aanwezig waren.',
    ],
  });
  const schools = useIndexedCorpus((dir) => writeFileSync(join(dir, 'kleuters.txt'), DOC));

  it('quotes the row the name labels, with no question word to say a count is asked', async () => {
    const q = 'kleuters uit nieuwkomersgezinnen Limburg schooljaar 2022-2023';
    const row = quoteScorer(schools.index, analyseQuery(q, {}, schools.index.documents)).prefersFirst;
    expect(row?.('Provincie 2022-2023 2023-2024\nAntwerpen 1.986 2.174\nLimburg 702 781\nTotaal 2.688 2.955')).toBe(true);
    expect(row?.('Provincie 2022-2023 2023-2024\nAntwerpen 1.986 2.174\nTotaal 1.986 2.174')).toBe(false);
    const r = await answer(q, {}, { index: schools.index, embedder: null });
    expect(r.passages[0]?.quote.text).toMatch(/Limburg\s+702\s+781/);
    // A row gives no reason.
    expect(quoteScorer(schools.index, analyseQuery('Waarom waren er in Limburg minder kleuters?', {}, schools.index.documents)).prefersFirst).toBeUndefined();
  });
});
