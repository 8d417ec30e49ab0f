import { SUB_ITEM_MARKER, TOP_ITEM_MARKER } from './normalize.js';

export interface Span {
  start: number;
  end: number;
}

/** Words after which a period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'nr', 'nrs', 'art', 'artt', 'bv', 'bijv', 'o.a', 'oa', 'ca', 'blz', 'p', 'pp', 'vs', 'dhr', 'mevr', 'mr', 'dr', 'prof',
  'min', 'max', 'incl', 'excl', 'resp', 'm.b.t', 'i.p.v', 'e.a', 'enz', 'etc', 'cf', 'zgn', 'vzw', 'nv', 'bvba', 'jan',
  'feb', 'febr', 'aug', 'sept', 'okt', 'nov', 'dec', 'st', 'ir', 'ing', 'lic', 'd.w.z', 'm.a.w', 't.e.m', 't.o.v', 'a.s',
]);

const SENTENCE_END = /[.?!]["'’”)]*(?=\s)/g;

/**
 * Sentence spans inside [start, end) of `text`. Lines (items, bullets,
 * paragraphs) always end a sentence; item markers ("2.", "a)") are not part
 * of the first sentence, so a quote never starts with a bare number.
 */
export function splitSentences(text: string, start = 0, end = text.length): Span[] {
  const spans: Span[] = [];
  let lineStart = start;
  while (lineStart < end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    splitLine(text, skipMarkers(text, lineStart, lineEnd), lineEnd, spans);
    lineStart = lineEnd + 1;
  }
  return spans;
}

function skipMarkers(text: string, start: number, end: number): number {
  let rest = text.slice(start, end);
  let offset = start;
  for (const marker of [TOP_ITEM_MARKER, SUB_ITEM_MARKER]) {
    const m = marker.exec(rest);
    if (m) {
      offset += m[0].length;
      rest = rest.slice(m[0].length);
    }
  }
  return offset;
}

function splitLine(text: string, start: number, end: number, out: Span[]): void {
  const line = text.slice(start, end);
  let sentenceStart = 0;
  const nextChar = /\s*(\S)/y;
  for (const m of line.matchAll(SENTENCE_END)) {
    const stop = m.index! + m[0].length;
    // Look only near the period: long lines must not make this quadratic.
    const before = line.slice(Math.max(sentenceStart, m.index! - 24), m.index!);
    const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    nextChar.lastIndex = stop;
    const after = nextChar.exec(line)?.[1] ?? '';
    if (ABBREVIATIONS.has(lastWord) || /^\p{Ll}/u.test(after) || after === '') continue;
    // "1." inside a sentence (enumerations, dates) is not an ending either.
    if (/\d$/.test(before) && /^\d/.test(after)) continue;
    pushTrimmed(text, start + sentenceStart, start + stop, out);
    sentenceStart = stop;
  }
  pushTrimmed(text, start + sentenceStart, end, out);
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}
