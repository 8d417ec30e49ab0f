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
 * Hyphens at line ends are decided with the Dutch lexicon and the document's own spellings (hyphen.ts), page
 * numbers by their place in the layout (layout.ts). Every normalised offset
 * maps back to the raw text (normalizeWithSourceMap). The lexicon must be
 * loaded first (`await loadLexicon()`).
 */

import { classifyLineEndHyphen, wordsWithinLines } from './hyphen.js';
import { isFooterLine, pageFurniture, type LayoutLine } from './layout.js';
import { lexicon } from './lexicon.js';
import { cleanMapped, MappedText } from './mapped-text.js';

export { isFooterLine };

const SOFT_HYPHEN = '\u00AD';

/**
 * The line that opens a written question: the capitals of the layout, or the two words alone or before
 * its number. Not a sentence that happens to start with them ("schriftelijke vraag over … (vraag nr. 13002)").
 */
export const QUESTION_HEADER_LINE = /^(?:SCHRIFTELIJKE\s+VRAAG\b|[Ss]chriftelijke\s+[Vv]raag\s*(?:nr\.|$))/;

/** Lines of the document header that must stay on a line of their own. */
const HEADER_LINE_PATTERNS: RegExp[] = [
  QUESTION_HEADER_LINE,
  /^nr\.\s*\d{1,6}$/i,
  /^datum\s*:/i,
  /^antwoord:?$/i,
  /^op\s+vraag\s+nr\.?\s*\d+(?:\s+van\s+(?:\d{1,2}\s+\p{L}+\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}))?$/iu,
  /^(?:van|VAN|Van)\s+\p{Lu}[\p{Lu}\p{M}'’.\- ]+\s+\p{Lu}[\p{Lu}\p{M}'’.\-]+$/u,
  /^(?:aan|AAN|Aan)\s+\p{Lu}[\p{Lu}\p{M}'’.\- ]+$/u,
];

/**
 * `1.`, `12.`, `1 en 2.`, `1, 2 en 3.`, and the other ways answers number
 * their items: `1)`, `Ad 1.`, `Vraag 1:`, `Antwoord op vraag 2:` with the
 * text on the same line; optionally followed by `a)` on the same line.
 */
export const TOP_ITEM_MARKER =
  /^(?:(?:antwoord\s+(?:op\s+)?(?:de\s+)?)?(?:deel)?(?:vraag|vragen|punt|punten)\s+(?=\d)|ad\s+(?=\d))?(\d{1,2}(?:\s*(?:,|en|&)\s*\d{1,2})*)(?:\.|\)|(?<=(?:vraag|vragen|punt|punten|ad)\s+[\d,&en ]+):)(?=\s|$)\s*/i;
/**
 * A heading line that opens an item: "Antwoord op vraag 3", "Antwoord op
 * vragen 1 en 2", "Vraag 4", "Antwoord op de punten 2 tot en met 4:". The
 * numbers are the item's label, as a `1 en 2.` marker's are.
 */
export const ITEM_HEADING = /^(?:antwoord\s+(?:op\s+)?(?:de\s+)?)?(?:deel)?(?:vraag|vragen|punt|punten)\s+(\d{1,2}(?:\s*(?:,|en|&|tot(?:\s+en\s+met)?)\s*\d{1,2})*)\s*[:.]?$/i;
/** `a)`, `b)` sub-items, also written `a.` or `(a)`. */
export const SUB_ITEM_MARKER = /^\(?([a-z])[).](?=\s|$)\s*/;
/** A line without the label that opens an item ("4.", "2. a)", "b)"). */
export const withoutItemMarker = (line: string): string => line.replace(TOP_ITEM_MARKER, '').replace(SUB_ITEM_MARKER, '');
const BULLET_MARKER = /^[-–•·▪◦*]\s+/;
const WORDED_MARKER_IN_LOWER_CASE = /^(?:antwoord|vraag|vragen|deelvraag|punt|punten|ad)\s+/;

function isHeaderLine(line: string): boolean {
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
  return TOP_ITEM_MARKER.test(line) || ITEM_HEADING.test(line) || SUB_ITEM_MARKER.test(line) || BULLET_MARKER.test(line);
}

// Only the end of a (possibly long) block matters: test just that.
const endsInWordHyphen = (s: string) => /[\p{L}\p{M}\p{N}][-\u2010\u00AD]$/u.test(s.slice(-2));
const endsSentence = (s: string) => /[.?!:;]["'’”)]*$/.test(s.slice(-8));
const startsLowercase = (s: string) => /^\p{Ll}/u.test(s);

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
  const clean = cleanMapped(raw);
  const lines = splitLines(clean.text);
  const furniture = pageFurniture(lines);
  const spelled = wordsWithinLines(clean.text);
  const out = new MappedText();
  let block: Block | null = null; // the block being built; earlier ones are in `out`
  let seenBody = false;
  let blankBefore = true;

  const finish = (b: Block) => {
    // A soft hyphen that did not join two lines is invisible: drop it.
    const text = b.text.text.includes(SOFT_HYPHEN) ? withoutSoftHyphens(b.text) : b.text;
    if (text.length === 0) return;
    if (out.length) out.push('\n', out.rawEnd(), out.rawEnd() + 1);
    out.append(text);
  };
  lines.forEach((line, i) => {
    if (line.pageBreakBefore) blankBefore = true;
    if (line.text === '') {
      blankBefore = true;
      return;
    }
    if (furniture[i]) return; // a footer is not a paragraph break
    const kind: BlockKind = isHeaderLine(line.text) ? 'header' : isAllCapsLine(line.text) ? 'caps' : 'body';
    if (block && continues(block, kind, line.text, blankBefore)) {
      joinWrapped(block.text, line.text, spelled);
      appendLine(block.text, clean, line);
    } else {
      const title = kind === 'body' && block !== null && block.kind !== 'body' && !seenBody;
      if (block) finish(block);
      block = { kind, text: new MappedText(256), title };
      appendLine(block.text, clean, line);
      seenBody ||= kind === 'body';
    }
    blankBefore = false;
  });
  if (block) finish(block);

  const { text, starts, ends } = out;
  const toSource = (offset: number) => (offset >= text.length ? raw.length : starts[Math.max(0, offset)]!);
  return {
    text,
    toSource,
    toSourceSpan: (start, end) => (end <= start ? { start: toSource(start), end: toSource(start) } : { start: starts[start]!, end: ends[end - 1]! }),
  };
}

interface Line extends LayoutLine {
  /** [from, to) in the cleaned text, outer spaces trimmed. */
  from: number;
  to: number;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x2007 || c === 0x202f;
const SPACES = /[\t\u00A0\u2007\u202F ]+/g;

/** Lines split at \n and \f, spaces collapsed and trimmed. */
function splitLines(clean: string): Line[] {
  const lines: Line[] = [];
  let pageBreakBefore = false;
  for (let start = 0; ; ) {
    let end = start;
    while (end < clean.length && clean[end] !== '\n' && clean[end] !== '\f') end++;
    let from = start;
    let to = end;
    while (from < to && isSpace(clean.charCodeAt(from))) from++;
    while (to > from && isSpace(clean.charCodeAt(to - 1))) to--;
    lines.push({ text: clean.slice(from, to).replace(SPACES, ' '), from, to, pageBreakBefore });
    if (end >= clean.length) return lines;
    pageBreakBefore = clean[end] === '\f';
    start = end + 1;
  }
}

/** Appends a line's collapsed text to `m`, mapped to the raw text: a collapsed run of spaces maps to the whole run. */
function appendLine(m: MappedText, clean: MappedText, line: Line): void {
  m.reserve(line.to - line.from);
  let k = m.length;
  for (let i = line.from; i < line.to; i++, k++) {
    let j = i;
    if (isSpace(clean.text.charCodeAt(i))) while (isSpace(clean.text.charCodeAt(j + 1))) j++;
    m.starts[k] = clean.starts[i]!;
    m.ends[k] = clean.ends[j]!;
    i = j;
  }
  m.text += line.text; // the same units: k === m.length now
}

function withoutSoftHyphens(m: MappedText): MappedText {
  const out = new MappedText();
  for (let i = 0; i < m.length; i++) if (m.text[i] !== SOFT_HYPHEN) out.push(m.text[i]!, m.starts[i]!, m.ends[i]!);
  return out;
}

function continues(prev: Block, kind: BlockKind, line: string, blankBefore: boolean): boolean {
  if (kind === 'header' || prev.kind === 'header') return false;
  // A heading ("Antwoord op vraag 3") is a line of its own: the item's text starts below it.
  if (ITEM_HEADING.test(prev.text.text)) return false;
  // A word hyphenated at the line end goes on, after a blank line (a page break) or into upper case too.
  if (endsInWordHyphen(prev.text.text) && /^[\p{L}\p{N}]/u.test(line)) return true;
  // A title wraps onto a lower-case line; an upper-case line after it starts the text.
  if (prev.title && !startsLowercase(line)) return false;
  // A wrapped minister title: upper-case lines join each other, and nothing else.
  if (kind === 'caps' || prev.kind === 'caps') return kind === 'caps' && prev.kind === 'caps' && !blankBefore;
  if (isItemStart(line)) {
    // "… verder toegelicht in het ⏎antwoord op vraag 3. …": a worded marker in lower case after an unfinished
    // sentence is that sentence going on; headings that open items are capitalised ("Antwoord op vraag 3").
    if (WORDED_MARKER_IN_LOWER_CASE.test(line) && !blankBefore && !endsSentence(prev.text.text)) return true;
    // "2. ..." after a blank line or a finished sentence is a new item; otherwise
    // a number that happened to be wrapped to the start of a line.
    return !(blankBefore || endsSentence(prev.text.text) || isItemStart(prev.text.text));
  }
  if (!blankBefore) return true;
  // A blank line inside a sentence: a list item split over a page or column.
  return startsLowercase(line) || (isItemStart(prev.text.text) && !endsSentence(prev.text.text));
}

/**
 * Prepares `prev` for the next wrapped line: a space, or nothing after a
 * hyphen at the line end that is a broken word (dropped) or part of a
 * hyphenated compound (kept); see hyphen.ts. A soft hyphen always marks a
 * broken word.
 */
function joinWrapped(prev: MappedText, next: string, spelled: ReadonlySet<string>): void {
  if (prev.text.endsWith(SOFT_HYPHEN) && /^[\p{L}\p{M}\p{N}]/u.test(next)) {
    prev.dropLast();
    return;
  }
  const hyphen = classifyLineEndHyphen(prev.text, next, undefined, spelled);
  if (hyphen === 'split') prev.dropLast();
  else if (hyphen !== 'compound') prev.push(' ', prev.rawEnd(), prev.rawEnd() + 1);
}

/** Whitespace-folded form used to compare passages with gold quotes. */
export function foldWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
