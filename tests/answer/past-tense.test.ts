import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { pastTenseVerbStemsOf } from '../../src/answer/passage-analysis.js';
import { loadLexicon } from '../../src/corpus/lexicon.js';
import { useIndexedCorpus } from '../helpers/workspace.js';
import { writtenQuestion } from '../helpers/written-question.js';

// The infinitive is looked up in the lexicon.
beforeAll(() => loadLexicon());

describe('a weak verb in the simple past', () => {
  it('speaks of its infinitive, which the stemmer keeps apart', () => {
    expect(pastTenseVerbStemsOf('De ouders betaalden gemiddeld 4,20 euro per uur.')).toContain('betal');
    expect(pastTenseVerbStemsOf('In 2024 verhuisde een op de vijf gezinnen.')).toContain('verhuiz');
    // A present or strong form is no weak past.
    expect(pastTenseVerbStemsOf('De ouders betalen en krijgen een premie.')).toEqual(new Set());
    // Nor is a plural noun in -den or -ten: itself a word in -en, or after an article or a number.
    expect(pastTenseVerbStemsOf('Soms springen ook de gemeenten zelf bij; de cursus duurt zes maanden.')).toEqual(new Set());
    expect(pastTenseVerbStemsOf('De kosten van de studenten stegen.')).toEqual(new Set());
  });
});

const DAYCARE = writtenQuestion({
  number: 4701,
  title: 'Kinderopvang  -  Bijdrage van nieuwkomersgezinnen',
  questions: ['1. Hoe hoog is de bijdrage van nieuwkomersgezinnen in de kinderopvang?'],
  answers: [
    '1. In 2024 betaalden nieuwkomersgezinnen gemiddeld 2,80 euro per uur kinderopvang, tegenover 5,10 euro voor de andere gezinnen. Hoeveel gezinnen de opvang stopzetten omdat ze de bijdrage niet konden betalen, kan ik niet zeggen.',
  ],
});

describe('a gap beside a sentence that gives the sum in the simple past', () => {
  const corpus = useIndexedCorpus((dir) => writeFileSync(join(dir, '4701.txt'), DAYCARE));
  it('answers: paying is spoken of outside the gap too', async () => {
    const r = await answer('What did newcomer families pay per hour of childcare on average?', {}, { index: corpus.index, embedder: null });
    expect(r.status).toBe('answered');
    expect(r.passages[0]!.quote.text).toContain('betaalden nieuwkomersgezinnen gemiddeld 2,80 euro per uur');
  });
});
