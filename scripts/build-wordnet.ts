/**
 * npm run build:wordnet -- --wordnet DIR --omw DIR
 *
 * Derives resources/wordnet/en-nl.tsv, the English → Dutch word list keyword
 * mode uses for English questions, from two open wordnets joined on their
 * shared synset ids:
 *   --wordnet  Princeton WordNet 3.0's database directory (index.noun, …;
 *              Debian's `wordnet-base` installs it at /usr/share/wordnet);
 *   --omw      the Open Multilingual Wordnet's Dutch tables (github.com/omwn/omw-data:
 *              wns/nld/wn-data-nld.tab, Open Dutch WordNet, and
 *              wns/wikt/wn-wikt-nld.tab, the Wiktionary-derived lemmas).
 * Each English lemma keeps the Dutch lemmas of its most frequent senses only
 * (see keptSenses): the rarer ones ("coach" as a carriage) are noise for a
 * policy corpus. The part of speech is kept, so an inflected form finds only
 * lemmas that inflect that way ("fastest" the adjective, not the noun "fast").
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export const SENSES_KEPT = 1;

const POS_FILES = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' } as const;
const ENGLISH_LEMMA = /^[a-z]+(?:[_-][a-z]+)*$/;
const DUTCH_LEMMA = /^[a-zà-ÿ]+(?:-[a-zà-ÿ]+)?$/;

/** Dutch lemmas by synset id ("02084071-n") from OMW tab files; satellite adjectives ("-s") join the adjectives. */
export function dutchBySynset(tables: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const table of tables) {
    for (const line of table.split('\n')) {
      if (line.startsWith('#') || !line.trim()) continue;
      const [synset, kind, lemma] = line.split('\t');
      if (!synset || !kind?.endsWith(':lemma') || !lemma) continue;
      const id = synset.replace(/-s$/, '-a');
      const word = lemma.trim().toLowerCase();
      if (!DUTCH_LEMMA.test(word)) continue;
      const list = out.get(id) ?? [];
      if (!list.includes(word)) list.push(word);
      out.set(id, list);
    }
  }
  return out;
}

interface IndexEntry {
  lemma: string;
  pos: string;
  offsets: string[];
  /** How many of the senses were seen in WordNet's sense-tagged corpus (SemCor): a frequency estimate. */
  tagged: number;
}

/** The entries of a Princeton index file: `lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…`. */
export function indexEntries(index: string, pos: string): IndexEntry[] {
  const out: IndexEntry[] = [];
  for (const line of index.split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const lemma = fields[0]!;
    if (!ENGLISH_LEMMA.test(lemma)) continue;
    const pointers = Number(fields[3]);
    const senses = Number(fields[4 + pointers]);
    out.push({ lemma, pos, tagged: Number(fields[5 + pointers]), offsets: fields.slice(6 + pointers, 6 + pointers + senses) });
  }
  return out;
}

/**
 * The senses kept of one lemma in one part of speech: its most frequent ones. When the tagged corpus saw the
 * lemma at all, a part of speech it never saw is a rare use ("party" as a verb, "join" as a noun) and is dropped,
 * and within a part of speech only senses it saw count. A lemma it never saw keeps its first senses.
 */
export function keptSenses(entry: IndexEntry, lemmaSeen: boolean): string[] {
  if (!lemmaSeen) return entry.offsets.slice(0, SENSES_KEPT);
  return entry.offsets.slice(0, Math.min(SENSES_KEPT, entry.tagged));
}

/** Rows `english → part of speech → Dutch lemmas`, with WordNet's irregular forms ("spent", "children") as rows of their lemma's. */
export function buildTable(entries: IndexEntry[], dutch: Map<string, string[]>, exceptions: [form: string, lemma: string, pos: string][]): Map<string, Map<string, string[]>> {
  const seen = new Set(entries.filter((e) => e.tagged > 0).map((e) => e.lemma));
  const out = new Map<string, Map<string, string[]>>();
  for (const entry of entries) {
    const words = [...new Set(keptSenses(entry, seen.has(entry.lemma)).flatMap((offset) => dutch.get(`${offset}-${entry.pos}`) ?? []))];
    if (words.length === 0) continue;
    const row = out.get(entry.lemma) ?? new Map<string, string[]>();
    out.set(entry.lemma, row.set(entry.pos, words));
  }
  for (const [form, lemma, pos] of exceptions) {
    const words = out.get(lemma)?.get(pos);
    if (!words || out.get(form)?.has(pos) || !ENGLISH_LEMMA.test(form)) continue;
    out.set(form, (out.get(form) ?? new Map<string, string[]>()).set(pos, words));
  }
  return out;
}

export function readWordnet(wordnetDir: string, omwTables: string[]): Map<string, Map<string, string[]>> {
  const entries = Object.entries(POS_FILES).flatMap(([file, pos]) => indexEntries(readFileSync(join(wordnetDir, `index.${file}`), 'utf8'), pos));
  const exceptions = Object.entries(POS_FILES).flatMap(([file, pos]) =>
    readFileSync(join(wordnetDir, `${file}.exc`), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [form, lemma] = line.split(' ');
        return [form!, lemma!, pos] as [string, string, string];
      }),
  );
  return buildTable(entries, dutchBySynset(omwTables), exceptions);
}

export function tableSource(table: Map<string, Map<string, string[]>>): string {
  const header = [
    '# English word<TAB>part of speech (n, v, a, r)<TAB>Dutch lemmas of its most frequent senses. Generated by `npm run build:wordnet`; do not edit.',
    '# Princeton WordNet 3.0 (WordNet 3.0 licence) joined with Open Dutch WordNet and Wiktionary lemmas',
    '# through the Open Multilingual Wordnet (CC BY-SA 4.0 / CC BY-SA). See LICENSE.md beside this file.',
  ];
  const rows = [...table.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([english, byPos]) => [...byPos].map(([pos, dutch]) => `${english}\t${pos}\t${dutch.join(' ')}`));
  return `${[...header, ...rows].join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { wordnet: { type: 'string', default: '/usr/share/wordnet' }, omw: { type: 'string' } } });
  if (!values.omw) {
    process.stderr.write('usage: npm run build:wordnet -- [--wordnet DIR] --omw OMW_DATA_DIR\n');
    process.exit(2);
  }
  const omw = [join(values.omw, 'wns/nld/wn-data-nld.tab'), join(values.omw, 'wns/wikt/wn-wikt-nld.tab')].map((f) => readFileSync(f, 'utf8'));
  const table = readWordnet(values.wordnet!, omw);
  const out = fileURLToPath(new URL('../resources/wordnet/en-nl.tsv', import.meta.url));
  writeFileSync(out, tableSource(table));
  process.stdout.write(`en-nl.tsv: ${table.size} English lemmas\n`);
}
