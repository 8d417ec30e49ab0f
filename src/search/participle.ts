import { isDutchWord, isLexiconLoaded } from '../corpus/lexicon.js';
import { VERB_PARTICLES } from './compound.js';

/**
 * A Dutch past participle names the act its verb names: "afgerond" is afronden, "ingediend" indienen,
 * "opgevangen" opvangen, "geregistreerd" registreren. The Snowball stemmer keeps the ge- (and a separable
 * particle before it), so "Hoeveel ouders hebben de cursus afgerond?" never meets "Of zij die cursus ook
 * afronden, is nog niet bekend". Dutch spelling rules give the infinitive from the participle; the lexicon
 * confirms it.
 */

/** Separable particles, which stand before ge- ("af-ge-rond", "in-ge-diend", "goed-ge-keurd"): the verb prefixes compounds know, and the short ones. */
const PARTICLES = ['', ...VERB_PARTICLES, 'in', 'binnen', 'goed'];
/** The ending is -t after a voiceless sound ('t kofschip: t, k, f, s, ch, p), else -d; a stem in t or d takes none. */
const VOICELESS_END = /(?:t|k|f|s|ch|p|x)$/;
const VOWEL_DIGRAPH = /(?:aa|ee|oo|uu|ie|ij|ei|ou|au|ui|oe|eu)$/;

/** The infinitive of a weak verb's stem (the "ik" form): "maak" → maken, "stop" → stoppen, "leef" → leven, "rond" → ronden. */
function weakInfinitives(stem: string): string[] {
  const last = stem.slice(-1);
  const body = stem.slice(0, -1);
  if (!/[bcdfghjklmnpqrstvwxz]/.test(last)) return [];
  // A long vowel written double in the closed syllable is single in the open one: maak → maken.
  const doubled = /([aeou])\1$/.exec(body);
  const open = doubled ? body.slice(0, -1) : body;
  // A voiced sound written voiceless at the end of a word: leef → leven, reis → reizen.
  const voiced = last === 'f' ? 'v' : last === 's' ? 'z' : null;
  const out: string[] = [];
  if (doubled || VOWEL_DIGRAPH.test(body)) {
    out.push(`${open}${last}en`);
    if (voiced) out.push(`${open}${voiced}en`);
  } else if (/[aeiou]$/.test(body) && !/[aeiou]{2}$/.test(body)) {
    // A short vowel before one consonant keeps its sound by doubling it: stop → stoppen; an unstressed one does
    // not: weiger → weigeren.
    out.push(`${stem}${last}en`, `${stem}en`);
  } else {
    out.push(`${stem}en`);
  }
  return out;
}

/**
 * The infinitives a past participle may belong to, those the lexicon knows; none for other words. Spelling
 * leaves some open: "gemeld" may be mel + d or meld; both are kept, the wrong one rarely stands in a passage.
 */
export function infinitivesOfParticiple(word: string): string[] {
  if (!isLexiconLoaded() || word.length < 5) return [];
  for (const particle of PARTICLES) {
    if (!word.startsWith(`${particle}ge`)) continue;
    const rest = word.slice(particle.length + 2);
    if (rest.length < 3) continue;
    const candidates: string[] = [];
    // Strong verbs: ge- … -en ("opgevangen" → opvangen).
    if (rest.endsWith('en')) candidates.push(rest);
    // Weak verbs: ge- stem -t/-d ("gemaakt" → maak), or the stem alone when it ends in t or d ("gestart" → start).
    if (/[td]$/.test(rest)) {
      const stem = rest.slice(0, -1);
      // "gestart" is start + nothing, not star + t; "geleefd" is leef (leven, a voiced v) + d.
      if (rest.endsWith('t') ? VOICELESS_END.test(stem) : !VOICELESS_END.test(stem) || /[fs]$/.test(stem)) candidates.push(...weakInfinitives(stem));
      candidates.push(...weakInfinitives(rest));
    }
    const found = candidates.map((c) => `${particle}${c}`).filter((c) => c !== word && isDutchWord(c));
    if (found.length > 0) return [...new Set(found)];
  }
  return [];
}

/**
 * The infinitives a finite form of a weak verb may belong to ("afhaakten" → afhaken, "uitvalt" → uitvallen), those
 * the lexicon knows; a form in -en the lexicon knows ("afhaken", or the strong past "uitvielen", which no rule
 * leads back to its infinitive) is kept as it stands.
 */
export function infinitivesOfFinite(word: string): string[] {
  if (!isLexiconLoaded() || word.length < 4) return [];
  const stems = /(?:ten|den)$/.test(word) ? [word.slice(0, -3)] : /(?:te|de)$/.test(word) ? [word.slice(0, -2)] : word.endsWith('t') ? [word.slice(0, -1), word] : [word];
  const found = stems.flatMap(weakInfinitives).filter((c) => c !== word && isDutchWord(c));
  if (word.endsWith('en') && isDutchWord(word)) found.push(word);
  return [...new Set(found)];
}
