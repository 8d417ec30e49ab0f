import { hasVowel } from '../../src/corpus/hyphen.js';
import { isDutchWord } from '../../src/corpus/lexicon.js';

/**
 * Seeded documents laid out the way PDF extraction delivers them: hard line
 * wraps, words broken with a hyphen, hyphenated compounds and elided compound
 * parts broken after their hyphen, page breaks with footers and page numbers,
 * small tables of bare numbers. Each knows its own words, so a test can check
 * that normalisation gives them back unchanged.
 *
 * Breaks that no reader could resolve are not generated: a word broken where
 * both halves and the hyphenated form are words as well, a page number right
 * against a table cell or a line ending in a colon, a page break next to a
 * line that is just a number (see layout.ts).
 */

export interface Material {
  /** Sentences of running text, as word lists. */
  sentences: string[][];
  /** Hyphenated words the lexicon lists ("sociaal-economisch"). */
  hyphenated: string[];
  /** Lower-case words that can stand before "- en" ("taal- en …"). */
  elidable: string[];
}

export interface LaidOutDoc {
  raw: string;
  /** The words the normalised text must have, in order. */
  words: string[];
  /** Raw [start, end) of the lines the layout added: footers, page numbers. */
  furniture: [number, number][];
  /** Raw offsets of the hyphens that broke a word. */
  splitHyphens: number[];
  /** Raw offsets of hyphens of compounds broken at a line end: the line break after them folds to nothing. */
  compoundHyphens: number[];
}

export const FOOTER = 'Vlaams Parlement – Leuvenseweg 86 – 1000 Brussel';
const CONJUNCTIONS = ['en', 'of', 'tot', 'noch', 'als'];

interface Piece {
  text: string;
  /** Where a line may be broken after this part of a token, and how. */
  kind: 'word' | 'compound' | 'elision';
}

interface Line {
  text: string;
  splitAt: number[]; // offsets in the line of split-word hyphens
  compoundAt?: number; // offset of a compound's hyphen that ends the line
  table: boolean;
}

type Rand = () => number;

/** A word may be broken at k when a reader with the lexicon would join it again. */
function splitPoints(token: string): number[] {
  const word = /^\p{L}+(?![\p{M}\p{N}])/u.exec(token)?.[0] ?? '';
  const points: number[] = [];
  for (let k = 2; k <= word.length - 2; k++) {
    const l = word.slice(0, k);
    const r = word.slice(k);
    if (!/\p{Ll}/u.test(l.at(-1)!) || !/\p{Ll}/u.test(r[0]!) || CONJUNCTIONS.includes(r)) continue;
    // Typesetters break between syllables, and a syllable has a vowel: "cr-⏎iteria" is never printed.
    if (!hasVowel(l) || !hasVowel(r)) continue;
    if (isDutchWord(`${l}-${r}`)) continue;
    if (isDutchWord(word) || !(isDutchWord(l) && isDutchWord(r))) points.push(k);
  }
  return points;
}

/** A hyphenated token may be broken after its hyphen at h when a reader would keep the hyphen. */
function compoundBreakable(token: string, h: number): boolean {
  const l = /[\p{L}\p{N}]+$/u.exec(token.slice(0, h))?.[0];
  const r = /^[\p{L}\p{N}]+/u.exec(token.slice(h + 1))?.[0];
  if (!l || !r || CONJUNCTIONS.includes(r)) return false;
  const a = l.at(-1)!;
  const b = r[0]!;
  if (/\d/.test(a + b) || /\p{Lu}/u.test(a) !== /\p{Lu}/u.test(b) || !hasVowel(l) || !hasVowel(r)) return true;
  if (isDutchWord(`${l}-${r}`)) return true;
  if (isDutchWord(l + r)) return false;
  return (isDutchWord(l) && isDutchWord(r)) || !/\p{Ll}/u.test(l);
}

/** Wraps one paragraph's tokens into lines of about `width` characters. */
function wrap(tokens: Piece[], width: number, rand: Rand): Line[] {
  const lines: Line[] = [];
  let cur: Line = { text: '', splitAt: [], table: false };
  const flush = () => {
    lines.push(cur);
    cur = { text: '', splitAt: [], table: false };
  };
  const add = (s: string) => (cur.text = cur.text === '' ? s : `${cur.text} ${s}`);
  for (const t of tokens) {
    const room = width - cur.text.length - 1;
    if (cur.text !== '' && t.text.length > room) {
      const hyphen = t.text.indexOf('-', 1);
      const points = splitPoints(t.text).filter((k) => k + 1 <= room);
      if (t.kind === 'compound' && hyphen > 0 && hyphen + 1 <= room && compoundBreakable(t.text, hyphen) && rand() < 0.7) {
        add(t.text.slice(0, hyphen + 1));
        cur.compoundAt = cur.text.length - 1;
        flush();
        cur.text = t.text.slice(hyphen + 1);
        continue;
      }
      if (points.length && rand() < 0.7) {
        const k = points[Math.floor(rand() * points.length)]!;
        add(t.text.slice(0, k) + '-');
        cur.splitAt.push(cur.text.length - 1);
        flush();
        cur.text = t.text.slice(k);
        continue;
      }
      flush();
    }
    add(t.text);
    // An elided part often ends a line.
    if (t.kind === 'elision' && rand() < 0.5) flush();
  }
  if (cur.text !== '') flush();
  return lines;
}

const pick = <T>(rand: Rand, xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
const int = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

function paragraph(rand: Rand, m: Material, index: number): { tokens: Piece[]; table?: string[] } {
  const r = rand();
  if (r < 0.12) {
    const lead = [...pick(rand, m.sentences).slice(0, int(rand, 2, 5)), 'per', 'jaar:'];
    const cells = Array.from({ length: int(rand, 2, 8) }, () => String(rand() < 0.3 ? int(rand, 2010, 2024) : int(rand, 0, 999)));
    return { tokens: lead.map((text) => ({ text, kind: 'word' })), table: cells };
  }
  const words: string[] = [];
  if (r < 0.3) words.push(`${index}.`);
  else if (r < 0.4) words.push('-');
  for (let s = int(rand, 1, 4); s > 0; s--) words.push(...pick(rand, m.sentences));
  const tokens: Piece[] = words.map((text) => ({ text, kind: /\p{L}-\p{L}|\d-\d|\p{L}-\d|\d-\p{L}/u.test(text) ? 'compound' : 'word' }));
  // Insertions at boundaries of the sentence words, right to left, so none lands inside another.
  const at = Array.from({ length: int(rand, 0, 3) }, () => int(rand, 1, tokens.length)).sort((a, b) => b - a);
  for (const p of at) {
    if (rand() < 0.5) tokens.splice(p, 0, { text: pick(rand, m.hyphenated), kind: 'compound' });
    else {
      const part = pick(rand, m.elidable);
      const conj = pick(rand, CONJUNCTIONS);
      if (isDutchWord(part + conj)) continue;
      tokens.splice(p, 0, { text: `${part}-`, kind: 'elision' }, { text: conj, kind: 'word' }, { text: pick(rand, m.elidable), kind: 'word' });
    }
  }
  return { tokens };
}

/** Numbers, short labels and lead-ins: a page number must not sit right against them. */
const cellLike = (line: string) => /:$/.test(line) || /^[\d.,%€ -]+$/.test(line) || (line.split(' ').length < 4 && !/[.?!;]["'’”)]*$/.test(line));

export function generateDoc(rand: Rand, m: Material): LaidOutDoc {
  const width = int(rand, 40, 95);
  const lines: (Line | null)[] = []; // null: a blank line between paragraphs
  const words: string[] = [];
  for (let p = int(rand, 3, 12), i = 1; p > 0; p--, i++) {
    const { tokens, table } = paragraph(rand, m, i);
    words.push(...tokens.map((t) => t.text), ...(table ?? []));
    if (lines.length) lines.push(null);
    lines.push(...wrap(tokens, width, rand).map((l) => ({ ...l, table: table !== undefined })));
    for (const cell of table ?? []) lines.push({ text: cell, splitAt: [], table: true });
  }

  // Page breaks between two text lines, every so many lines; never inside a table or next to a lone number.
  const breaks: number[] = [];
  for (let i = int(rand, 8, 25); i < lines.length - 1; i += int(rand, 12, 30)) {
    const a = lines[i - 1];
    const b = lines[i];
    if (a?.table && b?.table) continue;
    if ([a, b].some((l) => l && /^\d{1,3}$/.test(l.text))) continue;
    breaks.push(i);
  }
  const bareOnly = breaks.length >= 2 && rand() < 0.2;

  let raw = '';
  const furniture: [number, number][] = [];
  const splitHyphens: number[] = [];
  const compoundHyphens: number[] = [];
  const emit = (s: string, isFurniture = false) => {
    if (isFurniture) furniture.push([raw.length, raw.length + s.length]);
    raw += s;
  };
  let page = int(rand, 1, 3);
  lines.forEach((line, i) => {
    if (breaks.includes(i)) {
      const before = lines[i - 1];
      const after = line;
      const apartAbove = !before || cellLike(before.text) || rand() < 0.5;
      const apartBelow = !after || cellLike(after.text) || rand() < 0.5;
      const n = String(page++);
      const style = bareOnly ? 3 : int(rand, 0, 2);
      if (style === 0) {
        // pdftotext: the number at the foot or the head of the page, then a form feed.
        const top = rand() < 0.5;
        if (!top) emit(apartAbove ? '\n' : '');
        if (!top) emit(n, true);
        emit(top ? '\f' : '\n\f');
        if (top) emit(n, true);
        if (top) emit(apartBelow ? '\n\n' : '\n');
      } else if (style === 1) {
        emit('\n');
        emit(FOOTER, true);
        emit('\n\n');
        emit(rand() < 0.5 ? n : `- ${n} -`, true);
        emit('\n\n');
      } else if (style === 2) {
        emit('\n');
        emit(rand() < 0.5 ? `pagina ${n}` : `${n}/${page + 3}`, true);
        emit(rand() < 0.5 ? '\n\f' : '\n\n');
      } else {
        emit('\n');
        emit(n, true);
        emit('\n\n');
      }
    }
    if (line) {
      const at = raw.length;
      emit(line.text);
      for (const k of line.splitAt) splitHyphens.push(at + k);
      if (line.compoundAt !== undefined) compoundHyphens.push(at + line.compoundAt);
    }
    emit('\n');
  });
  return { raw, words, furniture, splitHyphens, compoundHyphens };
}
