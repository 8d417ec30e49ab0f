import { describe, expect, it } from 'vitest';
import { askedRate, givesRate } from '../../src/answer/rate.js';

describe('askedRate', () => {
  it('reads a rate per unit of time, per one of something, and an average, in Dutch and English', () => {
    expect(askedRate('Hoeveel verdient een stagiair per maand?')).toEqual({ words: 'per maand', timeUnit: 'maand' });
    expect(askedRate('Wat kost het project per deelnemer?')).toEqual({ words: 'per deelnemer', timeUnit: null });
    expect(askedRate('Welke subsidie krijgt een vereniging jaarlijks?')).toEqual({ words: 'per jaar', timeUnit: 'jaar' });
    expect(askedRate('How much does a tutor earn a month?')).toEqual({ words: 'per maand', timeUnit: 'maand' });
    expect(askedRate('What does the course cost per participant?')).toEqual({ words: 'per participant', timeUnit: null });
    expect(askedRate('Hoe lang wacht een kandidaat gemiddeld?')).toEqual({ words: 'gemiddeld', timeUnit: null });
    expect(askedRate('What is the average waiting time?')).toEqual({ words: 'gemiddeld', timeUnit: null });
  });

  it('reads the cost of one of something, asked by "one" or an article, as a rate per that one', () => {
    expect(askedRate('What does one home visit by a midwife cost the project?')).toEqual({ words: 'per visit', timeUnit: null });
    expect(askedRate('Wat kost één vaccindosis?')).toEqual({ words: 'per vaccindosis', timeUnit: null });
    expect(askedRate('What is the cost of a single dose?')).toEqual({ words: 'per dose', timeUnit: null });
    // What the whole costs is a total.
    expect(askedRate('Hoeveel kost het project?')).toBeNull();
    expect(askedRate('What does the project cost?')).toBeNull();
  });

  it('reads what one person earns as a figure for each one, and what people earned together as none', () => {
    expect(askedRate('Hoeveel verdient een matroos na de opleiding?')).toEqual({ words: 'per persoon', timeUnit: null });
    expect(askedRate('What salary does a junior developer earn after the course?')).toEqual({ words: 'per persoon', timeUnit: null });
    expect(askedRate('How much does a deckhand earn?')).toEqual({ words: 'per persoon', timeUnit: null });
    expect(askedRate('Wat verdient een installateur van warmtepompen na de opleiding?')).toEqual({ words: 'per persoon', timeUnit: null });
    expect(askedRate('Hoeveel verdienden de kunstenaars samen met hun opdrachten?')).toBeNull();
  });

  it('reads no rate in a breakdown, a delay or a plain count', () => {
    expect(askedRate('Hoeveel deelnemers waren er per provincie?')).toBeNull();
    expect(askedRate('How many participants per country of origin?')).toBeNull();
    expect(askedRate('How many still had a job a year after the course?')).toBeNull();
    expect(askedRate('Hoeveel deelnemers telde het project in 2024?')).toBeNull();
    expect(askedRate('What does the new rule mean for the number of tenants?')).toBeNull();
    // An adjective names a thing; the rate is asked by an adverb.
    expect(askedRate('Do participants keep a monthly budget after the course?')).toBeNull();
    expect(askedRate('Hoeveel bedraagt de jaarlijkse bijdrage van de gemeente?')).toBeNull();
    expect(askedRate('How much do tenants pay monthly?')).toEqual({ words: 'per maand', timeUnit: 'maand' });
  });
});

describe('givesRate', () => {
  const perMonth = askedRate('Hoeveel verdient een begeleider per maand?')!;
  const perHead = askedRate('Wat kost de cursus per deelnemer?')!;

  it('is not given by a total', () => {
    expect(givesRate(['Het project kreeg een budget van 420.000 euro.'], perHead)).toBe(false);
    expect(givesRate(['De begeleiders ontvingen samen 96.000 euro.'], perMonth)).toBe(false);
  });

  it('is given by a figure for each one, however the passage words it', () => {
    expect(givesRate(['Dat komt neer op 310 euro per cursist.'], perHead)).toBe(true);
    expect(givesRate(['De kostprijs bedroeg gemiddeld 310 euro.'], perHead)).toBe(true);
    expect(givesRate(['Een cursus kost 310 euro.'], perHead)).toBe(true);
    expect(givesRate(['Voor een daguitstap betaalt een volwassene hoogstens 5 euro.'], askedRate('Wat kost een dagtrip?')!)).toBe(true);
    expect(givesRate(['b) Elke begeleider ontvangt maandelijks 1.450 euro.'], perMonth)).toBe(true);
  });

  it('is not given by a project\'s budget when one person\'s wage is asked', () => {
    const wage = askedRate('Hoeveel verdient een matroos na de opleiding?')!;
    expect(givesRate(['Voor 2026 is voor het project een budget van 2,05 miljoen euro voorzien.'], wage)).toBe(false);
    // A figure for each year is none for each one: "telkens" after the years named, "jaarlijks".
    expect(givesRate(['Voor 2026 en 2027 wordt telkens 3,6 miljoen euro ingeschreven.'], wage)).toBe(false);
    expect(givesRate(['Het project krijgt jaarlijks 40.000 euro.'], perHead)).toBe(false);
    expect(givesRate(['Elke deelnemer krijgt 40 euro per maand.'], perHead)).toBe(true);
    expect(givesRate(['Een matroos verdient bij de start ongeveer 2.300 euro bruto per maand.'], wage)).toBe(true);
  });

  it('is not given by a rate per another unit of time, but a year is given by a year', () => {
    expect(givesRate(['Een begeleider krijgt 40 euro per huisbezoek en 12 euro per uur.'], perMonth)).toBe(false);
    expect(givesRate(['Een begeleider krijgt 1.450 euro per maand.'], perMonth)).toBe(true);
    const perYear = askedRate('Hoeveel kost de dienst per jaar?')!;
    expect(givesRate(['In 2024 kostte de dienst 180.000 euro.'], perYear)).toBe(true);
    expect(givesRate(['De dienst krijgt 15.000 euro per academiejaar.'], perYear)).toBe(true);
  });
});
