import type { IndexProgress, IndexSummary } from '../../indexer.js';
import { indexSummaryLines, PHASE_NAMES } from '../../present/indexing.js';
import { message, notice, type MessagePayload } from './payload.js';
import { escapeText, fitText, formatNumberNl } from './text.js';

export const REINDEX_BUSY_MESSAGE = 'Er loopt al een herindexering.';

export function renderReindexProgress(p: IndexProgress | null, elapsedMs: number): MessagePayload {
  const step = p ? `${PHASE_NAMES[p.phase]}: ${p.done}/${p.total}` : 'Starten…';
  return message({
    content: `⏳ Herindexering bezig (${Math.round(elapsedMs / 1000)} s) — ${step}\nAntwoorden komen intussen nog uit de huidige index.`,
  });
}

function fileList(files: string[], max = 10): string {
  const shown = files.slice(0, max).map((f) => `• ${escapeText(f)}`);
  if (files.length > max) shown.push(`• … en nog ${files.length - max}`);
  return shown.join('\n');
}

export function renderReindexSummary(s: IndexSummary): MessagePayload {
  const lines = [
    `✅ Herindexering klaar in ${formatNumberNl(s.seconds, 1)} s; de nieuwe index is actief.`,
    ...indexSummaryLines(s, escapeText),
  ];
  if (s.added.length) lines.push('**Nieuw**', fileList(s.added));
  if (s.changed.length) lines.push('**Gewijzigd**', fileList(s.changed));
  if (s.removed.length) lines.push('**Verwijderd**', fileList(s.removed));
  if (s.skipped.length) {
    lines.push('**Overgeslagen**');
    for (const sk of s.skipped.slice(0, 10)) lines.push(`• ${escapeText(sk.file)} — ${escapeText(sk.detail)} (${sk.reason})`);
    if (s.skipped.length > 10) lines.push(`• … en nog ${s.skipped.length - 10}`);
  }
  for (const w of s.warnings.slice(0, 5)) lines.push(`⚠️ ${escapeText(w)}`);
  return message({ content: fitText(lines.join('\n'), 2000) });
}

export function renderReindexFailure(reason: string): MessagePayload {
  return message({ content: fitText(`❌ Herindexering mislukt: ${reason}\nDe vorige index blijft actief.`, 2000, escapeText) });
}

export const reindexBusy = () => notice(REINDEX_BUSY_MESSAGE);
