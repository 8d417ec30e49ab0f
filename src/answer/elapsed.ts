import { cardinalOf, UNIT_WORDS, unitNamed } from './named.js';

/**
 * The time after an event at which a figure is measured: "zes maanden na het einde van hun traject", "drie maanden
 * later", "na een jaar", "within six months", "binnen het half jaar". How many participants still work a year on is
 * another figure than how many work three months on, though both sentences share every other word; and half a year
 * is six months, however it is written.
 */

/** The units of a delay in months (a week is 7 of a month's 30 days), by their one name (named.ts's units). */
const MONTHS_OF: Record<string, number> = { dag: 1 / 30, week: 7 / 30, maand: 1, jaar: 12 };
const monthsOf = (word: string): number | null => MONTHS_OF[unitNamed(word.toLowerCase()) ?? ''] ?? null;
const UNIT = UNIT_WORDS.filter((w) => monthsOf(w) !== null).join('|');
/** How many of the unit: a figure, a number word, "een" / "a" (one), a half ("een half jaar", "half a year"). */
const AMOUNT = '(?:\\d+(?:,\\d+)?|[a-zë]+|een\\s+half|het\\s+half|half\\s+an?|anderhalf|één)';
/** "zes maanden na …", "drie maanden later", "one year after …" (a count of the unit, then the word that makes it a delay). */
const AMOUNT_THEN_AFTER = new RegExp(`(?<![\\p{L}\\d])(${AMOUNT})\\s+(${UNIT})\\s+(?:na|later|nadien|daarna|after)(?![\\p{L}])`, 'giu');
/** "na een jaar", "after one year", "binnen zes maanden", "within six months", "binnen het halfjaar". */
const AFTER_THEN_AMOUNT = new RegExp(`(?<![\\p{L}])(?:na|after|binnen|within)\\s+(${AMOUNT})\\s*(${UNIT}|jaar)(?![\\p{L}])`, 'giu');

/** A delay as its length in months, with the words that say it. */
export interface Elapsed {
  months: number;
  words: string;
}

function amountOf(words: string): number | null {
  const w = words.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'een' || w === 'één' || w === 'a' || w === 'an' || w === 'one') return 1;
  if (/^(?:een half|het half|half an?)$/.test(w)) return 0.5;
  if (w === 'anderhalf') return 1.5;
  const figure = cardinalOf(w.replace(',', '.').replace(/\.0$/, ''));
  if (figure !== null) return Number(figure);
  return /^\d+\.\d+$/.test(w.replace(',', '.')) ? Number(w.replace(',', '.')) : null;
}

/** The delays a text names, in the order it names them. */
export function elapsedIn(text: string): Elapsed[] {
  const found: { at: number; elapsed: Elapsed }[] = [];
  for (const pattern of [AMOUNT_THEN_AFTER, AFTER_THEN_AMOUNT]) {
    for (const m of text.matchAll(pattern)) {
      const amount = amountOf(m[1]!);
      if (amount === null) continue;
      found.push({ at: m.index!, elapsed: { months: amount * monthsOf(m[2]!)!, words: m[0].replace(/\s+/g, ' ') } });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.elapsed);
}

/** Two delays are the same when they differ by less than a tenth: 52 weeks is a year. */
const same = (a: number, b: number) => Math.abs(a - b) <= 0.1 * Math.max(a, b);

/** Whether a text names the delay asked (in any of its forms). */
export const namesElapsed = (text: string, asked: readonly Elapsed[]): boolean => elapsedIn(text).some((e) => asked.some((a) => same(a.months, e.months)));

/**
 * A figure asked at a delay that the passage gives only at other delays: "Van de 341 deelnemers … waren er drie
 * maanden later 274 aan het werk" does not say how many work a year later. Null when a figure sentence names the
 * delay asked, or when none names a delay at all (the figure's time is then not the passage's to say).
 */
export function otherElapsedGiven(figures: { text: string }[], asked: readonly Elapsed[]): { asked: string; given: string } | null {
  if (asked.length === 0) return null;
  const timed = figures.map((s) => elapsedIn(s.text)).filter((es) => es.length > 0);
  if (timed.length === 0 || timed.some((es) => es.some((e) => asked.some((a) => same(a.months, e.months))))) return null;
  return { asked: asked[0]!.words, given: timed[0]![0]!.words };
}
