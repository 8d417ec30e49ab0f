import { stemmer as dutchStem } from '@orama/stemmers/dutch';
import { isDutchWord, isLexiconLoaded } from '../corpus/lexicon.js';
import { compoundParts } from './compound.js';
import { memoPerText } from './memo.js';
import { infinitivesOfFinite } from './participle.js';

/**
 * Text analysis for the Dutch keyword index: lower case, diacritics folded,
 * Dutch stopwords dropped, Snowball stems; numbers kept as tokens (thousand
 * separators removed, so "2.318" matches "2318"); and character n-grams so a
 * search for "strategie" reaches "communicatiestrategie".
 */

// Snowball's Dutch stopword list, plus question words and the English function
// words that English-language questions bring along.
const STOPWORDS = new Set(
  `de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou of wat mijn
  men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben deze u want nog zal me zij
  nu ge geen omdat iets worden toch al waren veel meer doen toen moet ben zonder kan hun dus alles onder ja eens hier wie
  werd altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest andere welke welk wanneer
  waar waarom hoeveel hoelang graag precies volgens werden zullen wel the a an of to in on for and or is are was were be
  been by with what which when where who whom why how many much does did do at from this that these those it its as into
  there their they than then will would can could should about per`.split(/\s+/).filter(Boolean),
);

const NGRAM_SIZE = 4;

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Diacritics removed ("geëvalueerd" → "geevalueerd"). Plain ASCII, most of any text, has none to remove. */
export function foldDiacritics(s: string): string {
  return ASCII_ONLY.test(s) ? s : s.normalize('NFD').replace(/\p{M}/gu, '');
}

const TOKEN = /[\p{L}\p{N}]+(?:[.,'’\-][\p{L}\p{N}]+)*/gu;

/**
 * The plural of a word in accented -é ("cafés", "comités") is the singular and an s: folded, "-es" after a vowel is
 * no ending the stemmer removes, so "mantelzorgcafés" would not meet "mantelzorgcafé". The s is dropped first.
 */
const PLURAL_OF_ACCENTED_E = /és(?![\p{L}\p{N}])/gu;

/**
 * Tokens are memoised per text: the answer path reads the same passages and sentences with many checks, each of
 * which tokenizes them again. The cached array is shared, so it is frozen.
 */
const tokensPerText = memoPerText(20_000, (text) => Object.freeze(tokenizeUncached(text)));

/** Lower-cased, folded tokens; compounds with hyphens also give their parts. */
export function tokenize(text: string): readonly string[] {
  return tokensPerText(text);
}

function tokenizeUncached(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  for (const [raw] of foldDiacritics(lower.includes('és') ? lower.replace(PLURAL_OF_ACCENTED_E, 'é') : lower).matchAll(TOKEN)) {
    let token = raw.replace(/['’]s$/, '');
    if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(token)) token = token.replace(/\./g, '');
    if (/[\-'’]/.test(token)) {
      out.push(...token.split(/[\-'’]/).filter(Boolean));
      if (/^\d+-\d+$/.test(token)) out.push(token);
      continue;
    }
    if (/[.,]/.test(token) && !/^\d+(?:[.,]\d+)*$/.test(token)) {
      out.push(...token.split(/[.,]/).filter(Boolean));
      continue;
    }
    out.push(token);
  }
  return out;
}

export function isStopword(token: string): boolean {
  return STOPWORDS.has(token);
}

const isNumeric = (t: string) => /\d/.test(t);

/** Stems are memoised: a corpus repeats a small vocabulary many times. */
const stemCache = new Map<string, string>();

function stem(token: string): string {
  let s = stemCache.get(token);
  if (s === undefined) {
    if (stemCache.size > 200_000) stemCache.clear();
    s = isNumeric(token) ? token : dutchStem(token);
    stemCache.set(token, s);
  }
  return s;
}

/** Stemmed content terms. */
export function terms(text: string): string[] {
  return tokenize(text)
    .filter((t) => !STOPWORDS.has(t))
    .map(stem);
}

const WRITTEN_HYPHENATED = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;
/** "dak- of thuisloos", "taal- en inburgeringsbeleid": a modifier whose head the next compound gives. */
const ELIDED = /(?<![\p{L}\p{N}-])(\p{L}{2,})-\s+(?:en|of|tot|noch)\s+(\p{L}{5,})/gu;
const LINKING = ['s', 'en', 'e'];
/** A separable verb's te-infinitive: "voor te behouden" is voorbehouden, "aan te tonen" aantonen. */
const SPLIT_INFINITIVE = /(?<![\p{L}\p{N}])(aan|af|bij|door|in|mee|na|om|onder|op|over|terug|toe|uit|voor|vast|weg|samen|vrij|tegen|neer|los)\s+te\s+(\p{L}{3,})/gu;

/** Particles of separable verbs that close a clause in a main clause: "In totaal haakten 58 cursisten af". */
const CLAUSE_FINAL_PARTICLE = new Set(['aan', 'af', 'bij', 'door', 'in', 'mee', 'na', 'om', 'op', 'terug', 'toe', 'uit', 'weg', 'samen', 'vast', 'los', 'neer']);
/** A clause whose last token may be such a particle (a token's "'s" is no part of it). */
const ENDS_IN_PARTICLE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...CLAUSE_FINAL_PARTICLE].join('|')})(?:['’]s)?[^\\p{L}\\p{N}]*$`, 'u');
/** What ends a clause: punctuation, a line of its own, a conjunction that opens the next ("af, vooral omdat …"). */
const CLAUSE_END = /[.;:!?,()\n]|\s[-–]\s|\s(?:en|maar|omdat|want|terwijl|zodat|of)\s/;
/** How far before its particle a finite verb may stand: the verb is the clause's second part. */
const PARTICLE_REACH = 8;

/**
 * A separable verb split in a main clause ("haakten 58 cursisten af", "valt het project uit"): the verb written
 * joined and its infinitive (afhaken), as a question asks it. The particle closes the clause and, joined to a word
 * before it, makes a word the lexicon knows.
 */
function separatedVerbs(folded: string): string[] {
  const out: string[] = [];
  for (const clause of folded.split(CLAUSE_END)) {
    // Most clauses end in no particle: they need no tokens.
    if (!ENDS_IN_PARTICLE.test(clause)) continue;
    const words = tokenizeUncached(clause);
    const particle = words[words.length - 1];
    if (words.length < 3 || !particle || !CLAUSE_FINAL_PARTICLE.has(particle)) continue;
    for (const word of words.slice(Math.max(0, words.length - 1 - PARTICLE_REACH), -1)) {
      if (word.length < 3 || isNumeric(word) || STOPWORDS.has(word) || !isDutchWord(particle + word)) continue;
      out.push(stem(particle + word), ...infinitivesOfFinite(particle + word).map(stem));
    }
  }
  return [...new Set(out)];
}

/**
 * The compound an elision leaves out: "dak- of thuisloos" writes "dakloos",
 * "taal- en inburgeringsbeleid" "taalbeleid". The head is the shortest end of
 * the second compound after a part that is a word (a linking s, e or en
 * allowed), such that the first modifier with it is a word too. Null without
 * the lexicon or when no seam fits.
 */
export function completeElision(modifier: string, compound: string): string | null {
  if (!isLexiconLoaded()) return null;
  for (let i = compound.length - 3; i >= 2; i--) {
    const left = compound.slice(0, i);
    const leftIsWord = isDutchWord(left) || LINKING.some((l) => left.endsWith(l) && left.length - l.length >= 2 && isDutchWord(left.slice(0, -l.length)));
    if (leftIsWord && isDutchWord(modifier + compound.slice(i))) return modifier + compound.slice(i);
  }
  return null;
}

/**
 * Stems of the words a text writes without spelling them out: a hyphenated
 * compound as one word ("OKAN-leerling" is also "okanleerling", as a question
 * may write it), the compounds an elision leaves out ("dak- of thuisloos":
 * dakloos) and a separable verb split by "te" ("voor te behouden":
 * voorbehouden) or by the clause ("haakten … af": afhaken). For documents; a
 * question's own words are what it asks.
 */
export function impliedTerms(text: string): string[] {
  const hyphens = text.includes('-');
  const infinitives = text.includes(' te ');
  const lexicon = isLexiconLoaded();
  if (!hyphens && !infinitives && !lexicon) return [];
  const folded = foldDiacritics(text.toLowerCase());
  const out: string[] = lexicon ? separatedVerbs(folded) : [];
  if (hyphens) {
    for (const [word] of folded.matchAll(WRITTEN_HYPHENATED)) if (/\p{L}/u.test(word)) out.push(stem(word.replace(/-/g, '')));
    for (const [, modifier, compound] of folded.matchAll(ELIDED)) {
      const whole = completeElision(modifier!, compound!);
      if (whole) out.push(stem(whole));
    }
  }
  if (infinitives && lexicon) {
    for (const [, particle, verb] of folded.matchAll(SPLIT_INFINITIVE)) if (isDutchWord(particle! + verb!)) out.push(stem(particle! + verb!));
  }
  return out;
}

/** A document's terms: its words' stems and the words it writes without spelling them out. */
export function documentTerms(text: string): string[] {
  const implied = impliedTerms(text);
  return implied.length ? [...terms(text), ...implied] : terms(text);
}

const passageTermsPerText = memoPerText(20_000, (text) => Object.freeze(documentTerms(text)));

/**
 * documentTerms memoised per text, for the answer path: coverage, an item's terms and the passage checks each ask
 * for the same passage's terms. (The indexer reads each text once and keeps its own memo.) What a text implies
 * depends on the lexicon (split verbs, elisions): kept only once it is loaded.
 */
export function passageTerms(text: string): readonly string[] {
  return isLexiconLoaded() ? passageTermsPerText(text) : documentTerms(text);
}

/** Stems of the parts of the compounds in a text ("discriminatiemeldingen" → discriminatie, melding). */
export function compoundTerms(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    if (STOPWORDS.has(t)) continue;
    const parts = compoundParts(t);
    if (parts) out.push(stem(parts.modifier), stem(parts.head));
  }
  return out;
}

/** Character n-grams of the content words (not numbers). */
export function grams(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    if (STOPWORDS.has(t) || isNumeric(t) || t.length < NGRAM_SIZE) continue;
    for (let i = 0; i + NGRAM_SIZE <= t.length; i++) out.push(t.slice(i, i + NGRAM_SIZE));
  }
  return out;
}

/** Years ("2019") a query names; an answer about another year does not answer it. */
export function yearsIn(text: string): string[] {
  return [...new Set(text.match(/\b(?:19|20)\d{2}\b/g) ?? [])];
}
