import { isDutchWord, isLexiconLoaded } from '../corpus/lexicon.js';

/**
 * Dutch makes adjectives of nouns with -lijk ("vrouwelijk" of vrouw, "gemeentelijk" of gemeente, "jaarlijks" of
 * jaar): "het aantal vrouwelijke deelnemers" asks about "deelnemers die vrouw zijn". The Snowball stemmer keeps the
 * suffix, so the noun is read back here, and the lexicon confirms it is a word.
 */
const LIJK = /^(.{3,})lijk(?:e|s|se)?$/;

/** The nouns an adjective in -lijk is made of ("vrouwelijke" → vrouw, "gemeentelijke" → gemeente); empty for other words. */
export function nounsOfAdjective(word: string): string[] {
  const m = LIJK.exec(word);
  if (!m || !isLexiconLoaded()) return [];
  // A linking e ("vrouw-e-lijk") or the noun's own ("gemeente-lijk"); a consonant doubled before it is single in the
  // noun ("mannelijk" of man, "wettelijk" of wet).
  const stem = m[1]!;
  const bases = stem.endsWith('e') ? [stem.slice(0, -1), stem] : [stem];
  const forms = bases.flatMap((b) => (/([bdfgklmnprst])\1$/.test(b) ? [b.slice(0, -1), b] : [b]));
  return [...new Set(forms)].filter((f) => f.length >= 3 && isDutchWord(f)).slice(0, 1);
}
