import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { onlyAmongOthers } from '../../src/answer/named.js';
import { namesStudy } from '../../src/answer/study.js';
import { askedKind } from '../../src/answer/counted.js';
import { terms } from '../../src/search/analyze.js';
import { useIndexedFixtures } from '../helpers/workspace.js';

describe('a name the introduction gives frames every item of its document', () => {
  const corpus = useIndexedFixtures(
    'eval/dev34/corpus/dev34-34001.txt',
    'eval/dev34/corpus/dev34-34004.txt',
    'eval/dev34/corpus/dev34-34006.txt',
    'eval/dev23/corpus/dev23-23005.txt',
    'eval/dev6/corpus/dev6-6005.txt',
  );
  const ask = (q: string) => answer(q, {}, { index: corpus.index, embedder: null });

  it('answers with an item that leaves the name to the introduction ("Via de projectoproep ‘Naald en Draad’ …")', async () => {
    // Item 5 gives the 2026 budget of the call and names it nowhere; items that name it give other years.
    const r = await ask('Welk bedrag is er in 2026 uitgetrokken voor Naald en Draad?');
    expect(r.status).toBe('answered');
    expect(r.passages[0]).toMatchObject({ questionNumber: 34004, item: '5' });
  });

  it('places the document, not one of its items above another that names the programme itself', async () => {
    const r = await ask('Hoeveel mantelzorgers met een migratieachtergrond bereikte Zorgen in je Taal in 2022?');
    expect(r.passages[0]).toMatchObject({ questionNumber: 23005, item: '2' });
    // Item 2 names ‘TolkDirect’ and counts the video calls; item 4, on their price, leaves the name to the introduction.
    const calls = await ask('aantal videotolkgesprekken TolkDirect vorig jaar?');
    expect(calls.passages[0]).toMatchObject({ questionNumber: 6005, item: '2' });
  });

  it('asks a sum of the minister named by portfolio, the money verb split around the clause', async () => {
    const r = await ask('Hoeveel trekt de werkminister in 2025 uit voor Laadklaar?');
    expect(r.passages[0]).toMatchObject({ questionNumber: 34001, item: '5', verdict: { kind: 'answers' } });
  });
});

describe('a place the parent item names only in a list', () => {
  const corpus = useIndexedFixtures('eval/dev34/corpus/dev34-34001.txt');

  it('is one of several even when the list starts at the end of a clause', () => {
    expect(onlyAmongOthers('De meeste stageplaatsen liggen op de bedrijventerreinen van Dorenkerke, Vlasbeke en Ostelde.', 'Vlasbeke')).toBe(true);
    expect(onlyAmongOthers('De meeste stageplaatsen liggen op het bedrijventerrein van Vlasbeke.', 'Vlasbeke')).toBe(false);
    expect(onlyAmongOthers('De stageplaatsen liggen in Vlasbeke, waar de meeste bedrijven zitten.', 'Vlasbeke')).toBe(false);
    // A clause after the names is no name of the list.
    expect(onlyAmongOthers('De meeste stageplaatsen liggen in Vlasbeke en Ostelde, zegt de VDAB.', 'Vlasbeke')).toBe(false);
  });

  it('frames none of a sub-item\'s figures: no count for that place', async () => {
    const r = await answer('Hoeveel stageplaatsen voor magazijnmedewerkers zijn er in Vlasbeke?', {}, { index: corpus.index, embedder: null });
    expect(r).toMatchObject({ status: 'no-answer', reason: { shortfall: { kind: 'place-figures', place: 'Vlasbeke' } } });
  });
});

describe('words that look like the thing asked', () => {
  it('a plural after an article is a noun: "de onderzoeken" (examinations) is no study under way', () => {
    const evaluation = terms('evaluatie');
    expect(namesStudy(evaluation, 'Hoe worden de onderzoeken aangepast aan kinderen die nog geen Nederlands spreken?')).toBe(false);
    expect(namesStudy(evaluation, 'De hogeschool zal het project onderzoeken.')).toBe(true);
    expect(namesStudy(evaluation, 'De Onderzoeksgroep evalueert het project.')).toBe(true);
    expect(namesStudy(evaluation, 'Hoe worden de medische onderzoeken aangepast?')).toBe(false);
    expect(namesStudy(evaluation, 'Het zijn de diensten die onderzoeken of het project werkt.')).toBe(true);
  });

  it('"welk soort testen" asks the sort of tests, not of "soort"', () => {
    expect(askedKind('Met welk soort testen worden anderstalige kinderen onderzocht?')).toBe('testen');
    expect(askedKind('Welke soort van woningen?')).toBe('woningen');
    expect(askedKind('Welke sector?')).toBe('sector');
  });

  const corpus = useIndexedFixtures('eval/dev34/corpus/dev34-34003.txt');
  const ask = (q: string) => answer(q, {}, { index: corpus.index, embedder: null });

  it('findings of an evaluation still to come are not those of the examinations an item describes', async () => {
    const r = await ask('Wat blijkt uit de evaluatie van het project Eigen Tempo?');
    expect(r).toMatchObject({ status: 'no-answer', reason: { shortfall: { kind: 'unavailable', questionNumber: 34003 } } });
    expect(r).toMatchObject({ reason: { sentence: expect.stringMatching(/resultaten worden in september 2026 verwacht/) } });
  });
});
