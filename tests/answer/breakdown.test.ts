import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { askedBreakdown, askedSexGroup, asksHowDivided, speaksOfDimension, speaksOfGroup } from '../../src/answer/breakdown.js';
import { noAnswerMessage } from '../../src/present/answer.js';
import { useIndexedCorpus, useIndexedFixtures } from '../helpers/workspace.js';
import { writtenQuestion } from '../helpers/written-question.js';

const names = (q: string) => askedBreakdown(q).map((d) => d.name);

describe('a breakdown the question asks for', () => {
  it.each([
    ['Hoeveel vrijwilligers telt het project per provincie?', ['provincie']],
    ['What is the pass rate with the read-aloud function by country of origin?', ['land van herkomst']],
    ['Give me the 2023 figures for damaged laptops per region.', ['regio']],
    ['Hoeveel cursisten waren er, opgesplitst naar geslacht?', ['geslacht']],
    ['How many seasonal workers were there in 2021, broken down by province?', ['provincie']],
    // Dutch words that ask a breakdown ask it by any noun, a known dimension's too.
    ['Hoe zijn de cursisten verdeeld over de modules?', ['modules']],
    ['Hoe zijn de plaatsen verdeeld over de provincies?', ['provincie']],
  ])('%s', (query, dimensions) => expect(names(query)).toEqual(dimensions));

  it.each([
    // A rate is no breakdown: the passage gives it in its own words.
    'Wat kost de cursus per deelnemer?',
    'How much do residents pay per month?',
    // "by" before a body, or a name, is no dimension.
    'How many applications were turned down by the region of Brussels?',
    'Hoeveel gemeenten deden mee?',
    // By kinds, which a passage gives by naming them; by a quantity or an idiom; by an English noun no Dutch passage uses.
    'Hoe waren de ondertekenaars verdeeld per soort organisatie?',
    'How many heritage bodies take part, broken down by type?',
    'Hoe is het budget verdeeld over twee jaar?',
    'Worden de middelen verdeeld naar rato van het aantal leerlingen?',
    'How many trainees were there, broken down by track?',
  ])('none in: %s', (query) => expect(names(query)).toEqual([]));

  it('asked by any noun, is spoken of by its stem; asking how figures are divided asks for them', () => {
    const [module] = askedBreakdown('Hoe zijn de cursisten verdeeld over de modules?');
    expect(speaksOfDimension('Per module volgden 40 cursisten les.', module!)).toBe(true);
    expect(speaksOfDimension('In totaal volgden 412 cursisten les.', module!)).toBe(false);
    expect(asksHowDivided('Hoe zijn de cursisten verdeeld over de modules?')).toBe(true);
    expect(asksHowDivided('How are the places divided among the cities?')).toBe(true);
    expect(asksHowDivided('Hoe lang duurt de cursus?')).toBe(false);
  });

  const followUp = useIndexedFixtures('eval/dev45/corpus/dev45-45006.txt');
  it('asked by how figures are divided, is declined where the answer says that breakdown is still to come', async () => {
    // Item 2 gives the provisional total, 7.134, and expects the figures by track ("finaliteit") in February.
    const r = await answer('Hoe zijn de 7.134 leerlingen van na het schooljaar 2025-2026 verdeeld over de finaliteiten?', {}, { index: followUp.index, embedder: null });
    expect(r.status).toBe('no-answer');
    expect(r.reason).toMatchObject({ kind: 'no-passage', sentence: expect.stringContaining('met een opsplitsing per finaliteit') });
  });

  it('is spoken of by its word, or for places by a table of them', () => {
    const [province] = askedBreakdown('per provincie');
    expect(speaksOfDimension('De provinciale verdeling staat in de tabel.', province!)).toBe(true);
    expect(speaksOfDimension('Antwerpen 712 341\nLimburg 498 226\nTotaal 1.210 567', province!)).toBe(true);
    expect(speaksOfDimension('In totaal slaagde 46 procent.', province!)).toBe(false);
    const [origin] = askedBreakdown('by country of origin');
    expect(speaksOfDimension('De meeste kandidaten komen uit landen buiten de EU.', origin!)).toBe(true);
    // A table of exam centres is no breakdown by origin.
    expect(speaksOfDimension('Dennegem 712 341\nKiezelbroek 498 226\nTotaal 1.210 567', origin!)).toBe(false);
  });

  it('of a group narrowed by sex, is one of that group: a unit that speaks of both', () => {
    expect(names('Hoeveel vrouwelijke vrijwilligers telt het project per provincie?')).toEqual(['provincie', 'provincie voor vrouwen']);
    expect(askedSexGroup('How many male au pairs were there?')?.name).toBe('mannen');
    // Women counted are the group too: their figures per province are women's, not all participants'.
    expect(askedSexGroup('Hoeveel vrouwen volgden de cursus?')?.name).toBe('vrouwen');
    expect(names('How many women took the course, per province?')).toEqual(['provincie', 'provincie voor vrouwen']);
    expect(askedSexGroup('Hoeveel deelnemers volgden de cursus voor vrouwen?')).toBeNull();
    // So is the part of a group a question counts by what it is ("how many of them were women").
    expect(askedSexGroup('How many of the apprentices in Limburg were women?')?.name).toBe('vrouwen');
    expect(askedSexGroup('Hoeveel van de deelnemers waren mannen?')?.name).toBe('mannen');
    expect(askedSexGroup('Hoeveel van de deelnemers waren werkzoekend?')).toBeNull();
    // Among children and young people the group by sex is girls or boys.
    expect(askedSexGroup('Hoeveel meisjes namen in West-Vlaanderen deel aan een zomerschool?')?.name).toBe('meisjes');
    expect(askedSexGroup('How many of the young people guided in Limburg were girls?')?.name).toBe('meisjes');
    expect(askedSexGroup('Hoeveel van de leerlingen waren jongens?')?.name).toBe('jongens');
    expect(speaksOfGroup('Ongeveer 49 procent van de deelnemers is een meisje.', askedSexGroup('Hoeveel meisjes namen deel?')!)).toBe(true);
    const women = askedBreakdown('vrouwelijke starters per provincie')[1]!;
    expect(speaksOfDimension('Provincie starters van wie vrouw Antwerpen 142 118 Limburg 61 49 Totaal 203 167', women)).toBe(true);
    expect(speaksOfDimension('Antwerpen 402\nLimburg 231\nOost-Vlaanderen 318\nTotaal 951', women)).toBe(false);
    expect(speaksOfDimension('64 procent van de vrijwilligers is man, maar het aandeel vrouwen stijgt.', women)).toBe(false);
  });
});

const EXAM = writtenQuestion({
  number: 4401,
  date: '20 juni 2023',
  title: 'Rijopleiding  -  Nieuwkomers en het rijexamen',
  questions: ['1. Hoeveel kandidaten slaagden voor het theoretisch examen met de voorleesfunctie?', '2. Hoeveel laptops met schade werden in 2023 teruggebracht?'],
  answers: [
    '1. Van de kandidaten die het theoretisch examen aflegden met de voorleesfunctie, slaagde 46 procent. Bij de kandidaten zonder voorleesfunctie lag het slaagpercentage op 52 procent.',
    '2. In 2023 werden 143 laptops met schade teruggebracht. Een opsplitsing per regio is nog niet beschikbaar.',
  ],
});
const VOLUNTEERS = writtenQuestion({
  number: 4402,
  date: '17 januari 2024',
  title: 'Sportclubs  -  Nieuwkomers als vrijwilliger',
  questions: ['1. Hoeveel nieuwkomers werden in 2023 vrijwilliger in een sportclub?'],
  answers: ['1. In 2023 werden 1.212 nieuwkomers vrijwilliger in een sportclub. Een derde van hen is een vrouw.\n\nProvincie          vrijwilligers\nAntwerpen               402\nLimburg                 231\nOost-Vlaanderen         318\nTotaal                1.212'],
});

const OWN_COURSE = writtenQuestion({
  number: 4403,
  date: '3 maart 2024',
  title: 'Vrouwelijke nieuwkomers  -  Programma Eigen Koers',
  questions: ['1. Hoeveel deelnemers startten in 2023 aan het programma Eigen Koers?'],
  answers: ['1. In 2023 startten 612 deelnemers aan het programma Eigen Koers.\n\nProvincie          deelnemers\nAntwerpen               212\nLimburg                 131\nOost-Vlaanderen         269\nTotaal                  612'],
});

describe('a passage for a breakdown asked', () => {
  const corpus = useIndexedCorpus((dir) => {
    writeFileSync(join(dir, '4401.txt'), EXAM);
    writeFileSync(join(dir, '4402.txt'), VOLUNTEERS);
    writeFileSync(join(dir, '4403.txt'), OWN_COURSE);
  });
  const ask = (q: string) => answer(q, {}, { index: corpus.index, embedder: null });

  it('that never speaks of its dimension does not answer, and the reply says so', async () => {
    const r = await ask('Wat was het slaagpercentage met de voorleesfunctie per land van herkomst?');
    expect(r.status).toBe('no-answer');
    expect(r.reason).toMatchObject({ shortfall: { kind: 'breakdown', dimension: 'land van herkomst', questionNumber: 4401 } });
    expect(noAnswerMessage(r.reason!)).toContain('geeft geen opsplitsing per land van herkomst');
    // Without the breakdown, the same passage answers.
    expect((await ask('Wat was het slaagpercentage met de voorleesfunctie?')).status).toBe('answered');
  });

  it('asked in keywords alone ("… per land van herkomst"), is still a request for its figures', async () => {
    const r = await ask('slaagpercentage voorleesfunctie per land van herkomst');
    expect(r.status).toBe('no-answer');
    expect(r.reason).toMatchObject({ shortfall: { kind: 'breakdown', dimension: 'land van herkomst', questionNumber: 4401 } });
    expect((await ask('slaagpercentage voorleesfunctie')).status).toBe('answered');
  });

  it('that names it only to say it is not available says so itself', async () => {
    const r = await ask('Hoeveel laptops met schade werden in 2023 teruggebracht, per regio?');
    expect(r.status).toBe('no-answer');
    expect(r.reason).toMatchObject({ shortfall: { kind: 'unavailable' } });
    expect(noAnswerMessage(r.reason!)).toContain('Een opsplitsing per regio is nog niet beschikbaar.');
  });

  it('that gives a table of its places answers', async () => {
    const r = await ask('Hoeveel nieuwkomers werden in 2023 vrijwilliger in een sportclub, per provincie?');
    expect(r.status).toBe('answered');
    expect(r.passages[0]).toMatchObject({ questionNumber: 4402 });
  });

  it('of a group narrowed by sex does not answer with the figures of all, nor with a share of the group alone', async () => {
    const r = await ask('Hoeveel vrouwelijke nieuwkomers werden in 2023 vrijwilliger in een sportclub, per provincie?');
    expect(r.status).toBe('no-answer');
    // Without a breakdown, a passage that never speaks of the group does not answer for it either.
    const men = await ask('Hoeveel mannelijke nieuwkomers werden in 2023 vrijwilliger in een sportclub?');
    expect(men.status).toBe('no-answer');
    expect((await ask('Hoeveel nieuwkomers werden in 2023 vrijwilliger in een sportclub?')).status).toBe('answered');
  });

  it('in a place, of a group narrowed by sex, is not the place\'s figure for all beside a share of the group for all', async () => {
    const r = await ask('Hoeveel vrouwen werden in 2023 vrijwilliger in een sportclub in Limburg?');
    expect(r.status).toBe('no-answer');
    expect((await ask('Hoeveel nieuwkomers werden in 2023 vrijwilliger in een sportclub in Limburg?')).status).toBe('answered');
    // A document about the group gives its figures per place.
    expect((await ask('Hoeveel vrouwelijke deelnemers startten in 2023 aan Eigen Koers in Limburg?')).status).toBe('answered');
  });

  it('of a group the whole document is about answers with its table', async () => {
    const r = await ask('Hoeveel vrouwelijke deelnemers startten in 2023 aan Eigen Koers, per provincie?');
    expect(r.status).toBe('answered');
    expect(r.passages[0]).toMatchObject({ questionNumber: 4403 });
  });
});

const FIRST_AID = writtenQuestion({
  number: 4404,
  date: '3 maart 2025',
  title: 'Eerste hulp  -  EHBO-cursussen voor inburgeraars',
  questions: [
    'Veel nieuwkomers durven een slachtoffer niet te helpen. Toch zouden vrouwen minder deelnemen, omdat de groepen gemengd zijn.',
    '1. Hoeveel inburgeraars volgden in 2024 een EHBO-cursus? Graag een opsplitsing per provincie.',
  ],
  answers: ['1. In 2024 volgden 633 inburgeraars een EHBO-cursus.\n\nProvincie          deelnemers\nAntwerpen               402\nLimburg                 231\nTotaal                  633\n\nOngeveer 47 procent van de deelnemers is een vrouw.'],
});
const BUS_DRIVERS = writtenQuestion({
  number: 4405,
  date: '14 april 2025',
  title: 'Openbaar vervoer  -  Nieuwkomers in de opleiding tot buschauffeur',
  questions: ['1. Hoeveel nieuwkomers startten in 2024 met de opleiding?'],
  // Weakly related: it shares only the year, and is about neither the course nor Limburg.
  answers: ['1. In 2024 startten 526 nieuwkomers de opleiding tot buschauffeur.'],
});

describe('a group narrowed by sex in a place, where only the introduction speaks of the group', () => {
  const corpus = useIndexedCorpus((dir) => {
    writeFileSync(join(dir, '4404.txt'), FIRST_AID);
    writeFileSync(join(dir, '4405.txt'), BUS_DRIVERS);
  });
  const ask = (q: string) => answer(q, {}, { index: corpus.index, embedder: null });

  it("is not counted by the place's figure for all: the introduction's sketch says nothing of what the table counts", async () => {
    const r = await ask('Hoeveel vrouwen volgden in 2024 een EHBO-cursus in Limburg?');
    expect(r.status).toBe('no-answer');
    // The reason is the better match's, not why a weaker passage is about something else.
    expect(r.reason).toMatchObject({ shortfall: { kind: 'place-figures', place: 'Limburg', counted: 'vrouwen', questionNumber: 4404 } });
    expect((await ask('Hoeveel inburgeraars volgden in 2024 een EHBO-cursus in Limburg?')).status).toBe('answered');
  });
});
