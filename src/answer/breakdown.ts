import { foldDiacritics } from '../search/analyze.js';
import type { Span } from '../corpus/sentences.js';
import { isTableLine } from './dating.js';

/**
 * A breakdown asked ("per provincie", "by country of origin", "opgesplitst naar geslacht") asks for a figure for
 * each value of a dimension. A passage that gives the total alone, and never speaks of that dimension, does not
 * answer it; one that speaks of it only to say the breakdown is not available says so itself.
 *
 * Only the dimensions statistics break figures down by (places, origin, sex, age, sector): "per deelnemer" or
 * "per maand" is a rate, which the passage gives in its own words.
 */
export interface Dimension {
  /** The dimension in the bot's Dutch: "provincie", "land van herkomst". */
  name: string;
  /** Whether its values are places: a table of places gives the breakdown without naming the dimension. */
  places: boolean;
  /** Words of a passage that speak of the dimension, folded ("provinciale", "herkomstland", "vrouwen"). */
  spokenOf: RegExp;
  /** For the figures of a group asked by another dimension ("vrouwelijke vrijwilligers per provincie"): that one. */
  within?: Dimension;
}

/**
 * A group the question narrows by sex ("vrouwelijke vrijwilligers", "male au pairs"): a figure for it is one the
 * passage gives for that group, where it speaks of it, not the figure for all.
 */
export interface SexGroup {
  /** The group in the bot's Dutch. */
  name: 'vrouwen' | 'mannen' | 'meisjes' | 'jongens';
  /** Words of a passage that speak of it, folded ("vrouw", "meisjes", "mannelijke"). */
  spokenOf: RegExp;
}

/** Or counts the group itself: "Hoeveel vrouwen volgden …", "how many women". */
const COUNTED = '\\b(?:hoeveel|how many|het aantal|the number of)\\s+';
/** Or names it as what part of a group is: "How many of the trainees were women?", "Hoeveel van de cursisten waren vrouwen?". */
const PART_IS = '\\b(?:hoeveel van|how many of)\\b.*\\b(?:zijn|waren|is|was|are|were)\\s+(?:er\\s+)?(?:een\\s+|an?\\s+)?';
const FEMALE = /\bvrouw|\bmeisje|\bfemale|\bwomen\b|\bgirls?\b/;
const MALE = /\bman\b|\bmannen\b|\bmannelijk|\bjongen|\bmale\b|\bmen\b|\bboys?\b/;
// Girls and boys are the group by sex among children and young people, as women and men are among adults.
const SEX_GROUPS: { asked: RegExp; group: SexGroup }[] = [
  { asked: new RegExp(`\\b(?:vrouwelijke|female)\\s+\\p{L}|${COUNTED}(?:vrouwen|women)\\b|${PART_IS}(?:vrouwen|vrouw|women|woman|female)\\b`, 'u'), group: { name: 'vrouwen', spokenOf: FEMALE } },
  { asked: new RegExp(`\\b(?:mannelijke|male)\\s+\\p{L}|${COUNTED}(?:mannen|men)\\b|${PART_IS}(?:mannen|man|men|male)\\b`, 'u'), group: { name: 'mannen', spokenOf: MALE } },
  { asked: new RegExp(`${COUNTED}(?:meisjes|girls)\\b|${PART_IS}(?:meisjes|meisje|girls|girl)\\b`, 'u'), group: { name: 'meisjes', spokenOf: FEMALE } },
  { asked: new RegExp(`${COUNTED}(?:jongens|boys)\\b|${PART_IS}(?:jongens|jongen|boys|boy)\\b`, 'u'), group: { name: 'jongens', spokenOf: MALE } },
];

const fold = (text: string) => foldDiacritics(text).toLowerCase().replace(/\s+/g, ' ');

/** The group by sex a question narrows what it asks about to, or null. */
export function askedSexGroup(question: string): SexGroup | null {
  const q = fold(question);
  return SEX_GROUPS.find(({ asked }) => asked.test(q))?.group ?? null;
}

/** Whether a text speaks of the group. */
export function speaksOfGroup(text: string, group: SexGroup): boolean {
  return group.spokenOf.test(fold(text));
}

const DIMENSIONS: { asked: string; dimension: Dimension }[] = [
  { asked: 'provincies?|provinces?', dimension: { name: 'provincie', places: true, spokenOf: /provinci/ } },
  { asked: "regio(?:'s|s)?|regions?", dimension: { name: 'regio', places: true, spokenOf: /regio/ } },
  { asked: 'gemeenten?|municipalit(?:y|ies)', dimension: { name: 'gemeente', places: true, spokenOf: /gemeente/ } },
  { asked: 'stad|steden|cit(?:y|ies)', dimension: { name: 'stad', places: true, spokenOf: /\bstad\b|steden\b/ } },
  {
    asked: 'land van herkomst|herkomstland(?:en)?|herkomst|nationaliteit(?:en)?|countr(?:y|ies) of origin|countr(?:y|ies)|origin|nationalit(?:y|ies)',
    dimension: { name: 'land van herkomst', places: false, spokenOf: /\blanden?\b|herkomst|nationaliteit/ },
  },
  { asked: 'geslacht|gender|sex', dimension: { name: 'geslacht', places: false, spokenOf: /geslacht|\bgender|\b(?:mannen|vrouwen|mannelijke|vrouwelijke)\b/ } },
  { asked: 'leeftijd(?:sgroep(?:en)?)?|leeftijdscategorie(?:en)?|age(?: groups?)?', dimension: { name: 'leeftijd', places: false, spokenOf: /leeftijd|\b(?:jonger|ouder) dan\b/ } },
  { asked: 'sectoren|sector|sectors', dimension: { name: 'sector', places: false, spokenOf: /sector/ } },
];

/** How a question asks for figures by a dimension: "per provincie", "opgesplitst naar", "broken down by", "by region". */
const ASKING = '(?:per|opgesplitst\\s+(?:per|naar)|uitgesplitst\\s+(?:per|naar)|opsplitsing\\s+(?:per|naar)|verdeeld\\s+(?:per|naar)|by|for\\s+each|in\\s+each|broken\\s+down\\s+(?:by|per)|split\\s+by|breakdown\\s+by)';

const ASKED = DIMENSIONS.map(({ asked, dimension }) => ({ pattern: new RegExp(`\\b${ASKING}\\s+(?:${asked})\\b`), dimension }));

/**
 * Dutch words that ask a breakdown whatever it is by ("verdeeld over de finaliteiten", "opgesplitst naar statuut"):
 * unlike "per", which also makes a rate ("per deelnemer"), they ask one. The noun is read in the documents' language:
 * an English one ("broken down by track") cannot be looked for in a Dutch passage.
 */
const BREAKING_DOWN = /\b(?:opgesplitst|uitgesplitst|opsplitsing|uitsplitsing|verdeeld|verdeling)\s+(?:per|naar|over)\s+(?:de\s+|het\s+|hun\s+)?(\p{L}{4,})/u;

/** "Hoe zijn de leerlingen verdeeld over …", "How are the places divided by province?": the figures of a breakdown asked. */
const HOW_DIVIDED = /\b(?:hoe|how)\s+(?:\S+\s+){0,12}?(?:verdeeld|opgesplitst|uitgesplitst|divided|distributed|split|broken\s+down)\b/;

/** Whether a question asks how its figures are divided, which asks for them. */
export const asksHowDivided = (question: string): boolean => HOW_DIVIDED.test(fold(question));

/**
 * Nouns after those words that name no dimension: kinds, which a passage gives by naming them ("per soort
 * organisatie"); quantities and a share's idiom ("over alle gemeenten", "over twee jaar", "naar rato van").
 */
const NO_DIMENSION = /^(?:soort|soorten|type|types|typen|categorie|categorieen|aard|alle|elke|iedere|verschillende|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|rato)$/;

/** A dimension named by any noun: a passage speaks of it where a word starts with the noun's stem ("finaliteit"). */
function namedDimension(noun: string): Dimension {
  const stem = noun.length > 5 ? noun.replace(/(?:en|s|e)$/, '') : noun;
  return { name: noun, places: false, spokenOf: new RegExp(`\\b${stem}`) };
}

/** A known dimension's noun, standing alone ("provincies"). */
const NAMED_AS_KNOWN = DIMENSIONS.map(({ asked, dimension }) => ({ pattern: new RegExp(`^(?:${asked})$`), dimension }));

/** The dimensions a question asks its figures broken down by; none for most questions. */
export function askedBreakdown(question: string): Dimension[] {
  const q = fold(question);
  const noun = BREAKING_DOWN.exec(q)?.[1];
  // "verdeeld over de provincies" asks a known dimension, with its ways of being spoken of (a table of places).
  const knownNoun = noun ? NAMED_AS_KNOWN.find(({ pattern }) => pattern.test(noun))?.dimension : undefined;
  const known = ASKED.filter(({ pattern }) => pattern.test(q)).map(({ dimension }) => dimension);
  if (knownNoun && !known.includes(knownNoun)) known.push(knownNoun);
  const named = known.length === 0 && noun && !NO_DIMENSION.test(noun) ? noun : undefined;
  const asked = named ? [namedDimension(named)] : known;
  // "vrouwelijke vrijwilligers per provincie": the women's figures by province, in a unit that speaks of both.
  const group = asked.length > 0 ? askedSexGroup(question) : null;
  return group ? [...asked, { name: `${asked[0]!.name} voor ${group.name}`, places: false, spokenOf: group.spokenOf, within: asked[0]! }] : asked;
}

const WHICH_OF = DIMENSIONS.map(({ asked, dimension }) => ({ pattern: new RegExp(`\\b(?:which|welke|welk)\\s+(?:${asked})\\b`), dimension }));

/** The dimension a question asks one value of: "Which province had the most …", "In welke gemeente …". */
export function askedWhichOf(question: string): Dimension | null {
  const q = fold(question);
  return WHICH_OF.find(({ pattern }) => pattern.test(q))?.dimension ?? null;
}

/** Whether a sentence (or a table, one unit) speaks of the dimension: names it, or, for places, is a table of them. */
export function speaksOfDimension(sentence: string, dimension: Dimension): boolean {
  const folded = foldDiacritics(sentence).toLowerCase();
  if (dimension.within && !speaksOfDimension(sentence, dimension.within)) return false;
  return dimension.spokenOf.test(folded) || (dimension.places && isTableLine(sentence));
}

/**
 * What keeps a passage from giving a breakdown asked: the first sentence that speaks of its dimension only to say
 * it is missing, or the dimension itself when no sentence speaks of it. Null when every one asked is given.
 */
export function missingBreakdown(
  sentences: readonly (Span & { text: string })[],
  asked: readonly Dimension[],
  saysMissing: (sentence: string) => boolean,
  frame: string,
): { sentence: Span } | { dimension: string } | null {
  for (const dimension of asked) {
    // A group the document is about as a whole ("Eigen Koers" for women) needs no figures of its own.
    if (dimension.within && dimension.spokenOf.test(fold(frame))) continue;
    const speaking = sentences.filter((s) => speaksOfDimension(s.text, dimension));
    if (speaking.some((s) => !saysMissing(s.text))) continue;
    return speaking[0] ? { sentence: { start: speaking[0].start, end: speaking[0].end } } : { dimension: dimension.name };
  }
  return null;
}
