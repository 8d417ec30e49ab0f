import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { askedParts, askedPeriod, givesAskedPeriod, givesYearSoFar, missedPart, missesAskedPeriod, periodsOfYear } from '../../src/answer/year-part.js';
import { noAnswerMessage } from '../../src/present/answer.js';
import { useIndexedCorpus } from '../helpers/workspace.js';
import { writtenQuestion } from '../helpers/written-question.js';

describe('the part of a year a text speaks of', () => {
  it.each([
    ['In de eerste negen maanden van 2022 waren dat er 2.761.', { from: 1, to: 9 }],
    ['Regio            2021      2022 (jan.-sept.)', { from: 1, to: 9 }],
    ['tussen januari en september 2022', { from: 1, to: 9, spanned: true }],
    ['van januari tot en met juni 2022', { from: 1, to: 6, spanned: true }],
    ['In de eerste helft van 2022 werden 64 documenten bezorgd.', { from: 1, to: 6 }],
    ['in the second half of 2022', { from: 7, to: 12 }],
    ['in het derde kwartaal van 2022', { from: 7, to: 9 }],
    ['in Q1 2022', { from: 1, to: 3 }],
    ['tot eind juni 2022', { from: 1, to: 6, untilOnly: true }],
    ['Tot 30 juni 2022 legde de inspectie 49 boetes op.', { from: 1, to: 6, untilOnly: true }],
    ['Tussen 1 januari en 30 september 2022 startten 1.893 cursisten.', { from: 1, to: 9, spanned: true }],
    // The first of a month after "tot" ends the period before it; up to December is the whole year.
    ['van 1 januari tot 1 juli 2022', { from: 1, to: 6, spanned: true }],
    ['tot 31 december 2022', { from: 1, to: 12 }],
    ['In 2022 ontvingen 3.700 nieuwkomers een pas.', { from: 1, to: 12 }],
    ['in heel 2022', { from: 1, to: 12 }],
  ])('%s', (text, period) => expect(periodsOfYear(text, '2022')).toEqual([period]));

  it('a span of dates begun in an earlier year gives the later year neither whole nor in part', () => {
    const span = 'Tussen 1 juli 2021 en 31 december 2022 werden 238 opdrachten gegund.';
    // July of the year before, counted back from 2022, is month −5.
    expect(periodsOfYear(span, '2022')).toEqual([{ from: -5, to: 12 }]);
    // A span asked from another start is another period.
    expect(givesAskedPeriod(span, 'Hoeveel opdrachten werden tussen januari 2020 en december 2022 gegund?', ['2022'])).toBe(false);
    expect(givesAskedPeriod(span, 'Hoeveel opdrachten werden tussen juli 2021 en december 2022 gegund?', ['2022'])).toBe(true);
    expect(missesAskedPeriod(span, 'Hoeveel opdrachten werden in 2022 gegund?', ['2022'])).toBe(true);
    // The span's start is a day in its own year, as it was.
    expect(periodsOfYear(span, '2021')).toEqual([]);
    // Within one year it is no span from an earlier one: a day in the year.
    expect(periodsOfYear('Tussen 1 maart 2022 en 30 juni 2022 liepen 40 opdrachten.', '2022')).toEqual([]);
    // "van" with "en" names two dates, not a span.
    expect(periodsOfYear('De wachtlijsten van juni 2021 en juni 2022 telden 300 namen.', '2022').some((p) => p.from < 1)).toBe(false);
  });

  it('a day or a month in the year, and a school year, are no period of the year', () => {
    expect(periodsOfYear('Op 1 januari 2022 sloten vier gemeenten aan. In september 2022 startte het project.', '2022')).toEqual([]);
    expect(periodsOfYear('In het schooljaar 2022-2023 volgden 1.046 cursisten les.', '2022')).toEqual([]);
  });

  it('a passage misses the period asked when it names the year, but only for another part of it', () => {
    const partial = 'In 2021 werd de pas 21.460 keer gebruikt, in de eerste negen maanden van 2022 19.875 keer.';
    const whole = 'De passen werden in 2022 in totaal 27.105 keer gebruikt en in 2023 30.842 keer.';
    const wholeYear = 'Hoe vaak werd de pas in 2022 gebruikt?';
    const firstNine = 'Hoe vaak werd de pas tussen januari en september 2022 gebruikt?';
    expect(askedPeriod(firstNine, '2022')).toEqual({ from: 1, to: 9, spanned: true });
    expect(missesAskedPeriod(partial, wholeYear, ['2022'])).toBe(true);
    expect(missesAskedPeriod(whole, wholeYear, ['2022'])).toBe(false);
    expect(missesAskedPeriod(whole, firstNine, ['2022'])).toBe(true);
    expect(givesAskedPeriod(partial, firstNine, ['2022'])).toBe(true);
    expect(givesAskedPeriod(whole, firstNine, ['2022'])).toBe(false);
    // A passage that does not name the year has no part of it to miss.
    expect(missesAskedPeriod('De pas werd vaak gebruikt.', wholeYear, ['2022'])).toBe(false);
  });

  it('up to a month ("tot eind augustus") is given by any period of the year that ends then', () => {
    const untilAugust = 'Hoeveel werd er tot eind augustus 2026 uitbetaald aan toeslagen?';
    expect(givesAskedPeriod('Tussen 1 april en 31 augustus 2026 betaalde de VDAB 40.200 euro uit.', untilAugust, ['2026'])).toBe(true);
    expect(givesAskedPeriod('Tot 31 augustus 2026 betaalde de VDAB 40.200 euro uit.', untilAugust, ['2026'])).toBe(true);
    expect(missesAskedPeriod('Tussen 1 april en 30 juni 2026 betaalde de VDAB 21.000 euro uit.', untilAugust, ['2026'])).toBe(true);
    // A span from March to August is not the first eight months.
    expect(givesAskedPeriod('Tussen 1 maart en 31 augustus 2026 betaalde de VDAB 40.200 euro uit.', 'Hoeveel werd er tussen januari en augustus 2026 uitbetaald?', ['2026'])).toBe(false);
    // A named part of the year ending then is no state up to it, nor is a span begun in an earlier year.
    expect(givesAskedPeriod('In het derde kwartaal van 2026 betaalde de VDAB 9.000 euro uit.', 'Hoeveel werd er tot eind september 2026 uitbetaald?', ['2026'])).toBe(false);
    expect(givesAskedPeriod('Tussen 1 juli 2025 en 31 augustus 2026 betaalde de VDAB 60.000 euro uit.', untilAugust, ['2026'])).toBe(false);
    // Up to December is the whole year: the second half does not give it.
    expect(givesAskedPeriod('In de tweede helft van 2026 betaalde de VDAB 30.000 euro uit.', 'Hoeveel werd er tot 31 december 2026 uitbetaald?', ['2026'])).toBe(false);
    // "in vergelijking met 1 januari 2023" names a day, not the end of a period.
    expect(periodsOfYear('Dat is meer dan in vergelijking met 1 januari 2023.', '2023')).toEqual([]);
  });
});

describe('a part of a year asked', () => {
  it('is read from the question; a whole year is no part', () => {
    expect(askedParts('Hoeveel laptops werden in de eerste helft van 2023 uitgeleend?')).toEqual([{ year: '2023', period: { from: 1, to: 6 } }]);
    expect(askedParts('Hoeveel laptops werden in 2023 uitgeleend?')).toEqual([]);
    expect(askedParts('Hoeveel laptops werden in het tweede halfjaar van 2023 uitgeleend?')).toEqual([{ year: '2023', period: { from: 7, to: 12 } }]);
  });

  it('is missed by a passage that gives the year only for other parts, the whole year among them', () => {
    const parts = askedParts('How many laptops were lent out in the first half of 2023?');
    expect(missedPart('In 2023 werden 3.318 laptops uitgeleend.', '', parts)).toBe('2023');
    expect(missedPart('In de tweede helft van 2023 werden 1.700 laptops uitgeleend.', '', parts)).toBe('2023');
    expect(missedPart('Tussen januari en juni 2023 werden 1.618 laptops uitgeleend.', '', parts)).toBeNull();
    // A passage that does not name the year, or a question item that names the part, leaves it to the other checks.
    expect(missedPart('Er werden 1.618 laptops uitgeleend.', '', parts)).toBeNull();
    expect(missedPart('In 2023 waren dat er 1.618.', 'Hoeveel laptops werden in de eerste helft van 2023 uitgeleend?', parts)).toBeNull();
  });

  it('is the whole year when the question says so outright ("in heel 2024"), which a part does not answer', () => {
    for (const q of ['Hoeveel kinderen werden in heel 2024 onderzocht?', 'How many children were examined in all of 2024?']) {
      const parts = askedParts(q);
      expect(parts).toEqual([{ year: '2024', period: { from: 1, to: 12 } }]);
      expect(missedPart('In de eerste negen maanden van 2024 waren dat er 1.951.', '', parts)).toBe('2024');
      expect(missedPart('Tussen 1 januari en 30 september 2024 waren dat er 1.951.', '', parts)).toBe('2024');
      expect(missedPart('In 2024 werden 2.610 kinderen onderzocht.', '', parts)).toBeNull();
    }
    // "heel" before anything but the year is "very".
    expect(askedParts('Werden er in 2024 heel veel kinderen onderzocht?')).toEqual([]);
  });
});

/** The first question is answered in October with nine months of figures; its follow-up gives the whole year. */
const FIRST = writtenQuestion({
  number: 3301,
  date: '9 november 2022',
  title: 'Cultuurparticipatie  -  Vrijetijdspas voor nieuwkomers',
  questions: ['1. Hoe vaak werd de vrijetijdspas met kansentarief door nieuwkomers gebruikt?'],
  answers: ['1. In 2021 werd de vrijetijdspas met kansentarief door nieuwkomers 21.460 keer gebruikt, in de eerste negen maanden van 2022 19.875 keer.'],
});
const FOLLOW_UP = writtenQuestion({
  number: 3302,
  date: '12 februari 2024',
  title: 'Cultuurparticipatie  -  Vrijetijdspas voor nieuwkomers (2)',
  questions: ['1. Hoeveel nieuwkomers kregen in 2022 en 2023 een vrijetijdspas, en hoe vaak werd die pas gebruikt?'],
  answers: ['1. In 2022 kregen 3.700 nieuwkomers een vrijetijdspas met kansentarief, in 2023 waren dat er 4.119. De passen werden in 2022 in totaal 27.105 keer gebruikt en in 2023 30.842 keer.'],
});

describe('a figure for part of the year asked', () => {
  const both = useIndexedCorpus((dir) => {
    writeFileSync(join(dir, '3301.txt'), FIRST);
    writeFileSync(join(dir, '3302.txt'), FOLLOW_UP);
  });
  const first = useIndexedCorpus((dir) => writeFileSync(join(dir, '3301.txt'), FIRST));
  const ask = (q: string, index = both.index) => answer(q, {}, { index, embedder: null });

  it('gives way to the whole year for a question about the year', async () => {
    const r = await ask('Hoe vaak werd de vrijetijdspas met kansentarief door nieuwkomers in 2022 gebruikt?');
    expect(r.passages[0]).toMatchObject({ questionNumber: 3302 });
    expect(r.passages[0]?.quote.text).toContain('27.105');
  });

  it('is the answer for a question about that part', async () => {
    const r = await ask('Hoe vaak werd de vrijetijdspas met kansentarief door nieuwkomers tussen januari en september 2022 gebruikt?');
    expect(r.passages[0]).toMatchObject({ questionNumber: 3301 });
  });

  it('is still shown when the corpus has nothing for the whole year', async () => {
    const r = await ask('Hoe vaak werd de vrijetijdspas met kansentarief door nieuwkomers in 2022 gebruikt?', first.index);
    expect(r.status).toBe('answered');
    expect(r.passages[0]).toMatchObject({ questionNumber: 3301 });
  });

  const followUp = useIndexedCorpus((dir) => writeFileSync(join(dir, '3302.txt'), FOLLOW_UP));

  it('a question about part of a year is not answered by the whole year', async () => {
    const r = await ask('Hoe vaak werd de vrijetijdspas met kansentarief door nieuwkomers in de eerste helft van 2023 gebruikt?', followUp.index);
    expect(r.status).toBe('no-answer');
    expect(r.reason).toMatchObject({ kind: 'no-passage', shortfall: { kind: 'period-figures', year: '2023', questionNumber: 3302 } });
    expect(noAnswerMessage(r.reason!)).toContain('gaan over een ander deel van 2023 dan je vraagt');
    // Nor by another part: the first nine months do not say how often in the second half.
    const other = await ask('Hoe vaak werd de vrijetijdspas met kansentarief door nieuwkomers in de tweede helft van 2022 gebruikt?', first.index);
    expect(other.reason).toMatchObject({ kind: 'no-passage', shortfall: { kind: 'period-figures', year: '2022' } });
  });

  const half = useIndexedCorpus((dir) =>
    writeFileSync(
      join(dir, '3303.txt'),
      writtenQuestion({
        number: 3303,
        date: '8 oktober 2024',
        title: 'Digitale inclusie  -  Uitleenlaptops',
        questions: ['1. Hoeveel laptops werden in de eerste helft van 2024 uitgeleend?'],
        answers: ['1. In de eerste helft van 2024 werden 1.874 laptops aan inburgeraars uitgeleend, vooral in de centrumsteden.'],
      }),
    ),
  );

  it('the numbers of a period phrase are no figures: "de eerste zes maanden" is answered by "de eerste helft"', async () => {
    const r = await ask('Hoeveel laptops werden in de eerste zes maanden van 2024 uitgeleend?', half.index);
    expect(r.status).toBe('answered');
    expect(r.passages[0]?.quote.text).toContain('1.874');
  });

  const halfAndLater = useIndexedCorpus((dir) =>
    writeFileSync(
      join(dir, '3304.txt'),
      writtenQuestion({
        number: 3304,
        date: '8 oktober 2024',
        title: 'Digitale inclusie  -  Uitleenlaptops',
        questions: ['1. Hoeveel laptops werden in de eerste helft van 2024 uitgeleend?'],
        answers: ['1. In de eerste helft van 2024 werden 1.874 laptops aan inburgeraars uitgeleend. De cijfers voor het volledige jaar 2024 verwacht ik in maart 2025.'],
      }),
    ),
  );

  it('a whole year named only as still to come is not given: the first half does not answer "heel 2024"', async () => {
    const r = await ask('Hoeveel laptops werden in heel 2024 uitgeleend?', halfAndLater.index);
    expect(r.status).toBe('no-answer');
    expect(r.reason).toMatchObject({ kind: 'no-passage', shortfall: { kind: 'period-figures', year: '2024', questionNumber: 3304 } });
    // The half it does give still answers.
    const given = await ask('Hoeveel laptops werden in de eerste helft van 2024 uitgeleend?', halfAndLater.index);
    expect(given.passages[0]?.quote.text).toContain('1.874');
  });
});

describe('the year so far, in a document of that year', () => {
  const nine = 'In de eerste negen maanden van 2025 betaalde het sociaal fonds voor 173 nieuwkomersvrouwen het onderzoek.';
  it('is the year a question asks about, unless it says the whole year outright', () => {
    expect(givesYearSoFar(nine, 'Voor hoeveel vrouwen betaalde het sociaal fonds in 2025 het onderzoek?', ['2025'], '2025')).toBe(true);
    expect(givesYearSoFar(nine, 'Voor hoeveel vrouwen betaalde het sociaal fonds in heel 2025 het onderzoek?', ['2025'], '2025')).toBe(false);
    // A document of a later year could have given the whole year.
    expect(givesYearSoFar(nine, 'Voor hoeveel vrouwen betaalde het sociaal fonds in 2025 het onderzoek?', ['2025'], '2026')).toBe(false);
    expect(givesYearSoFar('In het laatste kwartaal van 2025 waren dat er 60.', 'Hoeveel in 2025?', ['2025'], '2025')).toBe(false);
  });

  const soFar = useIndexedCorpus((dir) => {
    writeFileSync(
      join(dir, '3311.txt'),
      writtenQuestion({
        number: 3311,
        date: '9 december 2025',
        title: 'Bevolkingsonderzoek  -  Sociaal fonds voor nieuwkomersvrouwen',
        questions: ['1. Voor hoeveel nieuwkomersvrouwen zonder ziekenfonds betaalde het sociaal fonds het onderzoek?'],
        answers: [`1. ${nine.replace('nieuwkomersvrouwen', 'nieuwkomersvrouwen zonder ziekenfonds')}`],
      }),
    );
    writeFileSync(
      join(dir, '3312.txt'),
      writtenQuestion({
        number: 3312,
        date: '4 maart 2025',
        title: 'Bevolkingsonderzoek  -  Evaluatie',
        questions: ['1. Welk budget is er voor het sociaal fonds voorzien?'],
        answers: ['1. Voor 2025 is voor het sociaal fonds een budget van 120.000 euro voorzien. Het onderzoek van de vrouwen wordt geëvalueerd.'],
      }),
    );
  });

  it('is not replaced by a passage that names the whole year but covers the question less', async () => {
    const r = await answer('Voor hoeveel nieuwkomersvrouwen zonder ziekenfonds betaalde het sociaal fonds in 2025 het onderzoek?', {}, { index: soFar.index, embedder: null });
    expect(r.passages[0]).toMatchObject({ questionNumber: 3311 });
  });
});

