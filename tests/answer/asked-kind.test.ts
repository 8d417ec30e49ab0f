import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { askedKind } from '../../src/answer/counted.js';
import { useIndexedCorpus } from '../helpers/workspace.js';
import { writtenQuestion } from '../helpers/written-question.js';

describe('askedKind: the kind of thing a "which" question asks to be named', () => {
  it.each([
    ['In welke sector deed de inspectie de meeste controles?', 'sector'],
    ['Welke lokale besturen werden geselecteerd?', 'besturen'],
    // A measure hands over to what it measures.
    ['Welk deel van de meldingen ging over wonen?', 'meldingen'],
    // English puts the noun last in its group.
    ['Which Dutch level do municipalities require?', 'level'],
    ['which sports clubs joined the programme?', 'clubs'],
    // "Which are the …" asks for the same.
    ['Which are the 14 other municipalities where the mediators work?', 'municipalities'],
    // A relative pronoun ends the noun group: the countries are asked, not their music.
    ['Which are the 9 other countries whose songs the choirs sang?', 'countries'],
    ['Welke zijn de andere gemeenten?', 'gemeenten'],
    // A count in words is no kind, as one in digits is not.
    ['In welke zes scholen kunnen jongeren een brugjaar volgen?', 'scholen'],
    // A word an article follows is a verb, whatever its ending.
    ['Which twelve cultural centres host the touring exhibition?', 'centres'],
    ['Which company runs the anti-racism sessions?', 'company'],
  ])('%s → %s', (query, kind) => expect(askedKind(query)).toBe(kind));

  it.each(['Hoeveel controles waren er?', 'Wanneer start de campagne?'])('%s → none', (query) => expect(askedKind(query)).toBeNull());
});

describe('within one document, the item whose question asks about the kind asked for', () => {
  const DOC = writtenQuestion({
    number: 2101,
    title: 'Werk  -  Controles op discriminatie bij aanwerving',
    questions: [
      '1. Hoeveel controles op discriminatie bij aanwerving voerde de inspectie in 2024 uit?',
      '2. Welke sancties werden opgelegd?',
      '3. Hoeveel werkgevers kregen een waarschuwing?',
      '4. Welke sectoren werden het vaakst gecontroleerd?',
    ],
    answers: [
      '1. In 2024 voerde de inspectie 58 controles uit op discriminatie bij aanwerving, vaak na signalen uit de sector zelf.',
      '2. De inspectie stelde 7 processen-verbaal op.',
      '3. In 12 dossiers kreeg de werkgever een waarschuwing.',
      '4. De meeste controles op discriminatie bij aanwerving vonden plaats in de horeca (21) en de bouw (14).',
    ],
  });
  const inspection = useIndexedCorpus((dir) => writeFileSync(join(dir, 'controles.txt'), DOC));

  it('comes before a broader item whose answer only mentions the word', async () => {
    const r = await answer('In welke sector deed de inspectie de meeste controles op discriminatie bij aanwerving?', {}, { index: inspection.index, embedder: null });
    expect(r.passages[0]?.item).toBe('4');
    // The question that does not ask for a sector keeps the broad item.
    const count = await answer('Hoeveel controles op discriminatie bij aanwerving voerde de inspectie in 2024 uit?', {}, { index: inspection.index, embedder: null });
    expect(count.passages[0]?.item).toBe('1');
  });
});

describe('a measure of a population asks no kind', () => {
  const DOC = writtenQuestion({
    number: 2102,
    title: 'Eerste hulp  -  EHBO-cursussen voor inburgeraars',
    questions: [
      '1. Hoeveel inburgeraars volgden in 2024 een EHBO-cursus?',
      '2. Hoe verloopt de cursus?',
      '3. Krijgen de deelnemers een attest? Kunnen deelnemers daarna een vervolgcursus volgen?',
    ],
    answers: [
      '1. In 2024 volgden 3.452 inburgeraars een EHBO-cursus. Ongeveer 47 procent van de deelnemers is een vrouw, en 12 procent had in het land van herkomst al eens een cursus eerste hulp gevolgd.',
      '2. De cursus bestaat uit twee lesdagen van vier uur, in groepen van hoogstens tien deelnemers.',
      '3. Wie beide lesdagen volgt, krijgt een attest. In een bevraging na de cursus zei ongeveer 81 procent van de deelnemers dat ze zouden durven helpen. In 2024 volgden 214 deelnemers een vervolgcursus.',
    ],
  });
  const firstAid = useIndexedCorpus((dir) => writeFileSync(join(dir, 'ehbo.txt'), DOC));

  it('"Welk aandeel van de deelnemers …" is answered by the item with the share, not by the one whose question names them', async () => {
    const r = await answer('Welk aandeel van de deelnemers aan de EHBO-cursus had al eens zo\'n cursus gevolgd?', {}, { index: firstAid.index, embedder: null });
    expect(r.passages[0]?.item).toBe('1');
  });
});
