export const DUTCH_MONTHS: Record<string, number> = {
  januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6,
  juli: 7, augustus: 8, september: 9, oktober: 10, november: 11, december: 12,
};

/** Months by their Dutch and English names (April, September, November and December are both), as questions write them. */
export const MONTH_NUMBERS: Record<string, number> = { ...DUTCH_MONTHS, january: 1, february: 2, march: 3, may: 5, june: 6, july: 7, august: 8, october: 10 };

export const DUTCH_DATE_PATTERN = String.raw`(\d{1,2})\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+(\d{4})`;

const pad = (n: number) => String(n).padStart(2, '0');

/** Either form a document may use: "23 mei 2018" or "23/05/2018" (also with - or .). */
export const ANY_DATE_PATTERN = String.raw`(?:\d{1,2}\s+\p{L}+\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})`;

const MONTH_NAMES = Object.keys(DUTCH_MONTHS);

/** "2018-05-23" → "23 mei 2018", as a Dutch text writes a day; null for anything else. */
export function longDateNl(iso: string | null): string | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? `${Number(m[3])} ${MONTH_NAMES[Number(m[2]) - 1]} ${m[1]}` : null;
}

/** "23 mei 2018" or "23/05/2018" → "2018-05-23"; null when it is not a valid date. */
export function parseDutchDate(text: string): string | null {
  const named = new RegExp(DUTCH_DATE_PATTERN, 'i').exec(text);
  const numeric = named ? null : /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(text);
  if (!named && !numeric) return null;
  const day = Number((named ?? numeric)![1]);
  const month = named ? DUTCH_MONTHS[named[2]!.toLowerCase()]! : Number(numeric![2]);
  const year = Number((named ?? numeric)![3]);
  if (month < 1 || month > 12) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}
