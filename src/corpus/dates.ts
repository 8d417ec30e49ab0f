const DUTCH_MONTHS: Record<string, number> = {
  januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6,
  juli: 7, augustus: 8, september: 9, oktober: 10, november: 11, december: 12,
};

export const DUTCH_DATE_PATTERN = String.raw`(\d{1,2})\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+(\d{4})`;

const pad = (n: number) => String(n).padStart(2, '0');

/** "23 mei 2018" → "2018-05-23"; null when it is not a valid Dutch date. */
export function parseDutchDate(text: string): string | null {
  const m = new RegExp(DUTCH_DATE_PATTERN, 'i').exec(text);
  if (!m) return null;
  const day = Number(m[1]);
  const month = DUTCH_MONTHS[m[2]!.toLowerCase()]!;
  const year = Number(m[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** "2018-05-23" → "23-05-2018", the way Flemish readers write dates. */
export function formatDateNl(iso: string | null): string {
  if (!iso) return 'onbekend';
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}
