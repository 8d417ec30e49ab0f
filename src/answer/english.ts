import { foldDiacritics, isStopword, terms, tokenize } from '../search/analyze.js';
import { withinOneEdit } from '../search/spelling.js';
import { dutchCognates } from '../search/cognates.js';
import { dutchEquivalents, isEnglishFunctionWord, isGlossaryTerm } from '../search/glossary.js';
import { verbLemmas, wordnetDutch, wordnetDutchPhrase } from '../search/wordnet.js';

/**
 * English questions in keyword mode: Dutch words for the English words of a
 * question, beyond the glossary's one-to-one renderings (glossary.ts).
 */

const content = (w: string) => !isStopword(w) && !isEnglishFunctionWord(w);

/**
 * "federation" is "federatie", "intercultural" "intercultureel": an English word the glossary lacks may be a
 * Dutch cognate (see cognates.ts). Word → cognates the lexicon knows. The word counts as found only where the
 * passages use a cognate: "protection" is "bescherming" there, not "protectie".
 */
export function englishCognates(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const w of tokenize(text)) {
    if (!content(w) || dutchEquivalents(w).length > 0) continue;
    const cognates = cognatesOf(w);
    if (cognates.length) out.set(w, cognates);
  }
  return out;
}

/** The Dutch cognates of one English word: by spelling rules, or a wordnet rendering spelled like it. */
function cognatesOf(w: string): string[] {
  const lookAlikes = w.length >= MIN_WORDNET_LENGTH ? wordnetDutch(w).filter((d) => looksAlike(w, d)) : [];
  return [...new Set([...dutchCognates(w), ...lookAlikes])];
}

/** Shorter words one letter apart are mostly other words ("good", goed; "place", plek): only the same sound counts. */
const MIN_ONE_OFF_LENGTH = 6;

/** Sounds the two languages spell apart: a hard c is k ("camp", kamp), ph is f, y is i. */
const spokenAlike = (w: string) => foldDiacritics(w).toLowerCase().replace(/c(?![eiy])/g, 'k').replace(/ph/g, 'f').replace(/y/g, 'i');

/**
 * A wordnet rendering that sounds like the English word ("camps" kamp), or is spelled like it but for one letter
 * ("leaders" leider), is its cognate: the spelling confirms which of the word's senses the rendering is, so it counts as found,
 * where other renderings only widen the search ("nickname" is naam only in one sense).
 */
function looksAlike(english: string, dutch: string): boolean {
  const d = spokenAlike(dutch);
  return [english, english.replace(/(?:es|s)$/, '')].some((e) => {
    const a = spokenAlike(e);
    return a === d || (Math.min(a.length, d.length) >= MIN_ONE_OFF_LENGTH && withinOneEdit(a, d));
  });
}

/** Shorter words are mostly abbreviations and numerals to a wordnet ("i" is two, "led" a lamp). */
const MIN_WORDNET_LENGTH = 4;

/**
 * Dutch search words from the open wordnets (wordnet.ts) for the English words the glossary lacks, and for the
 * two-word terms they list ("waiting list", "nursing homes"); only those the documents use. They widen the search,
 * nothing more: a wordnet gives a word's common senses, not the one meant ("case" is "geval" and "voorbeeld"), so
 * they do not count as the question's words found, and what the question asks is still weighed as before. Only a
 * rendering spelled like the word counts (see looksAlike).
 */
export function wordnetSearchWords(text: string, usedInPassages: (word: string) => boolean): string[] {
  const words = tokenize(text);
  const found = words.filter((w) => content(w) && w.length >= MIN_WORDNET_LENGTH && dutchEquivalents(w).length === 0).flatMap(wordnetDutch);
  found.push(...wordnetPhrases(words).flatMap((p) => p.dutch));
  return [...new Set(found)].filter(usedInPassages);
}

/**
 * The stems of the wordnet renderings, used by the documents, of an English word the glossary lacks ("artists":
 * kunstenaar). Enough to tell that a passage speaks of the question's subject at all (topic.ts), never counted as
 * the word found, for the reason above.
 */
export function wordnetSenses(word: string, usedInPassages: (word: string) => boolean): string[] {
  if (word.length < MIN_WORDNET_LENGTH || dutchEquivalents(word).length > 0) return [];
  return [...new Set(wordnetDutch(word).filter(usedInPassages).flatMap((w) => terms(w)))];
}

/** The two-word terms of a text the wordnets list, with their Dutch renderings. */
function wordnetPhrases(words: readonly string[]): { modifier: string; head: string; dutch: string[] }[] {
  const out: { modifier: string; head: string; dutch: string[] }[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    if (!content(words[i]!) || !content(words[i + 1]!)) continue;
    const dutch = wordnetDutchPhrase(words[i]!, words[i + 1]!);
    if (dutch.length) out.push({ modifier: words[i]!, head: words[i + 1]!, dutch });
  }
  return out;
}

/**
 * English writes a noun compound as two words ("language buddies", "sports
 * club", "safety instructions"), Dutch as one ("taalbuddy", "sportclub", with
 * or without a linking s: "inburgeringscursus", "veiligheidsinstructies").
 * Two English words are joined in Dutch when the documents use the joined
 * word. A part the glossary lacks may be a cognate ("care ambassadors" are
 * "zorgambassadeurs") or a wordnet rendering ("safety" veiligheid): a single
 * rendering is only one of a word's senses, but a Dutch compound the
 * documents use, made of both words' renderings, confirms the sense of each.
 */
export function englishCompounds(text: string, usedInPassages: (word: string) => boolean): { modifier: string; head: string; dutch: string[] }[] {
  const out: { modifier: string; head: string; dutch: string[] }[] = [];
  const words = tokenize(text);
  const renderings = (w: string) => {
    if (!content(w)) return [];
    const dutch = dutchEquivalents(w).length > 0 ? dutchEquivalents(w) : [...cognatesOf(w), ...(w.length >= MIN_WORDNET_LENGTH ? wordnetDutch(w) : [])];
    return dutch.filter((r) => /^\p{L}+$/u.test(r));
  };
  for (let i = 0; i + 1 < words.length; i++) {
    const joined = renderings(words[i]!).flatMap((m) => renderings(words[i + 1]!).flatMap((h) => [`${m}${h}`, `${m}s${h}`])).filter(usedInPassages);
    if (joined.length) out.push({ modifier: words[i]!, head: words[i + 1]!, dutch: [...new Set(joined)] });
  }
  return out;
}

/**
 * A name English writes as two capitalised words, Dutch as one compound the documents use ("the Integration
 * Barometer", the Integratiebarometer): the name the question gives is that compound, not its head alone, which a
 * document may write only as a common noun ("op basis van de barometer"). Each capitalised modifier before the head
 * names its own compound ("the Integration Barometer and the Poverty Barometer").
 */
export function namedAsCompounds(entities: string[], compounds: { modifier: string; head: string; dutch: string[] }[], text: string): string[] {
  const words = text.match(/\p{L}+/gu) ?? [];
  const named = entities.flatMap((entity) => {
    const modifiers = words.flatMap((w, k) => (w === entity && k > 0 && /^\p{Lu}/u.test(words[k - 1]!) ? [words[k - 1]!.toLowerCase()] : []));
    const joined = compounds.filter((c) => modifiers.includes(c.modifier) && terms(c.head).join() === terms(entity).join()).map((c) => c.dutch[0]!);
    return joined.length > 0 ? joined.map((d) => d.charAt(0).toUpperCase() + d.slice(1)) : [entity];
  });
  return [...new Set(named)];
}

/**
 * A two-word term a wordnet lists ("swimming pools" zwembad, "nursing homes" woonzorgcentrum) names one thing, one
 * sense: unlike a single word's renderings, the Dutch word the documents use is what the question says. Both English
 * words are found where the Dutch one is.
 */
/** A short rendering is a common word of many senses ("weather forecast" is also just "weer", which is "again"). */
const MIN_PHRASE_RENDERING_LENGTH = 6;

export function wordnetCompounds(text: string, usedInPassages: (word: string) => boolean): { modifier: string; head: string; dutch: string[] }[] {
  return wordnetPhrases(tokenize(text))
    .map((p) => ({ ...p, dutch: p.dutch.filter((d) => d.length >= MIN_PHRASE_RENDERING_LENGTH && usedInPassages(d)) }))
    .filter((p) => p.dutch.length > 0);
}

/** A verb and the particle that makes it another verb ("drop out", "follow up"). */
const PHRASAL_VERB = /(?<![\p{L}-])(\p{L}+)\s+(out|up|off|over|away|back|down)(?![\p{L}-])/gu;

/**
 * The bases an inflected English verb may have: the wordnet lemmatiser's by its ending ("following" follow), and with
 * the consonant a short vowel doubles single again ("dropped" drop), which its table lists for irregular forms only.
 */
function verbBases(word: string): string[] {
  const lemmas = [word, ...verbLemmas(word)];
  return [...lemmas, ...lemmas.filter((l) => /([bdglmnprt])\1$/.test(l)).map((l) => l.slice(0, -1))];
}

/**
 * English writes some words with or without a hyphen ("non-profit", "nonprofit"), and names an act by a verb and its
 * particle that the glossary has as one noun ("dropped out" is a dropout, afhaken): the form the glossary renders.
 */
export function joinedAsGlossary(text: string): string {
  return text
    .replace(/(?<![\p{L}-])(\p{L}+)-(\p{L}+)(?![\p{L}-])/gu, (written, a: string, b: string) => (dutchEquivalents(`${a}${b}`).length > 0 ? `${a}${b}` : written))
    .replace(PHRASAL_VERB, (written, verb: string, particle: string) => verbBases(verb.toLowerCase()).map((b) => `${b}${particle}`).find((w) => dutchEquivalents(w).length > 0) ?? written)
    .replace(WORD_RUN, joinOpenCompounds);
}

/** A run of plain words separated by spaces, in which neighbours may form one term. */
const WORD_RUN = /(?<![\p{L}-])\p{L}+(?:\s+\p{L}+)+(?![\p{L}-])/gu;

/**
 * Two words English writes apart for one thing the glossary has as one term, as Dutch has one word for it: a "temp
 * worker" is an uitzendkracht, no worker of anything temporary; "child care" is childcare. Each pair of neighbours is
 * tried, left to right, and a word joined once joins nothing more ("temp agency staff" → "tempagency staff").
 */
function joinOpenCompounds(run: string): string {
  const words = run.split(/\s+/);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const next = words[i + 1];
    if (next !== undefined && isGlossaryTerm(`${words[i]}${next}`)) out.push(`${words[i]}${next}`), i++;
    else out.push(words[i]!);
  }
  return out.join(' ');
}

/**
 * English writes a decimal point and a thousands comma where Dutch writes a decimal comma and a thousands point:
 * "3.2 million" is "3,2 miljoen", "2,318 people" 2.318, as the documents write them.
 */
export function dutchNumberNotation(text: string): string {
  return text.replace(/(?<![A-Za-z\d.,])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)|(?<![A-Za-z\d.,])\d+\.\d{1,2}(?![\d.,])/g, (n) => (n.includes(',') ? n.replace(/,/g, '.') : n.replace('.', ',')));
}

/** Shorter words are too often another language's word, or another word's stem ("won", "wonen"). */
const MIN_OWN_WORD_LENGTH = 5;

/**
 * A word neither the glossary nor the English wordnet knows, that the documents use ("digicoach", "itsme"), is
 * their own coinage or name, written the same in an English question: found, not foreign.
 */
export function documentsOwnWords(text: string, usedInPassages: (word: string) => boolean): string[] {
  return tokenize(text).filter(
    (w) => w.length >= MIN_OWN_WORD_LENGTH && content(w) && !/\d/.test(w) && dutchEquivalents(w).length === 0 && wordnetDutch(w).length === 0 && usedInPassages(w),
  );
}
