import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/corpus/types.js';
import { namedPeople } from '../../src/answer/people.js';

const doc = (questioner: string, minister: string) => ({ questioner, minister: { name: minister } }) as unknown as ParsedDocument;
const documents = [doc('YASMINA EL KADDOURI', 'PIETER VAN DAMME'), doc('TOM BEKAERT', 'PIETER VAN DAMME')];
const used = (w: string) => ['leraren', 'el'].includes(w);

describe('people the question names', () => {
  it('a short particle of a full name written out is a name word, not a search word', () => {
    const people = namedPeople('Wat vroeg Yasmina El Kaddouri over leraren?', documents, used);
    expect(people.questioner).toBe('kaddouri');
    expect([...people.words]).toEqual(expect.arrayContaining(['yasmina', 'el', 'kaddouri']));
    expect(people.words.has('leraren')).toBe(false);
  });
  it('the particle alone, without the name, stays a word', () => {
    expect(namedPeople('Wat betekent el in die tekst?', documents, used).words.size).toBe(0);
  });
});
