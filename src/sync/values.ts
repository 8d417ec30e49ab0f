import { parseDutchDate } from '../corpus/dates.js';

/**
 * Tolerant readers for the API's values: a field may be a string, a number,
 * an array of them or missing; dates come in more than one format; names are
 * written "Surname, First name".
 */

/** Every non-empty string in `v` (a string, a number, an array, an object with `value`). */
export function texts(v: unknown): string[] {
  if (v === null || v === undefined) return [];
  if (Array.isArray(v)) return v.flatMap(texts);
  if (typeof v === 'string') return v.trim() ? [v.trim()] : [];
  if (typeof v === 'number' || typeof v === 'boolean') return [String(v)];
  if (typeof v === 'object' && 'value' in v) return texts((v as { value: unknown }).value);
  return [];
}

export const firstText = (v: unknown): string | null => texts(v)[0] ?? null;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Search titles may carry highlighting markup and entities. */
export function plainText(s: string | null): string | null {
  if (s === null) return null;
  const out = s
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') return String.fromCodePoint(e[1]?.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/\s+/g, ' ')
    .trim();
  return out || null;
}

const brusselsDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' });

const validIso = (y: number, m: number, d: number): string | null => {
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

/**
 * "2018-05-23", "2018-05-23T00:00:00", "2018-05-22T22:00:00Z" (Brussels
 * midnight), "23/05/2018", "23-05-2018", "23.05.2018", "20180523", "23 mei
 * 2018", or epoch milliseconds → "2018-05-23"; null when none of these.
 */
export function parseApiDate(raw: string | null): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (iso) {
    // With a zone, the instant is what counts: the date in Brussels.
    if (iso[5]) {
      const t = Date.parse(s);
      return Number.isNaN(t) ? null : brusselsDate.format(new Date(t));
    }
    return validIso(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  }
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (compact) return validIso(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  if (/^\d{12,13}$/.test(s)) return brusselsDate.format(new Date(Number(s)));
  return parseDutchDate(s);
}

/** The first value of `v` that reads as a date. */
export function firstDate(v: unknown): string | null {
  for (const t of texts(v)) {
    const d = parseApiDate(t);
    if (d) return d;
  }
  return null;
}

/** The latest date among the values: an answer date given twice counts at its latest. */
export function latestDate(v: unknown): string | null {
  const dates = texts(v).map(parseApiDate).filter((d): d is string => d !== null);
  return dates.length ? dates.sort().at(-1)! : null;
}

/** "Kherbache, Yasmine" → "Yasmine Kherbache"; other forms unchanged. */
export function personName(raw: string | null): string | null {
  if (!raw) return null;
  const m = /^([^,]+),\s*([^,]+)$/.exec(raw.trim());
  return (m ? `${m[2]!.trim()} ${m[1]!.trim()}` : raw.trim()).replace(/\s+/g, ' ') || null;
}

/** "455", 455, "455 (2017-2018)" → 455. */
export function firstNumber(v: unknown): number | null {
  for (const t of texts(v)) {
    const m = /^\s*(\d{1,7})\b/.exec(t);
    if (m) return Number(m[1]);
  }
  return null;
}

/** For matching dossier terms: lower case, no diacritics, letters and digits only. */
export function foldForMatch(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
