import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { preferAnswerTypeWithinDocument, rerankByCoverage, type Scored } from '../../src/answer/rerank.js';
import { answer } from '../../src/answer/index.js';
import { useIndexedCorpus } from '../helpers/workspace.js';
import { writtenQuestion } from '../helpers/written-question.js';

type C = Scored & { id: string; doc: string };
const c = (id: string, doc: string, confidence: number, holdsAnswerType: boolean): C => ({ id, doc, score: 1, confidence, holdsAnswerType });
const order = (cs: C[]) => {
  preferAnswerTypeWithinDocument(cs, (x) => x.doc);
  return cs.map((x) => x.id);
};

describe('within one document, the item that holds the kind of answer asked for', () => {
  it('comes before a broader item of that document that covers no more of the question', () => {
    // "How high were the fines?": item 1 counts investigations, item 3 gives the sums.
    expect(order([c('1014/1', 'a', 0.6, false), c('1002/3', 'b', 0.5, false), c('1014/3', 'a', 0.6, true)])).toEqual(['1014/3', '1002/3', '1014/1']);
  });

  it('does not pass an item that covers more of the question, nor move other documents', () => {
    expect(order([c('a1', 'a', 0.9, false), c('a2', 'a', 0.5, true)])).toEqual(['a1', 'a2']);
    expect(order([c('a1', 'a', 0.5, false), c('b1', 'b', 0.9, true)])).toEqual(['a1', 'b1']);
    // Items that both hold the type keep their order.
    expect(order([c('a1', 'a', 0.5, true), c('a2', 'a', 0.7, true)])).toEqual(['a1', 'a2']);
  });

  it('passes a broader item even when an item with the type that covers less lies between; that one stays below the broader item', () => {
    // "Wie onderzoekt de taalplicht?": item 6 names the researcher, item 5 names someone else, item 1 no one.
    expect(order([c('a1', 'a', 0.54, false), c('a5', 'a', 0.41, true), c('a6', 'a', 0.61, true)])).toEqual(['a6', 'a1', 'a5']);
    // Nothing to pass that lacks the type: no move.
    expect(order([c('a5', 'a', 0.41, true), c('a6', 'a', 0.61, true), c('a1', 'a', 0.9, false)])).toEqual(['a5', 'a6', 'a1']);
  });
});

describe('siblings of one chunk, tied on score and coverage', () => {
  it('go in the order of how much of the question their question item covers; other candidates keep theirs', () => {
    const sib = (id: string, asked: number) => ({ id, score: 10, confidence: 0.7, holdsAnswerType: false, askedConfidence: () => asked });
    const cs = [sib('2a', 0.2), sib('2b', 0.6), { id: '1', score: 12, confidence: 0.7, holdsAnswerType: false, askedConfidence: () => 0 }, sib('2c', 0.1)];
    rerankByCoverage(cs);
    expect(cs.map((x) => x.id)).toEqual(['1', '2b', '2a', '2c']);
  });
});

describe('the retrieval score\'s share of the re-rank', () => {
  it('a lower share lets coverage decide: for what was asked, the chunk\'s score counts the answer too', () => {
    const cand = (id: string, score: number, confidence: number) => ({ id, score, confidence, holdsAnswerType: false });
    const even = [cand('chunk-heavy', 20, 0.5), cand('item-covers', 10, 0.8)];
    rerankByCoverage(even);
    expect(even.map((x) => x.id)).toEqual(['chunk-heavy', 'item-covers']);
    const asked = [cand('chunk-heavy', 20, 0.5), cand('item-covers', 10, 0.8)];
    rerankByCoverage(asked, 0.35);
    expect(asked.map((x) => x.id)).toEqual(['item-covers', 'chunk-heavy']);
  });
});

describe('a sub-item stands in the lead of its item, not beside its siblings', () => {
  const DOC = writtenQuestion({
    number: 2201,
    ministerTitle: 'VLAAMS MINISTER VAN ONDERWIJS',
    title: 'Nederlands tweede taal  -  Wachtlijsten',
    questions: [
      '1. Hoe lang zijn de wachtlijsten voor NT2?',
      '2. Welke bijkomende middelen maakt de minister vrij om de wachtlijsten weg te werken?\na) Hoeveel extra lestijden worden toegekend voor het schooljaar 2025-2026?\nb) Blijven inburgeraars voorrang krijgen bij de toewijzing van een cursusplaats?',
    ],
    answers: [
      '1. Op 1 september 2025 stonden 14.062 cursisten op een wachtlijst.',
      [
        '2. Voor het schooljaar 2025-2026 wordt een bijkomend budget van 9,6 miljoen euro vrijgemaakt.',
        '',
        'a) Met dat budget worden 38.000 bijkomende lestijden toegekend: 14.000 aan de centra voor basiseducatie en 24.000 aan de centra voor volwassenenonderwijs.',
        '',
        'b) Ja. Inburgeraars met een verplicht inburgeringstraject blijven voorrang krijgen. Vanaf januari 2026 krijgen ook werkzoekenden voorrang.',
      ].join('\n'),
    ],
  });
  const nt2 = useIndexedCorpus((dir) => writeFileSync(join(dir, 'nt2.txt'), DOC));

  it('"b)" is not credited with the words of "a)", whichever chunk led to either', async () => {
    const r = await answer('Hoe worden de extra lestijden NT2 voor 2025-2026 verdeeld tussen basiseducatie en volwassenenonderwijs?', {}, { index: nt2.index, embedder: null });
    expect(r.passages[0]).toMatchObject({ questionNumber: 2201, item: '2a' });
    // "b)" speaks of none of the question's words but the lead's: it covers less, though it shares a chunk with "a)".
    const b = r.passages.find((p) => p.item === '2b');
    expect(b?.confidence ?? 0).toBeLessThan(r.passages[0]!.confidence - 0.1);
  });
});
