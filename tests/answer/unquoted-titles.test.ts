import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { titlesNamedUnquoted } from '../../src/answer/known-titles.js';
import { useIndexedCorpus } from '../helpers/workspace.js';
import { writtenQuestion } from '../helpers/written-question.js';

/** A project the documents name in quotes; its evaluation is planned in an item that does not repeat the name. */
const OUTREACH = writtenQuestion({
  number: 3601,
  date: '22 januari 2026',
  title: 'NEET-jongeren  -  Jongeren zonder werk of opleiding',
  questions: ['1. Welke resultaten boekte het project ‘Op Zicht’ in 2025?', '2. Wordt de aanpak geëvalueerd?'],
  answers: [
    '1. In 2025 legden de jongerencoaches van ‘Op Zicht’ contact met 3.912 jongeren.',
    '2. Een externe evaluatie door de Universiteit Hazelmonde is gepland voor het voorjaar van 2027.',
  ],
});

/** Another programme's evaluation, in a document that uses "zicht" as a plain word. */
const OTHER_EVALUATION = writtenQuestion({
  number: 3602,
  date: '4 december 2018',
  title: 'Integratiepact  -  Evaluatie van het pact',
  questions: ['1. Werd het pact geëvalueerd?'],
  answers: ['1. Ja. Het pact werd in 2018 extern geëvalueerd door een hogeschool; de evaluatie gaf zicht op wat werkte voor de jongeren.'],
});

describe('a title the documents quote, typed without quotes', () => {
  const corpus = useIndexedCorpus((dir) => {
    writeFileSync(join(dir, '3601.txt'), OUTREACH);
    writeFileSync(join(dir, '3602.txt'), OTHER_EVALUATION);
  });

  it('is found as the documents write it, not as plain words', () => {
    expect(titlesNamedUnquoted('When will the external evaluation of the Op Zicht project take place?', corpus.index.documents)).toEqual(['Op Zicht']);
    expect(titlesNamedUnquoted('Gaf de evaluatie zicht op de resultaten?', corpus.index.documents)).toEqual([]);
    expect(titlesNamedUnquoted('Wat bracht Op Zichtbaar op?', corpus.index.documents)).toEqual([]);
    // Each capital in place: a question that opens with the title's first word names nothing.
    expect(titlesNamedUnquoted('Op zicht van de resultaten: hoeveel jongeren werden bereikt?', corpus.index.documents)).toEqual([]);
  });

  it('names the one programme: another document about an evaluation does not answer', async () => {
    const r = await answer('When will the external evaluation of the Op Zicht project take place?', {}, { index: corpus.index, embedder: null });
    expect(r.passages[0]?.questionNumber).toBe(3601);
    expect(r.passages.map((p) => p.questionNumber)).not.toContain(3602);
  });
});
