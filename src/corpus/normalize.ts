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
 */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** Footers that PDF exports of the Flemish Parliament repeat on every page. */
const FOOTER_PATTERNS: RegExp[] = [
  /^Vlaams Parlement\s*[–—-].*\bBrussel\b.*$/i,
  /^(?:pagina|blz\.?|p\.)\s*\d{1,4}(?:\s*(?:van|\/)\s*\d{1,4})?$/i,
  /^[-–—]?\s*\d{1,3}\s*[-–—]?$/, // bare page number, optionally "- 3 -"
  /^\d{1,4}\s*\/\s*\d{1,4}$/, // "3/12"
];

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

export function isFooterLine(line: string): boolean {
  return FOOTER_PATTERNS.some((re) => re.test(line));
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

const endsSentence = (s: string) => /[.?!:;]["'’”)]*$/.test(s);
const startsLowercase = (s: string) => /^\p{Ll}/u.test(s);

function cleanLine(line: string): string {
  return line.replace(/[\t\u00A0\u2007\u202F ]+/g, ' ').trim();
}

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
  text: string;
  /** The first body line after the header: the title, which PDF extraction may not separate by a blank line. */
  title?: boolean;
}

export function normalizeText(raw: string): string {
  const lines = cleanRawText(raw).split('\n').map(cleanLine);
  const blocks: Block[] = [];
  let blankBefore = true;

  for (const line of lines) {
    if (line === '') {
      blankBefore = true;
      continue;
    }
    if (isFooterLine(line)) continue; // a footer is not a paragraph break
    const kind: BlockKind = isHeaderLine(line) ? 'header' : isAllCapsLine(line) ? 'caps' : 'body';
    const prev = blocks[blocks.length - 1];
    if (prev && continues(prev, kind, line, blankBefore)) {
      prev.text = joinWrapped(prev.text, line);
    } else {
      const title = kind === 'body' && prev !== undefined && prev.kind !== 'body' && !blocks.some((b) => b.kind === 'body');
      blocks.push({ kind, text: line, title });
    }
    blankBefore = false;
  }
  return blocks.map((b) => b.text).join('\n');
}

function continues(prev: Block, kind: BlockKind, line: string, blankBefore: boolean): boolean {
  if (kind === 'header' || prev.kind === 'header') return false;
  // A title wraps onto a lower-case line; an upper-case line after it starts the text.
  if (prev.title && !startsLowercase(line)) return false;
  // A wrapped minister title: upper-case lines join each other, and nothing else.
  if (kind === 'caps' || prev.kind === 'caps') return kind === 'caps' && prev.kind === 'caps' && !blankBefore;
  if (isItemStart(line)) {
    // "2. ..." after a blank line or a finished sentence is a new item; otherwise
    // a number that happened to be wrapped to the start of a line.
    return !(blankBefore || endsSentence(prev.text) || isItemStart(prev.text));
  }
  if (!blankBefore) return true;
  // A blank line inside a sentence: a list item split over a page or column.
  return startsLowercase(line) || (isItemStart(prev.text) && !endsSentence(prev.text));
}

/** Joins a hard-wrapped line, undoing end-of-line hyphenation ("discrimi-" + "natie"). */
function joinWrapped(prev: string, next: string): string {
  if (/\p{Ll}-$/u.test(prev) && startsLowercase(next)) {
    return prev.slice(0, -1) + next;
  }
  return `${prev} ${next}`;
}

/** Whitespace-folded form used to compare passages with gold quotes. */
export function foldWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
