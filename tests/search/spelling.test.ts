import { describe, expect, it } from 'vitest';
import { SpellingVocabulary, withinOneEdit } from '../../src/search/spelling.js';

describe('typing errors: one edit away', () => {
  it.each([
    ['tolkopdrach', 'tolkopdracht', true], // a letter left out
    ['tolkopdrachtt', 'tolkopdracht', true], // one too many
    ['tolkopdrecht', 'tolkopdracht', true], // one wrong
    ['tolkopdrahct', 'tolkopdracht', true], // two neighbours swapped
    ['tolkopracht', 'tolkopdracht', true],
    ['tolkopdrxchx', 'tolkopdracht', false], // two edits
    ['inburgering', 'inburgeraar', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });

  const vocabulary = SpellingVocabulary.of(['tolkopdracht', 'tolkopdrachten', 'integratiepact', 'taak', 'thema', 'themaa']);
  const frequency = (t: string) => ({ thema: 9, themaa: 1 })[t] ?? 1;

  it('finds the indexed term one edit away, the more frequent of several', () => {
    expect(vocabulary.nearest('tolkopdrach', frequency)).toBe('tolkopdracht');
    expect(vocabulary.nearest('integratiepakt', frequency)).toBe('integratiepact');
    expect(vocabulary.nearest('themas', frequency)).toBe('thema');
  });

  it('leaves short terms, numbers and far-off terms alone', () => {
    expect(vocabulary.nearest('taal', frequency)).toBeNull();
    expect(vocabulary.nearest('tolkopdracht2', frequency)).toBeNull();
    expect(vocabulary.nearest('restafval', frequency)).toBeNull();
    // A term no chunk holds any more (frequency 0) is no correction.
    expect(vocabulary.nearest('tolkopdrach', () => 0)).toBeNull();
  });
});
