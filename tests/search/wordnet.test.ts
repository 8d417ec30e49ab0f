import { describe, expect, it } from 'vitest';
import { wordnetDutch, wordnetDutchPhrase } from '../../src/search/wordnet.js';
import { englishCognates } from '../../src/answer/english.js';
import { buildTable, dutchBySynset, indexEntries, tableSource } from '../../scripts/build-wordnet.js';

describe('English → Dutch through the open wordnets (resources/wordnet/en-nl.tsv)', () => {
  it('renders an inflected English word by its lemma', () => {
    expect(wordnetDutch('victims')).toContain('slachtoffer');
    expect(wordnetDutch('Truancy')).toContain('spijbelen');
    // An irregular form is a row of its own ("spent" → spend); "women" is undone by an ending rule.
    expect(wordnetDutch('spent')).toContain('besteden');
    expect(wordnetDutch('women')).toContain('vrouw');
  });

  it('undoes an ending only in the part of speech that inflects that way', () => {
    // "fastest" is the adjective; the noun "fast" (vasten) has no superlative.
    expect(wordnetDutch('fast')).toContain('vasten');
    expect(wordnetDutch('fastest')).not.toContain('vasten');
  });

  it('renders two-word terms the wordnets list, the head inflected', () => {
    expect(wordnetDutchPhrase('waiting', 'lists')).toEqual(['wachtlijst']);
    expect(wordnetDutchPhrase('nursing', 'homes')).toContain('verpleeghuis');
    expect(wordnetDutchPhrase('weather', 'award')).toEqual([]);
  });

  it('has nothing for words it does not list or that are no words', () => {
    expect(wordnetDutch('integratiepact')).toEqual([]);
    expect(wordnetDutch('2024')).toEqual([]);
    expect(wordnetDutch('e-learning')).toEqual([]);
  });
});

describe('wordnet renderings spelled like the English word are its cognates', () => {
  it('counts a rendering one letter off, a hard c as k ("camps" kamp, "leaders" leider)', () => {
    const cognates = englishCognates('How many camp leaders took part in the summer camps?');
    expect(cognates.get('camp')).toContain('kamp');
    expect(cognates.get('camps')).toContain('kamp');
    expect(cognates.get('leaders')).toContain('leider');
  });
  it('leaves the renderings that look nothing like the word to the search alone ("nickname" is naam in one sense)', () => {
    expect(wordnetDutch('nickname')).toContain('naam');
    expect(englishCognates('What is his nickname?').get('nickname')).toBeUndefined();
    // Short words one letter apart are mostly other words: only the same sound counts.
    expect(englishCognates('What is a good recipe?').get('good')).toBeUndefined();
    expect(englishCognates('How many places are left?').get('places')).toBeUndefined();
  });
});

describe('building the table (npm run build:wordnet)', () => {
  // Princeton index lines: lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…
  const nouns = ['  1 this is a licence line', 'party n 2 1 @ 2 1 00000001 00000002 ', 'join n 1 1 @ 1 0 00000003 ', 'truancy n 1 1 @ 1 0 00000004 '].join('\n');
  const verbs = ['party v 1 1 @ 1 0 00000005 ', 'join v 2 1 @ 2 2 00000006 00000007 '].join('\n');
  const omw = [
    '# Open Dutch WordNet\tnld\turl\tlicence',
    '00000001-n\tnld:lemma\tpartij',
    '00000002-n\tnld:lemma\tfeest',
    '00000003-n\tnld:lemma\tverbinding',
    '00000004-n\tnld:lemma\tspijbelen',
    '00000005-v\tnld:lemma\tfuiven',
    '00000006-v\tnld:lemma\taansluiten',
    '00000006-v\tnld:def\tzich aansluiten bij',
    '00000007-v\tnld:lemma\tsamen voegen',
  ].join('\n');
  const table = buildTable([...indexEntries(nouns, 'n'), ...indexEntries(verbs, 'v')], dutchBySynset([omw]), [['joined', 'join', 'v']]);

  it('keeps the senses the sense-tagged corpus saw, and first senses of lemmas it never saw', () => {
    expect(table.get('party')).toEqual(new Map([['n', ['partij']]]));
    // "join" was seen as a verb only: the noun is a rare use.
    expect(table.get('join')).toEqual(new Map([['v', ['aansluiten']]]));
    expect(table.get('truancy')).toEqual(new Map([['n', ['spijbelen']]]));
  });

  it('adds irregular forms as rows of their lemma, and keeps single-word lemmas only', () => {
    expect(table.get('joined')).toEqual(new Map([['v', ['aansluiten']]]));
    expect(tableSource(table).split('\n').filter((l) => !l.startsWith('#') && l)).toEqual([
      'join\tv\taansluiten',
      'joined\tv\taansluiten',
      'party\tn\tpartij',
      'truancy\tn\tspijbelen',
    ]);
  });
});
