import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { useIndexedCorpus } from '../helpers/workspace.js';
import { writtenQuestion } from '../helpers/written-question.js';

describe('what a named questioner asked is searched among her questions', () => {
  const GARDENS = writtenQuestion({
    number: 2401,
    questioner: 'LOTTE STEENHOUDER',
    title: 'Inburgering  -  Samentuinen voor nieuwkomers',
    questions: [
      '1. In hoeveel gemeenten werden in 2024 samentuinen ondersteund?',
      '2. Kunnen nieuwkomers hun deelname laten meetellen voor het participatie- en netwerktraject van hun inburgering?',
    ],
    answers: ['1. In 2024 werden in 14 gemeenten samentuinen ondersteund.', '2. Ja, de deelname telt mee voor het participatie- en netwerktraject.'],
  });
  const OTHER = writtenQuestion({
    number: 2402,
    questioner: 'PIETER ANDERMANS',
    title: 'Inburgering  -  Tuinen en groen in de stad',
    questions: ['1. Hoeveel tijd besteden nieuwkomers in de stedelijke tuinen?'],
    answers: ['1. Gemiddeld twee uur per week.'],
  });
  const corpus = useIndexedCorpus((dir) => {
    writeFileSync(join(dir, 'tuinen.txt'), GARDENS);
    writeFileSync(join(dir, 'groen.txt'), OTHER);
  });
  const ask = (q: string) => answer(q, {}, { index: corpus.index, embedder: null });

  it('a question item that shares less of an English paraphrase still answers when she is named', async () => {
    const r = await ask('Did Steenhouder ask whether time spent in a community garden can count towards the civic integration programme?');
    expect(r.passages[0]).toMatchObject({ questionNumber: 2401, part: 'vraag', item: '2' });
  });

  it('without her name the same words are too few to answer', async () => {
    const r = await ask('Did the MP ask whether time spent in a community garden can count towards the civic integration programme?');
    expect(r.passages).toEqual([]);
  });
});
