import { beforeAll, describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/corpus/lexicon.js';
import { nounsOfAdjective } from '../../src/search/derivation.js';
import { queryTerms } from '../../src/answer/query.js';
import { terms } from '../../src/search/analyze.js';

beforeAll(() => loadLexicon());

describe('the noun an adjective in -lijk is made of', () => {
  it.each([
    ['vrouwelijke', 'vrouw'],
    ['mannelijke', 'man'],
    ['gemeentelijke', 'gemeente'],
    ['jaarlijkse', 'jaar'],
    ['persoonlijk', 'persoon'],
  ])('%s → %s', (adjective, noun) => expect(nounsOfAdjective(adjective)).toEqual([noun]));

  it('is nothing for a word the lexicon does not confirm, or one without the suffix', () => {
    expect(nounsOfAdjective('waarschijnlijk')).toEqual([]);
    expect(nounsOfAdjective('gelijke')).toEqual([]);
    expect(nounsOfAdjective('vrouwen')).toEqual([]);
  });

  it('is an alternative of the adjective among a Dutch question\'s words', () => {
    const female = queryTerms('Hoeveel vrouwelijke deelnemers waren er?').find((t) => t.term === terms('vrouwelijke')[0]);
    expect(female?.alternatives).toEqual(expect.arrayContaining(terms('vrouw')));
  });
});
