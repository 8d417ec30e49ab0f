import { passageTerms, foldDiacritics, isStopword, terms, tokenize } from '../search/analyze.js';
import { infinitivesOfFinite } from '../search/participle.js';
import { saysUnavailable } from './gaps.js';
import { schoolLevelsIn, type SchoolLevel } from './school-level.js';
import { separatedVerbTerms, WEAK_PAST } from './separable.js';

/**
 * The answerability checks' reading of passage texts (checks.ts): words,
 * stems, compound forms and gaps, each computed once per text and kept.
 */

/**
 * Analyses of passage texts, kept across questions: the same items are
 * checked again and again, and a check must not cost more than the search.
 * Each part is computed on first use; most questions need only some.
 */
interface Analysis {
  words?: Set<string>;
  terms?: Set<string>;
  forms?: Set<string>;
  joined?: string;
  unavailable?: boolean;
  splitVerbs?: Set<string>;
  schoolLevels?: SchoolLevel[];
  pastVerbStems?: Set<string>;
}
const memo = new Map<string, Analysis>();

function analysis(text: string): Analysis {
  let entry = memo.get(text);
  if (!entry) {
    if (memo.size > 20_000) memo.clear();
    memo.set(text, (entry = {}));
  }
  return entry;
}

/** Words, and hyphenated names whole as well as in parts ("west-vlaanderen", "west", "vlaanderen"). */
export const wordsOf = (text: string): Set<string> => (analysis(text).words ??= wordsWithCompounds(text));

const HYPHENATED = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;
function wordsWithCompounds(text: string): Set<string> {
  const words = new Set(tokenize(text));
  for (const [compound] of foldDiacritics(text.toLowerCase()).matchAll(HYPHENATED)) words.add(compound);
  return words;
}
export const termsOf = (text: string): Set<string> => (analysis(text).terms ??= new Set(passageTerms(text)));
/** Words with their roots and stems, for compound matching. */
export const formsOf = (text: string): Set<string> => (analysis(text).forms ??= new Set(tokenize(text).flatMap((t) => [t, root(t), ...terms(t)])));
/** The forms in one string, for substring search (no form contains the separator). */
export const joinedFormsOf = (text: string): string => (analysis(text).joined ??= [...formsOf(text)].join('|'));
export const unavailableIn = (text: string): boolean => (analysis(text).unavailable ??= saysUnavailable(text));
/** The stems of the separable verbs a clause splits (separable.ts), read once per clause for every word of a question. */
export const splitVerbsOf = (text: string): Set<string> => (analysis(text).splitVerbs ??= new Set(separatedVerbTerms(text)));
/** The levels of education a document names (school-level.ts), read once per document for every candidate passage of it. */
export const schoolLevelsOf = (text: string): SchoolLevel[] => (analysis(text).schoolLevels ??= schoolLevelsIn(text));

/** Words after which the next is a noun, not a finite verb: "de gemeenten", "zes maanden", "hun kosten" (not a year: "In 2024 betaalden …"). */
const BEFORE_A_NOUN = /^(?:de|het|een|die|deze|dat|dit|hun|zijn|haar|onze|uw|elke|alle|geen|veel|enkele|sommige|(?!(?:19|20)\d\d$)\d[\d.,]*|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf)$/;
/**
 * The stems of the infinitives of the weak verbs a text writes in the simple past (separable.ts' WEAK_PAST), which
 * the stemmer leaves apart ("betaalden": betaald, not betal): only an infinitive the lexicon knows and that is not
 * the word itself ("gemeenten" is a word in -en, no verb form), and not a word after an article, a possessive or a
 * number ("zes maanden" are no form of manen). A noun may still be read as a verb ("hoogte": hogen), so this says
 * only that a verb may be spoken of, for the gap check (gap-checks.ts).
 */
export const pastTenseVerbStemsOf = (text: string): Set<string> => (analysis(text).pastVerbStems ??= new Set(pastTenseVerbStems(text)));
function pastTenseVerbStems(text: string): string[] {
  const tokens = tokenize(text);
  const weakPast = (t: string, k: number) => t.length >= 5 && WEAK_PAST.test(t) && !isStopword(t) && !BEFORE_A_NOUN.test(tokens[k - 1] ?? '');
  return tokens.flatMap((t, k) => (weakPast(t, k) ? infinitivesOfFinite(t).filter((i) => i !== t).flatMap((i) => terms(i)) : []));
}

/** A crude root for compound matching: the plural or inflection ending cut off. */
export function root(w: string): string {
  return w.length > 4 ? w.replace(/(?:en|s|e)$/, '') : w;
}
