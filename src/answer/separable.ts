import { terms } from '../search/analyze.js';
import { infinitivesOfFinite } from '../search/participle.js';

/**
 * Dutch splits a separable verb in a main clause: "Ze keurde er 16.205 goed" is "goedkeuren", "Daarna stroomden 812
 * leerlingen door" is "doorstromen". The particle closes the clause and the finite verb stands before it, so the
 * words of the clause do not show the verb the dictionary writes, nor its stem. The documents' terms read the same
 * (separatedVerbs in analyze.ts) for fewer particles: "goed", "over" or "voor" there would change every document's
 * terms and the ranking, so the wider list serves only the gap check that asks whether a clause speaks of the verb.
 */
const PARTICLES = new Set('aan af bij binnen door goed in mee na neer om op over samen terug toe uit vast voor vrij weg'.split(' '));
/** Where a clause ends, as far as a separable verb reaches: a comma or a full stop, not one inside a figure ("16.205"). */
const CLAUSE_END = /[,;:!?()]|\.(?=\s|$)/;

/**
 * The finite verb is read in its past ("-de", "-te") or singular present ("-t"): a plural in "-en" is as often a
 * noun ("De scholen rekenen daar niet op" splits no "opscholen"). Joined to the particle, its infinitive is the one
 * the lexicon knows (participle.ts): "keurde … goed" → goedkeuren, "vulden … in" → invullen.
 */
const FINITE_NOT_PLURAL = /(?:de|te|den|ten|t)$/;
/** A weak verb's simple past: "betaalden", "verhuisde", "werkten". */
export const WEAK_PAST = /(?:de|te|den|ten)$/;

/** The stems of the separable verbs a text splits ("goedkeur" for "keurde … goed"). */
export function separatedVerbTerms(text: string): string[] {
  const found: string[] = [];
  for (const clause of text.toLowerCase().split(CLAUSE_END)) {
    const words = clause.match(/\p{L}+/gu) ?? [];
    const particle = words.at(-1);
    if (particle === undefined || words.length < 3 || !PARTICLES.has(particle)) continue;
    for (const word of words.slice(0, -1)) {
      if (word.length >= 3 && FINITE_NOT_PLURAL.test(word)) for (const infinitive of infinitivesOfFinite(particle + word)) found.push(...terms(infinitive));
    }
  }
  return found;
}
