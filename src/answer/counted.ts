import { foldDiacritics, isStopword, terms, tokenize } from '../search/analyze.js';
import { abbreviationExpansions, dutchEquivalents, dutchSynonyms, isEnglishFunctionWord } from '../search/glossary.js';
import { formsOf, joinedFormsOf, root, wordsOf } from './passage-analysis.js';
import { cardinalOf, DAY_OF_DATE, TIME_UNITS, UNIT_WORDS, unitNamed } from './named.js';
import { YEAR } from './dating.js';
import { compoundParts } from '../search/compound.js';
import { isLexiconLoaded } from '../corpus/lexicon.js';
import { NAMES_ASKED } from './answer-type.js';

/**
 * What a counting question counts ("Hoeveel leerkrachten…" counts
 * leerkrachten), whether a passage names it, and which of its sentences
 * count it ("in 146 kinderopvanglocaties"). Read by the answerability
 * checks (checks.ts) and the quote (passage.ts).
 */

const fold = (s: string) => foldDiacritics(s).toLowerCase();

/** Nouns that measure something else: "hoeveel procent van de meldingen" counts meldingen. */
const MEASURE_NOUNS = new Set('deel aandeel aantal percentage procent aantallen share number part percent'.split(' '));
/**
 * Heads an answer gives as a value, not as a word: amounts of money, time,
 * generic people ("Hoeveel geld", "Hoeveel deelnemers" answered by "2.214
 * werkzoekenden"). Only a specific noun has to appear.
 */
const VALUE_NOUNS = new Set(
  `geld middelen budget budgetten bedrag bedragen euro kost kosten subsidie subsidies steun financiering dotatie keer maal uur uren dagen weken maanden jaren jaar tijd
  mensen personen volk man deelnemers burgers inwoners gebruikers money funds funding times hours days weeks months years people
  persons participants`.split(/\s+/),
);
/** Verbs that follow "hoeveel" directly ("Hoeveel kostte de campagne"): no counted noun. */
const VERBS_AFTER_HOW_MANY = new Set(
  `kost kostte kostten kosten bedraagt bedroeg bedragen betaalt betaalde betalen verdient krijgt kreeg kregen ontving
  ontvingen is was zijn waren werd werden wordt worden heeft had hebben hadden gaat ging gingen telt telde tellen
  gebeurde gebeurden zal zullen kan kunnen moet moeten trekt trekken trok trokken maakt maken maakte maakten
  geeft geven gaf gaven besteedt besteden besteedde besteedden investeert investeren investeerde investeerden`.split(/\s+/),
);
// "Aantal NBMV die …", "het aantal meldingen", "the number of buddies": a count named by its noun, as keywords put it.
const COUNTING = [/\bhoeveel\s+(.+)/, /\bhoe veel\s+(.+)/, /\bhow many\s+(.+)/, /(?:^|\bhet\s+)aantal\s+(.+)/, /(?:^|\bthe\s+)number of\s+(.+)/];
const ENGLISH_COUNTING = new Set([COUNTING[2], COUNTING[4]]);
/** Determiners, numbers and words for more or less of it ("hoeveel extra cursusgroepen", "hoeveel minder afvalzakken"): none is what is counted. */
/** English articles and possessives, which open a noun group. */
const ARTICLE = /^(?:the|a|an|its|their|his|her|our|this|these|those)$/;
const DETERMINER_OR_NUMBER = /^(?:the|a|an|de|het|een|extra|meer|minder|additional|more|fewer|less|(?:19|20)\d\d|\d+)$/;

/** A count of part of a group, named by a noun after the verb: "Hoeveel van de X … zijn nieuwkomers?", "How many of the X were women?". */
const PARTITIVE_PREDICATE = /\b(?:hoeveel van (?:de|die|deze|hen|hun|alle)|how many of (?:the|them|these|those|all))\b.*\b(?:zijn|waren|are|were)\s+(?:er\s+)?([a-z][a-z'-]*(?:s|en)|people)\s*\??\s*$/;

/** Adverbs of time that qualify a participle before a noun ("pas aangekomen", "net ingeschreven"). */
const RECENTLY = new Set(['pas', 'net', 'recent', 'onlangs', 'nieuw', 'vers']);
/** A Dutch past participle: "aangekomen", "ingeschreven", "gestart", "erkend". */
const PARTICIPLE = /^(?:[a-z]*ge[a-z]{2,}(?:en|d|t|de|te)|(?:be|er|ver|ont|her)[a-z]{2,}(?:d|t|de|te))$/;
/** An inflected adjective ("anderstalige", "lokale"); a noun in -ie ("subsidie", "organisatie") only looks like one. */
const INFLECTED_ADJECTIVE = /[^i]e$/;
/** A word negated by a hyphenated prefix ("niet-ingeschreven", "niet-Europese", "non-EU"; not "niet-Belgen"). */
export const NEGATED_PREFIXED = /\b(?:niet|non)-([\p{L}\p{N}]+)/giu;
/** Shaped as a modifier: a participle, an inflected adjective or an abbreviation ("eu"), not a noun of its own. */
const modifierShaped = (word: string) => PARTICIPLE.test(word) || INFLECTED_ADJECTIVE.test(word) || word.length <= 3;

/** English plurals: the regular ending, and the irregular ones a count asks for. */
const ENGLISH_IRREGULAR_PLURALS = new Set('children people men women staff personnel police youth'.split(' '));
// Not the singular endings of adjectives and Latin or Greek nouns: "anonymous", "status", "basis".
export const isEnglishPlural = (w: string) => ENGLISH_IRREGULAR_PLURALS.has(w) || (/[^s]s$/.test(w) && !/(?:us|sis)$/.test(w) && w.length > 3);

/**
 * The thing a counting question counts ("Hoeveel leerkrachten…", "How many
 * interpreters…"); a measure noun hands over to what it measures. Null for
 * other questions, amounts, and verbs: "welke organisatie" is answered by a
 * name, "hoeveel geld" by a sum, neither by the word itself.
 */
export function questionFocus(query: string, usedAsIs: (word: string) => boolean = () => false): string | null {
  const q = fold(query);
  // "Hoeveel van de gezinnen op de wachtlijst zijn nieuwkomers?" counts the families that are newcomers: a figure for
  // all the families does not answer it, one that names the newcomers may.
  const predicate = PARTITIVE_PREDICATE.exec(q)?.[1];
  if (predicate && !PARTICIPLE.test(predicate) && !isStopword(predicate)) return predicate;
  // Words written with a capital name the thing counted ("Samen Sportief-deelnemers" counts deelnemers);
  // an abbreviation in capitals may be what is counted ("hoeveel NBMV").
  // A word the question also writes in lower case is a common noun ("how many laptops … Laptops voor Nieuwkomers").
  const lowerCase = new Set(foldDiacritics(query).match(/(?<![\p{L}])\p{Ll}[\p{L}]*/gu) ?? []);
  const names = new Set(
    [...foldDiacritics(query).matchAll(/(?<=\S\s+)\p{Lu}\p{Ll}+/gu)].map((m) => m[0].toLowerCase()).filter((w) => !ENGLISH_IRREGULAR_PLURALS.has(w) && !lowerCase.has(w)),
  );
  for (const marker of COUNTING) {
    const m = marker.exec(q);
    if (!m) continue;
    // A hyphenated compound counts its head, the last part: "TaalJob-trajecten" counts trajecten.
    // A word negated by its prefix ("niet-ingeschreven jongeren", "non-EU workers") qualifies the noun after it.
    const words = tokenize(m[1]!.replace(NEGATED_PREFIXED, (all, word: string) => (modifierShaped(word) ? ' ' : all)).replace(/[\p{L}\p{N}]+-(?=\p{L})/gu, '')).filter((w) => !DETERMINER_OR_NUMBER.test(w) && !names.has(w));
    let i = 0;
    // "Hoeveel van de niet-ingeschreven jongeren …", "hoeveel van die cursisten" count what follows, as "how many of the …" does below.
    if (words[i] === 'van' && !ENGLISH_COUNTING.has(marker)) i += /^(?:die|deze|hun)$/.test(words[i + 1] ?? '') ? 2 : 1;
    while (i < words.length && MEASURE_NOUNS.has(words[i]!) && (words[i + 1] === 'van' || words[i + 1] === 'of')) i += 2;
    if (VERBS_AFTER_HOW_MANY.has(words[i] ?? '')) return null;
    if (ENGLISH_COUNTING.has(marker)) {
      // English puts the counted noun last and marks it plural: "how many new social housing tenants",
      // "how many Ukrainian children"; modifiers ("new", "housing") carry no plural.
      if (words[i] === 'of') i++; // "how many of the probes"
      let j = i;
      while (j < words.length && !isStopword(words[j]!) && !isEnglishPlural(words[j]!)) j++;
      // A plural modifier before the plural head ("sports clubs") is part of the noun group.
      while (j + 1 < words.length && !isStopword(words[j + 1]!) && isEnglishPlural(words[j + 1]!) && dutchEquivalents(words[j + 1]!).length > 0) j++;
      if (j < words.length && !isStopword(words[j]!)) i = j;
    }
    // "pas aangekomen kinderen", "net ingeschreven cursisten": an adverb of time and the participle it goes with qualify the noun.
    if (RECENTLY.has(words[i] ?? '') && PARTICIPLE.test(words[i + 1] ?? '') && i + 2 < words.length) i += 2;
    // An inflected adjective ("anderstalige werkzoekenden", "lokale besturen") qualifies the noun after it;
    // a noun in -ie ("subsidie", "organisatie") only looks like one.
    while (i + 1 < words.length && INFLECTED_ADJECTIVE.test(words[i]!) && !isStopword(words[i + 1]!) && !VERBS_AFTER_HOW_MANY.has(words[i + 1]!)) i++;
    const word = words[i];
    if (!word || word === 'van' || word === 'of' || isStopword(word) || word.length < 2) return null;
    if (MEASURE_NOUNS.has(word) || VALUE_NOUNS.has(word) || VERBS_AFTER_HOW_MANY.has(word)) return null;
    // An English word the glossary cannot render can be looked for in no Dutch passage, unless the documents use it as
    // it stands ("laptops"): `usedAsIs`.
    if (marker === COUNTING[2] && dutchEquivalents(word).length === 0 && !usedAsIs(word)) return null;
    return word;
  }
  return null;
}


/** Words for a sort of thing, which ask the sort of the noun after them. */
const SORT_NOUNS = new Set(['soort', 'soorten', 'type', 'types', 'slag']);

/** "Welke sector", "which provinces", "in welke taal": the kind of thing the question asks to be named. */
/** "Which X", or a request to list them: "List the 28 municipalities …", "Noem de gemeenten …". */
// Asked by their names, too: "Hoe heten de 55 andere …", "What are the names of the …".
const ASKS_WHICH = new RegExp(
  `\\b(?:welke|welk|which)\\s+(?:(?:are|were|zijn|waren)\\s+(?:the|de)\\s+)?(.+)|^(?:please\\s+)?(?:list|name|noem|som)\\s+(?:(?:de|het|the|all|alle)\\s+)?(.+)|\\b${NAMES_ASKED}\\s+(?:(?:de|het|the|all|alle)\\s+)?(.+)`,
);

/**
 * The kind of thing a "which" question asks to be named ("In welke sector …"
 * asks for a sector; "Welk deel van de meldingen" for part of the meldingen).
 * Null when the question names no such noun. What a "hoeveel" question counts
 * is questionFocus()'s: as a preference between items it cost more than it gave.
 */
export function askedKind(query: string): string | null {
  const m = ASKS_WHICH.exec(fold(query));
  if (!m) return null;
  // A hyphenated adjective is one word: "welke West-Vlaamse gemeenten" asks for gemeenten. A count in words is no
  // kind, as one in digits is not: "welke zes scholen" asks for scholen.
  const tokens = tokenize((m[1] ?? m[2] ?? m[3]!).replace(/(\p{L})-(?=\p{L})/gu, '$1'));
  const kept = (w: string) => !DETERMINER_OR_NUMBER.test(w) && cardinalOf(w) === null;
  const words = tokens.filter(kept);
  // English puts the noun last in its group: "which Dutch level do …", "which local councils …".
  if (/\bwhich\b|^(?:please\s+)?(?:list|name)\b|\bnames? of\b/.test(fold(query))) {
    // A word an article follows is a verb, whatever its ending: "which twelve cultural centres host the …" and
    // "which company runs the …" ask for centres and a company.
    const beforeArticle = new Set(tokens.filter((w, k) => ARTICLE.test(tokens[k + 1] ?? '') && kept(w)));
    let j = 0;
    const nounLike = (w: string) => !isStopword(w) && !isEnglishFunctionWord(w) && !/(?:ed|ing)$/.test(w) && !beforeArticle.has(w);
    while (j + 1 < words.length && nounLike(words[j + 1]!)) j++;
    const noun = words[j];
    return noun && !isStopword(noun) && !isEnglishFunctionWord(noun) && noun.length >= 3 ? noun : null;
  }
  let i = 0;
  while (i < words.length && MEASURE_NOUNS.has(words[i]!) && (words[i + 1] === 'van' || words[i + 1] === 'of')) i += 2;
  // "Welk soort testen", "welk type opleiding (van)": the sort is of the noun after it.
  if (i + 1 < words.length && SORT_NOUNS.has(words[i]!)) i += words[i + 1] === 'van' ? 2 : 1;
  // An inflected adjective qualifies the noun after it ("welke lokale besturen").
  while (i + 1 < words.length && INFLECTED_ADJECTIVE.test(words[i]!) && !isStopword(words[i + 1]!)) i++;
  const word = words[i];
  if (!word || isStopword(word) || word.length < 3 || VERBS_AFTER_HOW_MANY.has(word)) return null;
  return word;
}

/**
 * An abbreviation counts what the head of its expansion names: "NBMV" (niet-begeleide minderjarige vreemdelingen)
 * counts vreemdelingen, not anything "minderjarig"; "cvo" (centrum voor volwassenenonderwijs) counts centra. The head
 * stands before the first preposition, after the inflected adjectives.
 */
function abbreviationHeads(word: string): string[] {
  const expansion = abbreviationExpansions(word);
  const preposition = expansion.findIndex((w) => w === 'voor' || w === 'van');
  return expansion.slice(0, preposition < 0 ? expansion.length : preposition).filter((w) => !/e$/.test(w) && !isStopword(w));
}

/** Forms the focus may take in the passage: itself, its Dutch equivalents, an abbreviation's head. */
function focusForms(word: string): string[] {
  let forms = focusFormCache.get(word);
  if (forms) return forms;
  // An English word's one Dutch rendering brings its synonyms (children → kinderen, leerlingen); a word with several
  // renderings is wider than each, and their synonyms stray further.
  const dutch = dutchEquivalents(word);
  forms = [...new Set(wordForms(word, ...dutch, ...(dutch.length === 1 ? dutchSynonyms(dutch[0]!) : []), ...dutchSynonyms(word), ...abbreviationHeads(word)))].filter((t) => t.length >= 2);
  if (focusFormCache.size > 1_000) focusFormCache.clear();
  focusFormCache.set(word, forms);
  return forms;
}
/** Each word's tokens as written, as roots and as stems. */
const wordForms = (...words: string[]): string[] => words.flatMap((w) => tokenize(w)).flatMap((w) => [w, root(w), ...terms(w)]);
/** Whether a text names the counted word itself, not a synonym of it: "612 inburgeraars", not "nieuwkomers". */
export function namesFocusItself(word: string, text: string): boolean {
  const own = new Set(wordForms(word));
  return [...formsOf(text)].some((form) => own.has(form));
}
/** A part's stem shorter than this is found inside too many words ("taal" in "vertaald", "end" of "wachtenden"). */
const MIN_PART_STEM = 5;
/** Read for every sentence and word a count is checked against: kept per counted word. */
const focusFormCache = new Map<string, string[]>();

/** focusPresent's answers for one text and no scope, by word then text (compounds need the lexicon: kept once it is loaded). */
const focusMemo = new Map<string, Map<string, boolean>>();
let focusMemoEntries = 0;
const FOCUS_MEMO_SIZE = 50_000;

/**
 * Whether the focus occurs in the evidence: as a word, or as the head or modifier of a compound ("boetes" in
 * "geldboetes", "discriminatiemeldingen" headed by "meldingen"), which Dutch writes as one word.
 */
export function focusPresent(word: string, evidence: string[], scope?: string): boolean {
  // Counting reads the focus against each word after each figure of each sentence read: the same pairs, again and again.
  if (evidence.length !== 1 || scope !== undefined || !isLexiconLoaded()) return focusPresentUncached(word, evidence, scope);
  if (focusMemoEntries >= FOCUS_MEMO_SIZE) focusMemoEntries = (focusMemo.clear(), 0);
  let byText = focusMemo.get(word);
  if (!byText) focusMemo.set(word, (byText = new Map()));
  let present = byText.get(evidence[0]!);
  if (present === undefined) {
    byText.set(evidence[0]!, (present = focusPresentUncached(word, evidence)));
    focusMemoEntries++;
  }
  return present;
}

function focusPresentUncached(word: string, evidence: string[], scope?: string): boolean {
  const sets = evidence.map(formsOf);
  const forms = focusForms(word);
  if (forms.some((form) => sets.some((set) => set.has(form)))) return true;
  for (const form of forms) {
    // A compound of the passage that contains the form ("geldboetes" ⊃ "boete").
    if (form.length >= 4 && evidence.some((text) => joinedFormsOf(text).includes(form))) return true;
    // A compound form headed by a word of the passage ("discriminatiemelding" ends in "melding"). Given the
    // document (`scope`), its modifier must be spoken of there too: "rijbewijsopleidingen" are not the "opleidingen"
    // of a document that never speaks of driving licences. The modifier narrows the head's class; a document that
    // never names it, nor another compound of the head, counts the whole class.
    for (let k = 1; k + 4 <= form.length; k++) {
      const head = form.slice(k);
      if (!isStopword(head) && sets.some((set) => set.has(head)) && (scope === undefined || modifierSpokenOf(form.slice(0, k), head, scope))) return true;
    }
  }
  if (sharesCompoundHead(word, evidence)) return true;
  // An abbreviation stands for its words: "392 NBMV" counts niet-begeleide minderjarige vreemdelingen.
  const spelled = evidence.flatMap((text) => [...wordsOf(text)].flatMap(abbreviationExpansions));
  return spelled.length > 0 && forms.some((form) => formsOf(spelled.join(' ')).has(form));
}

/**
 * Two compounds of one head, where the passage names the asked one's modifier as well: "inburgeringsboetes" asked,
 * "geldboetes" given to "inburgeraars". The lexicon splits the compound (compound.ts).
 */
export function sharesCompoundHead(word: string, evidence: string[]): boolean {
  const parts = compoundParts(word);
  if (!parts) return false;
  const has = (form: string) => evidence.some((text) => joinedFormsOf(text).includes(form));
  const head = root(parts.head);
  return head.length >= MIN_PART_STEM && has(head) && terms(parts.modifier).some((m) => m.length >= MIN_PART_STEM && has(m));
}

/** A count of part of a group: "Hoeveel van de cursisten …", "How many of them …", "Welk deel van de …". */
const ASKS_PART = /\b(?:hoeveel|welk deel|welk aandeel|how many|what share|what part|what proportion)\s+(?:van|of)\s+(?:de|het|die|deze|hen|hun|alle|the|them|these|those|all|their)\b/;

/** Whether a question counts part of a group it names ("How many of the labour migrants … found a home?"). */
export const asksPartOf = (question: string): boolean => ASKS_PART.test(fold(question));

/**
 * Whether a compound's modifier narrows what a figure counts ("eenoudergezinnen" of the "gezinnen" counted): the texts
 * that say what the figure counts do not name the modifier, and `elsewhere` does (a share of all: "39 procent van de
 * gezinnen is een eenoudergezin"). The figure then counts the whole class of the head, which is returned.
 */
export function modifierNarrows(word: string, said: string[], elsewhere: string): string | null {
  // The lexicon splits the compound, or a word the figures count is its head ("eenouder" is no word of its own).
  const headSaid = () => {
    const forms = said.map(formsOf);
    for (let k = MIN_MODIFIER; k + MIN_PART_STEM <= word.length; k++) {
      if (forms.some((set) => set.has(word.slice(k)))) return { modifier: word.slice(0, k).replace(/s$/, ''), head: word.slice(k) };
    }
    return null;
  };
  const parts = compoundParts(word) ?? headSaid();
  if (!parts) return null;
  const modifiers = terms(parts.modifier).filter((m) => m.length >= MIN_PART_STEM);
  const names = (text: string) => modifiers.some((m) => joinedFormsOf(text).includes(m));
  return modifiers.length > 0 && !said.some(names) && names(elsewhere) ? parts.head : null;
}

/** A modifier shorter than this is too often a piece of another word ("oud", "nie") to look for on its own. */
export const MIN_MODIFIER = 4;

/** Whether the scope speaks of a compound's modifier ("discriminatie" of "discriminatiemelding"), with or without its linking s. */
function modifierSpokenOf(modifier: string, head: string, scope: string): boolean {
  const bare = modifier.replace(/s$/, '');
  const joined = joinedFormsOf(scope);
  if (bare.length < MIN_MODIFIER || joined.includes(bare) || joined.includes(root(bare))) return true;
  // A compound of the same head with another modifier ("doorgangswoningen" for "transitwoningen") may be the same class
  // in other words: only the bare head is the whole class.
  for (const form of formsOf(scope)) if (form.length >= head.length + MIN_MODIFIER && form.endsWith(head)) return true;
  return false;
}

/** Words a figure may stand apart from what it counts: "146 kinderopvanglocaties", "2.134 nieuwe kinderbegeleiders". */
const COUNT_REACH = 3;

/**
 * The sentences that count what the question counts: those whose figure stands
 * right before it ("in 146 kinderopvanglocaties"), not those that name it
 * elsewhere ("32 taalcoaches bezoeken elke locatie"). When no figure stands
 * before it, every sentence with a figure that names it.
 */
export function countingSentences<T extends { text: string }>(figures: T[], focus: string): T[] {
  const attached = figures.filter((s, k) => {
    // "In 2023 waren dat er 538": a bare figure right after a count goes on counting the same.
    if (k > 0 && BARE_FIGURE.test(s.text.replace(YEAR, ' ')) && countsBefore(figures[k - 1]!.text, focus)) return true;
    return countsBefore(s.text, focus);
  });
  return attached.length ? attached : figures.filter((s) => focusPresent(focus, [s.text]));
}

/** A figure with no word after it: "waren dat er 538, gerekend tot …". */
const BARE_FIGURE = /\d(?:[\d.]*\d)?(?:,\d+)?\s*(?:[,.;:)]|$)/;

/** A figure in the sentence stands right before what is counted: "in 146 kinderopvanglocaties" counts opvanglocaties. */
export function countsBefore(sentence: string, focus: string): boolean {
  const tokens = tokenize(sentence.replace(DAY_OF_DATE, ' ').replace(LIST_MARKER, ' '));
  return tokens.some((t, i) => cardinalOf(t) !== null && nounGroupAfter(tokens, i + 1).some((w) => focusPresent(focus, [w]))) || countNamedBy(tokens, focus);
}

/**
 * "Het aantal actieve digicoaches steeg van 46 in 2022 naar 61": the figures after "aantal" count what it names.
 * Not "een aantal" ("some"), which counts nothing.
 */
function countNamedBy(tokens: readonly string[], focus: string): boolean {
  const at = aantalNaming(tokens, focus);
  return at >= 0 && tokens.slice(at + 1).some((t) => cardinalOf(t) !== null);
}

/** Where "het aantal …" names the focus ("het aantal ontvangen aanvragen"), or -1. */
const aantalNaming = (tokens: readonly string[], focus: string) =>
  tokens.findIndex((t, i) => t === 'aantal' && tokens[i - 1] !== 'een' && nounGroupAfter(tokens, i + 1).some((w) => focusPresent(focus, [w])));

/** Whether a text names a count of the focus by "het aantal …": a table's introduction ("De onderstaande tabel geeft het aantal unieke cursisten …"). */
export const namesCountOf = (text: string, focus: string): boolean => aantalNaming(tokenize(text), focus) >= 0;

/** A list marker is no figure: "3. De strategie …", "(2) communicatieacties op projectniveau", "1) …". */
const LIST_MARKER = /^\s*\d{1,2}\.\s|\(\d{1,2}\)|(?<=^|\s)\d{1,2}\)(?=\s)/g;

/**
 * The words a figure may count: the inflected adjectives right after it, then COUNT_REACH words
 * ("412 niet-begeleide minderjarige vreemdelingen" counts vreemdelingen; "32 taalcoaches bezoekt elke locatie"
 * counts no locaties). A noun in -ie ("subsidie") only looks like an adjective.
 */
function nounGroupAfter(tokens: readonly string[], from: number): string[] {
  let start = from;
  while (start < tokens.length && (INFLECTED_ADJECTIVE.test(tokens[start]!) || tokens[start] === 'niet')) start++;
  return tokens.slice(from, start + COUNT_REACH);
}

const MEASURES = new Set([...UNIT_WORDS, 'miljoen', 'miljard', 'million', 'billion', '%']);

/**
 * A sentence whose figures count something other than the question's focus:
 * "Op 1 januari 2024 stonden 189.400 kandidaat-huurders op de wachtlijst"
 * counts candidates, not the refugees among them. A figure with a unit
 * ("ongeveer 6 procent van de wachtenden") measures rather than counts, and
 * may be an estimate of what is asked.
 */
export function countsSomethingElse(sentence: string, focus: string): boolean {
  if (countsBefore(sentence, focus)) return false;
  const tokens = tokenize(sentence.replace(DAY_OF_DATE, ' ').replace(YEAR, ' '));
  let counts = false;
  for (let i = 0; i < tokens.length; i++) {
    if (cardinalOf(tokens[i]!) === null) continue;
    const next = tokens.slice(i + 1).find((w) => !isStopword(w));
    if (next === undefined || MEASURES.has(next.toLowerCase()) || /^\d/.test(next)) return false;
    counts = true;
  }
  return counts;
}

/**
 * Every figure of the sentence stands right before a word for another kind than the focus: "Meerhagem (2
 * samentuinen)" counts gardens, not newcomers. Not "47 in Limburg", whose figure counts what the sentence counts.
 */
export function countsOtherKindOnly(sentence: string, focus: string): boolean {
  return figuresNext(sentence, (next) => !isStopword(next) && !MEASURES.has(next) && !/^\d/.test(next) && !focusPresent(focus, [next]));
}

/** A sentence whose figures all measure a length of time ("loopt op tot zeven jaar"): it counts nothing. */
export function measuresTimeOnly(sentence: string): boolean {
  return figuresNext(sentence, (next) => TIME_UNITS.has(unitNamed(next) ?? ''));
}

/** Whether the sentence has figures (years and days of dates aside) and the word after each passes `test`. */
function figuresNext(sentence: string, test: (next: string) => boolean): boolean {
  const tokens = tokenize(sentence.replace(DAY_OF_DATE, ' ').replace(YEAR, ' '));
  const figures = tokens.flatMap((t, i) => (cardinalOf(t) === null ? [] : [tokens[i + 1]]));
  return figures.length > 0 && figures.every((next) => next !== undefined && test(next));
}
