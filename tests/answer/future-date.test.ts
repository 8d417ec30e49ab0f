import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { asksIfMetBy, asksWhenItWill, givesDateAhead } from '../../src/answer/tense.js';
import { useIndexedCorpus } from '../helpers/workspace.js';
import { writtenQuestion } from '../helpers/written-question.js';
import { asksOriginalPlan } from '../../src/answer/asking.js';

describe('a question about when something is still to happen', () => {
  it('is told by its wording, not by any "when"', () => {
    expect(asksWhenItWill('When will the new reading rooms open?')).toBe(true);
    expect(asksWhenItWill('Wanneer zullen de leesclubs starten?')).toBe(true);
    // A date a past answer expected is asked in the past tense.
    expect(asksWhenItWill('Tegen wanneer verwachtte de minister de resultaten?')).toBe(false);
    expect(asksWhenItWill('From when did the minister plan to open them?')).toBe(false);
    expect(asksWhenItWill('When did the reading rooms open?')).toBe(false);
    expect(asksWhenItWill('Wanneer opende de leeszaal?')).toBe(false);
  });

  it('is answered by a date the passage gives as to come, or later than it was written', () => {
    const frame = { askedOn: '2025-05-08', answeredOn: null, asksDecision: false };
    expect(givesDateAhead([{ text: 'De leeszaal opent op 1 september 2026.' }], frame)).toBe(true);
    expect(givesDateAhead([{ text: 'De leeszaal zal in het najaar openen.' }], frame)).toBe(true);
    expect(givesDateAhead([{ text: 'De leeszaal zal openen zodra er personeel is.' }], frame)).toBe(false);
    expect(givesDateAhead([{ text: 'De leeszaal opende op 3 maart 2024.' }], frame)).toBe(false);
  });
});

const FIRST = writtenQuestion({
  number: 4901,
  date: '8 mei 2025',
  title: 'Bibliotheken  -  Stille leeszalen voor studerende nieuwkomers',
  questions: ['1. Wanneer opent de stille leeszaal voor studerende nieuwkomers?'],
  answers: ['1. Op 3 maart 2024 opende de eerste stille leeszaal voor studerende nieuwkomers in de bibliotheek.'],
});
const LATER = writtenQuestion({
  number: 4902,
  date: '14 april 2026',
  title: 'Bibliotheken  -  Stille leeszalen voor studerende nieuwkomers (2)',
  questions: ['Met schriftelijke vraag nr. 4901 van 8 mei 2025 vroeg ik naar de stille leeszalen.', '1. Hoe ver staat de tweede leeszaal?'],
  answers: ['1. De tweede stille leeszaal opent op 1 september 2026.'],
});
const OTHER = writtenQuestion({
  number: 4903,
  title: 'Onderwijs  -  Taalbaden in het secundair onderwijs',
  questions: ['1. Hoeveel leerlingen volgden in 2024 een taalbad?'],
  answers: ['1. In 2024 volgden 1.310 leerlingen een taalbad in het secundair onderwijs.'],
});

describe('a date still to come, across a question and its follow-up', () => {
  const corpus = useIndexedCorpus((dir) => {
    writeFileSync(join(dir, 'leeszaal-1.txt'), FIRST);
    writeFileSync(join(dir, 'leeszaal-2.txt'), LATER);
    writeFileSync(join(dir, 'taalbad.txt'), OTHER);
  });

  it('comes from the answer that gives it as to come, not from a past date of a better match', async () => {
    const r = await answer('Wanneer zal de stille leeszaal voor studerende nieuwkomers openen?', {}, { index: corpus.index, embedder: null });
    expect(r.passages[0]).toMatchObject({ questionNumber: 4902 });
  });
});

describe('whether a plan will be met by a deadline', () => {
  it('is told by "will … by" and a year', () => {
    expect(asksIfMetBy('Will the new classrooms really be ready by September 2027?')).toBe(true);
    expect(asksIfMetBy('Zullen de klaslokalen tegen eind 2027 klaar zijn?')).toBe(true);
    expect(asksIfMetBy('Will the classrooms be bigger?')).toBe(false);
    expect(asksIfMetBy('How many classrooms were ready by 2025?')).toBe(false);
  });

  const PLAN = writtenQuestion({
    number: 4911,
    date: '2 juni 2025',
    title: 'Onderwijs  -  Extra klaslokalen voor onthaalklassen',
    questions: ['1. Hoeveel extra klaslokalen komen er voor de onthaalklassen?'],
    answers: ['1. Tegen september 2027 wil ik 40 extra klaslokalen voor de onthaalklassen laten bouwen, zodat ze klaar zijn voor het schooljaar 2027-2028, met een budget van 18 miljoen euro.'],
  });
  const REVISED = writtenQuestion({
    number: 4912,
    date: '20 mei 2026',
    title: 'Onderwijs  -  Extra klaslokalen voor onthaalklassen (2)',
    questions: ['Met schriftelijke vraag nr. 4911 van 2 juni 2025 vroeg ik naar de extra klaslokalen.', '1. Hoe ver staat de bouw van de 40 extra klaslokalen?'],
    answers: ['1. Twaalf zijn klaar; de andere halen september 2027 niet.'],
  });
  const corpus = useIndexedCorpus((dir) => {
    writeFileSync(join(dir, 'klas-1.txt'), PLAN);
    writeFileSync(join(dir, 'klas-2.txt'), REVISED);
  });

  it('is answered by the follow-up that says how the plan stands, not by the plan', async () => {
    const r = await answer('Will the 40 extra classrooms for the reception classes really be ready by September 2027?', {}, { index: corpus.index, embedder: null });
    expect(r.passages[0]).toMatchObject({ questionNumber: 4912 });
  });
});

describe('the plan as first announced', () => {
  it('is told by "oorspronkelijk", "initieel", "originally", not by any plan', () => {
    expect(asksOriginalPlan('Wanneer moesten de leesclubs oorspronkelijk starten?')).toBe(true);
    expect(asksOriginalPlan('Wat was de initiële planning voor de leesclubs?')).toBe(true);
    expect(asksOriginalPlan('When were the reading clubs originally meant to start?')).toBe(true);
    expect(asksOriginalPlan('What was the original deadline for the reading clubs?')).toBe(true);
    expect(asksOriginalPlan('When do the reading clubs start?')).toBe(false);
    expect(asksOriginalPlan('Which original languages do the books use?')).toBe(false);
  });

  const ANNOUNCED = writtenQuestion({
    number: 4921,
    date: '3 maart 2025',
    title: 'Volwassenenonderwijs  -  Avondcursussen Nederlands voor ploegarbeiders',
    questions: ['1. Vanaf wanneer kunnen ploegarbeiders een avondcursus Nederlands volgen?'],
    answers: ['1. Vanaf 1 september 2025 kunnen ploegarbeiders in elk centrum een avondcursus Nederlands volgen. De centra krijgen daarvoor samen 300.000 euro per jaar; de lessen vallen op dinsdag- en donderdagavond, na de late ploeg van de meeste bedrijven in de regio.'],
  });
  const DELAYED = writtenQuestion({
    number: 4922,
    date: '10 november 2025',
    title: 'Volwassenenonderwijs  -  Avondcursussen Nederlands voor ploegarbeiders (2)',
    questions: ['Met schriftelijke vraag nr. 4921 van 3 maart 2025 vroeg ik naar de avondcursussen.', '1. Kunnen ploegarbeiders intussen een avondcursus Nederlands volgen in elk centrum?'],
    answers: ['1. Nee. Ploegarbeiders kunnen pas vanaf 1 februari 2026 in elk centrum een avondcursus Nederlands volgen. Een avondcursus Nederlands voor ploegarbeiders vraagt extra lesgevers, die de centra eerst moeten aanwerven.'],
  });
  const corpus = useIndexedCorpus((dir) => {
    writeFileSync(join(dir, 'avond-1.txt'), ANNOUNCED);
    writeFileSync(join(dir, 'avond-2.txt'), DELAYED);
  });

  it('comes from the question the follow-up cites, where it answers as well', async () => {
    const r = await answer('Vanaf wanneer konden ploegarbeiders oorspronkelijk een avondcursus Nederlands volgen in elk centrum?', {}, { index: corpus.index, embedder: null });
    expect(r.passages[0]).toMatchObject({ questionNumber: 4921 });
  });
});
