import type { IndexProgress, IndexSummary } from '../../indexer.js';
import type { SkippedFile } from '../../corpus/types.js';
import { publicModelName, publicModelProblem, withoutPaths } from '../../present/errors.js';
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

/** A build summary as Discord may show it: a local model by its folder name, the loader's reason without details. */
export function summaryForUsers(s: IndexSummary): IndexSummary {
  return { ...s, model: publicModelName(s.model), modelUnavailable: s.modelUnavailable === null ? null : publicModelProblem(s.modelUnavailable) };
}

/** Skip details that quote a library's or the file system's message (with paths) keep only our own words. */
const QUOTES_EXTERNAL: ReadonlySet<SkippedFile['reason']> = new Set(['unreadable', 'pdf-unreadable', 'not-a-question']);

function skipDetailForUsers(sk: SkippedFile): string {
  const external = /^(kon niet gelezen worden|PDF kon niet gelezen worden|kon niet ontleed worden): /.exec(sk.detail);
  return withoutPaths(QUOTES_EXTERNAL.has(sk.reason) && external ? external[1]! : sk.detail);
}

export function renderReindexSummary(summary: IndexSummary): MessagePayload {
  const s = summaryForUsers(summary);
  const lines = [
    `✅ Herindexering klaar in ${formatNumberNl(s.seconds, 1)} s; de nieuwe index is actief.`,
    ...indexSummaryLines(s, escapeText),
  ];
  if (s.added.length) lines.push('**Nieuw**', fileList(s.added));
  if (s.changed.length) lines.push('**Gewijzigd**', fileList(s.changed));
  if (s.removed.length) lines.push('**Verwijderd**', fileList(s.removed));
  if (s.skipped.length) {
    lines.push('**Overgeslagen**');
    for (const sk of s.skipped.slice(0, 10)) lines.push(`• ${escapeText(sk.file)} — ${escapeText(skipDetailForUsers(sk))} (${sk.reason})`);
    if (s.skipped.length > 10) lines.push(`• … en nog ${s.skipped.length - 10}`);
  }
  for (const w of s.warnings.slice(0, 5)) lines.push(`⚠️ ${escapeText(withoutPaths(w))}`);
  return message({ content: fitText(lines.join('\n'), 2000) });
}

/** `reason`: the short one for users (reindexFailureReasonForUsers); paths are cut as a last guard. */
export function renderReindexFailure(reason: string): MessagePayload {
  return message({ content: fitText(`❌ Herindexering mislukt: ${withoutPaths(reason)}\nDe vorige index blijft actief.`, 2000, escapeText) });
}

export const reindexBusy = () => notice(REINDEX_BUSY_MESSAGE);
