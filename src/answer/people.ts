import type { ParsedDocument } from '../corpus/types.js';
import { foldDiacritics, isStopword, tokenize } from '../search/analyze.js';
import { ANSWERING } from './asking.js';

/**
 * People a question names ("wat vroeg Kherbache …", "wat antwoordde Homans
 * …"), recognised as the questioners and ministers of the corpus. A named
 * person narrows the search to their questions; the name itself is not a
 * word the passage should contain.
 */

/** How many documents' questioners and ministers bear the name part. */
interface Roles {
  questioner: number;
  minister: number;
}

export interface NamedPeople {
  /** Part of a questioner's name, as a filter value. */
  questioner: string | null;
  minister: string | null;
  /** The words of the question that are names (folded), to leave out of the search terms. */
  words: Set<string>;
}

const fold = (s: string) => foldDiacritics(s).toLowerCase();

/** Name parts of the corpus's people, by role; built once per document list. */
const rosters = new WeakMap<readonly ParsedDocument[], Map<string, Roles>>();
/** The corpus's people's full names as token strings (" karim el hajjaji "), for the short parts a roster skips. */
const fullNames = new WeakMap<readonly ParsedDocument[], string[]>();

function namesInFull(documents: readonly ParsedDocument[]): string[] {
  let names = fullNames.get(documents);
  if (!names) {
    const all = documents.flatMap((d) => [d.questioner, d.minister.name]).map((n) => tokenize(n ?? ''));
    names = [...new Set(all.filter((t) => t.length >= 2).map((t) => ` ${t.join(' ')} `))];
    fullNames.set(documents, names);
  }
  return names;
}

function roster(documents: readonly ParsedDocument[]): Map<string, Roles> {
  let names = rosters.get(documents);
  if (names) return names;
  names = new Map();
  const add = (name: string | null, role: keyof Roles) => {
    for (const part of tokenize(name ?? '')) {
      if (part.length < 3 || isStopword(part)) continue;
      const roles = names!.get(part) ?? { questioner: 0, minister: 0 };
      roles[role] += 1;
      names!.set(part, roles);
    }
  };
  for (const d of documents) {
    add(d.questioner, 'questioner');
    add(d.minister.name, 'minister');
  }
  rosters.set(documents, names);
  return names;
}

const WORD = /\p{L}[\p{L}'’-]*/gu;

/**
 * The corpus's people the question names. A word counts as a name when it is
 * a name part of a questioner or minister and either written with a capital
 * or not a word the passages use (`usedInPassages`): "Vogel" the person, not
 * "vogel" the bird.
 */
export function namedPeople(text: string, documents: readonly ParsedDocument[], usedInPassages: (word: string) => boolean): NamedPeople {
  const names = roster(documents);
  const found: NamedPeople = { questioner: null, minister: null, words: new Set() };
  if (names.size === 0) return found;
  const answering = ANSWERING.test(text);
  for (const [word] of text.matchAll(WORD)) {
    const folded = fold(word);
    const roles = names.get(folded);
    if (!roles || !(/^\p{Lu}/u.test(word) || !usedInPassages(folded))) continue;
    const role = roles.questioner && roles.minister ? (answering ? 'minister' : 'questioner') : roles.questioner ? 'questioner' : 'minister';
    // Of a full name, the part fewest documents share filters: "Wouter Figurant" is Figurant, not every Wouter.
    const current = found[role];
    if (current === null || roles[role] <= names.get(current)![role]) found[role] = folded;
    found.words.add(folded);
  }
  // A particle of a full name the question writes out is a name word too: "El" in "Karim El Hajjaji".
  if (found.words.size > 0) {
    const spoken = ` ${tokenize(text).join(' ')} `;
    for (const name of namesInFull(documents)) if (spoken.includes(name)) for (const part of name.trim().split(' ')) found.words.add(part);
  }
  return found;
}

const PRESENT_ASKING = /\b(?:vraagt|vragen)\b/i;

/** "Wat vraagt Amina Borduurs …": the present "vraagt" asks what was asked when a questioner of the corpus is named. */
export function asksAsQuestioner(text: string, people: NamedPeople): boolean {
  return people.questioner !== null && PRESENT_ASKING.test(text) && !ANSWERING.test(text);
}
