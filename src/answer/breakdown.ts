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

/** The dimensions a question asks its figures broken down by; none for most questions. */
export function askedBreakdown(question: string): Dimension[] {
  const q = foldDiacritics(question).toLowerCase().replace(/\s+/g, ' ');
  return ASKED.filter(({ pattern }) => pattern.test(q)).map(({ dimension }) => dimension);
}

/** Whether a sentence (or a table, one unit) speaks of the dimension: names it, or, for places, is a table of them. */
export function speaksOfDimension(sentence: string, dimension: Dimension): boolean {
  const folded = foldDiacritics(sentence).toLowerCase();
  return dimension.spokenOf.test(folded) || (dimension.places && isTableLine(sentence));
}

/**
 * What keeps a passage from giving a breakdown asked: the first sentence that speaks of its dimension only to say
 * it is missing, or the dimension itself when no sentence speaks of it. Null when every one asked is given.
 */
export function missingBreakdown(sentences: readonly (Span & { text: string })[], asked: readonly Dimension[], saysMissing: (sentence: string) => boolean): { sentence: Span } | { dimension: string } | null {
  for (const dimension of asked) {
    const speaking = sentences.filter((s) => speaksOfDimension(s.text, dimension));
    if (speaking.some((s) => !saysMissing(s.text))) continue;
    return speaking[0] ? { sentence: { start: speaking[0].start, end: speaking[0].end } } : { dimension: dimension.name };
  }
  return null;
}
