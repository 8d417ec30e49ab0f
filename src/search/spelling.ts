/**
 * Typing errors in questions ("tolkopdrachen" for "tolkopdrachten"): a query
 * term the index does not know is matched to an indexed term one edit away
 * (an insertion, a deletion, a substitution or two neighbours swapped). Only
 * for longer terms, where one edit rarely turns a word into another real
 * word; the caller decides which words may be typing errors at all.
 */

/** Shorter terms are left alone: "taal" is one edit from "taak" and "maal". */
export const MIN_CORRECTED_LENGTH = 6;

/** Whether `a` becomes `b` with at most one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    // A substitution, or a swap of the two letters at i.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // One insertion or deletion at i.
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The indexed terms by first letter and length: a typing error rarely hits
 * the first letter, and one edit changes the length by at most one, so only
 * three small buckets are compared.
 */
export class SpellingVocabulary {
  private constructor(private readonly buckets: Map<string, string[]>) {}

  static of(terms: Iterable<string>): SpellingVocabulary {
    const buckets = new Map<string, string[]>();
    for (const term of terms) {
      if (term.length < MIN_CORRECTED_LENGTH - 1 || /\d/.test(term)) continue;
      const key = term[0]! + term.length;
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = []));
      bucket.push(term);
    }
    return new SpellingVocabulary(buckets);
  }

  /** The indexed term one edit from `term`; among several, the most frequent (`frequency`). Null when none. */
  nearest(term: string, frequency: (t: string) => number): string | null {
    if (term.length < MIN_CORRECTED_LENGTH || /\d/.test(term)) return null;
    let best: string | null = null;
    let bestFrequency = 0;
    for (const length of [term.length - 1, term.length, term.length + 1]) {
      for (const candidate of this.buckets.get(term[0]! + length) ?? []) {
        if (candidate === term || !withinOneEdit(term, candidate)) continue;
        const f = frequency(candidate);
        if (f > bestFrequency || (f === bestFrequency && best !== null && candidate < best)) {
          best = candidate;
          bestFrequency = f;
        }
      }
    }
    return best;
  }
}
