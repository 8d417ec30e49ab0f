import { describe, expect, it } from 'vitest';
import { terms } from '../../src/search/analyze.js';

describe('the plural of a word in accented -é', () => {
  it('meets its singular, alone or in a compound ("mantelzorgcafés", "mantelzorgcafé")', () => {
    expect(terms('mantelzorgcafés')).toEqual(terms('mantelzorgcafé'));
    expect(terms('de comités')).toEqual(terms('het comité'));
  });

  it('leaves a word that ends in -es without the accent as the stemmer has it', () => {
    expect(terms('les')).toEqual(['les']);
  });
});
