import { splitSentences, type Span } from '../corpus/sentences.js';
import { foldDiacritics, isStopword, terms, tokenize } from '../search/analyze.js';
import type { AnswerType } from './answer-type.js';
import { abbreviationExpansions, dutchEquivalents, dutchSynonyms } from '../search/glossary.js';

/**
 * Does the passage that retrieval found really answer the question? Word
 * overlap alone cannot tell: the unanswerable questions that matter share
 * nearly every word with a real passage ("Hoeveel inburgeringsattesten in
 * Brussel?" against a table that leaves Brussels out). These checks read the
 * passage the way a careful reader would and name what is missing.
 */

/** A query word: its stem, Dutch alternatives (for English words), its n-grams. */
export interface QueryTerm {
  term: string;
  alternatives: string[];
  grams: string[];
  /** For a compound, the stems of its modifier and head. */
  parts?: string[];
  /** An English word with no Dutch equivalent known. */
  foreign?: boolean;
}

export type Shortfall =
  /** The question names a year that neither the answer nor the question it answers mentions. */
  | { kind: 'year'; year: string }
  /** It asks for a figure in a year; the passage's figures belong to other years. */
  | { kind: 'year-figures'; year: string }
  /** What the question asks about ("Hoeveel leerkrachten") does not occur in the passage. */
  | { kind: 'focus'; word: string }
  /** A place, body or programme the question names ("in Brussel", "de VDAB") occurs neither in the passage nor in what frames it. */
  | { kind: 'entity'; word: string }
  /** A figure the question names ("binnen twaalf maanden") is not the passage's ("zes maanden"). */
  | { kind: 'figure'; value: string }
  /** The passage itself says the asked information is not given. */
  | { kind: 'unavailable'; sentence: Span };

/** What the checks read of the question; computed once per question (see query.ts). */
export interface QuestionTraits {
  queryTerms: QueryTerm[];
  years: string[];
  /** The kind of answer asked for. */
  answerType: AnswerType | null;
  /** What a counting question counts ("leerkrachten"), from questionFocus(). */
  focus: string | null;
  /** A question for content (a figure, a name), not about a gap: from asksForContent(). */
  asksForContent: boolean;
  /** Names of places, bodies and programmes the question gives (from namedEntities()). */
  entities: string[];
  /** Places the question restricts to ("in Gent"), from placesIn(): the passage itself must be about them. */
  places: string[];
  /** Figures the question gives, not years (from questionFigures()). */
  figures: string[];
}

export interface AnswerabilityInput extends QuestionTraits {
  /** The document's normalised text and the answer passage in it. */
  text: string;
  span: Span;
  /** Whether the passage is an answer (checks on content) or a question shown as such. */
  isAnswer: boolean;
  /** The question item the passage answers, as context. */
  askedText: string;
  /** The question's introduction and title: they set the time frame of every item. */
  contextText: string;
  /** The year the question was asked: "the campaign of autumn 2017" in a question of November 2017. */
  askedInYear: string | null;
}

const fold = (s: string) => foldDiacritics(s).toLowerCase();

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

const wordsOf = (text: string): Set<string> => (analysis(text).words ??= new Set(tokenize(text)));
const termsOf = (text: string): Set<string> => (analysis(text).terms ??= new Set(terms(text)));
/** Words with their roots and stems, for compound matching. */
const formsOf = (text: string): Set<string> => (analysis(text).forms ??= new Set(tokenize(text).flatMap((t) => [t, root(t), ...terms(t)])));
/** The forms in one string, for substring search (no form contains the separator). */
const joinedFormsOf = (text: string): string => (analysis(text).joined ??= [...formsOf(text)].join('|'));
const unavailableIn = (text: string): boolean => (analysis(text).unavailable ??= saysUnavailable(text));

// --- What the question asks about -------------------------------------------

/** Nouns that measure something else: "hoeveel procent van de meldingen" counts meldingen. */
const MEASURE_NOUNS = new Set('deel aandeel aantal percentage procent aantallen share number part percent'.split(' '));
/**
 * Heads an answer gives as a value, not as a word: amounts of money, time,
 * generic people ("Hoeveel geld", "Hoeveel deelnemers" answered by "2.214
 * werkzoekenden"). Only a specific noun has to appear.
 */
const VALUE_NOUNS = new Set(
  `geld middelen budget budgetten bedrag bedragen euro kost kosten keer maal uur uren dagen weken maanden jaren jaar tijd
  mensen personen deelnemers burgers inwoners gebruikers money funds funding times hours days weeks months years people
  persons participants`.split(/\s+/),
);
/** Verbs that follow "hoeveel" directly ("Hoeveel kostte de campagne"): no counted noun. */
const VERBS_AFTER_HOW_MANY = new Set(
  `kost kostte kostten kosten bedraagt bedroeg bedragen betaalt betaalde betalen verdient krijgt kreeg kregen ontving
  ontvingen is was zijn waren werd werden wordt worden heeft had hebben hadden gaat ging gingen telt telde tellen
  gebeurde gebeurden zal zullen kan kunnen moet moeten`.split(/\s+/),
);
const COUNTING = [/\bhoeveel\s+(.+)/, /\bhoe veel\s+(.+)/, /\bhow many\s+(.+)/];
const DETERMINER_OR_NUMBER = /^(?:the|a|an|de|het|een|(?:19|20)\d\d|\d+)$/;

/**
 * The thing a counting question counts ("Hoeveel leerkrachten…", "How many
 * interpreters…"); a measure noun hands over to what it measures. Null for
 * other questions, amounts, and verbs: "welke organisatie" is answered by a
 * name, "hoeveel geld" by a sum, neither by the word itself.
 */
export function questionFocus(query: string): string | null {
  const q = fold(query);
  for (const marker of COUNTING) {
    const m = marker.exec(q);
    if (!m) continue;
    // A hyphenated compound counts its head, the last part: "TaalJob-trajecten" counts trajecten.
    const words = tokenize(m[1]!.replace(/[\p{L}\p{N}]+-(?=\p{L})/gu, '')).filter((w) => !DETERMINER_OR_NUMBER.test(w));
    let i = 0;
    while (i < words.length && MEASURE_NOUNS.has(words[i]!) && (words[i + 1] === 'van' || words[i + 1] === 'of')) i += 2;
    if (VERBS_AFTER_HOW_MANY.has(words[i] ?? '')) return null;
    // An inflected adjective ("anderstalige werkzoekenden", "lokale besturen") qualifies the noun after it.
    while (i + 1 < words.length && /e$/.test(words[i]!) && !isStopword(words[i + 1]!) && !VERBS_AFTER_HOW_MANY.has(words[i + 1]!)) i++;
    const word = words[i];
    if (!word || word === 'van' || word === 'of' || isStopword(word) || word.length < 2) return null;
    if (MEASURE_NOUNS.has(word) || VALUE_NOUNS.has(word) || VERBS_AFTER_HOW_MANY.has(word)) return null;
    return word;
  }
  return null;
}

/** A crude root for compound matching: the plural or inflection ending cut off. */
function root(w: string): string {
  return w.length > 4 ? w.replace(/(?:en|s|e)$/, '') : w;
}

/** Forms the focus may take in the passage: itself, its Dutch equivalents, its expansions. */
function focusForms(word: string): string[] {
  const words = [word, ...dutchEquivalents(word), ...dutchSynonyms(word), ...abbreviationExpansions(word)].flatMap((w) => tokenize(w));
  return [...new Set(words.flatMap((w) => [w, root(w), ...terms(w)]))].filter((t) => t.length >= 2);
}

/**
 * Whether the focus occurs in the evidence: as a word, or as the head or
 * modifier of a compound ("boetes" in "geldboetes", "discriminatiemeldingen"
 * headed by "meldingen"), which Dutch writes as one word.
 */
function focusPresent(word: string, evidence: string[]): boolean {
  const sets = evidence.map(formsOf);
  const forms = focusForms(word);
  if (forms.some((form) => sets.some((set) => set.has(form)))) return true;
  for (const form of forms) {
    // A compound of the passage that contains the form ("geldboetes" ⊃ "boete").
    if (form.length >= 4 && evidence.some((text) => joinedFormsOf(text).includes(form))) return true;
    // A compound form headed by a word of the passage ("discriminatiemelding" ends in "melding").
    for (let k = 1; k + 4 <= form.length; k++) {
      const head = form.slice(k);
      if (!isStopword(head) && sets.some((set) => set.has(head))) return true;
    }
  }
  return false;
}

// --- Years ------------------------------------------------------------------

const YEAR = /\b(?:19|20)\d{2}\b/g;
const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
/** Day numbers of dates ("1 januari 2020") and years are not figures. */
const DAY_OF_DATE = new RegExp(`\\b\\d{1,2}\\s+(?:${MONTHS})\\b`, 'g');
const FIGURE = /\d/;

/** Answers that are figures: a count, a sum, a share. */
const FIGURE_TYPES = new Set<AnswerType>(['count', 'money', 'share']);
const HAS_YEAR = /\b(?:19|20)\d{2}\b/;

function hasFigure(sentence: string): boolean {
  return FIGURE.test(sentence.replace(DAY_OF_DATE, ' ').replace(YEAR, ' '));
}

// --- Information the passage says it does not give --------------------------

/**
 * Sentences in which a minister says information is not available, not
 * recorded, left out of the figures, or still to come: "wordt niet
 * afzonderlijk geregistreerd", "Over hun resultaten kan ik nog geen
 * uitspraken doen", "De resultaten worden verwacht in januari". A negation
 * with a verb of availability or recording, or with a verb of inclusion and
 * a carrier of information (a table, figures, a register): "niet in het
 * decreet opgenomen" states a fact, "niet in de cijfers opgenomen" a gap.
 */
const INFORMATION_CARRIER = /\b(?:tabel|tabellen|overzicht|cijfers|statistiek|statistieken|registratie|registraties|databank|gegevens|telling|tellingen|data)\b/;
const LEFT_OUT = /\b(?:niet|geen)\b.*\b(?:opgenomen|meegeteld|vermeld|inbegrepen|verwerkt)\b|\b(?:opgenomen|meegeteld|vermeld|inbegrepen|verwerkt)\b.*\bniet\b/;
const UNAVAILABLE = [
  /\bniet\s+(?:\S+\s+){0,4}(?:beschikbaar|gekend|bekend|geregistreerd|bijgehouden|opgesplitst|uitgesplitst|verzameld|gemeten|bekendgemaakt|meegedeeld)\b/,
  /\b(?:nog\s+)?geen\s+(?:\S+\s+){0,3}(?:cijfers|gegevens|informatie|uitspraken|zicht|resultaten|data)\b/,
  /\b(?:beschikt|beschik|beschikken)\s+(?:\S+\s+){0,3}niet\s+over\b/,
  /\bnog\s+niet\s+(?:\S+\s+){0,3}(?:beschikbaar|bekend|gekend|afgerond|klaar|gepubliceerd)\b/,
  /\b(?:wordt|worden)\s+(?:\S+\s+){0,2}verwacht\s+(?:in|tegen|eind|begin|rond|na|voor|tijdens)\b/,
];
/** A question that itself asks about the gap ("Welke cijfers zijn niet beschikbaar?") is answered by it. */
const ASKS_ABOUT_GAP = /\b(?:niet|geen|nog|verwacht|verwachte|ontbreekt|ontbreken|missing|not|expected)\b/;
/**
 * Questions that ask for content: a figure, a name, a thing. "Wanneer komt het
 * rapport?" is answered by "wordt verwacht in september", and "Is het rapport
 * klaar?" by "is nog niet afgerond": for those the gap is the answer.
 */
const ASKS_FOR_CONTENT = /^(?:\S+\s+){0,3}?(?:hoeveel|welke|welk|wat|wie|waar|how many|how much|which|what|who|where)\b/;

/** Whether the question asks for content (a figure, a name, a thing) rather than about what is missing or when. */
export function asksForContent(query: string): boolean {
  const q = fold(query);
  return ASKS_FOR_CONTENT.test(q) && !ASKS_ABOUT_GAP.test(q);
}

export function saysUnavailable(sentence: string): boolean {
  const s = fold(sentence).replace(/\s+/g, ' ');
  return UNAVAILABLE.some((p) => p.test(s)) || (LEFT_OUT.test(s) && INFORMATION_CARRIER.test(s));
}

// --- Figures the question names ---------------------------------------------------

const NUMBER_WORDS: Record<string, number> = {
  twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12, dertien: 13, veertien: 14,
  vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19, twintig: 20, dertig: 30, veertig: 40, vijftig: 50, honderd: 100,
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, eighteen: 18, twenty: 20,
};

/** Ordinal words: "de derde Pactdag" is not the second. */
const ORDINALS: Record<string, number> = {
  eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, zesde: 6, zevende: 7, achtste: 8, negende: 9, tiende: 10,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6,
};

/** Figures in a text as digits ("twaalf" → "12", "2.318" → "2318", "derde" → "3e"), years and days of dates left out. */
function figuresIn(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text.replace(DAY_OF_DATE, ' '))) {
    if (Object.hasOwn(ORDINALS, token)) out.push(`${ORDINALS[token]}e`);
    if (/^\d[\d,]*$/.test(token) && !/^(?:19|20)\d\d$/.test(token)) out.push(token.replace(/,\d+$/, (d) => d));
    else if (Object.hasOwn(NUMBER_WORDS, token)) out.push(String(NUMBER_WORDS[token]));
  }
  return out;
}

/** The figures a question names, which the passage must give too: "binnen twaalf maanden", "meer dan 500 deelnemers". */
export function questionFigures(query: string): string[] {
  return [...new Set(figuresIn(query))];
}

// --- Named places, bodies and programmes -------------------------------------------

/**
 * Adjectives of the state's levels and its language frame the whole corpus
 * ("Vlaamse", "Europese"); they name no place of their own.
 */
const FRAMING_ADJECTIVE = /^(?:vlaams|vlaamse|europees|europese|belgisch|belgische|federaal|federale|nederlands|nederlandse)$/;

/**
 * Words of a Dutch question written with a capital (not the first word) or in
 * capitals: "Brussel", "Limburg", "VDAB", "TaalSprint". English questions
 * capitalise too much to tell.
 */
export function namedEntities(query: string, english: boolean): string[] {
  if (english) return [];
  const out = new Set<string>();
  const words = [...query.matchAll(/[\p{L}][\p{L}\p{N}'’-]*/gu)].map((m) => m[0]);
  for (const word of words.slice(1)) {
    if (!/^\p{Lu}/u.test(word)) continue;
    // As written (for the message); compared folded.
    // Only the capitalised parts of a hyphenated word: "NT2-les" names NT2, not "les".
    for (const part of word.split(/[-'’]/).filter((p) => /^\p{Lu}/u.test(p))) {
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
const PLACE = /\b(?:in|uit|te|binnen)\s+(?:de\s+|het\s+)?(?:(?:regio|provincie|stad|gemeente|centrumstad)\s+)?(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}-])/gu;

/** Places a Dutch question restricts to. */
export function placesIn(query: string, english: boolean): string[] {
  if (english) return [];
  return [...new Set([...query.matchAll(PLACE)].map((m) => m[1]!).filter((w) => !FRAMING_ADJECTIVE.test(fold(w))))];
}

/** The entity or a word derived from it ("Brussel" in "Brusselse", "Brussels"). */
function mentions(words: Set<string>, written: string): boolean {
  const entity = fold(written);
  if (words.has(entity)) return true;
  if (/\d/.test(entity)) return false; // a code matches exactly: "A2" is not "A1"
  const stem = entity.slice(0, Math.max(4, entity.length - 1));
  for (const w of words) if (w.startsWith(stem) && w.length <= entity.length + 3) return true;
  return false;
}

// --- The checks ---------------------------------------------------------------

function termPresent(q: QueryTerm, present: Set<string>): boolean {
  return present.has(q.term) || q.alternatives.some((a) => present.has(a));
}

/**
 * What keeps the passage from answering the question, or null when nothing
 * does. Every check reads the passage with the question item it answers, and
 * the question's introduction for the time frame; other items of the same
 * document do not count ("in 2017" in item 1 does not date item 2).
 */
export function answerShortfall(input: AnswerabilityInput): Shortfall | null {
  const passage = input.text.slice(input.span.start, input.span.end);
  const framing = `${input.askedText}\n${input.contextText}`;

  for (const year of input.years) {
    if (!passage.includes(year) && !framing.includes(year) && year !== input.askedInYear) return { kind: 'year', year };
  }
  if (!input.isAnswer) return null;

  if (input.figures.length) {
    const given = new Set(figuresIn(`${passage}\n${framing}`));
    for (const figure of input.figures) if (!given.has(figure)) return { kind: 'figure', value: figure };
  }

  // "In Gent" restricts where the figure holds: the passage, its question or its frame must say Gent.
  if (input.places.length) {
    const words = new Set(tokenize(`${passage}\n${framing}`));
    for (const place of input.places) if (!mentions(words, place)) return { kind: 'entity', word: place };
  }

  // A place, body or programme scopes a whole document ("TaalJob" named in item 1 holds for item 2), unlike a year.
  if (input.entities.length) {
    const words = wordsOf(input.text);
    for (const entity of input.entities) if (!mentions(words, entity)) return { kind: 'entity', word: entity };
  }

  let split: (Span & { text: string })[] | undefined;
  const sentences = () => (split ??= splitSentences(input.text, input.span.start, input.span.end).map((s) => ({ ...s, text: input.text.slice(s.start, s.end) })));

  const wanted = input.answerType;
  if (wanted && FIGURE_TYPES.has(wanted)) {
    const figures = input.years.length ? sentences().filter((s) => hasFigure(s.text)) : [];
    for (const year of input.years) {
      if (figures.some((s) => s.text.includes(year))) continue;
      // Figures that each name another year ("voor 2020 wordt 1,5 miljoen euro")
      // belong to those years, whatever year the question or title mentions.
      const allDatedElsewhere = figures.length > 0 && figures.every((s) => HAS_YEAR.test(s.text));
      // Figures without a year take theirs from the question item or introduction.
      if (!framing.includes(year) || allDatedElsewhere) return { kind: 'year-figures', year };
    }
  }

  const focus = input.focus;
  if (focus) {
    if (!focusPresent(focus, [passage, input.askedText])) return { kind: 'focus', word: focus };
  }

  if (input.asksForContent) {
    const gaps = sentences().filter((s) => unavailableIn(s.text));
    if (gaps.length > 0) {
      const asked = termsOf(input.askedText);
      for (const q of input.queryTerms) {
        if (/^\d+$/.test(q.term) || termPresent(q, asked)) continue;
        const where = sentences().filter((s) => termPresent(q, termsOf(s.text)));
        if (where.length > 0 && where.every((s) => unavailableIn(s.text))) return { kind: 'unavailable', sentence: { start: where[0]!.start, end: where[0]!.end } };
      }
    }
  }
  return null;
}
