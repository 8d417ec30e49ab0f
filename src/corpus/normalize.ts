/**
 * Turns extracted document text into the "normalised text" that every offset,
 * chunk span and quote refers to. It removes layout artefacts (hard wraps,
 * words hyphenated over line ends, page footers, bare page numbers, blank lines
 * that split a list item) but never rewrites a word: a quote cut from the
 * normalised text is the document's own wording.
 *
 * The result is one logical block per line: header lines, paragraphs, numbered
 * items and bullets each start on their own line, wrapped lines are joined with
 * a single space.
 *
 * Hyphens at line ends are decided with the Dutch lexicon (hyphen.ts), page
 * numbers by their place in the layout (layout.ts). Every normalised offset
 * maps back to the raw text (normalizeWithSourceMap). The lexicon must be
 * loaded first (`await loadLexicon()`).
 */

import { classifyLineEndHyphen } from './hyphen.js';
import { isFooterLine, pageFurniture, type LayoutLine } from './layout.js';
import { lexicon } from './lexicon.js';
import { cleanMapped, MappedText } from './mapped-text.js';

export { isFooterLine };

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SOFT_HYPHEN = '\u00AD';

/** Lines of the document header that must stay on a line of their own. */
const HEADER_LINE_PATTERNS: RegExp[] = [
  /^SCHRIFTELIJKE\s+VRAAG\b/i,
  /^nr\.\s*\d{1,6}$/i,
  /^datum\s*:/i,
  /^antwoord:?$/i,
  /^op\s+vraag\s+nr\.?\s*\d+(?:\s+van\s+(?:\d{1,2}\s+\p{L}+\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}))?$/iu,
  /^(?:van|VAN|Van)\s+\p{Lu}[\p{Lu}\p{M}'’.\- ]+\s+\p{Lu}[\p{Lu}\p{M}'’.\-]+$/u,
  /^(?:aan|AAN|Aan)\s+\p{Lu}[\p{Lu}\p{M}'’.\- ]+$/u,
];

/** `1.`, `12.`, `1 en 2.`, `1, 2 en 3.`, optionally followed by `a)` on the same line. */
export const TOP_ITEM_MARKER = /^(\d{1,2}(?:\s*(?:,|en|&)\s*\d{1,2})*)\.(?=\s|$)\s*/;
/** `a)`, `b)` sub-items. */
export const SUB_ITEM_MARKER = /^([a-z])\)(?=\s|$)\s*/;
const BULLET_MARKER = /^[-–•·▪◦*]\s+/;

export function isHeaderLine(line: string): boolean {
  return HEADER_LINE_PATTERNS.some((re) => re.test(line));
}

/** Upper-case lines such as a minister's title, possibly wrapped over several lines. */
export function isAllCapsLine(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4) return false;
  const upper = line.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length >= 0.9;
}

function isItemStart(line: string): boolean {
  return TOP_ITEM_MARKER.test(line) || SUB_ITEM_MARKER.test(line) || BULLET_MARKER.test(line);
}

const endsInWordHyphen = (s: string) => /[\p{L}\p{M}\p{N}][-\u00AD]$/u.test(s);
const endsSentence = (s: string) => /[.?!:;]["'’”)]*$/.test(s);
const startsLowercase = (s: string) => /^\p{Ll}/u.test(s);

/** Removes what is not text at all; keeps every word. */
export function cleanRawText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n\n')
    .replace(ZERO_WIDTH, '')
    .normalize('NFC');
}

type BlockKind = 'header' | 'caps' | 'body';

interface Block {
  kind: BlockKind;
  text: MappedText;
  /** The first body line after the header: the title, which PDF extraction may not separate by a blank line. */
  title?: boolean;
}

/** The normalised text, and where each of its offsets came from in the raw text. */
export interface NormalizedText {
  text: string;
  /**
   * The raw offset of the character at `offset` (`raw.length` at the end). A
   * space or newline that stands for a removed line break maps to the raw
   * whitespace right after the preceding character.
   */
  toSource(offset: number): number;
  /** The raw span [start, end) that produced normalised text [start, end). */
  toSourceSpan(start: number, end: number): { start: number; end: number };
}

export function normalizeText(raw: string): string {
  return normalizeWithSourceMap(raw).text;
}

export function normalizeWithSourceMap(raw: string): NormalizedText {
  lexicon(); // fail loudly, and the same way for every document, when it is not loaded
  const lines = splitMappedLines(cleanMapped(raw));
  const furniture = pageFurniture(lines);
  const blocks: Block[] = [];
  let blankBefore = true;

  lines.forEach(({ text: line, mapped, pageBreakBefore }, i) => {
    if (pageBreakBefore) blankBefore = true;
    if (line === '') {
      blankBefore = true;
      return;
    }
    if (furniture[i]) return; // a footer is not a paragraph break
    const kind: BlockKind = isHeaderLine(line) ? 'header' : isAllCapsLine(line) ? 'caps' : 'body';
    const prev = blocks[blocks.length - 1];
    if (prev && continues(prev, kind, line, blankBefore)) {
      joinWrapped(prev.text, mapped);
    } else {
      const title = kind === 'body' && prev !== undefined && prev.kind !== 'body' && !blocks.some((b) => b.kind === 'body');
      blocks.push({ kind, text: mapped, title });
    }
    blankBefore = false;
  });

  const out = new MappedText();
  blocks.forEach((b, k) => {
    if (k > 0) out.push('\n', blocks[k - 1]!.text.rawEnd(), blocks[k - 1]!.text.rawEnd() + 1);
    // A soft hyphen that did not join two lines is invisible: drop it.
    out.append(b.text.text.includes(SOFT_HYPHEN) ? withoutSoftHyphens(b.text) : b.text);
  });
  const starts = Int32Array.from(out.starts);
  const ends = Int32Array.from(out.ends);
  const length = out.text.length;
  const toSource = (offset: number) => (offset >= length ? raw.length : starts[Math.max(0, offset)]!);
  return {
    text: out.text,
    toSource,
    toSourceSpan: (start, end) => (end <= start ? { start: toSource(start), end: toSource(start) } : { start: starts[start]!, end: ends[end - 1]! }),
  };
}

interface MappedLine extends LayoutLine {
  mapped: MappedText;
}

/** Lines split at \n and \f, whitespace collapsed and trimmed, each still mapped to the raw text. */
function splitMappedLines(clean: MappedText): MappedLine[] {
  const lines: MappedLine[] = [];
  let from = 0;
  let pageBreakBefore = false;
  const t = clean.text;
  for (let i = 0; i <= t.length; i++) {
    if (i < t.length && t[i] !== '\n' && t[i] !== '\f') continue;
    const mapped = cleanLine(clean, from, i);
    lines.push({ text: mapped.text, mapped, pageBreakBefore });
    pageBreakBefore = t[i] === '\f';
    from = i + 1;
  }
  return lines;
}

const SPACE = /[\t\u00A0\u2007\u202F ]/;

/** Collapses runs of spaces to one space and trims, keeping the map. */
function cleanLine(clean: MappedText, from: number, to: number): MappedText {
  while (from < to && SPACE.test(clean.text[from]!)) from++;
  while (to > from && SPACE.test(clean.text[to - 1]!)) to--;
  const out = new MappedText();
  for (let i = from; i < to; i++) {
    if (!SPACE.test(clean.text[i]!)) {
      out.push(clean.text[i]!, clean.starts[i]!, clean.ends[i]!);
      continue;
    }
    let j = i;
    while (SPACE.test(clean.text[j + 1]!)) j++;
    out.push(' ', clean.starts[i]!, clean.ends[j]!);
    i = j;
  }
  return out;
}

function withoutSoftHyphens(m: MappedText): MappedText {
  const out = new MappedText();
  for (let i = 0; i < m.text.length; i++) if (m.text[i] !== SOFT_HYPHEN) out.push(m.text[i]!, m.starts[i]!, m.ends[i]!);
  return out;
}

function continues(prev: Block, kind: BlockKind, line: string, blankBefore: boolean): boolean {
  if (kind === 'header' || prev.kind === 'header') return false;
  // A word hyphenated at the line end goes on, after a blank line (a page break) or into upper case too.
  if (endsInWordHyphen(prev.text.text) && /^[\p{L}\p{N}]/u.test(line)) return true;
  // A title wraps onto a lower-case line; an upper-case line after it starts the text.
  if (prev.title && !startsLowercase(line)) return false;
  // A wrapped minister title: upper-case lines join each other, and nothing else.
  if (kind === 'caps' || prev.kind === 'caps') return kind === 'caps' && prev.kind === 'caps' && !blankBefore;
  if (isItemStart(line)) {
    // "2. ..." after a blank line or a finished sentence is a new item; otherwise
    // a number that happened to be wrapped to the start of a line.
    return !(blankBefore || endsSentence(prev.text.text) || isItemStart(prev.text.text));
  }
  if (!blankBefore) return true;
  // A blank line inside a sentence: a list item split over a page or column.
  return startsLowercase(line) || (isItemStart(prev.text.text) && !endsSentence(prev.text.text));
}

/**
 * Joins a hard-wrapped line. A hyphen at the line end is a broken word, part
 * of a hyphenated compound or an elided compound part (see hyphen.ts); a soft
 * hyphen always marks a broken word.
 */
function joinWrapped(prev: MappedText, next: MappedText): void {
  if (prev.text.endsWith(SOFT_HYPHEN) && /^[\p{L}\p{M}\p{N}]/u.test(next.text)) {
    prev.dropLast().append(next);
    return;
  }
  const hyphen = classifyLineEndHyphen(prev.text, next.text);
  if (hyphen === 'split') prev.dropLast().append(next);
  else if (hyphen === 'compound') prev.append(next);
  else prev.push(' ', prev.rawEnd(), prev.rawEnd() + 1).append(next);
}

/** Whitespace-folded form used to compare passages with gold quotes. */
export function foldWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
