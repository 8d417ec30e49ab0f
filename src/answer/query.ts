import { isDutchWord, isLexiconLoaded } from '../corpus/lexicon.js';
import type { ParsedDocument } from '../corpus/types.js';
import { compoundTerms, foldDiacritics, grams, isStopword, terms, tokenize, yearsIn } from '../search/analyze.js';
import { dutchProvinceNames, provinceOfAdjective, twoWordProvinces } from '../search/province-names.js';
import { abbreviatesKind, abbreviationExpansions, dutchEquivalents, dutchSynonyms, expandQuery, isEnglishFunctionWord, looksEnglish, placeNameForms } from '../search/glossary.js';
import { analyzeQuery, type KeywordQuery } from '../search/keyword.js';
import { withinOneEdit } from '../search/spelling.js';
import { answerType } from './answer-type.js';
import type { QueryTerm, QuestionTraits } from './checks.js';
import { trainedAs } from './training.js';
import { askedKind, asksPartOf, questionFocus } from './counted.js';
import { askedOutcome } from './outcome.js';
import { complementTerms, excludedTerms } from './polarity.js';
import { infinitivesOfParticiple } from '../search/participle.js';
import { nounsOfAdjective } from '../search/derivation.js';
import { documentsOwnWords, dutchNumberNotation, englishCognates, englishCompounds, joinedAsGlossary, namedAsCompounds, wordnetCompounds, wordnetSearchWords, wordnetSenses } from './english.js';
import { spelledOutAcronyms } from './acronyms.js';
import { asksExact, asksAboutCompetence, asksForContent, asksWhetherKnown, isKeywordQuery, requestsContent } from './gaps.js';
import { tenseTraits } from './tense.js';
import { askedDays, yearOfQuestion, yearsAfter, yearsBefore, yearSpansIn } from './dating.js';
import { askedReasonTerms } from './reason-count.js';
import { elapsedIn } from './elapsed.js';
import { askedRate } from './rate.js';
import { typingErrors } from './typing.js';
import { corpusPlaces, formOfBase, namedEntities, placeAdjectiveBase, placesIn, quantitiesIn, quotedTitles, unquoted } from './named.js';
import { questionFigures } from './question-figures.js';
import { askingKind, SEPARATED_PARTICLE } from './asking.js';
import { QUESTION_NUMBER, searchTerms } from './search-text.js';

export { searchTerms };
import { titlesNamedUnquoted } from './known-titles.js';
import { numeralForms } from './numerals.js';
import { schoolLevelsIn } from './school-level.js';
import { askedBreakdown, askedSexGroup, asksHowDivided } from './breakdown.js';
import { asksAsQuestioner, namedPeople } from './people.js';
import { askedParts, periodWords } from './year-part.js';
import type { AnswerFilters } from './types.js';

/**
 * The query stage: the user's text cleaned, checked and analysed once into
 * the object every later stage reads.
 */

export const MAX_QUERY_CHARS = 2000;
export type QueryProblem = 'leeg' | 'te-kort' | 'te-lang' | 'geen-zoekwoorden';

export interface CleanQuery {
  /** The question as searched: mentions, markdown and invisible characters removed. */
  text: string;
  /** A question number the user named ("vraag 455", "nr. 455"). */
  questionNumber: number | null;
  /** The user asks what was asked ("wat vroeg de indiener…"), not what was answered. */
  asksForQuestion: boolean;
  /** What the questioner sets out rather than asks ("Welke talen noemt ze in haar vraag?", "in de inleiding"): the introduction's matter. */
  asksForIntroduction?: boolean;
  problem: QueryProblem | null;
}

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u00AD]/g;
const DISCORD_MENTION = /<(?:@[!&]?|#|a?:\w+:)\d+>|@(?:everyone|here)\b/g;

/**
 * Chat shorthand for the words that say what kind of answer is wanted
 * ("wrm stoppen de koppelingen?"): written out before anything reads the question.
 */
const CHAT_SHORTHAND: Record<string, string> = {
  wrm: 'waarom', hvl: 'hoeveel', wnr: 'wanneer', wnnr: 'wanneer', wnneer: 'wanneer', ivm: 'in verband met', mbt: 'met betrekking tot',
  ipv: 'in plaats van', tov: 'ten opzichte van', bvb: 'bijvoorbeeld', bijv: 'bijvoorbeeld', tss: 'tussen', max: 'maximaal',
};
const CHAT_SHORTHAND_WORD = new RegExp(`(?<![\\p{L}\\p{N}.])(?:${Object.keys(CHAT_SHORTHAND).join('|')})(?![\\p{L}\\p{N}])`, 'giu');

/**
 * The words that say what kind of answer is wanted, mistyped ("hoevel",
 * "wanner", "waraom"): one edit away, and no Dutch word of its own.
 */
const QUESTION_WORDS = ['hoeveel', 'wanneer', 'waarom', 'welke'];
function questionWordTypo(word: string): string | null {
  const lower = word.toLowerCase();
  if (lower.length < 5 || QUESTION_WORDS.includes(lower) || !isLexiconLoaded() || isDutchWord(lower)) return null;
  const fix = QUESTION_WORDS.find((q) => withinOneEdit(lower, q));
  return fix ? (word[0] === word[0]!.toUpperCase() ? fix[0]!.toUpperCase() + fix.slice(1) : fix) : null;
}

/** Markdown markers carry no meaning for the search; their content does. */
function stripMarkdown(s: string): string {
  return s
    .replace(/```[\w-]*\n?([\s\S]*?)```/g, ' $1 ')
    .replace(/`([^`]*)`/g, ' $1 ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_~|>#]+/g, ' ');
}

/**
 * A season or school year written short, "2023-24" or "2023/24": the documents write it in full ("2023-2024"), and
 * its second half is a year, not a figure the answer must hold.
 */
const SHORT_YEAR_SPAN = /\b((?:19|20)\d{2})[-/–](\d{2})\b(?![-/.,]?\d)/g;

export function cleanQuery(raw: string): CleanQuery {
  // Length first: the markdown patterns below must never see an oversized input.
  if (raw.length > MAX_QUERY_CHARS) return { text: '', questionNumber: null, asksForQuestion: false, problem: 'te-lang' };
  const text = stripMarkdown(raw.replace(INVISIBLE, '').replace(DISCORD_MENTION, ' '))
    .replace(/\s+/g, ' ')
    .replace(CHAT_SHORTHAND_WORD, (word) => CHAT_SHORTHAND[word.toLowerCase()]!)
    .replace(/\p{L}+/gu, (word) => questionWordTypo(word) ?? word)
    .replace(SHORT_YEAR_SPAN, (span, first: string, short: string) => (Number(short) === (Number(first) + 1) % 100 ? `${first}-${Number(first) + 1}` : span))
    .trim();
  const numberMatch = QUESTION_NUMBER.exec(text) ?? (/^\s*(\d{1,6})\s*$/.exec(text) as RegExpExecArray | null);
  const questionNumber = numberMatch ? Number(numberMatch[1]) : null;
  const folded = foldDiacritics(text);
  const { asking, introduction } = askingKind(folded);
  const base = { text, questionNumber, asksForQuestion: asking || introduction, asksForIntroduction: introduction };

  if (text === '') return { ...base, problem: 'leeg' };
  const contentWords = tokenize(text).filter((t) => !isStopword(t));
  if (questionNumber === null && contentWords.length === 0) {
    const wordChars = text.replace(/[^\p{L}\p{N}]/gu, '').length;
    return { ...base, problem: wordChars === 1 || [...text].length === 1 ? 'te-kort' : 'geen-zoekwoorden' };
  }
  if (questionNumber === null && contentWords.join('').length <= 1) return { ...base, problem: 'te-kort' };
  return { ...base, problem: null };
}

/** What keeps a text from being searched, if anything: a cheap check before any work. */
export function queryProblem(raw: string): QueryProblem | null {
  return cleanQuery(raw).problem;
}

/** A question ready for retrieval and the checks: everything computed once. */
export interface AnalysedQuery extends QuestionTraits {
  /** As the user typed it. */
  raw: string;
  clean: CleanQuery;
  /** The filters in force: the user's, plus a question number the text names that is in the corpus. */
  filters: AnswerFilters;
  /** A question number the text names that is not in the corpus (worth telling the user). */
  unknownQuestionNumber: number | null;
  /** Search text: meta words ("minister", "vraag") and a pinning question number left out. */
  searchText: string;
  /** Terms and n-grams for the keyword index, English and abbreviations expanded. */
  keyword: KeywordQuery;
  english: boolean;
  /** What a "which" question asks to be named ("welke sector" → sector), from askedKind(). */
  kind: string | null;
}

/** Shorter English words too often mean something else in Dutch ("won", "arm", "hard"). */
const MIN_COGNATE_LENGTH = 6;

/** An English word Dutch writes the same ("platform", "budget", "project"): no translation needed. */
function isCognate(token: string): boolean {
  return token.length >= MIN_COGNATE_LENGTH && isLexiconLoaded() && isDutchWord(token);
}

/**
 * "Hoe lang", "how long", "hoe vaak", "how high": the word after "how" asks
 * for a measure (a duration, a frequency, a size), which the answer gives as a
 * figure, not as the word ("7,4 maanden").
 */
const DEGREE_WORDS = new Set('lang vaak dikwijls hoog groot snel ver oud long often high big large fast far old soon'.split(' '));

const AUXILIARY = /\b(?:heeft|hebben|had|hadden|is|zijn|was|waren|werd|werden|wordt|worden)\b/;

/** Query words with their alternatives: an English word's Dutch equivalents, an abbreviation's spelled-out words, a figure's other spellings, a typing error's correction. */
export function queryTerms(text: string, corrections: ReadonlyMap<string, string> = new Map()): QuestionTraits['queryTerms'] {
  const english = looksEnglish(text);
  // A participle names its verb's act where an auxiliary makes it one ("hebben … afgerond", "werden ingediend").
  const perfect = !english && AUXILIARY.test(foldDiacritics(text).toLowerCase());
  const seen = new Map<string, QuestionTraits['queryTerms'][number]>();
  let previous = '';
  for (const token of tokenize(text)) {
    const asksDegree = (previous === 'hoe' || previous === 'how') && DEGREE_WORDS.has(token);
    // "wanted to know", "would like to know": the asking, not its matter (Dutch "weten" is a stopword).
    const asking = english && previous === 'to' && token === 'know';
    previous = token;
    if (isStopword(token) || (english && isEnglishFunctionWord(token)) || asksDegree || asking) continue;
    const [term] = terms(token);
    if (!term || seen.has(term)) continue;
    const alternatives = [...(english ? dutchEquivalents(token) : dutchSynonyms(token)), ...abbreviationExpansions(token), ...numeralForms(token)].flatMap((w) => terms(w));
    const corrected = corrections.get(token);
    if (corrected) alternatives.push(corrected);
    if (perfect) alternatives.push(...infinitivesOfParticiple(token).flatMap((w) => terms(w)));
    if (!english) alternatives.push(...nounsOfAdjective(token).flatMap((w) => terms(w)));
    // An English word the glossary cannot translate is not expected in a Dutch passage; a number is no word of either.
    const parts = english ? [] : compoundTerms(token);
    seen.set(term, { term, alternatives, grams: grams(token), ...(parts.length ? { parts } : {}), foreign: english && alternatives.length === 0 && !/\d/.test(token) && !isCognate(token) });
  }
  return [...seen.values()];
}

/**
 * The place a Dutch place adjective names ("limburgse" → limburg, "antwerpse" → antwerpen), among the corpus's
 * places; a people's adjective names its country by the glossary's forms ("oekraiense" → oekraine).
 */
function placeOfAdjective(word: string, places: Set<string>): string | null {
  const country = placeNameForms(word).map((f) => foldDiacritics(f).toLowerCase()).find((f) => places.has(f));
  if (country) return country;
  const province = provinceOfAdjective(word);
  if (province) return places.has(province) ? province : null;
  const base = placeAdjectiveBase(word);
  if (!base) return null;
  if (places.has(base)) return base;
  for (const p of places) if (formOfBase(p, base)) return p;
  // A place the gazetteer knows restricts the question though the documents never name it ("een Brussels pleeggezin").
  return placeNameForms(base).length > 0 ? base : null;
}

/** Dutch diminutive endings, longest first: "kindjes", "huisje", "boompje", "balletje". */
const DIMINUTIVE = /(?:etjes|etje|tjes|tje|pjes|pje|jes|je)$/;

/**
 * A diminutive the documents do not use stands for its base when they use
 * that ("hoeveel kindjes" counts kinderen, "huisjes" huizen): the documents'
 * register has no diminutives. Token → base.
 */
function diminutiveBases(text: string, usedInPassages: (word: string) => boolean): Map<string, string> {
  const out = new Map<string, string>();
  for (const token of tokenize(text)) {
    if (token.length < 6 || isStopword(token) || usedInPassages(token)) continue;
    const stripped = token.replace(DIMINUTIVE, '');
    if (stripped === token || stripped.length < 3) continue;
    // "balletje": the consonant doubled before -etje is single in the base.
    const base = [stripped, stripped.replace(/([bdfgklmnprst])\1$/, '$1')].find(usedInPassages);
    if (base) out.set(token, base);
  }
  return out;
}

/** Looks like a year (2018), not a question number. */
const YEAR_LIKE = /^(19|20)\d\d$/;

/**
 * Cleans and analyses a question once. The documents tell whether a named
 * number pins one of them and whether a named person is one of their
 * questioners or ministers; `usedInPassages` tells names from ordinary words.
 */
export function analyseQuery(
  raw: string,
  filters: AnswerFilters,
  documents: readonly ParsedDocument[],
  usedInPassages: (word: string) => boolean = () => true,
  nearestKnown: (term: string) => string | null = () => null,
): AnalysedQuery {
  let clean = cleanQuery(raw);
  const inForce: AnswerFilters = { ...filters };
  const people = clean.problem ? null : namedPeople(clean.text, documents, usedInPassages);
  if (people && !clean.asksForQuestion && asksAsQuestioner(clean.text, people) && !SEPARATED_PARTICLE.test(clean.text)) clean = { ...clean, asksForQuestion: true };
  if (people?.questioner && !inForce.questioner) inForce.questioner = people.questioner;
  if (people?.minister && !inForce.minister) inForce.minister = people.minister;
  // "her 2023 written question" dates the question asked about, when a question of that year is in the corpus.
  const asked = clean.problem ? null : yearOfQuestion(clean.text);
  if (asked !== null && inForce.year === undefined && documents.some((d) => d.date?.startsWith(String(asked)))) inForce.year = asked;
  let pinnedByQuery = false;
  let unknownQuestionNumber: number | null = null;
  if (!clean.problem && clean.questionNumber !== null && inForce.questionNumber === undefined) {
    if (documents.some((d) => d.questionNumber === clean.questionNumber)) {
      inForce.questionNumber = clean.questionNumber;
      pinnedByQuery = true;
    } else if (clean.questionNumber >= 10 && !YEAR_LIKE.test(String(clean.questionNumber))) {
      unknownQuestionNumber = clean.questionNumber;
    }
  }
  const english = looksEnglish(clean.text);
  const searched = dutchProvinceNames(searchTerms(clean.text, pinnedByQuery, people?.words));
  const searchText = english ? dutchNumberNotation(joinedAsGlossary(searched)) : searched;
  const corrections = clean.problem ? new Map<string, string>() : typingErrors(searchText, usedInPassages, nearestKnown, english);
  const compounds = english ? englishCompounds(searchText, usedInPassages) : [];
  const cognates = english ? englishCognates(searchText) : new Map<string, string[]>();
  const wordnet = english ? wordnetSearchWords(searchText, usedInPassages) : [];
  const phrases = english ? wordnetCompounds(searchText, usedInPassages) : [];
  const smaller = english ? new Map<string, string>() : diminutiveBases(searchText, usedInPassages);
  const keyword = analyzeQuery([expandQuery(searchText), ...compounds.flatMap((c) => c.dutch), ...[...cognates.values()].flat(), ...wordnet, ...smaller.values()].join(' '));
  // An English noun that is a Dutch word too, which the documents use ("laptops"), is counted as it stands.
  const counted = questionFocus(searchText, (w) => english && isLexiconLoaded() && isDutchWord(w) && usedInPassages(w));
  // "How many swimming pools": what is counted is the Dutch word for the two (zwembad), when "pools" has no other.
  const phraseHead = phrases.find((p) => p.head === counted && dutchEquivalents(p.head).length === 0);
  const focus = counted && smaller.has(counted) ? smaller.get(counted)! : phraseHead ? phraseHead.dutch[0]! : counted;
  const entities = namedAsCompounds([...new Set([...namedEntities(searchText, english, usedInPassages), ...twoWordProvinces(searchText)])].filter((e) => !abbreviatesKind(e)), compounds, searchText);
  const knownPlaces = corpusPlaces(documents);
  // "Limburgse clubs" are clubs in Limburg: the place restricts the question, and its name is searched for.
  const adjectivePlaces = new Map(entities.flatMap((e) => {
    const place = placeOfAdjective(foldDiacritics(e).toLowerCase(), knownPlaces);
    return place ? [[e, place] as const] : [];
  }));
  // Words naming part of a year ("tussen januari en september 2022", "de eerste zes maanden") date the question, numbers too.
  const period = periodWords(searchText).join(' ');
  const dating = new Set(terms(period));
  const periodFigures = questionFigures(period);
  const wordsAsked = queryTerms(searchText, corrections).filter((t) => !dating.has(t.term));
  for (const [diminutive, base] of smaller) {
    const term = wordsAsked.find((t) => terms(diminutive).includes(t.term));
    if (term) term.alternatives.push(...terms(base));
  }
  /** An English word found as the Dutch words the documents use. */
  const foundAs = (term: QueryTerm | undefined, dutch: string[]) => {
    if (!term) return;
    term.alternatives.push(...dutch.flatMap((w) => terms(w)));
    term.foreign = false;
  };
  // "language buddies" is one Dutch word, "taalbuddy's": the compound is an alternative of the English head.
  for (const { head, dutch } of compounds) foundAs(wordsAsked.find((t) => terms(head).includes(t.term)), dutch);
  for (const { modifier, head, dutch } of phrases) for (const term of wordsAsked.filter((t) => [modifier, head].some((w) => terms(w).includes(t.term)))) foundAs(term, dutch);
  for (const [word, dutch] of cognates) {
    const term = wordsAsked.find((t) => terms(word).includes(t.term));
    if (!term) continue;
    term.alternatives.push(...dutch.flatMap((w) => terms(w)));
    if (dutch.some(usedInPassages)) term.foreign = false;
  }
  // A modifier with no Dutch word of its own in the documents ("safety") is found in the compound ("veiligheidsinstructies").
  for (const { modifier, dutch } of compounds) foundAs(wordsAsked.find((t) => t.foreign && terms(modifier).includes(t.term)), dutch);
  if (english) {
    for (const token of tokenize(searchText)) {
      const term = wordsAsked.find((t) => t.foreign && terms(token).includes(t.term));
      if (term) term.senses = wordnetSenses(token, usedInPassages);
    }
  }
  // A name the documents use ("Zwalmdonk", "Samen Stad"), or a word of their own ("digicoach"), is the same in an English question.
  for (const name of [...entities.filter(usedInPassages), ...(english ? documentsOwnWords(searchText, usedInPassages) : [])]) {
    for (const term of wordsAsked.filter((t) => terms(name).includes(t.term))) term.foreign = false;
  }
  for (const [adjective, place] of adjectivePlaces) {
    const term = wordsAsked.find((t) => terms(adjective).includes(t.term));
    if (term) term.alternatives.push(...terms(place));
  }
  for (const [word, acronym] of spelledOutAcronyms(searchText, documents)) {
    for (const term of wordsAsked.filter((t) => terms(word).includes(t.term))) {
      term.alternatives.push(...terms(acronym));
      term.foreign = false;
    }
  }
  // A name inside a quoted title is part of it ("de module ‘Digitaal in Vlaanderen’"), not a place.
  const unquotedText = unquoted(searchText);
  const breakdown = askedBreakdown(clean.text);
  const namedPlaces = entities.filter((e) => knownPlaces.has(foldDiacritics(e).toLowerCase()) && unquotedText.includes(e));
  const placesOfAdjectives = [...adjectivePlaces.values()].map((p) => p.charAt(0).toUpperCase() + p.slice(1));
  return {
    raw,
    clean,
    filters: inForce,
    unknownQuestionNumber,
    searchText,
    queryTerms: wordsAsked,
    keyword: corrections.size ? { ...keyword, terms: [...new Set([...keyword.terms, ...corrections.values()])] } : keyword,
    english,
    // A name the documents use as a place restricts the question to it, however the question puts it.
    places: [...new Set([...placesIn(searchText, english, usedInPassages), ...twoWordProvinces(searchText), ...namedPlaces, ...placesOfAdjectives])],
    entities,
    titles: [...quotedTitles(clean.text), ...titlesNamedUnquoted(clean.text, documents)],
    trainedAs: english ? null : trainedAs(clean.text),
    // A question number the user cites is a reference, not a figure to find; a period's numbers date (above).
    figures: questionFigures(searchText).filter((f) => f !== String(clean.questionNumber) && !periodFigures.includes(f)),
    quantities: quantitiesIn(searchText).filter((q) => q.value !== String(clean.questionNumber) && !periodFigures.includes(q.value)),
    years: yearsIn(searchText),
    yearSpans: yearSpansIn(clean.text),
    reasonTerms: askedReasonTerms(searchText),
    yearsBefore: yearsBefore(clean.text),
    yearsAfter: yearsAfter(clean.text),
    breakdown,
    sexGroup: askedSexGroup(clean.text),
    schoolLevels: schoolLevelsIn(clean.text),
    parts: askedParts(searchText),
    days: askedDays(clean.text),
    ...tenseTraits(clean.text),
    elapsed: elapsedIn(clean.text),
    rate: askedRate(clean.text),
    // Whether the minister knows how many is answered by a passage that says the count is not kept: no figure is asked.
    answerType: asksWhetherKnown(clean.text) ? null : answerType(searchText),
    focus: (focus && corrections.get(focus)) ?? focus,
    asksPart: asksPartOf(clean.text),
    outcome: askedOutcome(clean.text),
    kind: askedKind(searchText),
    // Asked of the whole question (the search text leaves out the minister); keywords asking a breakdown ask its
    // figures, as does asking how they are divided.
    asksForContent: (asksForContent(searchText) || requestsContent(clean.text) || (breakdown.length > 0 && (isKeywordQuery(clean.text) || asksHowDivided(clean.text)))) && !asksAboutCompetence(clean.text),
    excluded: excludedTerms(searchText),
    complements: complementTerms(searchText),
    asksExact: asksExact(clean.text),
  };
}
