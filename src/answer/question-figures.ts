import { figuresIn, ORDINALS } from './named.js';

/**
 * The figures a question names, which the passage must give too ("binnen twaalf maanden", "de derde Pactdag"),
 * without the ordinals that count nothing: a language's order, an adverb of order or time, a compound's first part.
 */

/**
 * The order in which a language was learnt ("Nederlands als tweede taal",
 * "Dutch as a first language") is a kind of speaker, not the n-th of anything.
 */
const LANGUAGE_ORDER = /\b(?:eerste|tweede|derde|first|second|third)\s+(?=(?:taal|talen|language|languages)\b)/giu;

/**
 * An ordinal that qualifies no noun is an adverb of order ("Which letters did they tackle first?", "Welke stad
 * startte als eerste, en waarom?"): it asks which came first, and names no n-th thing the passage must count.
 */
const ORDINAL_WORD = `(?:${Object.keys(ORDINALS).join('|')})`;
const ORDINAL_ALONE = new RegExp(
  `\\bals\\s+${ORDINAL_WORD}\\b|\\b${ORDINAL_WORD}\\b(?=\\s*(?:[,.;:?!)]|$)|\\s+(?:and|or|en|of|because|omdat)\\b)`,
  'giu',
);

/**
 * "First" as an adverb of time: "teachers who first taught NT2", "when they were first registered", "for the first
 * time", as Dutch says "voor het eerst" or "de eerste keer". It dates an event, the start of something, and names no
 * first item the passage must count.
 */
const FIRST_AS_ADVERB = new RegExp(
  [
    '\\b(?:who|they|he|she|we|you|had|has|have|was|were|is|are|been|did|do|does)\\s+first\\b',
    '\\b(?:first|eerste)\\s+(?=(?:time|keer|maal)\\b)',
    // Before a past form, with no determiner that would make it qualify a noun: "teachers first taught", not "the first registered users".
    '(?<!\\b(?:the|a|an|its|their|his|her|our|this|that|these|those|each|every|my|your)\\s)\\bfirst\\s+(?=(?:\\p{L}+ed|taught|came|went|began|got|took|became|met|saw|left|found|gave|made|sat|spoke|wrote)\\b)',
  ].join('|'),
  'giu',
);

/**
 * An ordinal hyphenated to a word is part of a compound ("second-chance education", "third-country nationals",
 * "first-line care"), as Dutch writes it in one word ("tweedekansonderwijs", "derdelanders"): it counts nothing.
 */
const ORDINAL_IN_COMPOUND = new RegExp(`\\b${ORDINAL_WORD}-(?=\\p{L})`, 'giu');

/** The figures a question names, which the passage must give too: "binnen twaalf maanden", "meer dan 500 deelnemers". */
export function questionFigures(query: string): string[] {
  return [...new Set(figuresIn(query.replace(LANGUAGE_ORDER, ' ').replace(FIRST_AS_ADVERB, ' ').replace(ORDINAL_ALONE, ' ').replace(ORDINAL_IN_COMPOUND, ' ')))];
}
