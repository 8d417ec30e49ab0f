import { terms } from '../search/analyze.js';
import { CALENDAR_WORDS, JURISDICTION, STATE_ADJECTIVES, UNIT_WORDS } from './named.js';
import { joinedFormsOf, termsOf } from './passage-analysis.js';
import type { QueryTerm } from './checks.js';
import { sharesCompoundHead } from './counted.js';
import type { Dimension } from './breakdown.js';

/** What the topic check reads of the question: its words and the names it gives. */
export interface TopicTraits {
  queryTerms: QueryTerm[];
  entities: string[];
  places: string[];
  /** Whether the question asks a sum and the passage gives one (see MONEY). */
  sumGiven?: boolean;
  /** Dimensions the question asks its figures broken down by ("per provincie"): how, not what about. */
  breakdown?: Dimension[];
}

/** Words that situate a question rather than say what it is about: the state's frame ("Vlaamse", "Vlaanderen"). */
const FRAME = new Set([...STATE_ADJECTIVES, JURISDICTION, 'belgie', 'europa'].flatMap((w) => terms(w)));

/**
 * The verb that asks a price ("hoeveel kost een rijbewijs"), or the sum set aside ("Welk bedrag trekt de minister
 * uit voor …", "how much does Flanders allocate"), and the noun for a sum ("bedrag", "amount") say what kind of
 * answer is wanted, not what it is about: any passage with costs or sums has it. (A noun for money, "het budget",
 * "de middelen", may be what a question is about.)
 */
const ASKING_FOR_VALUE = new Set(
  ['kost', 'kostte', 'kostten', 'gekost', 'cost', 'costs', 'bedrag', 'bedragen', 'amount', 'trekt', 'trekken', 'uitgetrokken', 'allocate', 'allocates', 'allocated'].flatMap((w) => terms(w)),
);
/**
 * A noun for money and the verb for receiving it ("Hoeveel subsidie krijgt X?", "How much funding does X get?"):
 * when they are all the question says besides names, a passage that gives a sum ("Voor 2025 is voor het project X
 * 620.000 euro voorzien") answers it, whatever words it uses for the money. Without a sum the noun may be what a
 * question is about; beside other words ("How much money does the weather give?") those say what it is about.
 */
const MONEY = new Set(
  [
    ...['budget', 'budgetten', 'geld', 'middelen', 'subsidie', 'subsidies', 'financiering', 'dotatie', 'funding', 'funds', 'money', 'grant', 'grants', 'subsidy'],
    ...['krijgt', 'krijgen', 'kreeg', 'kregen', 'ontvangt', 'ontvangen', 'ontving', 'ontvingen', 'get', 'gets', 'got', 'receive', 'receives', 'received'],
  ].flatMap((w) => terms(w)),
);
/** A unit of measure says what kind of answer is wanted ("opening hours", "how many days"), as the price verb does. */
const UNIT = new Set(UNIT_WORDS.flatMap((w) => terms(w)));
/** A day or month dates a question as a year does ("this weekend", "in maart"): it says when, not what about. */
const CALENDAR = new Set(CALENDAR_WORDS.flatMap((w) => terms(w)));

/**
 * Names, places, years, days, figures and the breakdown asked ("per provincie") situate a question; its other words say
 * what it is about. A passage that shares only the first ("Wat wordt het weer
 * morgen in Gent?" against a passage that names Gent or says "morgen", "Who won the Tour of
 * Flanders in 2023?" against one about Flanders in 2023) is about something
 * else. A question of names alone ("Lindeveld 2018") is not held to this.
 */
export function sharesTopic(input: TopicTraits, evidence: string[]): boolean {
  const names = new Set([...input.entities, ...input.places, ...(input.breakdown ?? []).map((d) => d.name)].flatMap((n) => terms(n)));
  const situating = (t: string) => names.has(t) || FRAME.has(t) || ASKING_FOR_VALUE.has(t) || UNIT.has(t) || CALENDAR.has(t);
  // A single letter ("rijbewijs B") says nothing a passage's "b)" could share.
  const topic = input.queryTerms.filter((q) => !/\d/.test(q.term) && q.term.length > 1 && !situating(q.term) && !q.alternatives.some(situating));
  // A question of money and nothing else about it ("Hoeveel subsidie krijgt Regenboogbrug?") is answered by a sum.
  if (topic.length === 0 || (input.sumGiven && topic.every((q) => MONEY.has(q.term)))) return true;
  // Each text analysed once and kept (the memo): the same passages and question items recur.
  const sets = evidence.map(termsOf);
  const present = { has: (t: string) => sets.some((set) => set.has(t)) };
  let joined: string[] | undefined;
  const inCompound = (term: string) => (joined ??= evidence.map(joinedFormsOf)).some((j) => j.includes(term));
  // A compound shares its subject through its head ("discriminatiemeldingen", "meldingen").
  // An English word the glossary cannot render is never found, even where a Dutch stem looks the same ("won", "wonen").
  // Its wordnet senses show that a passage speaks of the subject ("artists", kunstenaars), though they find no word.
  const found = (t: string) => present.has(t) || (t.length >= 5 && inCompound(t));
  const sharesWord = (q: QueryTerm) =>
    [q.term, ...q.alternatives].some(found) ||
    // Or through a compound of the passage with the same head: "inburgeringsboetes" and "geldboetes".
    (q.parts !== undefined && (present.has(q.parts[q.parts.length - 1]!) || sharesCompoundHead(q.term, evidence)));
  return topic.some((q) => (q.foreign ? (q.senses ?? []).some(found) : sharesWord(q)));
}
