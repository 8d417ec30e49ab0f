import { lexicon, type Lexicon } from './lexicon.js';

/**
 * What a hyphen at the end of a line is:
 * - `split`: the typesetter broke a word ("inbur-⏎gering"): drop the hyphen, join;
 * - `compound`: a hyphen that belongs to the text ("sociaal-⏎economische",
 *   "AMIF-⏎oproep", "2014-⏎2015"): keep it, no space;
 * - `elision`: an elided compound part before a conjunction ("taal-⏎en
 *   inburgeringsbeleid"): keep the hyphen and the space.
 *
 * The decision rests on the layout (line ends, case, digits, conjunctions) and
 * on the lexicon, in this order:
 * 1. The next line starts with a coordinating conjunction (en, of, tot, noch,
 *    als) that does not complete the left fragment to a word, or that does
 *    but the left fragment joins the head of the word after it ("sport-⏎en
 *    jeugdactiviteiten"): elision.
 * 2. A digit on either side, or a change of case at the hyphen (AMIF-oproep,
 *    niet-Belgen): compound. Words are never broken between such characters.
 *    A fragment with a capital inside it is a name in its own form, which Dutch
 *    spelling joins with a hyphen ("WhatsApp-groepen", "YouTube-filmpje"): compound.
 *    Nor is a word broken after or before a fragment without a vowel: a syllable
 *    has one, so "Hb-⏎waarde", "cd-⏎speler" write an abbreviation's hyphen: compound.
 * 3. The lexicon, on the hyphenated form "L-R" and the joined form "LR":
 *    only "LR" is a word: split; only "L-R" is a word: compound. When both
 *    spellings are Dutch ("sociaal-economische"/"sociaaleconomische",
 *    "kunsten-huizen"/"kunstenhuizen"), the document's spelling elsewhere
 *    within a line decides; failing that, Dutch spelling: a noun compound is
 *    written solid (split), coordinated adjectives and parts whose vowels
 *    meet keep the hyphen (compound).
 * 4. Neither is a word, but the document spells it elsewhere within a line
 *    ("kleuterbrugfiguren" in five other places): as it does there.
 * 5. Neither is a word (names, compounds the lexicon cannot form): if both
 *    fragments are words on their own, or the left one is upper case (an
 *    acronym), the hyphen links two words: compound; otherwise a fragment is
 *    not a word, so the hyphen broke one: split.
 */
export type LineEndHyphen = 'split' | 'compound' | 'elision';

const CONJUNCTION = /^(?:en|of|tot|noch|als)(?=[\s,;:/)]|$)/u;
const WORD_TAIL = /[\p{L}\p{M}\p{N}]+$/u;
const WORD_HEAD = /^[\p{L}\p{M}\p{N}]+/u;
const isUpper = (c: string) => /\p{Lu}/u.test(c);
const isLower = (c: string) => /\p{Ll}/u.test(c);
const isDigit = (c: string) => /\p{N}/u.test(c);
/** A capital after a small letter inside a word: a name that keeps its own form ("WhatsApp-groepen", "iPhone-gebruiker"). */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
/** Every Dutch syllable has a vowel (y and ij included); a hyphenation point falls between syllables. */
export const hasVowel = (fragment: string): boolean => /[aeiouy]/iu.test(fragment.normalize('NFD'));

/**
 * "sport-⏎en jeugdactiviteiten": the left fragment with the conjunction is a word too ("sporten"), but it joins
 * the head of the compound after the conjunction ("sportactiviteiten"), as an elided part does.
 */
function sharesHead(left: string, after: string, lex: Lexicon): boolean {
  const next = /^\S+\s+([\p{L}\p{M}]+)/u.exec(after)?.[1];
  if (!next) return false;
  for (let cut = 2; next.length - cut >= 3; cut++) if (lex.isWord(left + next.slice(cut))) return true;
  return false;
}

/** Endings of Dutch adjectives: a coordinated adjective keeps its hyphen ("sociaal-economische", "medisch-technische"). */
const ADJECTIVE_ENDING = /(?:isch|aal|eel|ief|air|iel|ijk|ig|baar|loos)$/iu;
const VOWEL = /[aeiouy]/iu;
/** The last letter of one part and the first of the next are vowels: "ziekte-uitkering" would read "eu". */
const vowelsMeet = (left: string, right: string): boolean => VOWEL.test(left.normalize('NFD').at(-1) ?? '') && VOWEL.test(right.normalize('NFD')[0] ?? '');

/**
 * Whether Dutch spelling writes two words joined with a hyphen. A noun compound is written solid
 * ("evaluatierapport", "loonkosten"); the hyphen stays for a word the dictionary lists with it
 * ("eigenaren-bewoner"), a single letter ("e-mail", "x-as"), parts whose vowels would run together
 * ("ziekte-uitkering", "zee-egel") and coordinated adjectives ("sociaal-economische").
 */
function spelledWithHyphen(left: string, right: string, lex: Lexicon): boolean {
  return lex.listsHyphenated(left, right) || left.length === 1 || right.length === 1 || vowelsMeet(left, right) || ADJECTIVE_ENDING.test(left);
}

/** The words a document writes within its lines, lower case, hyphenated compounds whole ("amif-middelen"). */
export function wordsWithinLines(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+(?:[-\u2010][\p{L}\p{M}\p{N}]+)*/gu) ?? []).map((w) => w.replace(/\u2010/g, '-')));
}

/**
 * Classifies the hyphen ("-" or U+2010) that ends `before` (the text so far)
 * given the next line `after`. Null when it is not a hyphen
 * inside or between words (a dash after a space, a line starting with
 * punctuation): the caller joins the lines with a space as usual.
 * `spelled`: the words the document writes within its lines (wordsWithinLines).
 */
export function classifyLineEndHyphen(before: string, after: string, lex: Lexicon = lexicon(), spelled: ReadonlySet<string> = new Set()): LineEndHyphen | null {
  if (!before.endsWith('-') && !before.endsWith('\u2010')) return null;
  const left = WORD_TAIL.exec(before.slice(-80, -1))?.[0];
  const right = WORD_HEAD.exec(after)?.[0];
  if (!left || !right) return null;

  if (CONJUNCTION.test(after) && (!lex.isWord(left + right) || sharesHead(left, after, lex))) return 'elision';

  const l = left.at(-1)!;
  const r = right[0]!;
  if (isDigit(l) || isDigit(r)) return 'compound';
  if ((isUpper(l) && isLower(r)) || (isLower(l) && isUpper(r))) return 'compound';
  if (INNER_CAPITAL.test(left) || INNER_CAPITAL.test(right)) return 'compound';
  if (!hasVowel(left) || !hasVowel(right)) return 'compound';

  const hyphenated = lex.isWord(`${left}-${right}`);
  const joined = lex.isWord(left + right);
  const hyphenatedHere = spelled.has(`${left}-${right}`.toLowerCase());
  const joinedHere = spelled.has((left + right).toLowerCase());
  const asSpelledHere = hyphenatedHere !== joinedHere ? (hyphenatedHere ? 'compound' : 'split') : null;
  // Hunspell accepts nearly any two words joined by a hyphen ("kunsten-huizen"), so where both spellings are
  // Dutch the document's own spelling decides ("kunstenhuizen" in other lines), then Dutch spelling.
  if (hyphenated) {
    if (!joined) return 'compound';
    return asSpelledHere ?? (spelledWithHyphen(left, right, lex) ? 'compound' : 'split');
  }
  if (joined) return 'split';

  if (asSpelledHere) return asSpelledHere;

  if (lex.isWord(left) && lex.isWord(right)) return 'compound';
  // An upper-case fragment is an acronym, or sits in an all-caps line where case tells nothing: keep what is printed.
  if (!/\p{Ll}/u.test(left)) return 'compound';
  return 'split';
}
