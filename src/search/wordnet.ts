import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * English → Dutch through the open wordnets: Princeton WordNet's English
 * lemmas joined with Open Dutch WordNet's and Wiktionary's Dutch lemmas on
 * their shared synsets (resources/wordnet/en-nl.tsv, built by
 * `npm run build:wordnet`). It is the general vocabulary the hand-made
 * glossary cannot be: "victim" → slachtoffer, "truancy" → spijbelen,
 * "waiting list" → wachtlijst. Its renderings are senses, not the dossier's
 * usage, so callers keep only those the documents use.
 */
const TABLE_FILE = fileURLToPath(new URL('../../resources/wordnet/en-nl.tsv', import.meta.url));

type PartOfSpeech = 'n' | 'v' | 'a' | 'r';

let table: Map<string, Map<PartOfSpeech, string[]>> | null = null;

function loadTable(): Map<string, Map<PartOfSpeech, string[]>> {
  if (table) return table;
  const out = new Map<string, Map<PartOfSpeech, string[]>>();
  for (const line of readFileSync(TABLE_FILE, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [english, pos, dutch] = line.split('\t') as [string, PartOfSpeech, string];
    out.set(english, (out.get(english) ?? new Map<PartOfSpeech, string[]>()).set(pos, dutch.split(' ')));
  }
  return (table = out);
}

/**
 * WordNet's own lemmatiser (morphy) undoes English inflection by detaching the endings of each part of speech
 * and trying the result: "victims" → victim (noun), "women" → woman, "reduced" → reduce (verb), "fastest" → fast
 * (the adjective only, not the noun "fast"). Irregular forms ("spent", "children") are rows of the table.
 */
const DETACHMENTS: Record<PartOfSpeech, [string, string][]> = {
  n: [['ies', 'y'], ['ches', 'ch'], ['shes', 'sh'], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['men', 'man'], ['s', '']],
  v: [['ies', 'y'], ['es', 'e'], ['es', ''], ['s', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  a: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  r: [],
};

/** The lemmas an inflected form may have in one part of speech ("victims" → victim as a noun). */
function detached(word: string, pos: PartOfSpeech): string[] {
  return DETACHMENTS[pos].filter(([ending]) => word.endsWith(ending)).map(([ending, replacement]) => word.slice(0, -ending.length) + replacement).filter((lemma) => lemma.length >= 3);
}

/** The lemmas an inflected English verb form may have by its ending ("following" → follow), before the table is asked. */
export function verbLemmas(word: string): string[] {
  return detached(word, 'v');
}

/** Each lemma a form's ending may leave, with the part of speech whose inflection that ending is. */
const endingReadings = (word: string): [PartOfSpeech, string][] =>
  (Object.keys(DETACHMENTS) as PartOfSpeech[]).flatMap((pos) => detached(word, pos).map((lemma): [PartOfSpeech, string] => [pos, lemma]));

/** Dutch lemmas of every reading of an English word form: the form itself in any part of speech, or its lemma in the one whose inflection it shows. */
function renderingsOf(word: string): string[] {
  const words = loadTable();
  const out = [...(words.get(word)?.values() ?? [])].flat();
  for (const [pos, lemma] of endingReadings(word)) out.push(...(words.get(lemma)?.get(pos) ?? []));
  return [...new Set(out)];
}

/** Dutch lemmas for one English word form, most frequent senses first (empty when the wordnets have none). */
export function wordnetDutch(word: string): string[] {
  const w = word.toLowerCase();
  return /^[a-z]+$/.test(w) ? renderingsOf(w) : [];
}

/**
 * Whether a word form is English as the wordnets know it, by any ending in any part of speech (wider than
 * wordnetDutch, which reads an ending only in its own part of speech): "handed" is the noun "hand" with a verb's
 * ending, which no rendering follows from, but it is no misspelt Dutch word.
 */
export function isEnglishWordForm(word: string): boolean {
  const w = word.toLowerCase();
  if (!/^[a-z]+$/.test(w)) return false;
  const words = loadTable();
  return words.has(w) || endingReadings(w).some(([, lemma]) => words.has(lemma));
}

/** Dutch lemmas for a two-word English term ("nursing homes", "waiting list"): the head inflects, the modifier does not. */
export function wordnetDutchPhrase(modifier: string, head: string): string[] {
  const m = modifier.toLowerCase();
  const h = head.toLowerCase();
  if (!/^[a-z]+$/.test(m) || !/^[a-z]+$/.test(h)) return [];
  const words = loadTable();
  return [...new Set([h, ...detached(h, 'n')].flatMap((noun) => words.get(`${m}_${noun}`)?.get('n') ?? []))];
}
