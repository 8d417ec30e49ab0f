/**
 * Page furniture: footers and page numbers, found by their place in the
 * layout. A footer line is recognisable by itself; a number alone on a line
 * is a page number only where the layout says so, because a table cell or a
 * figure can be a bare number on its own line too.
 */

/** Footers that PDF exports of the Flemish Parliament repeat on every page. */
const FOOTER_PATTERNS: RegExp[] = [
  /^Vlaams Parlement\s*[–—-].*\bBrussel\b.*$/i,
  /^(?:pagina|blz\.?|p\.)\s*\d{1,4}(?:\s*(?:van|\/)\s*\d{1,4})?$/i,
  /^[-–—]\s*\d{1,4}\s*[-–—]$/, // "- 3 -"
  /^\d{1,4}\s*\/\s*\d{1,4}$/, // "3/12"
];

/** A number alone on a line: a page number or a table cell, depending on where it stands. */
const BARE_NUMBER = /^\d{1,3}$/;

export function isFooterLine(line: string): boolean {
  return FOOTER_PATTERNS.some((re) => re.test(line));
}

export interface LayoutLine {
  /** The line, whitespace already collapsed and trimmed. */
  text: string;
  /** A form feed (page break) separates this line from the one before. */
  pageBreakBefore: boolean;
}

/**
 * Which lines are page furniture: footers, and the bare numbers that are page
 * numbers. A bare number is never a page number right against a table cell
 * (another number, a short label) or right under a line that introduces it
 * with a colon. Otherwise it is one when
 * - a page break or a footer is next to it (blank lines aside), or it opens or
 *   closes the document;
 * - standing alone between blank lines, it continues a sequence: the previous
 *   such number is one less, or the next one more, with a page's worth of
 *   text in between;
 * - standing alone between blank lines, it has no other reading: it interrupts
 *   a sentence (the text above does not end one, the text below goes on in
 *   lower case), or it stands between two paragraphs of prose. These two also
 *   need a number no larger than the document could have pages.
 */
export function pageFurniture(lines: LayoutLine[]): boolean[] {
  const footer = lines.map((l) => isFooterLine(l.text));
  const drop = footer.slice();
  const textLines = lines.filter((l, i) => l.text !== '' && !footer[i]).length;
  const maxPages = 1 + Math.floor(textLines / 10);

  const candidates = lines.flatMap((l, i) => {
    if (!BARE_NUMBER.test(l.text)) return [];
    const above = neighbour(lines, footer, i, -1);
    const below = neighbour(lines, footer, i, +1);
    const inTable = (above.adjacent && (isCell(above.text!) || /:$/.test(above.text!))) || (below.adjacent && isCell(below.text!));
    return inTable ? [] : [{ i, value: Number(l.text), above, below }];
  });

  // A sequence needs numbers standing apart: a run of wrapped text can leave a number alone on a line.
  const apart = candidates.filter((c) => !c.above.adjacent && !c.below.adjacent);
  const apartIndex = new Map(apart.map((c, k) => [c, k]));
  candidates.forEach((c) => {
    const k = apartIndex.get(c) ?? -1;
    const prev = k > 0 ? apart[k - 1] : undefined;
    const next = k >= 0 ? apart[k + 1] : undefined;
    const inSequence =
      (prev !== undefined && prev.value === c.value - 1 && textBetween(lines, footer, prev.i, c.i) >= 5) ||
      (next !== undefined && next.value === c.value + 1 && textBetween(lines, footer, c.i, next.i) >= 5);
    const atPageEdge = c.above.edge || c.below.edge;
    const alone = k >= 0 && c.value >= 1 && c.value <= maxPages;
    const { text: above } = c.above;
    const { text: below } = c.below;
    const interruptsSentence = above !== null && below !== null && !/[.?!:;]["'’”)]*$/.test(above) && /^\p{Ll}/u.test(below);
    const betweenProse = isProse(above) && isProse(below) && !/:$/.test(above!);
    if (atPageEdge || inSequence || (alone && (interruptsSentence || betweenProse))) drop[c.i] = true;
  });

  // A running header: the minister's name and title that a PDF repeats at the top of the next page, after the page
  // number or the page break. Lines in capitals that repeat, word for word, lines the document gave before; the page
  // number above them is furniture too.
  const firstSeen = new Map<string, number>();
  lines.forEach((l, i) => {
    if (l.text !== '' && !firstSeen.has(l.text)) firstSeen.set(l.text, i);
  });
  const repeatsCapitals = (i: number) => CAPITALS.test(lines[i]!.text) && firstSeen.get(lines[i]!.text)! < i;
  const dropRunningHeader = (from: number): boolean => {
    let j = from;
    while (j < lines.length && lines[j]!.text === '') j++;
    const start = j;
    while (j < lines.length && repeatsCapitals(j)) j++;
    for (let k = start; k < j; k++) drop[k] = true;
    return j > start;
  };
  for (const c of candidates) if (dropRunningHeader(c.i + 1)) drop[c.i] = true;
  lines.forEach((l, i) => {
    if (l.pageBreakBefore) dropRunningHeader(i);
  });
  return drop;
}

/** A line in capitals: letters, none lower case ("ANNELIES SCHIJNBERGHE", "VLAAMS MINISTER VAN ONDERWIJS,"). */
const CAPITALS = /^(?=.*\p{Lu}.*\p{Lu})[^\p{Ll}]+$/u;

interface Neighbour {
  /** The nearest line of text, or null at the document's edge. */
  text: string | null;
  /** A page break, a footer or the document's edge comes first. */
  edge: boolean;
  /** Right against the line: no blank line, footer or page break in between. */
  adjacent: boolean;
}

function neighbour(lines: LayoutLine[], footer: boolean[], i: number, dir: -1 | 1): Neighbour {
  let edge = false;
  for (let j = i; ; j += dir) {
    if (dir < 0 ? lines[j]!.pageBreakBefore : lines[j + 1]?.pageBreakBefore) edge = true;
    const n = j + dir;
    if (n < 0 || n >= lines.length) return { text: null, edge: true, adjacent: false };
    if (footer[n]) edge = true;
    else if (lines[n]!.text !== '') return { text: lines[n]!.text, edge, adjacent: n === i + dir && !edge };
  }
}

function textBetween(lines: LayoutLine[], footer: boolean[], from: number, to: number): number {
  let n = 0;
  for (let j = from + 1; j < to; j++) if (lines[j]!.text !== '' && !footer[j]) n++;
  return n;
}

/** A table cell or label: a number, or a few words that do not end a sentence. */
function isCell(line: string): boolean {
  if (/^[-–+]?[\d.,]+\s*[%€]?$/.test(line)) return true;
  return line.split(' ').length < 4 && !/[.?!;]["'’”)]*$/.test(line);
}

/** A line of running text, not a cell: several words. */
function isProse(line: string | null): boolean {
  if (line === null) return false;
  return line.split(' ').filter((w) => /\p{L}{2,}/u.test(w)).length >= 4;
}
