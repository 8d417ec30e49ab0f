import type { SyncEntry, SyncReport, SyncSkip } from './types.js';

/** A sync's outcome in Dutch, for the terminal and for Discord (`escape` protects API text in markdown). */

type Escape = (text: string) => string;
const plain: Escape = (t) => t;

const CHANGE_WORDS: Record<NonNullable<SyncEntry['change']>, string> = {
  nieuw: 'nieuw',
  beantwoord: 'intussen beantwoord',
  'document gewijzigd': 'document gewijzigd',
  metadata: 'alleen metadata bijgewerkt',
  hersteld: 'onvolledig bestand hersteld',
};

/** "nr. 455 (2017-2018) — Integratiepact - Stand van zaken (2)" */
function entryLabel(e: SyncEntry, escape: Escape = plain): string {
  const nr = e.number !== null ? `nr. ${e.number}` : `id ${e.id}`;
  return `${nr}${e.sessionYear ? ` (${escape(e.sessionYear)})` : ''}${e.title ? ` — ${escape(e.title)}` : ''}`;
}

function syncSummaryLine(r: SyncReport): string {
  const failed = r.skipped.filter((s) => s.failed).length;
  const verb = r.dryRun ? 'Proefrun (er is niets gewijzigd)' : `Synchronisatie klaar in ${r.seconds.toFixed(1)} s`;
  const counts = r.dryRun
    ? `${r.added.length} zou nieuw zijn, ${r.updated.length} zou bijgewerkt worden, ${r.unchanged.length} ongewijzigd, ${r.skipped.length} overgeslagen`
    : `${r.added.length} nieuw, ${r.updated.length} bijgewerkt, ${r.unchanged.length} ongewijzigd, ${r.skipped.length} overgeslagen${failed ? ` (waarvan ${failed} mislukt)` : ''}`;
  return `${verb}: ${counts}.`;
}

function skipLine(s: SyncSkip, escape: Escape): string {
  return `${s.failed ? 'mislukt' : 'overgeslagen'}: ${entryLabel(s, escape)} — ${escape(s.detail)}`;
}

/** Everything, one line each: summary, each added, updated and skipped question with its reason. */
export function syncReportLines(r: SyncReport, options: { escape?: Escape; maxPerList?: number } = {}): string[] {
  const escape = options.escape ?? plain;
  const max = options.maxPerList ?? Infinity;
  const lines = [
    `Zoektermen: ${r.terms.map((t) => `"${escape(t)}"`).join(', ')} — ${r.found} schriftelijke vragen gevonden${r.outsidePeriod ? `, ${r.outsidePeriod} buiten de gekozen periode` : ''}.`,
    syncSummaryLine(r),
  ];
  const list = <T>(items: T[], line: (t: T) => string) => {
    lines.push(...items.slice(0, max).map(line));
    if (items.length > max) lines.push(`  … en nog ${items.length - max}`);
  };
  const prefix = r.dryRun ? 'zou ' : '';
  list(r.added, (e) => `  ${prefix}nieuw: ${entryLabel(e, escape)}${e.file ? ` → ${escape(e.file)}` : ''}`);
  list(r.updated, (e) => `  ${prefix}bijgewerkt (${CHANGE_WORDS[e.change ?? 'document gewijzigd']}): ${entryLabel(e, escape)}`);
  list(r.skipped, (s) => `  ${skipLine(s, escape)}`);
  if (r.partial) lines.push('Gedeeltelijke synchronisatie: de mislukte documenten worden bij de volgende run opnieuw geprobeerd.');
  return lines;
}
