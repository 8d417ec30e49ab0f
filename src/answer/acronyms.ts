import { tokenize } from '../search/analyze.js';

/**
 * A name the question spells out ("the EU asylum, migration and integration fund") that the documents write as its
 * initials ("AMIF-middelen"): the acronym is found by its letters, not from a list. Only initials the documents
 * write in capitals within running text count, so no run of words becomes a word of its own ("van"), and a
 * capitalised header line ("BAVO HEIRWEGH") is no acronym.
 */

/** Words an acronym skips: "Asylum, Migration and Integration Fund" is AMIF. */
const LINKING = new Set('and en of for the van voor de het'.split(' '));
const MIN_LETTERS = 3;
const MAX_LETTERS = 6;
const ACRONYM = new RegExp(`(?<![\\p{L}\\p{N}])\\p{Lu}{${MIN_LETTERS},${MAX_LETTERS}}(?![\\p{L}\\p{N}])`, 'gu');

const acronymsByCorpus = new WeakMap<readonly { text: string }[], Set<string>>();

/** The acronyms the documents write in running text (a line with lower case), lower case. */
function corpusAcronyms(documents: readonly { text: string }[]): Set<string> {
  let found = acronymsByCorpus.get(documents);
  if (found) return found;
  found = new Set();
  for (const d of documents) {
    for (const line of d.text.split('\n')) {
      if (!/\p{Ll}/u.test(line)) continue;
      for (const m of line.matchAll(ACRONYM)) found.add(m[0].toLowerCase());
    }
  }
  acronymsByCorpus.set(documents, found);
  return found;
}

/** Each word of a spelled-out name in the text → the acronym the documents write for the name. */
export function spelledOutAcronyms(text: string, documents: readonly { text: string }[]): Map<string, string> {
  const known = corpusAcronyms(documents);
  const out = new Map<string, string>();
  if (known.size === 0) return out;
  const words = tokenize(text);
  for (let i = 0; i < words.length; i++) {
    if (LINKING.has(words[i]!) || !/^\p{L}/u.test(words[i]!)) continue;
    let initials = '';
    const spelled: string[] = [];
    for (let j = i; j < words.length && initials.length < MAX_LETTERS; j++) {
      const w = words[j]!;
      if (LINKING.has(w)) continue;
      if (!/^\p{L}/u.test(w)) break;
      initials += w[0];
      spelled.push(w);
      if (initials.length >= MIN_LETTERS && known.has(initials)) for (const s of spelled) out.set(s, initials);
    }
  }
  return out;
}
