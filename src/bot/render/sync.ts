import { indexSummaryLines, PHASE_NAMES } from '../../present/indexing.js';
import { summaryForUsers } from './reindex.js';
import { syncReportLines } from '../../sync/report.js';
import type { UpdateOutcome, UpdateProgress } from '../sync/updater.js';
import { message, type MessagePayload } from './payload.js';
import { escapeText, fitText, formatNumberNl } from './text.js';

/** `/herindexeer bijwerken:true`: progress, then what the sync and the reindex did. */

const SYNC_PHASES = { search: 'Vlaams Parlement doorzoeken', fetch: 'Documenten ophalen' } as const;

export function renderUpdateProgress(p: UpdateProgress | null, elapsedMs: number): MessagePayload {
  let step = 'Starten…';
  if (p?.stage === 'sync') step = `${SYNC_PHASES[p.progress.phase]}: ${p.progress.done}${p.progress.total ? `/${p.progress.total}` : ''}`;
  if (p?.stage === 'index') step = `${PHASE_NAMES[p.progress.phase]}: ${p.progress.done}/${p.progress.total}`;
  return message({
    content: `⏳ Herindexering bezig (${Math.round(elapsedMs / 1000)} s) — ${step}\nAntwoorden komen intussen nog uit de huidige index.`,
  });
}

export function renderUpdateSummary(o: Extract<UpdateOutcome, { ok: true }>): MessagePayload {
  const lines = [
    `✅ Bijgewerkt in ${formatNumberNl(o.seconds, 1)} s; de nieuwe index is actief.`,
    '**Vlaams Parlement**',
    ...syncReportLines(o.sync, { escape: escapeText, maxPerList: 8 }).map((l) => l.replace(/^ {2}/, '• ')),
    '**Index**',
    ...indexSummaryLines(summaryForUsers(o.index), escapeText),
    ...(o.announced ? [`📣 ${o.announced} ${o.announced === 1 ? 'aankondiging' : 'aankondigingen'} geplaatst.`] : []),
  ];
  return message({ content: fitText(lines.join('\n'), 2000) });
}

export function renderUpdateFailure(o: Extract<UpdateOutcome, { ok: false }>): MessagePayload {
  const where = o.stage === 'sync' ? 'Synchroniseren met het Vlaams Parlement mislukt' : 'Herindexering na de synchronisatie mislukt';
  return message({ content: fitText(`❌ ${where}: ${o.reason}\nDe vorige index blijft actief.`, 2000, escapeText) });
}
