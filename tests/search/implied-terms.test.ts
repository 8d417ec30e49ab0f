import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/corpus/lexicon.js';
import { completeElision, documentTerms, impliedTerms, terms } from '../../src/search/analyze.js';
import { answer } from '../../src/answer/index.js';
import { useIndexedCorpus } from '../helpers/workspace.js';
import { writtenQuestion } from '../helpers/written-question.js';

describe('the words a document writes without spelling them out', () => {
  beforeAll(async () => {
    await loadLexicon();
  });

  it.each([
    ['dak', 'thuisloos', 'dakloos'],
    ['taal', 'inburgeringsbeleid', 'taalbeleid'],
    ['in', 'uitstroom', 'instroom'],
    ['werk', 'leefomstandigheden', 'werkomstandigheden'],
  ])('an elision: %s- en %s → %s', (modifier, compound, whole) => expect(completeElision(modifier, compound)).toBe(whole));

  it('no seam, no word: an elision the lexicon cannot complete gives nothing', () => {
    expect(completeElision('qzx', 'thuisloos')).toBeNull();
  });

  it('a hyphenated compound is also the word written joined; a range of years is not', () => {
    expect(impliedTerms('Een school die een voormalige OKAN-leerling inschrijft')).toEqual(terms('okanleerling'));
    expect(impliedTerms('In het schooljaar 2022-2023')).toEqual([]);
    expect(impliedTerms('Zonder streepje')).toEqual([]);
  });

  it('a separable verb split by "te" is also the verb written joined; "te" before any other word is not', () => {
    expect(impliedTerms('een vast percentage opvangplaatsen voor te behouden voor ouders')).toEqual(terms('voorbehouden'));
    expect(impliedTerms('om hun kennis van het Nederlands aan te tonen')).toEqual(terms('aantonen'));
    // "op te lang" is no verb, and "te" after a word that is no particle joins nothing.
    expect(impliedTerms('de wachttijd is op te lang')).toEqual([]);
    expect(impliedTerms('het is moeilijk te zeggen')).toEqual([]);
  });

  it('a separable verb whose particle closes the clause is also the verb written joined, and its infinitive', () => {
    // "Why did people drop out" asks "afhaken", which the answer writes "haakten … af".
    expect(impliedTerms('In totaal haakten 58 cursisten af, vooral omdat het examen te moeilijk bleek.')).toEqual(expect.arrayContaining(terms('afhaken')));
    expect(impliedTerms('Wie valt er uit?')).toEqual(expect.arrayContaining(terms('uitvallen')));
    // A particle that does not close its clause is a preposition; one that joins no word the lexicon knows joins nothing.
    expect(impliedTerms('Het agentschap neemt contact op met de gemeente.')).toEqual([]);
    expect(impliedTerms('De cijfers van de gemeenten zitten er nog niet in.')).not.toEqual(expect.arrayContaining(terms('incijfers')));
  });

  it('an elided compound is among the document’s terms', () => {
    expect(documentTerms('Hoeveel erkende vluchtelingen zijn dak- of thuisloos?')).toEqual(expect.arrayContaining(terms('dakloos')));
    expect(documentTerms('het taal- en inburgeringsbeleid')).toEqual(expect.arrayContaining(terms('taalbeleid')));
  });
});

describe('a question in the words the document implies', () => {
  const DOC = writtenQuestion({
    number: 2301,
    questioner: 'TIMO VOORBEELDER',
    title: 'Huisvesting  -  Woonst voor erkende vluchtelingen',
    questions: [
      '1. Hoeveel erkende vluchtelingen vonden in 2024 een woning op de private huurmarkt?',
      '2. Hoeveel erkende vluchtelingen zijn dak- of thuisloos?',
      '3. Welke begeleiding krijgen voormalige OKAN-leerlingen?',
      '4. Hoeveel geld gaat er naar de begeleiding van nieuwkomers op de huurmarkt?',
    ],
    answers: [
      '1. In 2024 vonden 2.140 erkende vluchtelingen een woning op de private huurmarkt.',
      '2. Daarover zijn geen cijfers beschikbaar.',
      '3. Een school die een voormalige OKAN-leerling inschrijft, krijgt daarvoor middelen: in totaal 3,1 miljoen euro.',
      '4. Voor de begeleiding van nieuwkomers op de huurmarkt gaat er in 2024 2 miljoen euro naar de woonwinkels.',
    ],
  });
  const housing = useIndexedCorpus((dir) => writeFileSync(join(dir, 'woonst.txt'), DOC));
  const ask = (q: string) => answer(q, {}, { index: housing.index, embedder: null });

  it('"dakloosheid" finds the question that asks about "dak- of thuisloos"', async () => {
    const r = await ask('Wat vroeg Voorbeelder over dakloosheid?');
    expect(r.status).toBe('answered');
    expect(r.passages[0]).toMatchObject({ part: 'vraag', item: '2' });
  });

  it('"okanleerlingen" finds the answer about "OKAN-leerling"', async () => {
    const r = await ask('hoeveel geld ging er naar de begeleiding van okanleerlingen');
    expect(r.passages[0]).toMatchObject({ part: 'antwoord', item: '3' });
  });
});
