import { isDutchWord, isLexiconLoaded } from '../corpus/lexicon.js';

/**
 * Dutch writes compounds as one word ("discriminatiemeldingen",
 * "geldboetes"); a question may name only their head ("meldingen",
 * "boetes") or spell them apart. The lexicon splits a compound at its last
 * seam: Dutch compounds are right-headed, so the last element that is a word,
 * after a modifier that is a word (with a linking -s-, -e- or -en- allowed),
 * is the head. No word list: OpenTaal's dictionary decides.
 */

export interface CompoundParts {
  modifier: string;
  head: string;
}

/**
 * Linking sounds between modifier and head, tried before none ("personeel-s-leden"). The old plural -er- of a few
 * nouns ("kind-er-opvang", "ei-er-dop", "lied-er-boek") comes after none: "moedertaal" is moeder + taal, not moed.
 */
const LINKERS = ['en', 's', 'e', '', 'er'];
/** Endings of plural and case that the lexicon's words take ("melding-en", "cheque-s", "werkende-n"). */
const INFLECTIONS = ['en', 'n', 's'];
const MIN_MODIFIER = 4;
const MIN_HEAD = 5;
/**
 * Prepositions and adverbs that prefix verbs ("onder-zoeken", "voor-stellen",
 * "uit-voeren"): a closed class of the language, forming derived words, not
 * compounds of two things.
 */
export const VERB_PARTICLES: readonly string[] = 'aan achter af bij door mee na om onder op over tegen terug toe uit voor weg samen'.split(' ');
const PARTICLES = new Set(VERB_PARTICLES);
const cache = new Map<string, CompoundParts | null>();

/** The modifier and head of a lower-case compound, or null (not a compound, or the lexicon is not loaded). */
export function compoundParts(word: string): CompoundParts | null {
  if (word.length < MIN_MODIFIER + MIN_HEAD || /[^\p{Ll}]/u.test(word) || !isLexiconLoaded()) return null;
  let parts = cache.get(word);
  if (parts !== undefined) return parts;
  parts = null;
  // An inflected word has its seam where its base has one: a plural or case ending makes no seam ("werkenden" is
  // werkende + n, not werk + enden, though "enden" is a word). The head without the ending must be a word too.
  // (Read only once some head is a word: most candidate heads are not.)
  let endings: string[] | undefined;
  const endingsOfBase = () => (endings ??= INFLECTIONS.filter((e) => word.endsWith(e) && isDutchWord(word.slice(0, -e.length))));
  // A head the lexicon knows only inside compounds ("klasgenoten": genote) is long enough to stand as a part.
  const headOfBase = (head: string) => endingsOfBase().every((e) => head.length - e.length >= MIN_HEAD || isDutchWord(head.slice(0, -e.length)));
  for (let i = word.length - MIN_HEAD; i >= MIN_MODIFIER && !parts; i--) {
    const head = word.slice(i);
    if (!isDutchWord(head) || !headOfBase(head)) continue;
    const left = word.slice(0, i);
    for (const linker of LINKERS) {
      const modifier = linker && left.endsWith(linker) ? left.slice(0, -linker.length) : linker ? '' : left;
      if (modifier.length >= MIN_MODIFIER && !PARTICLES.has(modifier) && isDutchWord(modifier)) {
        parts = { modifier, head };
        break;
      }
    }
  }
  if (cache.size > 100_000) cache.clear();
  cache.set(word, parts);
  return parts;
}
