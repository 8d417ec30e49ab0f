import { terms } from '../search/analyze.js';
import { mentionsTerm } from './evidence.js';
import { countsBefore } from './counted.js';
import { hasFigure } from './dating.js';
import { termsOf, unavailableIn } from './passage-analysis.js';
import type { AnswerabilityInput } from './traits.js';
import type { Shortfall } from './shortfall.js';

/**
 * A count narrowed by its reason: "Hoeveel aanvragen werden geweigerd omdat de opleiding te weinig lesuren telde?",
 * "How many stopped because they found work?". The clause after the conjunction names the reason.
 */
const REASON_CLAUSE = /\b(?:omdat|doordat|wegens|vanwege|because(?:\s+of)?|due\s+to|owing\s+to)\s+([^?.!;]+)/i;

/** The terms of the reason a question narrows its count by, or none. */
export function askedReasonTerms(question: string): string[] {
  const clause = REASON_CLAUSE.exec(question)?.[1];
  if (!clause) return [];
  return [...new Set(terms(clause))].filter((t) => !/\d/.test(t));
}

/** The answer does not keep why: "Waarom ze stopten, wordt niet systematisch geregistreerd", "De redenen worden niet bijgehouden". */
const ASKS_WHY = /\b(?:waarom|om welke reden(?:en)?|de reden(?:en)?|why|the reasons?)\b/i;
/** A count per reason: "hoe vaak elke reden voorkwam", "per reden", "how often each reason occurred". */
const PER_REASON = /\b(?:elke|iedere|per|each)\s+reden\b|\b(?:each|every|per)\s+reason\b/i;
/**
 * A reason given as the usual one, not counted: "Meestal telde de opleiding minder dan de vereiste 32 lesuren".
 * It holds for most of the count, so no figure for it is given.
 */
const AS_THE_USUAL = /\b(?:meestal|vooral|grotendeels|doorgaans|voornamelijk|hoofdzakelijk|in de meeste gevallen|mostly|mainly|largely|usually|in most cases)\b/i;
/** Of a reason of several words, this many must be spoken of for a sentence to state it. */
const REASON_WORDS_NAMED = 2;

/**
 * A count asked for one reason that the passage gives only for all: it says it does not keep why, or names the
 * reason only as the usual one, while no sentence counts what was asked together with that reason. The figure it
 * gives counts every case, whatever the reason.
 */
export function reasonNotCounted(input: AnswerabilityInput, sentences: { text: string; start: number; end: number }[]): Shortfall | null {
  const focus = input.focus;
  const reasonTerms = input.reasonTerms ?? [];
  if (input.answerType !== 'count' || !focus || reasonTerms.length === 0) return null;
  const reason = input.queryTerms.filter((q) => reasonTerms.includes(q.term));
  if (reason.length === 0) return null;
  const named = (text: string) => reason.filter((q) => mentionsTerm(termsOf(text), q)).length;
  const needed = Math.min(REASON_WORDS_NAMED, reason.length);
  // A sentence that counts what was asked and states the reason gives the figure ("Van hen stopten er 40 omdat …").
  if (sentences.some((s) => !unavailableIn(s.text) && hasFigure(s.text) && countsBefore(s.text, focus) && named(s.text) >= needed)) return null;
  // Why what was asked happened: the sentence names the question's own words ("Waarom ze stopten, …"), not another matter.
  const speaksOfAsked = (text: string) => input.queryTerms.some((q) => !reasonTerms.includes(q.term) && mentionsTerm(termsOf(text), q));
  // Or how often each reason occurred ("Hoe vaak elke reden voorkwam, wordt niet geregistreerd"): no reason is counted.
  const notKept = sentences.find((s) => unavailableIn(s.text) && ((ASKS_WHY.test(s.text) && speaksOfAsked(s.text)) || PER_REASON.test(s.text)));
  const usual = sentences.find((s) => AS_THE_USUAL.test(s.text) && named(s.text) >= needed && !countsBefore(s.text, focus));
  const at = notKept ?? usual;
  return at ? { kind: 'unavailable', sentence: { start: at.start, end: at.end } } : null;
}
