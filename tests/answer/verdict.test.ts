import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { holdsAnswerType, holdsNumber } from '../../src/answer/answer-type.js';
import { answerTexts, verdictText } from '../../src/present/answer.js';
import { copyCorpus, useIndexedCorpus } from '../helpers/workspace.js';
import { writtenQuestion } from '../helpers/written-question.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const real = useIndexedCorpus((dir) => copyCorpus(dir));
const ask = (q: string, options = {}) => answer(q, options, { index: real.index, embedder: null });

describe('honest certainty: a verdict, not a percentage', () => {
  it('nr. 455, "Hoeveel projecten werden ingediend?": the minister gives no number, and the reply says so while quoting him', async () => {
    const r = await ask('Hoeveel projecten werden ingediend?');
    const top = r.passages[0]!;
    expect(top).toMatchObject({ questionNumber: 455, part: 'antwoord', item: '2' });
    expect(top.verdict).toEqual({ kind: 'partial', missing: 'count' });
    expect(verdictText(top.verdict)).toBe('gedeeltelijk — het antwoord noemt geen aantal');
    expect(answerTexts(r).lead).toBe('Op de vraag hoeveel projecten werden ingediend, geeft de minister geen aantal. Het antwoord op punt 2:');
    expect(top.quote.text).toContain('uiterlijk op 30 juni 2018 beslist');
  });

  it('a question the passage does answer gets no such lead', async () => {
    const r = await ask('Wanneer wordt beslist over de goedkeuring van de projecten?');
    expect(r.passages[0]!.verdict).toEqual({ kind: 'answers' });
    expect(answerTexts(r).lead).toBeNull();
  });

  it('a "waarom" question whose best passage gives no cause or purpose says the minister gives no reason', async () => {
    const r = await ask('Waarom wordt er pas op 30 juni 2018 beslist over de goedkeuring van de projecten?');
    const top = r.passages[0]!;
    expect(top).toMatchObject({ questionNumber: 455, item: '2' });
    expect(top.verdict).toEqual({ kind: 'partial', missing: 'reason' });
    expect(answerTexts(r).lead).toMatch(/^Op de vraag waarom .*, geeft de minister geen reden\. Het antwoord op punt 2:$/);
  });

  it('a question for results whose best passage reports none says the minister gives no results', async () => {
    const r = await ask('Wat waren de resultaten van de financiële rapportering?');
    const top = r.passages[0]!;
    expect(top).toMatchObject({ questionNumber: 455, item: '1' });
    expect(top.verdict).toEqual({ kind: 'partial', missing: 'outcome' });
    expect(verdictText(top.verdict)).toBe('gedeeltelijk — het antwoord noemt geen resultaten');
    expect(answerTexts(r).lead).toMatch(/^Op de vraag wat waren de resultaten van de financiële rapportering, geeft de minister geen resultaten\. Het antwoord op punt 1:$/);
  });

  it('a yes-or-no question whose best passage says the decision is still to be taken says so', async () => {
    const r = await ask('Werden de projecten van de AMIF-oproep al goedgekeurd?');
    const top = r.passages[0]!;
    expect(top).toMatchObject({ questionNumber: 455, item: '2' });
    expect(top.verdict).toEqual({ kind: 'partial', missing: 'decision' });
    expect(verdictText(top.verdict)).toBe('gedeeltelijk — de beslissing is nog niet genomen');
    expect(answerTexts(r).lead).toBe('Over de vraag "Werden de projecten van de AMIF-oproep al goedgekeurd" is nog niet beslist. Het antwoord op punt 2:');
  });

  it('says it only for the best passage, not on a "more results" page', async () => {
    const first = await ask('Hoeveel projecten werden ingediend?', { limit: 1 });
    const second = await ask('Hoeveel projecten werden ingediend?', { limit: 1, offset: 1 });
    expect(answerTexts(first).lead).not.toBeNull();
    expect(answerTexts(second).lead).toBeNull();
  });
});

describe('what counts as a number, a date', () => {
  it.each([
    ['Er werden 38 projecten ingediend.', true],
    ['Er werden negen projecten gefinancierd.', true],
    ['2. Zoals bepaald in de oproep, wordt uiterlijk op 30 juni 2018 beslist.', false],
    ['b) Welke projecten werden aanvaard?', false],
    ['Het budget voor 2018 is vastgelegd.', false],
    // A sum measures; a share says how many.
    ["- 'Vrouwen met Vleugels' – vzw De Brug – 142.000 euro;", false],
    ['Uit een steekproef blijkt dat 12 procent van de inburgeraars afhaakt.', true],
    // A number word in a quoted name counts nothing.
    ['5. Het project ‘Thuis in Twee Culturen’ heeft een budget van 1,2 miljoen euro.', false],
    ['Het project ‘Thuis in Twee Culturen’ erkende twee pleeggezinnen.', true],
  ])('number in "%s": %s', (text, expected) => expect(holdsNumber(text)).toBe(expected));

  it.each([
    ['Na de zomer zal dit afgerond zijn.', true],
    ['Elke actie wordt binnen een termijn van achttien maanden uitgevoerd.', true],
    ['Het rapport volgt eind september.', true],
    ['Volgend jaar komt er een evaluatie.', true],
    ['Het rapporteringsproces is nog lopende.', false],
  ])('date in "%s": %s', (text, expected) => expect(holdsAnswerType(text, 'date')).toBe(expected));
});

describe('a matter still open, asked when', () => {
  const DOC = writtenQuestion({
    number: 2101,
    ministerTitle: 'VLAAMS MINISTER VAN WONEN',
    title: 'Huurwaarborg  -  Erkende vluchtelingen',
    questions: ['1. Kunnen erkende vluchtelingen de huurwaarborglening aanvragen voor ze de opvang verlaten?', '2. Komen er richtlijnen voor de woonbegeleiders?'],
    answers: [
      [
        '1. Mijn administratie onderzoekt of de huurwaarborglening al kan worden aangevraagd voor de vluchteling de opvang verlaat.',
        'Daarover is nog geen beslissing genomen.',
        'Ik verwacht een voorstel tegen het voorjaar van 2027, na overleg met de OCMW’s.',
      ].join('\n'),
      [
        '2. Het agentschap werkt aan richtlijnen voor de woonbegeleiders; die worden verwacht in het najaar van 2026.',
        'Of er daarnaast een opleiding komt, is nog niet beslist.',
      ].join('\n'),
    ],
  });
  const housing = useIndexedCorpus((dir) => writeFileSync(join(dir, 'waarborg.txt'), DOC));
  const askHousing = (q: string) => answer(q, {}, { index: housing.index, embedder: null });

  it('examining whether, and "daarover" after it, leave the matter open: a date for something else does not answer when', async () => {
    const r = await askHousing('Vanaf wanneer kunnen erkende vluchtelingen de huurwaarborglening aanvragen?');
    expect(r.passages[0]).toMatchObject({ questionNumber: 2101, item: '1' });
    expect(r.passages[0]!.verdict).toEqual({ kind: 'partial', missing: 'decision' });
  });

  it('a date in a sentence about the matter answers when, whatever else is still to be decided', async () => {
    const r = await askHousing('Wanneer zijn de richtlijnen voor de woonbegeleiders klaar, en komt er een opleiding?');
    expect(r.passages[0]).toMatchObject({ questionNumber: 2101, item: '2' });
    expect(r.passages[0]!.verdict).toEqual({ kind: 'answers' });
  });
});

describe('names of an extreme', () => {
  const DOC = writtenQuestion({
    number: 2102,
    date: '3 maart 2025',
    title: 'Kleuterparticipatie  -  Brugfiguren',
    questions: ['1. Hoeveel brugfiguren zijn er actief, en in welke gemeenten?'],
    answers: [
      '1. In 2024 waren 46 brugfiguren actief in 18 gemeenten. De grootste ploegen werken in Aalwijk (9 brugfiguren), Beekdonk (6) ' +
        'en Corswaren (4). De overige 27 brugfiguren werken in 15 andere gemeenten.',
    ],
  });
  const bridges = useIndexedCorpus((dir) => writeFileSync(join(dir, 'brug.txt'), DOC));

  it('are given where the passage states the extreme, in its own words, though other sentences only count', async () => {
    const r = await answer('In which municipalities do the biggest brugfiguren teams work?', {}, { index: bridges.index, embedder: null });
    expect(r.passages[0]).toMatchObject({ questionNumber: 2102, item: '1' });
    expect(r.passages[0]!.verdict.kind).not.toBe('partial');
    expect(r.passages[0]!.quote.text).toContain('Aalwijk');
    // Without an extreme asked, the sentences that name the kind asked still decide: here they only count.
    const plain = await answer('In welke andere gemeenten werken brugfiguren?', {}, { index: bridges.index, embedder: null });
    expect(plain.passages[0]!.verdict).toEqual({ kind: 'partial', missing: 'name', countOnly: true });
  });
});

describe('where people come from', () => {
  const DOC = writtenQuestion({
    number: 2103,
    date: '12 mei 2025',
    title: 'Afvalbeheer  -  Opleiding tot sorteerambassadeur',
    questions: ['1. Hoeveel nieuwkomers volgen de opleiding tot sorteerambassadeur?'],
    answers: [
      '1. De opleiding tot sorteerambassadeur voor nieuwkomers duurt twaalf weken. Ze wordt gegeven in drie opleidingscentra. ' +
        'De meeste cursisten zijn afkomstig uit Afghanistan, Syrië en Oekraïne.',
    ],
  });
  const sorting = useIndexedCorpus((dir) => writeFileSync(join(dir, 'sorteer.txt'), DOC));

  it('is named by an origin anywhere in the passage, and not by a count of the places', async () => {
    const named = await answer('Uit welke landen komen de nieuwkomers in de opleiding tot sorteerambassadeur?', {}, { index: sorting.index, embedder: null });
    expect(named.passages[0]).toMatchObject({ questionNumber: 2103, item: '1' });
    expect(named.passages[0]!.verdict.kind).not.toBe('partial');
    const counted = await answer('Uit welke drie opleidingscentra komen de sorteerambassadeurs?', {}, { index: sorting.index, embedder: null });
    expect(counted.passages[0]!.verdict).toMatchObject({ kind: 'partial', missing: 'name' });
  });
});
