import { formatDateNl } from '../../present/dates.js';
import type { ParsedDocument } from '../../corpus/types.js';
import { displayName } from '../../present/names.js';
import { foldDiacritics } from '../../search/analyze.js';
import { LIMITS } from './limits.js';
import { clamp } from './text.js';

/** Autocomplete choices: at most 25, names of at most 100 characters. Pure. */

interface Choice<T extends string | number> {
  name: string;
  value: T;
}

const fold = (s: string) => foldDiacritics(s).toLowerCase();
const words = (s: string) => fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** "455 — Integratiepact - Stand van zaken (2) (23-05-2018)", the title shortened so the date stays. */
export function questionChoiceName(doc: Pick<ParsedDocument, 'questionNumber' | 'title' | 'date'>): string {
  const date = ` (${formatDateNl(doc.date)})`;
  const prefix = `${doc.questionNumber} — `;
  const title = doc.title.replace(/\s+/g, ' ').trim() || 'zonder titel';
  return clamp(prefix + clamp(title, LIMITS.choiceName - prefix.length - date.length) + date, LIMITS.choiceName);
}

/**
 * Typed digits match question numbers (prefix matches first); words must all
 * occur in the number, title, date or questioner. Newest first otherwise.
 */
export function questionChoices(docs: readonly ParsedDocument[], typed: string): Choice<number>[] {
  const query = typed.trim();
  const digits = /^\d+$/.test(query) ? query : null;
  const wanted = words(query);
  const byNewest = [...docs].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.questionNumber - a.questionNumber);
  let hits: ParsedDocument[];
  if (!query) hits = byNewest;
  else if (digits) {
    const n = (d: ParsedDocument) => String(d.questionNumber);
    hits = [...byNewest.filter((d) => n(d).startsWith(digits)), ...byNewest.filter((d) => !n(d).startsWith(digits) && n(d).includes(digits))];
  } else {
    hits = byNewest.filter((d) => {
      const hay = words(`${d.questionNumber} ${d.title} ${formatDateNl(d.date)} ${d.questioner ?? ''}`);
      return wanted.every((w) => hay.some((h) => h.startsWith(w) || (w.length >= 3 && h.includes(w))));
    });
  }
  const seen = new Set<number>();
  const out: Choice<number>[] = [];
  for (const d of hits) {
    // Two files can share a number; the value is the number, so one choice.
    if (seen.has(d.questionNumber)) continue;
    seen.add(d.questionNumber);
    out.push({ name: questionChoiceName(d), value: d.questionNumber });
    if (out.length === LIMITS.autocompleteChoices) break;
  }
  return out;
}

/** Distinct questioners, as readable names, filtered by what was typed. */
export function questionerChoices(docs: readonly ParsedDocument[], typed: string): Choice<string>[] {
  const names = new Map<string, string>();
  for (const d of docs) {
    if (!d.questioner) continue;
    const name = displayName(d.questioner);
    names.set(fold(name), name);
  }
  const wanted = words(typed);
  return [...names.values()]
    .filter((name) => wanted.every((w) => words(name).some((h) => h.startsWith(w) || h.includes(w))))
    .sort((a, b) => a.localeCompare(b, 'nl'))
    .slice(0, LIMITS.autocompleteChoices)
    .map((name) => {
      const short = clamp(name, LIMITS.choiceName);
      return { name: short, value: short };
    });
}
