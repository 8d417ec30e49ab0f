import { focusPresent, questionFocus } from './counted.js';
import type { AnalysedQuery } from './query.js';
import { preferWithinDocument } from './rerank.js';
import type { Candidate } from './select.js';

/** A passage that covers this much less than the introduction may still come before it (see orderAskedItems). */
const INTRODUCTION_MARGIN = 0.15;

const isIntroduction = (c: Candidate) => c.target.part === 'vraag' && (c.target.item?.label ?? null) === null;
const isQuestionItem = (c: Candidate) => c.target.part === 'vraag' && !isIntroduction(c);
const textOf = (c: Candidate) => c.target.doc.text.slice(c.target.span.start, c.target.span.end);

/**
 * What the questioner sets out (`asksForIntroduction`): of one document, the introduction before the items, when it
 * covers enough. What was asked stands in the question items: an item comes before the introduction, which sets
 * out facts, when it covers nearly as much. Asked about a count ("over het aantal jobstudenten"), the item that
 * counts it ("Hoeveel jobstudenten werkten …?") comes first, when it covers nearly as much.
 */
export function orderAskedItems(candidates: Candidate[], query: AnalysedQuery, covers: (c: Candidate) => boolean): void {
  const documentOf = (c: Candidate) => c.target.doc.id;
  if (query.clean.asksForIntroduction) return preferWithinDocument(candidates, documentOf, isIntroduction, (_, c) => covers(c));
  preferWithinDocument(candidates, documentOf, isQuestionItem, (above, c) => isIntroduction(above) && covers(c) && c.confidence >= above.confidence - INTRODUCTION_MARGIN);
  const focus = query.focus;
  if (focus) {
    const countsAsked = (c: Candidate) => isQuestionItem(c) && focusPresent(focus, [questionFocus(textOf(c)) ?? '']);
    preferWithinDocument(candidates, documentOf, countsAsked, (above, c) => covers(c) && c.confidence >= above.confidence - INTRODUCTION_MARGIN);
  }
}
