import { describe, expect, it } from 'vitest';
import { resolveCitation } from '../../src/answer/passage.js';
import type { ParsedDocument } from '../../src/corpus/types.js';

const doc = (id: string, questionNumber: number, date: string | null) => ({ id, questionNumber, date, title: `vraag ${id}` }) as ParsedDocument;
const [a, b, c, d, e, f] = [doc('a', 262, '2018-01-31'), doc('b', 262, '2015-02-10'), doc('c', 779, '2017-08-07'), doc('d', 100, null), doc('e', 300, '2019-01-01'), doc('f', 300, '2019-01-01')];
const docs = [a, b, c, d, e, f];

describe('cited questions resolve by number and date', () => {
  it('the cited date picks among documents with the same number', () => {
    expect(resolveCitation(docs, { number: 262, date: '2018-01-31' })).toEqual({ target: a, ambiguous: false });
    expect(resolveCitation(docs, { number: 262, date: '2015-02-10' })).toEqual({ target: b, ambiguous: false });
  });
  it('a date no document of that number has: not in the corpus', () => {
    expect(resolveCitation(docs, { number: 262, date: '2020-01-01' })).toEqual({ target: null, ambiguous: false });
    expect(resolveCitation(docs, { number: 779, date: '2019-03-03' })).toEqual({ target: null, ambiguous: false });
  });
  it('without a date: the one document with that number, none (ambiguous) when several', () => {
    expect(resolveCitation(docs, { number: 779, date: null })).toEqual({ target: c, ambiguous: false });
    expect(resolveCitation(docs, { number: 262, date: null })).toEqual({ target: null, ambiguous: true });
    expect(resolveCitation(docs, { number: 999, date: null })).toEqual({ target: null, ambiguous: false });
  });
  it('cannot tell: an undated candidate, or two files of the same number and date', () => {
    expect(resolveCitation(docs, { number: 100, date: '2016-05-05' })).toEqual({ target: null, ambiguous: true });
    expect(resolveCitation(docs, { number: 300, date: '2019-01-01' })).toEqual({ target: null, ambiguous: true });
  });
  it('never the citing document itself', () => {
    expect(resolveCitation(docs, { number: 262, date: null }, a)).toEqual({ target: b, ambiguous: false });
  });
});
