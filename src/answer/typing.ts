import { isDutchWord, isLexiconLoaded } from '../corpus/lexicon.js';
import { isStopword, terms, tokenize } from '../search/analyze.js';
import { abbreviationExpansions, dutchEquivalents } from '../search/glossary.js';
import { MIN_CORRECTED_LENGTH } from '../search/spelling.js';
import { isEnglishWordForm } from '../search/wordnet.js';

/**
 * Typing errors: a word of the question that neither the documents nor the
 * Dutch lexicon know, nor the glossary translates, read as the indexed term
 * one edit away ("tolkopdrachen" → tolkopdracht). Token → corrected stem.
 * In an English question, a word the English wordnet knows is English, not a
 * misspelt Dutch word: "welder" is lasser, not "melder".
 */
export function typingErrors(
  text: string,
  usedInPassages: (word: string) => boolean,
  nearestKnown: (term: string) => string | null,
  english = false,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const token of tokenize(text)) {
    if (out.has(token) || token.length < MIN_CORRECTED_LENGTH || isStopword(token) || /\d/.test(token) || usedInPassages(token)) continue;
    if ((isLexiconLoaded() && isDutchWord(token)) || dutchEquivalents(token).length > 0 || abbreviationExpansions(token).length > 0) continue;
    if (english && isEnglishWordForm(token)) continue;
    const [term] = terms(token);
    const corrected = (term ? nearestKnown(term) : null) ?? knownWordOneEditAway(token, usedInPassages);
    if (corrected) out.set(token, corrected);
  }
  return out;
}

/**
 * The stem of a Dutch word the passages use, one edit from a misspelt one, when the stems are too far apart to
 * meet: "examne" stems to "examn", "examen" to "exam". Only a word the lexicon knows, and only one such word.
 */
function knownWordOneEditAway(token: string, usedInPassages: (word: string) => boolean): string | null {
  if (!isLexiconLoaded()) return null;
  const found = new Set<string>();
  for (const word of oneEditAway(token)) {
    if (!usedInPassages(word) || !isDutchWord(word)) continue;
    const [stem] = terms(word);
    if (stem) found.add(stem);
    if (found.size > 1) return null;
  }
  return found.size === 1 ? [...found][0]! : null;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Words one deletion, swap of neighbours, substitution or insertion from `word`. */
function* oneEditAway(word: string): Generator<string> {
  for (let i = 0; i < word.length; i++) {
    yield word.slice(0, i) + word.slice(i + 1);
    if (i + 1 < word.length) yield word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    for (const c of LETTERS) if (c !== word[i]) yield word.slice(0, i) + c + word.slice(i + 1);
  }
  for (let i = 0; i <= word.length; i++) for (const c of LETTERS) yield word.slice(0, i) + c + word.slice(i);
}
