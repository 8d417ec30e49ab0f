import { describe, expect, it } from 'vitest';
import { orderAskedItems } from '../../src/answer/asked-items.js';
import { analyseQuery, searchTerms } from '../../src/answer/query.js';
import type { Candidate } from '../../src/answer/select.js';

/** A candidate passage of one document: its part, item label, text and how much of the question it covers. */
function candidate(doc: { id: string; text: string }, part: 'vraag' | 'antwoord', label: string | null, text: string, confidence: number): Candidate {
  const start = doc.text.indexOf(text);
  return { target: { doc, part, item: { label }, span: { start, end: start + text.length } }, score: confidence, confidence, framed: confidence, holdsAnswerType: false } as unknown as Candidate;
}

const INTRO = 'Veel zwembaden aan de kust kampen met een tekort aan strandredders.';
const COUNTING = '1. Hoeveel strandredders waren vorige zomer in dienst?';
const RECRUITING = '2. Welke opleiding krijgen nieuwe strandredders?';
const DOC = { id: 'redders', text: `${INTRO}\n\n${COUNTING}\n\n${RECRUITING}` };
const order = (cs: Candidate[]) => cs.map((c) => c.target.item?.label ?? 'intro');
const asking = (text: string) => analyseQuery(text, {}, []);

describe('what was asked', () => {
  it('is a question item before the introduction, which sets out facts, when the item covers nearly as much', () => {
    const cs = [candidate(DOC, 'vraag', null, INTRO, 0.6), candidate(DOC, 'vraag', '2', RECRUITING, 0.5)];
    orderAskedItems(cs, asking('Welke vraag stelde het parlementslid over de opleiding van strandredders?'), () => true);
    expect(order(cs)).toEqual(['2', 'intro']);
  });

  it('leaves the introduction first when it covers much more', () => {
    const cs = [candidate(DOC, 'vraag', null, INTRO, 0.9), candidate(DOC, 'vraag', '2', RECRUITING, 0.5)];
    orderAskedItems(cs, asking('Welke vraag stelde het parlementslid over strandredders aan de kust?'), () => true);
    expect(order(cs)).toEqual(['intro', '2']);
  });

  it('asked about a count ("het aantal"), is the item that counts it', () => {
    const cs = [candidate(DOC, 'vraag', '2', RECRUITING, 0.75), candidate(DOC, 'vraag', '1', COUNTING, 0.7)];
    orderAskedItems(cs, asking('Wat vroeg ze over het aantal strandredders?'), () => true);
    expect(order(cs)).toEqual(['1', '2']);
  });
});

describe('the verb a question is posed with', () => {
  it('is no search word beside "vraag", and stays one elsewhere', () => {
    expect(searchTerms('Welke vraag stelde het parlementslid over zwemlessen?', false)).not.toMatch(/stelde/);
    expect(searchTerms('Which question did she raise about swimming lessons?', false)).not.toMatch(/raise/);
    expect(searchTerms('Wat stelde de minister voor om de zwemlessen te verbeteren?', false)).toMatch(/stelde/);
  });

  it('a verb its particle turns into another is no meta word: "give up" is to stop', () => {
    expect(searchTerms('How many volunteers give up after a month?', false)).toMatch(/give up/);
    expect(searchTerms('What figures did the minister give about learners?', false)).not.toMatch(/give/);
    // Dutch "over" is "about", no particle: "vroeg" before it stays a meta word.
    expect(searchTerms('Wat vroeg ze over de strandredders?', false)).not.toMatch(/vroeg/);
  });
});
