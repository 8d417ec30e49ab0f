import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/corpus/parse.js';
import { foldWhitespace } from '../../src/corpus/normalize.js';
import { loadLexicon } from '../../src/corpus/lexicon.js';

await loadLexicon(); // parseDocument is synchronous and needs the lexicon loaded

const FIXTURES = join(import.meta.dirname, '../../eval/fixtures/corpus');
interface Expected {
  file: string;
  questionNumber: number;
  date: string;
  questioner: string;
  minister: { name: string; title: string };
  title: string;
  citesEarlier: { number: number; date: string }[];
  hasAnswer: boolean;
  items: { vraag: string[]; antwoord: string[] };
  pairing: Record<string, string[]>;
}
const expected: Expected[] = JSON.parse(readFileSync(join(FIXTURES, '../expected-parse.json'), 'utf8'));
const labels = (items: { label: string | null }[]) => items.map((i) => i.label).filter((l) => l !== null);

describe('parseDocument on the fixture layouts', () => {
  it('covers every fixture file', () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'));
    expect(files.sort()).toEqual(expected.map((e) => e.file).sort());
  });

  for (const exp of expected) {
    it(`${exp.file} parses to its expected metadata, items and pairing`, () => {
      const doc = parseDocument(readFileSync(join(FIXTURES, exp.file), 'utf8'), exp.file);
      expect(doc.questionNumber).toBe(exp.questionNumber);
      expect(doc.date).toBe(exp.date);
      expect(doc.questioner?.toUpperCase()).toBe(exp.questioner.toUpperCase());
      expect(doc.minister.name?.toUpperCase()).toBe(exp.minister.name.toUpperCase());
      expect(foldWhitespace(doc.minister.title ?? '')).toBe(foldWhitespace(exp.minister.title));
      expect(doc.title).toBe(foldWhitespace(exp.title));
      expect(doc.citesEarlier).toEqual(exp.citesEarlier);
      expect(doc.answer !== null).toBe(exp.hasAnswer);
      expect(labels(doc.question.items)).toEqual(exp.items.vraag);
      expect(labels(doc.answer?.items ?? [])).toEqual(exp.items.antwoord);
      expect(doc.pairing).toEqual(exp.pairing);
    });
  }
});

describe('the real document (question 455)', () => {
  const raw = readFileSync(join(import.meta.dirname, '../../corpus/455-integratiepact-stand-van-zaken-2.txt'), 'utf8');
  const doc = parseDocument(raw, '455-integratiepact-stand-van-zaken-2.txt');

  it('has the metadata of nr. 455', () => {
    expect(doc.questionNumber).toBe(455);
    expect(doc.date).toBe('2018-05-23');
    expect(doc.questioner).toBe('YASMINE KHERBACHE');
    expect(doc.minister.name).toBe('LIESBETH HOMANS');
    expect(doc.minister.title).toMatch(/^VICEMINISTER-PRESIDENT VAN DE VLAAMSE REGERING/);
    expect(doc.title).toBe('Integratiepact - Stand van zaken (2)');
    expect(doc.citesEarlier).toEqual([
      { number: 779, date: '2017-08-07' },
      { number: 262, date: '2018-01-31' },
    ]);
  });

  it('has items 1, 2, 2a, 2b, 3 paired to answers 1, 2, 3', () => {
    expect(labels(doc.question.items)).toEqual(['1', '2', '2a', '2b', '3']);
    expect(labels(doc.answer!.items)).toEqual(['1', '2', '3']);
    expect(doc.pairing).toEqual({ '1': ['1'], '2': ['2'], '2a': ['2'], '2b': ['2'], '3': ['3'] });
  });

  it('keeps item offsets on the item text in the normalised document', () => {
    const a2 = doc.answer!.items.find((i) => i.label === '2')!;
    expect(doc.text.slice(a2.start, a2.end)).toMatch(/^2\. Zoals bepaald in de oproep, wordt uiterlijk op 30 juni 2018 beslist/);
    expect(doc.text.slice(a2.start, a2.end)).toMatch(/website van ESF Vlaanderen\.$/);
    const q2a = doc.question.items.find((i) => i.label === '2a')!;
    expect(doc.text.slice(q2a.start, q2a.end)).toBe('a) Hoeveel projecten werden ingediend?');
    const q2 = doc.question.items.find((i) => i.label === '2')!;
    expect(doc.text.slice(q2.start, q2.fullEnd)).toContain('b) Welke projecten werden aanvaard?');
  });

  it('removes layout artefacts without changing words', () => {
    expect(doc.text).toContain('het zoeken naar oplossingen;');
    expect(doc.text).toContain('sluiten aan bij de overkoepelende');
    expect(doc.text).not.toMatch(/ {2}/);
  });
});

describe('numbered lists inside an item', () => {
  it('a list numbered from 1 inside an answer item does not become the items', () => {
    const raw = [
      ' aan PIETER FICTIEF',
      'VLAAMS MINISTER VAN WERK',
      '',
      'Projectoproep - Criteria',
      '',
      '1. Welke criteria gelden?',
      '',
      '2. Wie beslist?',
      '',
      '3. Wanneer?',
      ' op vraag nr. 77 van 3 mei 2018',
      'VAN ANNA VOORBEELD',
      '',
      '1. De criteria zijn:',
      '1. kwaliteit;',
      '2. prijs;',
      '3. timing;',
      '4. impact.',
      '',
      '2. De minister beslist.',
      '',
      '3. In juni 2018.',
    ].join('\n');
    const doc = parseDocument(raw, 'nested.txt');
    expect(labels(doc.answer!.items)).toEqual(['1', '2', '3']);
    const a1 = doc.answer!.items[0]!;
    expect(doc.text.slice(a1.start, a1.fullEnd)).toMatch(/^1\. De criteria zijn:\n1\. kwaliteit;\n2\. prijs;\n3\. timing;\n4\. impact\.$/);
    expect(doc.pairing).toEqual({ '1': ['1'], '2': ['2'], '3': ['3'] });
  });

  it('"Op vraag nr. 779 kreeg ik …" at the start of a line is text, not the answer header', () => {
    const raw = readFileSync(join(import.meta.dirname, '../../corpus/455-integratiepact-stand-van-zaken-2.txt'), 'utf8').replace(
      'vroeg ik naar een stand van zaken van het integratiepact. Op vraag nr. 779',
      'vroeg ik naar een stand van zaken van het integratiepact.\nOp vraag nr. 779',
    );
    const doc = parseDocument(raw, '455.txt');
    expect(doc.questionNumber).toBe(455);
    expect(labels(doc.answer!.items)).toEqual(['1', '2', '3']);
  });

  it('"antwoord op vraag 3." wrapped to the start of a line inside an answer is text, not an item heading', () => {
    const wrapped = readFileSync(join(import.meta.dirname, '../../corpus/455-integratiepact-stand-van-zaken-2.txt'), 'utf8').replace(
      '1. Het rapporteringsproces is nog lopende.',
      '1. Het rapporteringsproces is nog lopende. Dat wordt verder toegelicht in het\nantwoord op vraag 3. Meer kan ik nu niet melden.',
    );
    const doc = parseDocument(wrapped, '455.txt');
    expect(labels(doc.answer!.items)).toEqual(['1', '2', '3']);
    expect(doc.text).toContain('toegelicht in het antwoord op vraag 3. Meer kan ik nu niet melden.');
  });

  it('a sentence that starts a line with "schriftelijke vraag" is text, not a second question', () => {
    // A follow-up question recalls the earlier one in its introduction, and the wrap can put those words first.
    const raw = readFileSync(join(import.meta.dirname, '../../corpus/455-integratiepact-stand-van-zaken-2.txt'), 'utf8').replace(
      'vroeg ik naar een stand van zaken van het integratiepact. Op vraag nr. 779',
      'vroeg ik in een\nschriftelijke vraag naar een stand van zaken van het integratiepact (vraag nr.\n779). Op vraag nr. 779',
    );
    const doc = parseDocument(raw, '455.txt');
    expect(doc.questionNumber).toBe(455);
    expect(doc.text).toContain('vroeg ik in een schriftelijke vraag naar');
    expect(doc.citesEarlier.map((c) => c.number)).toContain(779);
  });
});

describe('answer items under headings', () => {
  const raw = [
    ' aan PIETER FICTIEF',
    'VLAAMS MINISTER VAN WERK',
    '',
    'Kinderopvang - Taal',
    '',
    '1. Hoeveel kinderen?',
    '',
    '2. Hoe evolueert dat?',
    '',
    '3. Hoeveel locaties?',
    '',
    '4. Hoeveel coaches?',
    '',
    '5. Wat kost het?',
    '',
    '6. Wie betaalt?',
    ' op vraag nr. 78 van 3 mei 2018',
    'VAN ANNA VOORBEELD',
    '',
    'Antwoord op vragen 1 en 2',
    '',
    'In 2024 waren het 38.420 kinderen. Dat is meer dan in 2020.',
    '',
    'Antwoord op vraag 3',
    'Het project liep in 146 locaties.',
    'Antwoord op vraag 4',
    '',
    'Zie antwoord op vraag 3.',
    '',
    'Antwoord op de vragen 5 tot en met 6:',
    '',
    'Het kost 1,85 miljoen euro, betaald door Vlaanderen.',
  ].join('\n');
  const doc = parseDocument(raw, 'headings.txt');

  it('"Antwoord op vraag 3" labels the item below it; the heading is no part of any item\'s text', () => {
    expect(labels(doc.answer!.items)).toEqual(['1 en 2', '3', '4', '5 tot en met 6']);
    expect(doc.answer!.items.some((i) => i.level === 'intro')).toBe(false);
    const texts = doc.answer!.items.map((i) => doc.text.slice(i.start, i.fullEnd));
    expect(texts).toEqual(['In 2024 waren het 38.420 kinderen. Dat is meer dan in 2020.', 'Het project liep in 146 locaties.', 'Zie antwoord op vraag 3.', 'Het kost 1,85 miljoen euro, betaald door Vlaanderen.']);
  });

  it('pairs combined answers, ranges and cross-references as with numbered markers', () => {
    expect(doc.pairing).toEqual({ '1': ['1 en 2'], '2': ['1 en 2'], '3': ['3'], '4': ['3'], '5': ['5 tot en met 6'], '6': ['5 tot en met 6'] });
  });
});

describe('other ways answers number their items', () => {
  const doc = (question: string[], answer: string[]) =>
    parseDocument([' aan PIETER FICTIEF', 'VLAAMS MINISTER VAN WERK', '', 'Kinderopvang - Taal', '', ...question, ' op vraag nr. 79 van 3 mei 2018', 'VAN ANNA VOORBEELD', '', ...answer].join('\n'), 'numbering.txt');

  it('"1)" items answered by "Ad 1." items', () => {
    const d = doc(['1) Hoeveel kinderen?', '', '2) Wat kost het?'], ['Ad 1. Het waren 38.420 kinderen.', '', 'Ad 2. Het kost 1,85 miljoen euro.']);
    expect(labels(d.question.items)).toEqual(['1', '2']);
    expect(labels(d.answer!.items)).toEqual(['1', '2']);
    expect(d.pairing).toEqual({ '1': ['1'], '2': ['2'] });
  });

  it('"Vraag 1:" items answered by "Antwoord op vraag 1:" with the text on the same line', () => {
    const d = doc(['Vraag 1: Hoeveel kinderen?', '', 'Vraag 2: Wat kost het?'], ['Antwoord op vraag 1: Het waren 38.420 kinderen.', '', 'Antwoord op vraag 2: Het kost 1,85 miljoen euro.']);
    expect(labels(d.answer!.items)).toEqual(['1', '2']);
    expect(d.pairing).toEqual({ '1': ['1'], '2': ['2'] });
  });

  it('sub-items written "a." or "(a)" as well as "a)"', () => {
    const d = doc(['1. Hoeveel kinderen?', 'a. In Gent?', 'b. In Antwerpen?'], ['1. Het waren er 38.420.', '(a) In Gent 4.000.', '(b) In Antwerpen 9.000.']);
    expect(labels(d.question.items)).toEqual(['1', '1a', '1b']);
    expect(labels(d.answer!.items)).toEqual(['1', '1a', '1b']);
    expect(d.pairing).toMatchObject({ '1a': ['1a'], '1b': ['1b'] });
  });

  it('a number with a colon in running text is no item ("Artikel 3: …", "om 10:30")', () => {
    const d = doc(['1. Hoeveel kinderen?'], ['1. Het waren er 38.420.', 'Artikel 3: de opvang is gratis.', '10: dat is het aantal locaties.']);
    expect(labels(d.answer!.items)).toEqual(['1']);
  });
});

describe('dates', () => {
  it('reads numeric dates in the header and the answer line too', () => {
    const raw = readFileSync(join(FIXTURES, 'synthetic-1004.txt'), 'utf8').replace('datum: 20 april 2017', 'datum: 20/04/2017').replace('op vraag nr. 1004 van 20 april 2017', 'op vraag nr. 1004 van 20-04-2017');
    const doc = parseDocument(raw, 'x.txt');
    expect(doc.date).toBe('2017-04-20');
    expect(labels(doc.answer!.items)).toEqual(['1', '2', '3']);
    const seed = readFileSync(join(FIXTURES, 'synthetic-1001.txt'), 'utf8').replace('op vraag nr. 1001 van 12 oktober 2016', 'op vraag nr. 1001 van 12.10.2016');
    expect(parseDocument(seed, 'y.txt')).toMatchObject({ questionNumber: 1001, date: '2016-10-12', questioner: 'ANNA VOORBEELD' });
  });
});

describe('questioner line', () => {
  it('reads a questioner written in mixed case under the answer header', () => {
    const raw = readFileSync(join(FIXTURES, 'synthetic-1001.txt'), 'utf8').replace('VAN ANNA VOORBEELD', 'van Anna Voorbeeld');
    const doc = parseDocument(raw, 'z.txt');
    expect(doc.questioner).toBe('Anna Voorbeeld');
    expect(labels(doc.answer!.items)).toEqual(['1', '2', '2a', '2b', '3']);
    expect(doc.text.slice(doc.answer!.start, doc.answer!.end)).toMatch(/^1\. Op 1 september 2016/);
  });
});
