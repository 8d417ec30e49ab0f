import { foldDiacritics, isStopword, tokenize } from '../search/analyze.js';
import { abbreviationExpansions, dutchEquivalents, placeName, placeNameForms } from '../search/glossary.js';
import { provinceOfAdjective } from '../search/province-names.js';
import { MONTH_NUMBERS } from '../corpus/dates.js';
import { wordsOf } from './passage-analysis.js';
import { NUMBER_WORDS } from './numerals.js';

/**
 * What a question names that a passage must name too: figures and ordinals
 * ("binnen twaalf maanden", "de derde Pactdag"), places it restricts to ("in
 * Gent"), and other names and codes ("VDAB", "A2"). Read once per question
 * (query.ts); checked per passage (checks.ts).
 */

const fold = (s: string) => foldDiacritics(s).toLowerCase();
/**
 * Words that place a question in the calendar, as a year does: months, days of
 * the week and days named from today, in Dutch and English.
 */
export const CALENDAR_WORDS: readonly string[] = [
  ...Object.keys(MONTH_NUMBERS),
  ...'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag weekend vandaag morgen gisteren vanavond'.split(' '),
  ...'monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday tonight'.split(' '),
];
const CALENDAR: ReadonlySet<string> = new Set(CALENDAR_WORDS);
/** Day numbers of dates ("1 januari 2020", "31 December 2018") are not figures. */
export const DAY_OF_DATE = new RegExp(`\\b\\d{1,2}\\s+(?:${Object.keys(MONTH_NUMBERS).join('|')})\\b`, 'gi');

// --- Figures the question names ---------------------------------------------------

/** Ordinal words: "de derde Pactdag" is not the second. */
export const ORDINALS: Record<string, number> = {
  eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, zesde: 6, zevende: 7, achtste: 8, negende: 9, tiende: 10,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};

/** Dutch ordinals end in -e ("derde"); the English ones do not. */
const DUTCH_ORDINALS = Object.keys(ORDINALS).filter((w) => w.endsWith('e'));

/** The Dutch word for the n-th ("derde"), "11de" beyond the words. */
export function ordinalWord(n: number): string {
  return DUTCH_ORDINALS.find((w) => ORDINALS[w] === n) ?? `${n}de`;
}

/** A cardinal figure as digits ("twaalf" → "12", "2.318" → "2318"); null for other words and years. */
export function cardinalOf(token: string): string | null {
  if (/^\d[\d,]*$/.test(token)) return /^(?:19|20)\d\d$/.test(token) ? null : token;
  return Object.hasOwn(NUMBER_WORDS, token) ? String(NUMBER_WORDS[token]) : null;
}

/** Figures in a text as digits ("twaalf" → "12", "2.318" → "2318", "derde" → "3e"), years and days of dates left out. */
export function figuresIn(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text.replace(DAY_OF_DATE, ' '))) {
    if (Object.hasOwn(ORDINALS, token)) out.push(`${ORDINALS[token]}e`);
    const cardinal = cardinalOf(token);
    if (cardinal !== null) out.push(cardinal);
  }
  return out;
}

/**
 * Units of measure, each with its one name: a figure means something only
 * with its unit ("binnen twaalf maanden" is not "12 uur").
 */
const UNITS: Record<string, string> = {
  minuut: 'minuut', minuten: 'minuut', minute: 'minuut', minutes: 'minuut',
  uur: 'uur', uren: 'uur', hour: 'uur', hours: 'uur',
  dag: 'dag', dagen: 'dag', day: 'dag', days: 'dag', werkdag: 'werkdag', werkdagen: 'werkdag',
  week: 'week', weken: 'week', weeks: 'week',
  maand: 'maand', maanden: 'maand', month: 'maand', months: 'maand',
  jaar: 'jaar', jaren: 'jaar', year: 'jaar', years: 'jaar',
  procent: 'procent', percent: 'procent', procentpunt: 'procentpunt', procentpunten: 'procentpunt',
  euro: 'euro', euros: 'euro',
};
export const TIME_UNITS: ReadonlySet<string> = new Set(['minuut', 'uur', 'dag', 'werkdag', 'week', 'maand', 'jaar']);
/** The words that name a unit of measure, in Dutch and English. */
export const UNIT_WORDS: readonly string[] = Object.keys(UNITS);
/** The one name of the unit a word names ("maanden", "months" → maand), or null. */
export const unitNamed = (word: string): string | null => (Object.hasOwn(UNITS, word) ? UNITS[word]! : null);
/** The unit of time a count is asked in: "Hoeveel uur …", "how many days …" (uur, dag); null for any other word. */
export function timeUnitAsked(question: string): string | null {
  const word = /\b(?:hoeveel|how many)\s+(\p{L}+)/u.exec(fold(question))?.[1];
  const unit = word ? unitNamed(word) : null;
  return unit && TIME_UNITS.has(unit) ? unit : null;
}
/** Words between a figure and its unit that change neither: "1,5 miljoen euro". */
const MAGNITUDES = new Set(['miljoen', 'miljard', 'million', 'billion', 'duizend']);

export interface Quantity {
  /** The figure in digits, as figuresIn() writes it. */
  value: string;
  /** The unit's one name ("maand" for "maanden", "months"). */
  unit: string;
}

/** Figures with their unit of measure: "binnen twaalf maanden" → 12 maand. */
export function quantitiesIn(text: string): Quantity[] {
  const tokens = tokenize(text.replace(DAY_OF_DATE, ' '));
  const out: Quantity[] = [];
  tokens.forEach((token, i) => {
    const value = cardinalOf(token);
    if (value === null) return;
    let j = i + 1;
    while (j < tokens.length && MAGNITUDES.has(tokens[j]!)) j++;
    const unit = tokens[j];
    if (unit !== undefined && Object.hasOwn(UNITS, unit)) out.push({ value, unit: UNITS[unit]! });
  });
  return out;
}

// --- Named places, bodies and programmes -------------------------------------------

/**
 * Adjectives of the state's levels and its language frame the whole corpus
 * ("Vlaamse", "Europese"); they name no place of their own.
 */
export const STATE_ADJECTIVES = ['vlaams', 'vlaamse', 'europees', 'europese', 'belgisch', 'belgische', 'federaal', 'federale'];
const FRAMING_ADJECTIVE = new RegExp(`^(?:${[...STATE_ADJECTIVES, 'nederlands', 'nederlandse'].join('|')})$`);
/**
 * Nor does the parliament's own jurisdiction, on its own: every document is
 * about Flanders, whether or not it writes the name ("Hoeveel geld maakt
 * Vlaanderen vrij voor …"). In a longer name ("ESF Vlaanderen") it is part of
 * what is named.
 */
export const JURISDICTION = 'vlaanderen';

/**
 * Words of a question written with a capital (not the first word) or in
 * capitals: "Brussel", "Limburg", "VDAB", "TaalSprint". English capitalises
 * more (titles, "Agency", "Report"), so in an English question a capitalised
 * word names something only when the glossary does not translate it and the
 * documents use it as a name ("Lindeveld"): `usedInCorpus` tells.
 */
export function namedEntities(query: string, english: boolean, usedInCorpus: (word: string) => boolean = () => false): string[] {
  const out = new Set<string>();
  const words = [...query.matchAll(/[\p{L}][\p{L}\p{N}'’-]*/gu)].map((m) => m[0]);
  for (const [k, word] of words.entries()) {
    // A month or weekday is capitalised in English ("in September 2025") and dates, as a year does; it names nothing.
    if (k === 0 || !/^\p{Lu}/u.test(word) || CALENDAR.has(fold(word))) continue;
    // An English place or people name stands for its Dutch name ("Brussels" → Brussel, "Ukrainian" → Oekraïense).
    const dutchName = english ? placeName(word)[0] : undefined;
    if (fold(dutchName ?? word) === JURISDICTION && !/^\p{Lu}/u.test(words[k - 1]!)) continue;
    if (dutchName) {
      if (!FRAMING_ADJECTIVE.test(fold(dutchName))) out.add(dutchName.charAt(0).toUpperCase() + dutchName.slice(1));
      continue;
    }
    if (english && (dutchEquivalents(word).length > 0 || !usedInCorpus(word))) continue;
    // As written (for the message); compared folded.
    // A hyphenated name whose parts are all capitalised is one name ("West-Vlaanderen", "Sint-Niklaas"); of
    // another hyphenated word only the capitalised parts: "NT2-les" names NT2, not "les".
    const parts = word.split(/[-'’]/).filter(Boolean);
    if (parts.length > 1 && parts.every((p) => /^\p{Lu}\p{Ll}/u.test(p))) {
      out.add(word);
      continue;
    }
    for (const written of parts.filter((p) => /^\p{Lu}/u.test(p))) {
      // An abbreviation's plural is the abbreviation ("CAWs", as "CAW's" is): the documents may write it once.
      const part = /^\p{Lu}{2,}s$/u.test(written) ? written.slice(0, -1) : written;
      const folded = fold(part);
      // Codes count however short: "A2" (a language level), "B1".
      const code = /^\p{L}+\d+$/u.test(folded);
      if ((folded.length >= 3 || code) && !isStopword(folded) && !FRAMING_ADJECTIVE.test(folded)) out.add(part);
    }
  }
  return [...out];
}

/**
 * A place name after a locative preposition ("in Gent", "uit de regio
 * Antwerpen", "te Brussel"): one capitalised word, not a compound or acronym
 * ("in de ESF-oproep" names a programme, not where something happened).
 */
const PLACE = /\b(?:in|uit|te|binnen)\s+(?:de\s+|het\s+)?(?:(?:regio|provincie|stad|gemeente|centrumstad)\s+)?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)(?![\p{L}\p{N}-])(?![ \t]+\p{Lu}\p{Ll})/gu;

/** The same in English ("in Brussels", "in the region of Antwerp"). */
const ENGLISH_PLACE = /\b(?:in|from|within)\s+(?:the\s+)?(?:(?:region|province|city|municipality)\s+of\s+)?(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}-])(?![ \t]+\p{Lu}\p{Ll})/gu;

/** A quoted title ("het project ‘Taal in de Wijk’") names a thing; a place in it is part of the name. */
const QUOTED = /(?<![\p{L}\p{N}])['‘“"][^'’”"\n]{1,80}['’”"](?![\p{L}\p{N}])/gu;
/** The text without its quoted titles: "‘Digitaal in Vlaanderen’" names a module, not a place. */
export const unquoted = (text: string) => text.replace(QUOTED, ' ');

/**
 * The quoted titles of several words a question gives ("via ‘Samen aan Zet’"): each names one programme, body or
 * publication as a whole, as its words one by one ("samen", "zet") do not.
 */
export function quotedTitles(text: string): string[] {
  return [...text.matchAll(QUOTED)].map((m) => m[0].slice(1, -1).trim()).filter((title) => /^\p{Lu}/u.test(title) && /\s/.test(title));
}

/** Whether a text gives the title, case, accents and spacing aside. */
export function givesTitle(text: string, title: string): boolean {
  const flat = (s: string) => fold(s).replace(/\s+/g, ' ');
  return flat(text).includes(flat(title));
}

/** Places a question restricts to; in English only names the documents use (see namedEntities()). */
export function placesIn(query: string, english: boolean, usedInCorpus: (word: string) => boolean = () => false): string[] {
  const found = [...unquoted(query).matchAll(english ? ENGLISH_PLACE : PLACE)].map((m) => m[1]!);
  const toDutch = (w: string) => {
    const dutch = placeName(w)[0];
    return dutch ? dutch.charAt(0).toUpperCase() + dutch.slice(1) : w;
  };
  const named = english ? found.filter((w) => placeName(w).length > 0 || (dutchEquivalents(w).length === 0 && usedInCorpus(w))).map(toDutch) : found;
  return [...new Set(named.filter((w) => !FRAMING_ADJECTIVE.test(fold(w)) && fold(w) !== JURISDICTION && !CALENDAR.has(fold(w))))];
}

/** The entity or a word derived from it ("Brussel" in "Brusselse", "Brussels"), or another form of a place or people ("Oekraïense": Oekraïne). */
export function mentions(words: Set<string>, written: string): boolean {
  return mentionsForm(words, written) || placeNameForms(written).some((form) => mentionsForm(words, form));
}

/** What a Dutch place adjective is made from ("limburgse" → limburg, "antwerpse" → antwerp), folded; null for other words. */
export function placeAdjectiveBase(folded: string): string | null {
  // "-se" after a common noun, "-s" after a neuter one: "een Brusselse school", "een Brussels pleeggezin".
  return /^(.{4,}?)se?$/.exec(folded)?.[1] ?? null;
}

/** A word built on that base: the place itself or a form of it ("antwerpen" on "antwerp"). */
export function formOfBase(word: string, base: string): boolean {
  return word.startsWith(base) && word.length <= base.length + 3;
}

function mentionsForm(words: Set<string>, written: string): boolean {
  const entity = fold(written);
  if (words.has(entity)) return true;
  if (/\d/.test(entity)) return false; // a code matches exactly: "A2" is not "A1"
  const stem = entity.slice(0, Math.max(4, entity.length - 1));
  for (const w of words) if (w.startsWith(stem) && w.length <= entity.length + 3) return true;
  // The adjective of a place names the place: "Limburgse clubs" are clubs in Limburg, "Gentse" in Gent.
  const province = provinceOfAdjective(entity);
  if (province) return words.has(province);
  const base = placeAdjectiveBase(entity);
  if (base) for (const w of words) if (formOfBase(w, base)) return true;
  return false;
}

/** A name in a list: one capitalised word or several, after an article ("het Regionaal Ziekenhuis Ravelsdonk"). */
const LISTED_NAME = String.raw`(?:(?:het|de|the)\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*`;
/** A list of names: "Ravelmonde, Eikenbrugge en Zoutelare", "Antwerpen and Gent", "AZ Heiderode en het Stedelijk Ziekenhuis Oosterdreef". */
export const NAME_LIST = new RegExp(`${LISTED_NAME}(?:\\s*,\\s*${LISTED_NAME})*\\s+(?:en|and|of|or)\\s+${LISTED_NAME}`, 'gu');

/** A figure given to each one: "elk 82.000 euro", "ieder 3 plaatsen", "€ 5.000 each", "telkens 2 voltijdse". */
const DISTRIBUTIVE_FIGURE = /\b(?:elk|elke|ieder|iedere|telkens|each)\s+(?:\p{L}+\s+)?(?:€\s*)?\d|\d[\d.,]*(?:\s+\p{L}+)?\s+(?:each|apiece|per\s+stuk)\b/iu;

/** Words that point back to what was counted before ("Hoeveel van hen …", "Van deze 3.870 werkzoekenden …", "daarvan"). */
export const SHARE_OF_COUNTED = /\b(?:van\s+(?:hen|die|deze)|daarvan|hiervan|waarvan)\b/i;

/**
 * Does the sentence give a figure of the name's own? A place or other name
 * given only inside a list ("612 praktijktesten in Ravelmonde, Eikenbrugge en
 * Zoutelare") shares the sentence's figure with the others, unless the
 * sentence gives a figure for each ("respectievelijk 300 en 400").
 */
export function figureOwnedBy(sentence: string, name: string): boolean {
  if (!mentions(wordsOf(sentence), name)) return false;
  // A figure in another clause counts that clause's matter: "De meeste nieuwkomers werden aangeworven door ‘Proper
  // Thuis’ in Rozendries …; 162 van de deelnemende bedrijven wierven …" gives Rozendries no figure.
  // A clause that points back ("…; in 2024 slaagde 78 procent van hen") goes on about the clause before it.
  const clauses = sentence.split(/;\s+/).reduce<string[]>((out, c) => (out.length > 0 && SHARE_OF_COUNTED.test(c) ? [...out.slice(0, -1), `${out.at(-1)!}; ${c}`] : [...out, c]), []);
  if (clauses.length > 1) {
    const own = clauses.filter((c) => mentions(wordsOf(c), name));
    if (!own.some((c) => figuresIn(c).some((f) => !f.endsWith('e')))) return false;
    if (own.length < clauses.length) return figureOwnedBy(own.join('; '), name);
  }
  const lists = [...sentence.matchAll(NAME_LIST)];
  const listed = lists.filter((l) => mentions(wordsOf(l[0]), name));
  if (listed.length === 0) return true;
  // Named outside every list too: the name has a sentence part of its own.
  const rest = lists.reduce((s, l) => s.replace(l[0], ' '), sentence);
  if (mentions(wordsOf(rest), name)) return true;
  // A distributive figure is every listed name's own: "veertien gemeenten ontvangen elk 82.000 euro: Dorpsbeke, …".
  if (DISTRIBUTIVE_FIGURE.test(sentence)) return true;
  const size = Math.max(...listed.map((l) => l[0].split(/\s*,\s*|\s+(?:en|and|of|or)\s+/u).length));
  // A length of time is a condition ("binnen de vijf minuten"), not a figure per name.
  const spans = quantitiesIn(sentence).filter((q) => TIME_UNITS.has(q.unit)).length;
  return figuresIn(sentence).length - spans >= size;
}

/**
 * A sentence that opens by pointing to a place ("Daar kwamen 164 inburgeraars op af", "In die gemeente …") gives
 * its figures to the place the sentence before it names, as if it named it itself.
 */
const POINTS_TO_PLACE = /^(?:daar|ter\s+plaatse|there|in\s+(?:die|deze|dat|dit|that|this)\s+(?:gemeente|stad|regio|provincie|wijk|city|town|region|municipality|province))\b/iu;

export function figureLocatedBy(sentence: string, previous: string | undefined, name: string): boolean {
  return previous !== undefined && POINTS_TO_PLACE.test(sentence.trim()) && figureOwnedBy(previous, name);
}

/** Names after a locative preposition (not the first word of a longer name: "in Samen Sportief"), with the list they open: "in Lindeveld en Brakelhoven". */
const PLACE_LIST = new RegExp(`${PLACE.source}((?:\\s*,\\s*\\p{Lu}\\p{Ll}+)*(?:\\s+en\\s+\\p{Lu}\\p{Ll}+)?)`, 'gu');

const corpusPlaceSets = new WeakMap<readonly { text: string }[], Set<string>>();

/**
 * The names the documents themselves use as places ("in Lindeveld",
 * "uit Ravelmonde en Zoutelare"), folded; read once per document list. A
 * question that names one elsewhere than after "in" ("het meldpunt van
 * Lindeveld", "the Lindeveld reporting point") restricts to it all the same.
 */
export function corpusPlaces(documents: readonly { text: string }[]): Set<string> {
  let places = corpusPlaceSets.get(documents);
  if (places) return places;
  places = new Set();
  for (const d of documents) {
    for (const m of unquoted(d.text).matchAll(PLACE_LIST)) {
      for (const name of [m[1]!, ...(m[2]!.match(/\p{Lu}\p{Ll}+/gu) ?? [])]) {
        const folded = fold(name);
        if (!FRAMING_ADJECTIVE.test(folded) && !isStopword(folded)) places.add(folded);
      }
    }
  }
  corpusPlaceSets.set(documents, places);
  return places;
}

const BULLET = /^\s*[-–•·▪◦*]\s/;

/** Most words of one item of a list of names ("het schoonmaakbedrijf ‘Glansrijk’ in Molenvoorde"). */
const LIST_ITEM_WORDS = 8;

/**
 * A name a text gives only as one item of lists of names, three at least ("de grootste deelnemers zijn het
 * bouwbedrijf ‘Steenhout’ in Haverzele, het schoonmaakbedrijf ‘Glansrijk’ in Molenvoorde en …"): one of several,
 * not what the text is about. A name beside another ("bij Syntra Vlaanderen") is not in such a list.
 */
export function onlyAmongOthers(text: string, name: string): boolean {
  const naming = text.split(/(?<=[.!?])\s+|\n\s*\n/).filter((s) => mentions(wordsOf(s), name));
  return naming.length > 0 && naming.every((sentence) => listedWithOthers(sentence, name));
}

function listedWithOthers(sentence: string, name: string): boolean {
  const items = sentence.replace(/\s+/g, ' ').split(/,\s+|\s+(?:en|of|and|or)\s+|;\s+/);
  const at = items.findIndex((item) => mentions(wordsOf(item), name));
  if (at < 0) return false;
  // A name past its first word in an item short enough to be one of a list ("de stad Gent"), or, after the
  // sentence's first item, a name it starts with ("Ostelde"); not a clause that follows ("zegt de VDAB").
  const capital = (word: string) => /^[‘'“"(]?\p{Lu}[\p{L}-]+/u.test(word);
  const namesOne = (k: number) => {
    const words = items[k]!.split(' ');
    const opens = k > 0 && (capital(words[0]!) || /^(?:de|het|the)$/i.test(words[0]!));
    return words.length <= LIST_ITEM_WORDS && (k === 0 ? words.slice(1).some(capital) : opens && words.some(capital));
  };
  let run = 1;
  for (let k = at + 1; k < items.length && namesOne(k); k++) run++;
  let k = at - 1;
  for (; k >= 0 && namesOne(k); k--) run++;
  // The list's first name may close the clause that opens it: "op de bedrijventerreinen van Dorenkerke, Vlasbeke en Ostelde".
  if (k >= 0 && capital(items[k]!.split(' ').at(-1)!)) run++;
  return run >= 3;
}

/**
 * A name the text gives only inside lists: of names ("Arabisch, Dari, Oekraïens, Tigrinya en Turks"), or as one
 * of the items of a bulleted list ("- de ondersteuning van huiswerkbegeleiding door vzw Huiswerkhaven").
 */
export function onlyListed(text: string, name: string): boolean {
  const inNameList = [...text.matchAll(NAME_LIST)].filter((m) => mentions(wordsOf(m[0]), name)).length;
  const lines = text.split('\n');
  const bulleted = lines.filter((line, k) => BULLET.test(line) && (BULLET.test(lines[k - 1] ?? '') || BULLET.test(lines[k + 1] ?? '')));
  const inBullets = bulleted.filter((line) => mentions(wordsOf(line), name)).length;
  const named = text.split(/(?<=[.!?])\s+|\n/).filter((part) => mentions(wordsOf(part), name)).length;
  const listed = inNameList + inBullets;
  return listed > 0 && listed >= named;
}

/** An abbreviation the document writes out ("NBMV": niet-begeleide minderjarige vreemdelingen). */
export function spelledOut(abbreviation: string, words: Set<string>): boolean {
  const expansion = abbreviationExpansions(abbreviation).flatMap((w) => tokenize(w)).filter((w) => !isStopword(w));
  return expansion.length > 0 && expansion.every((w) => mentions(words, w));
}
