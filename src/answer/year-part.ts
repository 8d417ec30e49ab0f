import { foldDiacritics } from '../search/analyze.js';

/**
 * The part of a year a text speaks of. "In de eerste negen maanden van 2022 waren dat er 2.761" gives
 * January to September; "in 2022 ontvingen 3.700 nieuwkomers" the whole year. A question about the whole
 * of 2022 is not answered by the first nine months, nor a question about January to September by the year.
 */
export interface MonthRange {
  from: number;
  to: number;
  /** Up to a month ("tot eind augustus"): the state then, however late in the year it began. */
  untilOnly?: boolean;
  /** A span from a month the text names ("tussen 1 april en 31 augustus"), not a named part such as a quarter. */
  spanned?: boolean;
}

const WHOLE: MonthRange = { from: 1, to: 12 };

const MONTHS: [RegExp, number][] = [
  [/^(?:januari|january|jan)$/, 1], [/^(?:februari|february|feb|febr)$/, 2], [/^(?:maart|march|mrt|mar)$/, 3],
  [/^(?:april|apr)$/, 4], [/^(?:mei|may)$/, 5], [/^(?:juni|june|jun)$/, 6], [/^(?:juli|july|jul)$/, 7],
  [/^(?:augustus|august|aug)$/, 8], [/^(?:september|sept|sep)$/, 9], [/^(?:oktober|october|okt|oct)$/, 10],
  [/^(?:november|nov)$/, 11], [/^(?:december|dec)$/, 12],
];
/** A month's name, in either language, written out or abbreviated. */
export const MONTH_NAMES = '(?:januari|january|februari|february|maart|march|april|mei|may|juni|june|juli|july|augustus|august|september|oktober|october|november|december|jan|febr?|mrt|mar|apr|jun|jul|aug|sept?|okt|oct|nov|dec)\\.?';
const COUNTS: Record<string, number> = {
  twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11,
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
};
const COUNT = `(?:\\d{1,2}|${Object.keys(COUNTS).join('|')})`;

/** The month a name ("september", "sept.") stands for, or null. */
export const monthOf = (word: string): number | null => {
  const w = word.replace(/\.$/, '');
  return MONTHS.find(([pattern]) => pattern.test(w))?.[1] ?? null;
};
const countOf = (word: string): number => (/^\d+$/.test(word) ? Number(word) : COUNTS[word]!);

/** Part-of-year phrases that stand before the year, each read into a month range. */
const BEFORE_YEAR: [RegExp, (m: RegExpExecArray) => MonthRange | null][] = [
  // The whole year said outright ("in heel 2024", "all of 2024"): a part of it does not answer.
  [/\b(?:heel|geheel|het\s+hele\s+jaar|heel\s+het\s+jaar|het\s+volledige\s+jaar|all\s+of|the\s+whole\s+of|the\s+whole\s+year|the\s+entire\s+year|the\s+full\s+year)\s+$/, () => WHOLE],
  [new RegExp(`\\b(?:eerste|first)\\s+(${COUNT})\\s+(?:maanden|months)\\s+(?:van|of|in)?\\s*(?:het\\s+jaar\\s+|the\\s+year\\s+)?$`), (m) => ({ from: 1, to: countOf(m[1]!) })],
  [new RegExp(`\\b(?:laatste|last)\\s+(${COUNT})\\s+(?:maanden|months)\\s+(?:van|of|in)?\\s*$`), (m) => ({ from: 13 - countOf(m[1]!), to: 12 })],
  [/\b(?:eerste\s+(?:helft|jaarhelft|half\s?jaar|semester)|first\s+half|h1)\s+(?:van|of|in)?\s*$/, () => ({ from: 1, to: 6 })],
  [/\b(?:tweede\s+(?:helft|jaarhelft|half\s?jaar|semester)|second\s+half|h2)\s+(?:van|of|in)?\s*$/, () => ({ from: 7, to: 12 })],
  [/\b(?:(eerste|first)|(tweede|second)|(derde|third)|(vierde|fourth))\s+(?:kwartaal|quarter)\s+(?:van|of|in)?\s*$/, (m) => {
    const q = m[1] ? 1 : m[2] ? 2 : m[3] ? 3 : 4;
    return { from: q * 3 - 2, to: q * 3 };
  }],
  [/\b(?:laatste|last|final)\s+(?:kwartaal|quarter)\s+(?:van|of|in)?\s*$/, () => ({ from: 10, to: 12 })],
  [/\bq([1-4])\s+(?:van|of|in)?\s*$/, (m) => ({ from: Number(m[1]) * 3 - 2, to: Number(m[1]) * 3 })],
  // "tussen januari en september", "van januari tot september", "from January to September", "januari-september",
  // with their days or without: "tussen 1 januari en 30 september".
  // "tot 1 juli" ends before July: the first of a month after "tot" is its end, as "tot en met 30 juni" is.
  [new RegExp(`(?:\\b(?:tussen|van|from|between)\\s+)?(?:\\d{1,2}\\s+)?(${MONTH_NAMES})\\s*(en|tot en met|tot|t\\/m|and|to|through|until|-|–)\\s*(?:eind\\s+|the\\s+end\\s+of\\s+)?(?:(\\d{1,2})\\s+)?(${MONTH_NAMES})\\s+(?:van|of)?\\s*$`), (m) => monthSpan(monthOf(m[1]!), endMonth(m[2]!, m[3], m[4]!), true)],
  // "tot eind juni", "until the end of June", "t/m juni", "tot 30 juni": up to then, from whenever it began.
  [new RegExp(`\\b(tot\\s+en\\s+met|tot\\s+eind|tot|t\\/m|until\\s+the\\s+end\\s+of|until|up\\s+to)\\s+(?:(\\d{1,2})\\s+)?(${MONTH_NAMES})\\s+(?:van|of)?\\s*$`), (m) => until(endMonth(m[1]!, m[2], m[3]!))],
];
/**
 * A day or a month in the year ("op 1 januari 2023"), not the end of a period: that follows "tot" or another month,
 * with days or without ("tussen 1 januari en 30 september", "tot 30 september"). "op 1 maart 2022 en 30 juni 2022"
 * names two days.
 */
const DATE_IN_YEAR = new RegExp(
  `(?<!(?:en|tot|met|eind|t\\/m|and|to|through|until|of|-|–)\\s*)(?<!(?:\\btot|\\buntil|\\bto|\\bthrough|t\\/m|\\btot\\s+en\\s+met)\\s+\\d{1,2}\\s+)(?<!${MONTH_NAMES}\\s*(?:en|tot|t\\/m|and|to|through|until|-|–)\\s*\\d{1,2}\\s+)\\b${MONTH_NAMES}\\s+$`,
);
/**
 * A span of dates whose end is the year read next: "tussen 1 juli 2023 en 31 december ", "from March 2022 to June ".
 * "tussen" goes with "en", "van" with "tot": "de wachtlijsten van juni 2021 en juni 2022" names two dates.
 */
const SPAN_FROM_EARLIER_YEAR = new RegExp(
  `\\b(?:(?:tussen|between)\\s+(?:\\d{1,2}\\s+)?(${MONTH_NAMES})\\s+((?:19|20)\\d{2})\\s+(?:en|and)|(?:van|vanaf|from)\\s+(?:\\d{1,2}\\s+)?(${MONTH_NAMES})\\s+((?:19|20)\\d{2})\\s+(?:tot(?:\\s+en\\s+met)?|t\\/m|to|through|until))\\s+(?:\\d{1,2}\\s+)?(${MONTH_NAMES})\\s+$`,
);
/** "2022 (jan.-sept.)", as a table heading gives it: the part follows the year. */
const AFTER_YEAR = new RegExp(`^\\s*\\(\\s*(${MONTH_NAMES})\\s*(?:-|–|tot|to)\\s*(${MONTH_NAMES})\\s*\\)`);

/** The last month a period ends in: "tot 1 juli" (not "tot en met") stops before July. */
function endMonth(connector: string, day: string | undefined, month: string): number | null {
  const to = monthOf(month);
  return to !== null && day === '1' && /^(?:tot|to|until|up\s+to)$/.test(connector.replace(/\s+/g, ' ')) ? to - 1 : to;
}

/** Up to a month: the state then, from whenever it began; up to December is the whole year. */
function until(to: number | null): MonthRange | null {
  return to === null || to < 1 ? null : to < 12 ? { from: 1, to, untilOnly: true } : { from: 1, to };
}

/** From one month to another, or null; `spanned` where the text names the start as a span's (see MonthRange). */
function monthSpan(from: number | null, to: number | null, spanned = false): MonthRange | null {
  return from !== null && to !== null && from <= to ? { from, to, ...(spanned ? { spanned } : {}) } : null;
}

/** A year the text names, with the part of it a phrase gives (the whole year without one) and that phrase's words. */
interface YearMention {
  year: string;
  period: MonthRange;
  words: string[];
  /** The whole year said outright ("in heel 2024"). Its words stay words of the question ("volledige" may be found). */
  wholeSaid?: boolean;
}

function yearMentions(text: string): YearMention[] {
  const folded = foldDiacritics(text).toLowerCase().replace(/\s+/g, ' ');
  const out: YearMention[] = [];
  // A year inside a school or calendar span ("2022-2023") is another period: not a mention of the year alone.
  for (const m of folded.matchAll(/(?<![\d-])(?:19|20)\d{2}(?![\d]|-\d)/g)) {
    const year = m[0];
    const before = folded.slice(Math.max(0, m.index - 60), m.index);
    // The end of a span begun in an earlier year ("tussen 1 juli 2023 en 31 december 2024"): its figure is not the
    // year's, nor a part of it. Its start counts back from the year: July of the year before is month 7 − 12 = −5.
    const span = SPAN_FROM_EARLIER_YEAR.exec(before);
    const [startMonth, startYear] = span ? [span[1] ?? span[3], span[2] ?? span[4]] : [];
    if (span && startYear! < year) {
      const from = (monthOf(startMonth!) ?? 1) - 12 * (Number(year) - Number(startYear));
      out.push({ year, period: { from, to: monthOf(span[5]!) ?? 12 }, words: [] });
      continue;
    }
    // "op 1 januari 2023", "in september 2022": a day or a month in the year, not a period of it.
    if (DATE_IN_YEAR.test(before)) continue;
    const phrase = BEFORE_YEAR.map(([pattern, read]) => {
      const found = pattern.exec(before);
      const period = found ? read(found) : null;
      if (!found || !period) return null;
      return same(period, WHOLE) ? { period, words: [], wholeSaid: true } : { period, words: found[0].split(/[\s\-–/]+/).filter(Boolean) };
    }).find((p) => p !== null);
    const following = phrase ? null : AFTER_YEAR.exec(folded.slice(m.index + year.length, m.index + year.length + 30));
    const after = following ? monthSpan(monthOf(following[1]!), monthOf(following[2]!)) : null;
    out.push({ year, ...(phrase ?? (after ? { period: after, words: [following![1]!, following![2]!] } : { period: WHOLE, words: [] })) });
  }
  return out;
}

/** The month range of every mention of `year` in a text: the part a phrase gives, or the whole year. */
export function periodsOfYear(text: string, year: string): MonthRange[] {
  return yearMentions(text).filter((m) => m.year === year).map((m) => m.period);
}

/**
 * The words of the phrases that name part of a year ("tussen januari en september", "eerste helft van"): they
 * say which period, which `missesAskedPeriod` weighs, not what the passage should be about.
 */
export function periodWords(text: string): string[] {
  return yearMentions(text).flatMap((m) => m.words);
}

/** The part of `year` a question asks about: the phrase it uses, else the whole year. */
export function askedPeriod(question: string, year: string): MonthRange {
  return periodsOfYear(question, year)[0] ?? WHOLE;
}

const same = (a: MonthRange, b: MonthRange) => a.from === b.from && a.to === b.to;
/** Whether a passage's period gives the one asked: up to a month, any period that ends then ("tussen 1 april en 31 augustus"). */
// A span that began in an earlier year (a negative start) or a named part of the year (a quarter) gives no state up to a month.
const givesPeriod = (given: MonthRange, asked: MonthRange) => (asked.untilOnly ? given.to === asked.to && (given.from === 1 || (given.spanned === true && given.from > 1)) : same(given, asked));

/**
 * Whether a passage speaks of the asked years only for other parts of them: true when it names a year
 * but never for the part asked; false when it names it for that part, or does not name it at all.
 */
export function missesAskedPeriod(passage: string, question: string, years: readonly string[]): boolean {
  return years.some((year) => {
    const periods = periodsOfYear(passage, year);
    return periods.length > 0 && !periods.some((p) => givesPeriod(p, askedPeriod(question, year)));
  });
}

/**
 * Whether a passage gives each asked year as far as its document could: from January on, in the document's own year
 * ("de eerste negen maanden van 2025" in a document of December 2025). For a question about the year ("in 2025", not
 * "in heel 2025") it is an answer, which only a passage with the whole year that covers as much replaces.
 */
export function givesYearSoFar(passage: string, question: string, years: readonly string[], documentYear: string | null): boolean {
  return years.length > 0 && askedParts(question).length === 0 && years.every((year) => year === documentYear && periodsOfYear(passage, year).some((p) => p.from === 1));
}

/** Whether a passage names every asked year for the part asked. */
export function givesAskedPeriod(passage: string, question: string, years: readonly string[]): boolean {
  return years.length > 0 && years.every((year) => periodsOfYear(passage, year).some((p) => givesPeriod(p, askedPeriod(question, year))));
}

/** A part of a year a question asks about: less than the whole year ("de eerste helft van 2023"). */
export interface AskedPart {
  year: string;
  period: MonthRange;
}

export function askedParts(question: string): AskedPart[] {
  // The whole year is a part asked only when the question says so ("in heel 2024"); "in 2024" may be any of it.
  return yearMentions(question).filter((m) => !same(m.period, WHOLE) || m.wholeSaid).map(({ year, period }) => ({ year, period }));
}

/**
 * The year of an asked part that a passage gives only for other parts, the whole year among them: "In 2023 werden
 * 3.318 laptops uitgeleend" does not say how many in its first half. Null when the passage gives the part, or does
 * not name the year; also when the question item it answers names the part, since its "in 2024" may mean that part.
 */
export function missedPart(passage: string, asked: string, parts: readonly AskedPart[]): string | null {
  const gives = (text: string, { year, period }: AskedPart) => periodsOfYear(text, year).some((p) => givesPeriod(p, period));
  return parts.find((part) => periodsOfYear(passage, part.year).length > 0 && !gives(passage, part) && !gives(asked, part))?.year ?? null;
}
