import { beforeAll, describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/corpus/lexicon.js';
import { infinitivesOfFinite, infinitivesOfParticiple } from '../../src/search/participle.js';

beforeAll(() => loadLexicon());

describe('infinitivesOfParticiple: the verb a Dutch past participle belongs to', () => {
  it.each([
    ['afgerond', 'afronden'], // a separable particle before ge-
    ['ingediend', 'indienen'],
    ['opgevangen', 'opvangen'], // a strong verb
    ['geregistreerd', 'registreren'], // a long vowel written single in the open syllable
    ['gemaakt', 'maken'],
    ['gestopt', 'stoppen'], // a short vowel keeps its sound by doubling the consonant
    ['geleefd', 'leven'], // a voiced v written f at the end of the stem
    ['gestart', 'starten'], // a stem in t takes no ending
    ['goedgekeurd', 'goedkeuren'],
    ['geweigerd', 'weigeren'], // an unstressed vowel does not double
  ])('%s → %s', (participle, infinitive) => expect(infinitivesOfParticiple(participle)).toContain(infinitive));

  it('gives nothing for words that are no participle of a verb the lexicon knows', () => {
    expect(infinitivesOfParticiple('gemeente')).toEqual([]);
    expect(infinitivesOfParticiple('afronden')).toEqual([]);
    expect(infinitivesOfParticiple('gestart')).not.toContain('starren'); // 't kofschip: star would take -d
  });
});

describe('infinitivesOfFinite: the weak verb a finite form belongs to', () => {
  it.each([
    ['afhaakten', 'afhaken'], // a past plural; a long vowel written single in the open syllable
    ['afhaakte', 'afhaken'],
    ['uitvalt', 'uitvallen'], // a present singular; a short vowel doubles its consonant
    ['samenwerken', 'samenwerken'], // a plural is the infinitive itself
  ])('%s → %s', (form, infinitive) => expect(infinitivesOfFinite(form)).toContain(infinitive));

  it('gives no other verb for a strong past, and nothing for a word that is no verb form the lexicon knows', () => {
    expect(infinitivesOfFinite('uitvielen')).not.toContain('uitvallen');
    expect(infinitivesOfFinite('gemeente')).toEqual([]);
  });
});
