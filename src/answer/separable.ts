import { terms } from '../search/analyze.js';
import type { QueryTerm } from './checks.js';

/**
 * Dutch splits a separable verb in a main clause: "Ze keurde er 16.205 goed" is "goedkeuren", "Daarna stroomden 812
 * leerlingen door" is "doorstromen". The particle closes the clause and the finite verb stands before it, so the
 * words of the clause do not show the verb the dictionary writes, nor its stem.
 */
const PARTICLES = new Set('aan af bij binnen door goed in mee na neer om op over samen terug toe uit vast voor vrij weg'.split(' '));
/** Where a clause ends, as far as a separable verb reaches: a comma or a full stop, not one inside a figure ("16.205"). */
const CLAUSE_END = /[,;:!?()]|\.(?=\s|$)/;

/**
 * The stems of a weak verb's finite form, as its infinitive may spell them: "keurde" → "keur", "stroomden" → "strom"
 * (an open syllable writes one vowel: "stromen"), "vulden" → "vul" or "vull" (a short vowel doubles the consonant:
 * "vullen"; which vowel is short the spelling does not say). Only the past ("-de", "-te") and the singular present
 * ("-t") are read: a plural in "-en" is as often a noun ("De scholen rekenen daar niet op"). A strong verb ("nam …
 * deel") gives a stem no verb has, which matches nothing asked.
 */
function weakStems(word: string): string[] {
  const stem = word.replace(/(?:den|ten|de|te|t)$/, '');
  if (stem.length < 3 || stem === word) return [];
  const open = stem.replace(/([aeou])\1([^aeiouy])$/, '$1$2');
  if (open !== stem) return [open];
  return /(?:^|[^aeiouy])[aeiou]([^aeiouy])$/.test(stem) ? [stem, stem + stem.at(-1)!] : [stem];
}

/** The stems of the separable verbs a text splits ("goedkeur" for "keurde … goed"). */
export function separatedVerbTerms(text: string): string[] {
  const found: string[] = [];
  for (const clause of text.toLowerCase().split(CLAUSE_END)) {
    const words = clause.match(/\p{L}+/gu) ?? [];
    const particle = words.at(-1);
    if (particle === undefined || words.length < 3 || !PARTICLES.has(particle)) continue;
    for (const word of words.slice(0, -1)) for (const stem of weakStems(word)) found.push(...terms(`${particle}${stem}en`));
  }
  return found;
}

/** Whether a text speaks of the query's word as a split separable verb. */
export function splitVerbSpeaksOf(q: QueryTerm, text: string): boolean {
  const wanted = new Set([q.term, ...q.alternatives]);
  return separatedVerbTerms(text).some((t) => wanted.has(t));
}
