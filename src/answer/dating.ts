import { longDateNl, MONTH_NUMBERS } from '../corpus/dates.js';
import type { Span } from '../corpus/sentences.js';
import { DAY_OF_DATE } from './named.js';

/**
 * Which year a passage's figures belong to: the year a sentence names, the
 * one a sentence before it named, the years that label a table. The
 * answerability checks (checks.ts) read these to tell another year's figure
 * from the one asked. And the year that dates the written question a user
 * asks about (yearOfQuestion), which filters the documents.
 */

export const YEAR = /\b(?:19|20)\d{2}\b/g;
const FIGURE = /\d/;
export const HAS_YEAR = /\b(?:19|20)\d{2}\b/;
/** A sentence that opens by dating itself: "In 2024 …", "Op 1 januari 2025 …", "Eind 2023 …". */
export const OPENS_WITH_YEAR = /^(?:in|op|eind|begin|tijdens|sinds)\s+(?:\S+\s+){0,2}?(?:19|20)\d{2}\b/i;
/** A share: "31 procent", "31%". */
export const SHARE_FIGURE = /\d[\d.,]*\s*(?:procent|percent|%)/giu;
/** A share in a sentence ("74 procent"), read without the global pattern's state. */
const SHARE_FIGURE_ONCE = new RegExp(SHARE_FIGURE.source, 'iu');
export const hasShareFigure = (text: string): boolean => SHARE_FIGURE_ONCE.test(text);

/** Two consecutive years joined as one period: a school year, season or budget year ("2025-2026", "2025/2026"). */
const YEAR_SPAN = /\b((?:19|20)\d{2})\s?[-/–]\s?((?:19|20)\d{2})\b/g;

/** The spans of two consecutive years a text names ("het schooljaar 2025-2026"), each as its two years. */
export function yearSpansIn(text: string): [string, string][] {
  return [...text.matchAll(YEAR_SPAN)].filter((m) => Number(m[2]) === Number(m[1]) + 1).map((m) => [m[1]!, m[2]!]);
}

/** A month's name, Dutch or English. */
const MONTH_NAME = Object.keys(MONTH_NUMBERS).join('|');
/** A month and its year ("september 2025", "1 oktober 2025"). */
const MONTH_OF_YEAR = new RegExp(`\\b(${MONTH_NAME})\\s+((?:19|20)\\d{2})\\b`, 'gi');
/** A school, academic or sports year starts in September: "2025-2026" runs from September 2025 to August 2026. */
const FIRST_MONTH_OF_SPAN = 9;

/**
 * Whether a text dates its figures in a span of two years: it names the span, or a month inside it ("In september
 * 2025 legden …" lies in the school year 2025-2026, "juni 2025" in the one before). A year on its own may be a
 * calendar year that the span only half covers ("In 2024 hielpen …" against "het schooljaar 2024-2025"), and a year
 * inside another span is another period ("2023-2024").
 */
export function datesInSpan(text: string, [first, second]: readonly [string, string]): boolean {
  if (yearSpansIn(text).some(([start]) => start === first)) return true;
  return [...text.matchAll(MONTH_OF_YEAR)].some((m) => {
    const month = MONTH_NUMBERS[m[1]!.toLowerCase()]!;
    return (m[2] === first && month >= FIRST_MONTH_OF_SPAN) || (m[2] === second && month < FIRST_MONTH_OF_SPAN);
  });
}

/**
 * The text without each span of two years that holds a day's year but not the day asked: the school year "2022-2023"
 * ends in August 2023, so its figures are none at 1 October 2023, though the span names 2023.
 */
export function withoutSpansMissing(text: string, days: readonly NamedDay[]): string {
  if (days.length === 0) return text;
  return text.replace(YEAR_SPAN, (span, first: string, second: string) => {
    if (Number(second) !== Number(first) + 1) return span;
    const ofSpan = days.filter((d) => d.iso.startsWith(first) || d.iso.startsWith(second));
    const within = (d: NamedDay) => (Number(d.iso.slice(5, 7)) >= FIRST_MONTH_OF_SPAN ? d.iso.startsWith(first) : d.iso.startsWith(second));
    return ofSpan.length > 0 && !ofSpan.some(within) ? ' ' : span;
  });
}

/**
 * Years that label a table's rows or columns ("2022-2023" before the cells
 * "81 1.487"): the cells are that year's figures, though no sentence says so.
 * A table is a line of mostly figures, as the normaliser joins its cells.
 */
export function tableYears(passage: string): Set<string> {
  const years = new Set<string>();
  for (const line of passage.split('\n')) {
    if (!isTableLine(line)) continue;
    for (const y of line.match(YEAR) ?? []) years.add(y);
  }
  return years;
}

/**
 * What a passage's first table is said to hold: the paragraph that introduces it and its header, the two blocks
 * of text right above its first row ("De onderstaande tabel geeft het aantal NBMV …" / "Schooljaar Lager …").
 */
export function tableIntroduction(passage: string): string {
  const lines = passage.split('\n');
  const first = lines.findIndex(isTableLine);
  if (first < 0) return '';
  const blocks = lines.slice(0, first).join('\n').split(/\n\s*\n/).filter((b) => b.trim() !== '');
  return blocks.slice(-2).join('\n');
}

/** A table's cell: a figure, a share, a range ("2022-2023"). */
export const isTableCell = (token: string): boolean => /^\d[\d.,\-–/%]*$/.test(token);

/** A table as the normaliser joins its cells into one line: mostly figures. */
export function isTableLine(line: string): boolean {
  const tokens = line.split(/\s+/).filter(Boolean);
  const figures = tokens.filter(isTableCell).length;
  return figures >= 4 && figures * 2 >= tokens.length;
}

/**
 * Years a figure is compared with, not dated by: "Ongeveer 40 procent van dat budget komt, net als in 2024 en 2023,
 * uit Europese middelen" holds for the year of the budget spoken of before, as it did in those.
 */
const COMPARED_YEARS = /(?<![\p{L}])(?:net als|zoals|evenals|just as|as|like)\s+(?:in\s+)?(?:19|20)\d{2}(?:\s*(?:,|en|and)\s*(?:in\s+)?(?:19|20)\d{2})*/giu;
/**
 * The year of a figure set against the one given ("8,6 procent, tegenover nog geen 7 procent in 2024", "compared with
 * 210 in 2023") dates that figure only: a figure follows the word of contrast, and the year ends its phrase.
 */
const CONTRASTED_YEAR = /(?<![\p{L}])(?:tegenover|vergeleken met|in vergelijking met|compared (?:with|to)|versus)\s+(?:\S+\s+){0,2}?\d[\d.,]*\s+(?:[^\s,;:.]+\s+){0,3}?(?:in\s+)?(?:19|20)\d\d\b/giu;

/**
 * The sentence that dates `s`: itself when it names a year, else the nearest
 * one before it that does ("In 2015 startten … . Daarvan rondde 84 procent
 * af."); null when none does. A sentence whose only year is a contrasted
 * figure's is read together with that earlier one.
 */
export function datingText(all: (Span & { text: string })[], s: Span & { text: string }): string | null {
  const uncompared = s.text.replace(COMPARED_YEARS, ' ');
  if (HAS_YEAR.test(uncompared.replace(CONTRASTED_YEAR, ' '))) return s.text;
  // A sentence dated only by the figure it is set against gives its own figure in the year of the one before it.
  const contrasted = HAS_YEAR.test(uncompared);
  for (let k = all.length - 1; k >= 0; k--) if (all[k]!.start < s.start && HAS_YEAR.test(all[k]!.text)) return contrasted ? `${all[k]!.text}\n${s.text}` : all[k]!.text;
  return contrasted ? s.text : null;
}

/** A figure other than a year or a day of a date. */
export function hasFigure(sentence: string): boolean {
  return FIGURE.test(sentence.replace(DAY_OF_DATE, ' ').replace(YEAR, ' '));
}

/** "vóór 2024", "before 2024": the question asks about the time before a year ("voor 2024" is also "for 2024"). */
const BEFORE_YEAR = /(?<![\p{L}\p{N}])(?:vóór|voordien|before|prior to|until)\s+(?:\S+\s+){0,2}?((?:19|20)\d{2})\b/giu;

/** The years a question asks about the time before. */
export function yearsBefore(question: string): string[] {
  return [...new Set([...question.matchAll(BEFORE_YEAR)].map((m) => m[1]!))];
}

/** "na 2027", "after 2027": the question asks about the time after a year. */
const AFTER_YEAR = /(?<![\p{L}\p{N}])(?:na|after|beyond)\s+(?:\S+\s+){0,2}?((?:19|20)\d{2})\b/giu;

/** The years a question asks about the time after. */
export function yearsAfter(question: string): string[] {
  return [...new Set([...question.matchAll(AFTER_YEAR)].map((m) => m[1]!))];
}

/** Words that carry a sentence past the years it names: "daarna", "nadien", "structureel". */
export const SPEAKS_OF_AFTER = /(?<![\p{L}])(?:daarna|nadien|na afloop|vervolgens|structureel|afterwards|after that|thereafter|beyond)(?![\p{L}])/iu;

/** "Sinds 1 januari 2024", "vanaf 2024", "since 2024": the sentence's figure holds from that year on. */
export function holdsFrom(sentence: string, year: string): boolean {
  return new RegExp(`(?<![\\p{L}])(?:sinds|vanaf|since|as of|from)\\s+(?:\\S+\\s+){0,2}?${year}\\b`, 'iu').test(sentence);
}

/** "Sinds 1 januari 2021", "vanaf 2021", "since 2021" opening a period not closed ("vanaf 2021 tot 2023"). */
const OPEN_PERIOD = /(?<![\p{L}])(?:sinds|vanaf|since|as of)\s+(?:\S+\s+){0,2}?((?:19|20)\d{2})\b(?!\s*(?:tot|t\/m|until|till|to|through)\b)/giu;

/**
 * The text without the periods that are still open in `year`: "Sinds 1 januari 2021 krijgen nieuwkomers …"
 * dates nothing to 2021 alone; what follows holds in every later year, the asked one too.
 */
export function withoutPeriodsOpenIn(text: string, year: string): string {
  return text.replace(OPEN_PERIOD, (whole, since: string) => (since <= year ? ' ' : whole));
}

/**
 * A year a difference is measured from ("400.000 euro meer dan in 2026", "twenty more than in 2024"): the sentence
 * gives no figure of that year, only one of the year it speaks of.
 */
const BASELINE_YEAR = /\b(?:dan|than)\s+(?:in\s+)?(?:19|20)\d\d\b/gi;
export const withoutBaselineYears = (text: string): string => text.replace(BASELINE_YEAR, ' ');
/**
 * The text without the years of figures it is compared or set against, unless the question asks those years too
 * ("in 2018, in vergelijking met 2017"), and without the year a difference is measured from: what is left dates its
 * own figures.
 */
export function withOwnYearsOnly(text: string, asked: readonly string[]): string {
  const unasked = (phrase: string) => ((phrase.match(YEAR) ?? []).some((y) => asked.includes(y)) ? phrase : ' ');
  return withoutBaselineYears(text.replace(COMPARED_YEARS, unasked).replace(CONTRASTED_YEAR, unasked));
}

/** A sentence that speaks of the time before ("Daarvoor betaalde …", "Vroeger …", "tot dan"). */
export const SPEAKS_OF_BEFORE = /(?<![\p{L}])(?:daarvoor|voordien|vroeger|tot dan|tot dan toe|voorheen|previously|before that|until then)(?![\p{L}])/iu;

/**
 * A year that dates the written question itself, not the facts asked about: "her 2023 written question",
 * "the question from March 2023", "haar vraag van 14 maart 2023", "de schriftelijke vraag uit 2023".
 */
const DAY_AND_MONTH = `(?:\\d{1,2}\\s+)?(?:(?:${MONTH_NAME})\\s+)?`;
const QUESTION_YEAR = [
  /\b((?:19|20)\d\d)\s+(?:written\s+|parliamentary\s+|follow-up\s+)?questions?\b/i,
  new RegExp(`\\bquestions?\\s+(?:of|from|dated)\\s+${DAY_AND_MONTH}((?:19|20)\\d\\d)\\b`, 'i'),
  new RegExp(`\\b(?:vraag|vragen)\\s+(?:van|uit)\\s+${DAY_AND_MONTH}((?:19|20)\\d\\d)\\b`, 'i'),
];

export function yearOfQuestion(text: string): number | null {
  for (const pattern of QUESTION_YEAR) {
    const m = pattern.exec(text);
    // "de vragen van 2022 tot 2024" spans years: no one question's date.
    if (m && !/^\s*(?:tot|to|until|en|and|[-–])/i.test(text.slice(m.index + m[0].length))) return Number(m[1]);
  }
  return null;
}

/**
 * A day in full ("30 september 2018"); the end of a year ("eind 2017", "end of 2017"), its last day; or its start
 * ("begin 2026", "at the start of 2026"), its first.
 */
const DAY = new RegExp(
  `\\b(\\d{1,2})\\s+(${MONTH_NAME})\\s+((?:19|20)\\d\\d)\\b|\\b(?:eind|einde|end of)\\s+((?:19|20)\\d\\d)\\b|\\b(?:begin|start of|beginning of)\\s+((?:19|20)\\d\\d)\\b`,
  'gi',
);
/** The day a count is asked at: "op 31 december 2018", "on 1 January 2024", "as of …" (not the date of a question). */
const AT_DAY = new RegExp(`\\b(?:op|per|on|as of|as at)\\s+(?=\\d{1,2}\\s+(?:${MONTH_NAME})\\s)`, 'gi');

/** A day a text names, as "2018-12-31", with its own words. */
export interface NamedDay {
  iso: string;
  words: string;
  /** The start or end of a year: any day of its first or last month is it ("op 15 januari 2026" for "begin 2026"). */
  edge?: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The days a text names: in full, or as the start or end of a year. */
export function daysIn(text: string): NamedDay[] {
  return [...text.matchAll(DAY)].map((m) => ({
    iso: m[4] ? `${m[4]}-12-31` : m[5] ? `${m[5]}-01-01` : `${m[3]}-${pad(MONTH_NUMBERS[m[2]!.toLowerCase()]!)}-${pad(Number(m[1]))}`,
    words: m[0],
    ...(m[4] || m[5] ? { edge: true } : {}),
  }));
}

/** The days a question asks its figures at ("Hoeveel ondertekenaars … op 31 december 2018?"). */
export function askedDays(question: string): NamedDay[] {
  const atDay = [...question.matchAll(AT_DAY)].flatMap((m) => daysIn(question.slice(m.index + m[0].length)).slice(0, 1));
  // The start or end of a year ("begin 2026", "at the end of 2025") is asked as a day, as "op 1 januari 2026" is.
  return [...atDay, ...daysIn(question).filter((d) => d.edge)];
}

/**
 * A day as a Dutch reply names it: "31 december 2018", or a year's start or end ("begin 2026", "eind 2025"), also
 * when the question was asked in English ("1 January 2024").
 */
const dayInDutch = (d: NamedDay) => (d.edge ? `${d.iso.endsWith('-01-01') ? 'begin' : 'eind'} ${d.iso.slice(0, 4)}` : longDateNl(d.iso) ?? d.words);

/** The day asked, or for the start or end of a year a day of its first or last month. */
const sameDay = (given: NamedDay, asked: NamedDay) => given.iso === asked.iso || ((given.edge || asked.edge) === true && given.iso.slice(0, 7) === asked.iso.slice(0, 7));

/** A day that opens a sentence dates its figure: "Op 1 januari 2026 hadden …", "Per 31 december …", "On 1 January …". */
const OPENS_WITH_DAY = /^\s*(?:\d+[.)]\s+|[a-z]\)\s+)?(?:op|per|on|as of)\s+$/i;
const datingDay = (text: string, d: NamedDay): boolean => OPENS_WITH_DAY.test(text.slice(0, text.indexOf(d.words)));

/**
 * A figure asked at a day that the passage gives only at other days: "Op 30 september 2018 telde het pact 246
 * ondertekenaars" does not say how many there were on 31 December. The days read are those of the year asked, and a
 * day that opens the sentence, which dates its figure whatever year the sentence names of the group counted: "Op 1
 * januari 2026 hadden 14.208 inwoners die zich in 2023 of 2024 vestigden, een achterstand" is no figure at 1 January
 * 2024; the date of a decree the figure rests on is none. Null when a figure sentence of the year gives the day asked,
 * or names the year without such a day.
 */
export function otherDayGiven(figures: { text: string }[], asked: readonly NamedDay[]): { date: string; given: string } | null {
  for (const day of asked) {
    const year = day.iso.slice(0, 4);
    const days = figures.filter((s) => s.text.includes(year)).map((s) => daysIn(s.text).filter((d) => d.iso.startsWith(year) || datingDay(s.text, d)));
    if (days.length > 0 && days.every((ds) => ds.length > 0 && !ds.some((d) => sameDay(d, day)))) return { date: dayInDutch(day), given: dayInDutch(days[0]![0]!) };
  }
  return null;
}

/**
 * A year named relative to when the question was asked: "dit jaar" is the year of its date, "vorig jaar" the one
 * before, "volgend jaar" the one after. "Hoeveel controles voerde de inspectie dit jaar al uit?", asked in 2026,
 * asks of 2026, whatever year its introduction recalls from the first answer.
 */
const RELATIVE_YEAR = /\b(?:(dit|this)|(vorig|vorige|verleden|last)|(volgend|volgende|komend|komende|next))\s+(?:jaar|year)\b/giu;

/** The text with each relative year followed by the year it names ("dit jaar (2026)"), given the year it was written. */
export function withRelativeYearsNamed(text: string, writtenIn: string | null): string {
  if (!writtenIn) return text;
  return text.replace(RELATIVE_YEAR, (match, _now, before, after) => `${match} (${Number(writtenIn) + (before ? -1 : after ? 1 : 0)})`);
}

/** A figure that points back to one given before: "In 23 van die 38 gevallen …", "of these 412". */
const POINTS_BACK_TO_FIGURE = /\b(?:die|deze|those|these)\s+(\d(?:[\d.,]*\d)?)(?![\d])/giu;
/** Where an item or sub-item opens ("2. a) ", "b) "), or else a sentence. */
const ITEM_OPENING = /(?:^|\n)[ \t]*(?:\d{1,2}\.(?:[ \t]*[a-z]\))?|[a-z]\))[ \t]/g;
const SENTENCE_OPENING = /[.!?]\s+/g;

/**
 * What dates a sentence: its own text when it names a year, else, when it points back to a figure given before
 * ("In 23 van die 38 gevallen" in sub-item b), the item up to that figure, which may name the year the sentence
 * does not ("a) In 2025 voerde de inspectie 96 controles uit … Van hen hadden er 38 geen toelating.").
 */
export function datedWithAntecedent(text: string, sentence: Span & { text: string }, own: string): string {
  if (HAS_YEAR.test(own)) return own;
  for (const m of sentence.text.matchAll(POINTS_BACK_TO_FIGURE)) {
    const figure = new RegExp(`(?<![\\d.,])${m[1]!.replace(/[.,]/g, '\\$&')}(?![\\d]|[.,]\\d)`, 'g');
    const at = [...text.slice(0, sentence.start).matchAll(figure)].pop()?.index;
    if (at === undefined) continue;
    const before = text.slice(0, at);
    const opening = [...before.matchAll(ITEM_OPENING)].pop() ?? [...before.matchAll(SENTENCE_OPENING)].pop();
    return `${own}\n${text.slice(opening ? opening.index! + opening[0].length : 0, at + m[1]!.length)}`;
  }
  return own;
}
