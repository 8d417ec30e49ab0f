import type { Span } from '../corpus/sentences.js';
import { foldDiacritics, isStopword, terms } from '../search/analyze.js';

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Where a quote says what the question asked: offsets (within `text`) of the
 * words whose stem is one of the query's terms, neighbours joined across
 * spaces. The renderer sets them in bold; the words themselves stay as written.
 */
export function highlightSpans(text: string, queryTerms: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = foldDiacritics(m[0]).toLowerCase();
    if (word.length < 2 || isStopword(word)) continue;
    const [stem] = terms(word);
    if (!stem || !queryTerms.has(stem)) continue;
    const start = m.index;
    const end = start + m[0].length;
    const previous = spans[spans.length - 1];
    if (previous && /^[ \t]+$/.test(text.slice(previous.end, start))) previous.end = end;
    else spans.push({ start, end });
  }
  return spans;
}
