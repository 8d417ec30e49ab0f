import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { countsUnaskedPart, singlesOutPart } from '../../src/answer/narrowed-count.js';
import { queryTerms } from '../../src/answer/query.js';
import { useIndexedCorpus } from '../helpers/workspace.js';
import { writtenQuestion } from '../helpers/written-question.js';

const PART = 'a) Van de leden die bij hun aansluiting nog geen Nederlands spraken, volgden er in 2025 in totaal 612 een cursus.';

describe('a count of a part a clause singles out', () => {
  it('is a part when the clause holds words the question does not use', () => {
    expect(countsUnaskedPart([PART], queryTerms('Hoeveel leden volgden in 2025 in totaal een taalcursus?'))).toBe(true);
    // Asked with the clause's own words, it is the part asked.
    expect(countsUnaskedPart([PART], queryTerms('Hoeveel leden die bij hun aansluiting nog geen Nederlands spraken, volgden een taalcursus?'))).toBe(false);
    // A count without such a clause is no part.
    expect(countsUnaskedPart(['In 2025 volgden 2.480 leden een taalcursus bij de club.'], queryTerms('Hoeveel leden volgden een taalcursus?'))).toBe(false);
  });

  it('is asked for when the question singles out the part itself', () => {
    expect(singlesOutPart('Among members who spoke no Dutch when they joined, how many took a course?')).toBe(true);
    expect(singlesOutPart('Hoeveel van de leden die geen Nederlands spraken, volgden een cursus?')).toBe(true);
    expect(singlesOutPart('Hoeveel leden volgden een taalcursus?')).toBe(false);
  });

  const clubs = useIndexedCorpus((dir) =>
    writeFileSync(
      join(dir, '4401.txt'),
      writtenQuestion({
        number: 4401,
        date: '3 maart 2026',
        title: 'Sport  -  Taalcursussen in sportclubs',
        questions: [
          '1. De clubs bieden sinds 2024 taalcursussen aan.',
          'a) Hoeveel leden die bij hun aansluiting nog geen Nederlands spraken, volgden eind 2025 een taalcursus?',
          'b) Hoeveel van hen haalden een attest?',
        ],
        answers: [
          '1. Eind 2025 hadden in totaal 2.480 leden een taalcursus gevolgd bij een sportclub.',
          PART,
          'b) Van die 612 leden haalden er 401 een attest.',
        ],
      }),
    ),
  );

  it('gives way to the lead of its item, which counts the whole group asked', async () => {
    const r = await answer('Hoeveel leden volgden eind 2025 in totaal een taalcursus bij een sportclub?', {}, { index: clubs.index, embedder: null });
    expect(r.passages[0]?.quote.text).toContain('2.480');
    // The part is still the answer for a question that singles it out.
    const part = await answer('Hoeveel leden die bij hun aansluiting nog geen Nederlands spraken, volgden in 2025 een taalcursus?', {}, { index: clubs.index, embedder: null });
    expect(part.passages[0]?.quote.text).toContain('612');
  });
});
