import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { answerContext } from '../../src/answer/targets.js';
import { loadLexicon } from '../../src/corpus/lexicon.js';
import { parseDocument } from '../../src/corpus/parse.js';
import { useIndexedFixtures } from '../helpers/workspace.js';

describe('the lead of an item with sub-items', () => {
  const exemptions = useIndexedFixtures('eval/dev45/corpus/dev45-45003.txt');
  it('is quoted on its own where its own words give the figure asked, which no sub-item gives', async () => {
    // Item 2 opens with how many exemptions went to people of 65 or older; a) and b) count those on medical grounds
    // and by diploma, and are credited with the lead's words as well.
    const r = await answer('Hoeveel van de in 2025 toegekende vrijstellingen gingen naar 65-plussers?', {}, { index: exemptions.index, embedder: null });
    expect(r.passages[0]).toMatchObject({ questionNumber: 45003, item: '2' });
    expect(r.passages[0]!.quote.text).toContain('gingen er 1.506 naar personen van 65 jaar of ouder');
    // Quoted without its sub-items.
    expect(r.passages[0]!.quote.text).not.toContain('medische redenen');
  });

  const trips = useIndexedFixtures('eval/dev48/corpus/dev48-48003.txt');
  it('still stands where a sub-item shares more of the query but lacks the figure the lead gives', async () => {
    // 3a counts the schools that called on the fund ("scholen", "fonds", "schooljaar"); the lead of 3 gives the most it pays.
    const r = await answer('At most, how much does the fund pay per pupil for schools that call on it in a school year?', {}, { index: trips.index, embedder: null });
    expect(r.passages[0]).toMatchObject({ questionNumber: 48003, item: '3' });
    expect(r.passages[0]!.quote.text).toContain('hoogstens 120 euro per leerling');
  });

  it('does not stand behind a sub-item that shares more of a question asking no kind of answer: any words are no sign', async () => {
    // "Wat doet het fonds?" asks no figure: the sub-items that name the fund are read, not the lead after them.
    const r = await answer('Wat doet het fonds voor de scholen?', {}, { index: trips.index, embedder: null });
    expect(r.passages.some((p) => p.questionNumber === 48003 && p.item === '3')).toBe(false);
  });

  const school = useIndexedFixtures('eval/dev17/corpus/dev17-17004.txt');
  it('does not stand alone where it lacks the kind of answer asked: a lead naming a project gives no count of its coaches', async () => {
    const r = await answer("How many trajectory coaches are employed in the 'Blijf aan Boord' project?", {}, { index: school.index, embedder: null });
    expect(r.passages[0]?.verdict.kind === 'answers' && r.passages[0]?.item === '3').toBe(false);
  });

  it('is credited with its own words only, not with the sub-items shown apart from it', async () => {
    await loadLexicon();
    const doc = parseDocument(readFileSync('eval/dev45/corpus/dev45-45003.txt', 'utf8'), 'dev45-45003.txt');
    const item = doc.answer!.items.find((i) => i.label === '2')!;
    const chunk = { text: doc.text.slice(item.start, item.fullEnd) };
    expect(answerContext(chunk, doc, { item, span: { start: item.start, end: item.end } })).toBe('');
    // The whole item keeps the chunk that led to it.
    expect(answerContext(chunk, doc, { item, span: { start: item.start, end: item.fullEnd } })).toBe(chunk.text);
  });
});
