import { foldDiacritics } from '../search/analyze.js';
import { asksTotal } from './answer-type.js';
import { askedBreakdown } from './breakdown.js';
import { TIME_UNITS, unitNamed } from './named.js';

/**
 * A rate: a figure for each one of something ("per maand", "per deelnemer", "gemiddeld", "a year", "on average").
 * What one guide earns a month is another figure than what the project spent, though both sentences share every
 * other word: a passage answers a rate where one of its figures is given for each one ("35 euro per rondleiding",
 * "gemiddeld 96 inburgeraars", "Een sportclub ontvangt 750 euro"), and a rate per month is not one per tour.
 * A breakdown ("per provincie") is not a rate: breakdown.ts reads it.
 */
export interface AskedRate {
  /** What the reply says is missing, in Dutch: "per maand", "per deelnemer", "gemiddeld". */
  words: string;
  /** The unit of time it is asked per ("maand"), when it is one. */
  timeUnit: string | null;
}

/** "jaarlijks" is per year, "maandelijks" per month. */
const ADVERBS: Record<string, string> = { jaarlijks: 'jaar', maandelijks: 'maand', wekelijks: 'week', dagelijks: 'dag' };
const ENGLISH_ADVERBS: Record<string, string> = { yearly: 'jaar', annually: 'jaar', monthly: 'maand', weekly: 'week', daily: 'dag', hourly: 'uur' };
/** Adverbs only, in a question: "een maandelijkse bijdrage", "a monthly budget" name a thing, not the rate asked. */
const ADVERB_ASKED = new RegExp(`\\b(${Object.keys(ADVERBS).join('|')})\\b`);
const ENGLISH_ADVERB_ASKED = new RegExp(`\\b(${Object.keys(ENGLISH_ADVERBS).join('|')})\\b(?=\\s*(?:[?.!,]|$|(?:in|for|on|at|and|or|to)\\b))`);
/** In a passage, the adjective gives the rate too: "een jaarlijkse subsidie van 35.000 euro". */
const ADVERB_GIVEN = new RegExp(`\\b(${Object.keys(ADVERBS).join('|')})e?\\b`, 'g');

const PER = /\b(?:per|pro)\s+(\p{L}[\p{L}-]*)/gu;
/** "a month", "each year", "every week" (not "a month after", a delay: elapsed.ts). */
const ENGLISH_PER_TIME = /\b(?:an?|each|every)\s+(hour|day|week|month|year)\b(?!\s+(?:after|later|before|ago))/;
/** (Not "mean": "What does the rule mean for …" asks no average.) */
const AVERAGE = /\b(?:gemiddeld|gemiddelde|doorsnee|average|on average)\b/;

/**
 * The cost of one of something, which an article or "one" asks: "What does one home visit by a midwife cost",
 * "Wat kost een vaccindosis", "the cost of a single dose". (Folded: "één" reads "een".) The unit is the group's last
 * word before a preposition.
 */
const ONE_COSTS = [
  /\b(?:what|how much)\s+(?:does|did|will|would)\s+(?:one|a single|an?)\s+((?:\p{L}+\s+){1,6}?)cost\b/u,
  /\b(?:cost|price)\s+of\s+(?:one|a single|an?)\s+((?:\p{L}+\s+){0,2}\p{L}+)/u,
  /\b(?:wat|hoeveel)\s+(?:kost|kostte|kosten|kostten)\s+(?:een enkele|een enkel|een)\s+(\p{L}+)/u,
  /\b(?:kostprijs|kost|prijs)\s+van\s+(?:een enkele|een enkel|een)\s+(\p{L}+)/u,
];
const PREPOSITION = /^(?:by|for|of|in|at|with|from|to|on|under|van|voor|bij|door|met)$/;
/** What one person earns: a wage is a figure for each one, not a project's budget. */
const ONE_EARNS = /\b(?:(?:hoeveel|wat)\s+(?:verdient|verdiende)|(?:how much|what)\s+(?:\p{L}+\s+)?(?:does|did|will|would)\s+(?:a|an|one|each)\s+(?:\p{L}+\s+){0,3}?earn)\b|\b(?:what|which)\s+(?:salary|wage|income)\s+(?:does|did|will|would)\s+(?:a|an|one|each)\b/u;

/** The rate a question asks for, or null. */
export function askedRate(question: string): AskedRate | null {
  const q = foldDiacritics(question).toLowerCase();
  // "per land van herkomst" asks a breakdown: read each "per" up to the next.
  const pers = [...q.matchAll(PER)];
  const per = pers.find((m, k) => askedBreakdown(q.slice(m.index, pers[k + 1]?.index)).length === 0);
  if (per) {
    const unit = unitNamed(per[1]!);
    const timeUnit = unit && TIME_UNITS.has(unit) ? unit : null;
    return { words: `per ${timeUnit ?? per[1]}`, timeUnit };
  }
  const adverb = ADVERB_ASKED.exec(q)?.[1];
  if (adverb) return { words: `per ${ADVERBS[adverb]}`, timeUnit: ADVERBS[adverb]! };
  const english = ENGLISH_ADVERB_ASKED.exec(q)?.[1];
  if (english) return { words: `per ${ENGLISH_ADVERBS[english]}`, timeUnit: ENGLISH_ADVERBS[english]! };
  const perTime = ENGLISH_PER_TIME.exec(q);
  if (perTime) {
    const unit = unitNamed(perTime[1]!)!;
    return { words: `per ${unit}`, timeUnit: unit };
  }
  if (AVERAGE.test(q)) return { words: 'gemiddeld', timeUnit: null };
  // What people earned or paid together ("samen", "in total") is a total, no rate.
  if (asksTotal(question)) return null;
  const one = ONE_COSTS.map((p) => p.exec(q)).find((m) => m);
  if (one) {
    const group = one[1]!.trim().split(/\s+/);
    const end = group.findIndex((w) => PREPOSITION.test(w));
    return { words: `per ${group[(end < 0 ? group.length : end) - 1] ?? group[0]}`, timeUnit: null };
  }
  return ONE_EARNS.test(q) ? { words: 'per persoon', timeUnit: null } : null;
}

/** Words of a sentence that give a figure for each one: "per", "gemiddeld", "jaarlijks", "elke", "telkens". */
const GIVES_EACH = /\b(?:per|pro|gemiddeld|gemiddelde|doorgaans|doorsnee|telkens|elk|elke|ieder|iedere|jaarlijks|jaarlijkse|maandelijks|maandelijkse|wekelijks|wekelijkse|dagelijks|dagelijkse)\b|€\s*\d[\d.,]*\s*\/|euro\s*\//;
/**
 * A sentence about one of something, that opens with it: "Een gids krijgt …", "Een traject kost …", "Voor een
 * daguitstap betaalt een volwassene …".
 */
const ONE_OF = /^(?:[a-z]\)\s*|\d+[.)]\s*)?(?:(?:voor|per|bij)\s+)?(?:een|één)\s+\p{L}/u;

/** A unit a figure is given per, by its one name ("maanden" → maand, "schooljaar" → jaar), or the word itself. */
const unitOf = (word: string) => unitNamed(word) ?? (/(?:jaar|jaren)$/.test(word) ? 'jaar' : word);
const TELKENS_AFTER_YEARS = /\b(?:19|20)\d\d\b.*\b(?:19|20)\d\d\b.*\btelkens\b/;
/** A sentence without its rates per unit of time: "per maand", "elk jaar", "jaarlijks", and "telkens" after the years it names. */
const withoutTimeRates = (folded: string) =>
  (TELKENS_AFTER_YEARS.test(folded) ? folded.replace(/\btelkens\b/g, ' ') : folded)
    .replace(/\b(?:per|elk|elke|ieder|iedere)\s+(\p{L}+)/gu, (phrase, word: string) => (TIME_UNITS.has(unitOf(word)) ? ' ' : phrase))
    .replace(ADVERB_GIVEN, ' ');

/** What a sentence gives its figures per ("per maand", "per rondleiding", "jaarlijks"), a unit of time by its one name. */
function unitsGiven(folded: string): string[] {
  const units = [...folded.matchAll(/\bper\s+(\p{L}+)/gu)].map((m) => unitOf(m[1]!));
  for (const m of folded.matchAll(ADVERB_GIVEN)) units.push(ADVERBS[m[1]!]!);
  return units;
}

/**
 * Whether sentences that give the figure asked give it as the rate asked. A total does not ("Het project kostte
 * 1,02 miljoen euro" for what one walk costs a participant); a rate per another unit does not answer one per unit
 * of time ("35 euro per rondleiding" is no monthly wage), but a year's figure is one per year.
 */
export function givesRate(sentences: readonly string[], rate: AskedRate): boolean {
  const folded = sentences.map((s) => foldDiacritics(s).toLowerCase().replace(/\s+/g, ' ').trim());
  if (rate.timeUnit === 'jaar' && folded.some((s) => /\b(?:19|20)\d\d\b/.test(s))) return true;
  const giving = folded.filter((s) => GIVES_EACH.test(s) || ONE_OF.test(s));
  if (rate.timeUnit === null) {
    // A figure for each unit of time is none for each one of something ("jaarlijks 40.000 euro", "Voor 2026 en 2027
    // wordt telkens 3,6 miljoen euro ingeschreven" is no wage); an average may be either.
    const perOne = (s: string) => GIVES_EACH.test(withoutTimeRates(s)) || ONE_OF.test(s);
    return rate.words === 'gemiddeld' ? giving.length > 0 : giving.some(perOne);
  }
  return giving.some((s) => {
    const units = unitsGiven(s);
    return units.length === 0 || units.includes(rate.timeUnit!);
  });
}
