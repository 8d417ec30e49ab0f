import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { onlyOtherYears } from '../../src/answer/passage.js';
import { datedWithAntecedent, withOwnYearsOnly, withRelativeYearsNamed } from '../../src/answer/dating.js';
import { useIndexedCorpus } from '../helpers/workspace.js';
import { writtenQuestion } from '../helpers/written-question.js';

/** Years a passage does not name in its own sentence: the figure it points back to, the year the question was asked. */

describe('a figure that points back to one given before', () => {
  const at = (text: string, sentence: string) => {
    const start = text.indexOf(sentence);
    return datedWithAntecedent(text, { start, end: start + sentence.length, text: sentence }, sentence);
  };

  it('is dated by the item where that figure stands, not by what stands before that item', () => {
    const text = [
      'op vraag nr. 4101 van 3 maart 2026',
      '2. a) In 2025 controleerde de inspectie 171 taxichauffeurs. Van hen hadden er 38 geen vergunning.',
      'b) In 23 van die 38 gevallen reed de chauffeur met de vergunning van een ander.',
    ].join('\n');
    const dated = at(text, 'In 23 van die 38 gevallen reed de chauffeur met de vergunning van een ander.');
    expect(dated).toContain('In 2025 controleerde');
    expect(dated).not.toContain('2026');
  });

  it('leaves a sentence alone that names its own year, or points back to no figure', () => {
    const text = '1. In 2024 kregen 90 gezinnen een premie. In 2025 kregen 40 van die 90 gezinnen een tweede premie. Daarvan woonden er 12 in Gent.';
    expect(at(text, 'In 2025 kregen 40 van die 90 gezinnen een tweede premie.')).toBe('In 2025 kregen 40 van die 90 gezinnen een tweede premie.');
    expect(at(text, 'Daarvan woonden er 12 in Gent.')).toBe('Daarvan woonden er 12 in Gent.');
  });
});

describe('a year named relative to when the question was asked', () => {
  it.each([
    ['Hoeveel controles voerde de inspectie dit jaar al uit?', 'dit jaar (2026)'],
    ['Hoeveel waren dat er vorig jaar?', 'vorig jaar (2025)'],
    ['Wat is gepland voor volgend jaar?', 'volgend jaar (2027)'],
    ['How many were there last year?', 'last year (2025)'],
  ])('%s', (asked, named) => {
    expect(withRelativeYearsNamed(asked, '2026')).toContain(named);
  });

  it('is left as written without the date of the question', () => {
    expect(withRelativeYearsNamed('Hoeveel controles voerde de inspectie dit jaar uit?', null)).toBe('Hoeveel controles voerde de inspectie dit jaar uit?');
  });
});

const FIRST = writtenQuestion({
  number: 4201,
  date: '10 februari 2026',
  title: 'Taxisector  -  Controles bij taxichauffeurs',
  questions: ['1. Hoeveel controles bij taxichauffeurs voerde de inspectie uit?', '2. Hoe wordt het gebruik van andermans vergunning aangepakt?'],
  answers: [
    '1. In 2025 voerde de inspectie 96 controles uit bij taxichauffeurs. Van de gecontroleerde chauffeurs hadden er 38 geen geldige vergunning.',
    '2. In 23 van die 38 gevallen reed de chauffeur met de vergunning van een andere chauffeur. De dossiers gingen naar het parket.',
  ],
});

const FOLLOW_UP = writtenQuestion({
  number: 4202,
  date: '14 oktober 2026',
  title: 'Taxisector  -  Controles bij taxichauffeurs (2)',
  questions: [
    'Met schriftelijke vraag nr. 4201 van 10 februari 2026 vroeg ik naar de controles bij taxichauffeurs. De minister antwoordde toen dat de inspectie in 2025 96 controles uitvoerde.',
    '1. Hoeveel controles bij taxichauffeurs voerde de inspectie dit jaar al uit?',
  ],
  answers: ['1. Tot eind september voerde de inspectie 88 controles uit bij taxichauffeurs.'],
});

describe('years a passage takes from elsewhere, in an answer', () => {
  const both = useIndexedCorpus((dir) => {
    writeFileSync(join(dir, '4201.txt'), FIRST);
    writeFileSync(join(dir, '4202.txt'), FOLLOW_UP);
  });

  it("a follow-up's \"dit jaar\" is the year it was asked, not the year its introduction recalls", async () => {
    const r = await answer('Hoeveel controles bij taxichauffeurs voerde de inspectie in 2025 uit?', {}, { index: both.index, embedder: null });
    expect(r.status).toBe('answered');
    expect(r.passages[0]?.questionNumber).toBe(4201);
    expect(r.passages.find((p) => p.questionNumber === 4202)?.verdict.kind ?? 'not shown').not.toBe('answers');
  });

  it('a count that points back to a figure of the item before holds in that figure\'s year', async () => {
    const r = await answer('In 2025, in hoeveel gevallen reed de chauffeur met de vergunning van een ander?', {}, { index: both.index, embedder: null });
    expect(r.status).toBe('answered');
    expect(r.passages[0]?.quote.text).toContain('In 23 van die 38 gevallen');
  });
});

describe('the year of a figure a sentence is set against', () => {
  const screening = useIndexedCorpus((dir) =>
    writeFileSync(
      join(dir, '4211.txt'),
      writtenQuestion({
        number: 4211,
        date: '2 februari 2026',
        title: 'Gezondheid  -  Gehoortest bij kleuters',
        questions: ['1. Hoeveel kleuters kregen in het najaar een gehoortest, en hoeveel van hen slaagden er niet voor?'],
        answers: [
          '1. In oktober 2025 kregen 48.120 kleuters een gehoortest. Van hen slaagden er 3.905 niet, of ongeveer 8 procent, tegenover 3.410 kleuters in oktober 2024. ' +
            'Ongeveer 60 procent van de kleuters die niet slaagden voor de gehoortest, had in de weken voordien een verkoudheid. Wie niet slaagt, krijgt na zes weken een tweede test bij het CLB. ' +
            'Het CLB bespreekt het resultaat met de ouders en verwijst zo nodig door naar een NKO-arts. De scholen krijgen een brief met uitleg voor de ouders, ' +
            'die ook in eenvoudig Nederlands beschikbaar is. Voor kleuters die de test missen, plant het CLB een inhaalmoment in de lente.',
        ],
      }),
    ),
  );

  // The item is long enough to be quoted by its best sentences, not whole.
  it('dates only that figure: the share beside it is the year of the sentence before, and is quoted', async () => {
    const r = await answer('Welk deel van de kleuters slaagde in 2025 niet voor de gehoortest?', {}, { index: screening.index, embedder: null });
    expect(r.status).toBe('answered');
    expect(r.passages[0]?.quote.text).toContain('ongeveer 8 procent');
  });

  it('is read apart from the years the sentence dates its own figures by, unless the question asks it too', () => {
    const sentence = 'Van hen slaagden er 3.905 niet, of ongeveer 8 procent, tegenover 3.410 kleuters in oktober 2024.';
    expect(withOwnYearsOnly(sentence, ['2025'])).not.toContain('2024');
    expect(withOwnYearsOnly(sentence, ['2025', '2024'])).toContain('2024');
    // So a share set against another year's figure is still quoted for the year asked; one dated by another year is not.
    expect(onlyOtherYears(sentence, ['2025'])).toBe(false);
    expect(onlyOtherYears('In oktober 2024 slaagden er 3.410 niet, of ongeveer 7 procent.', ['2025'])).toBe(true);
  });
});
