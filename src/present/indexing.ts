import type { IndexProgress, IndexSummary } from '../indexer.js';

/** Indexing in the bot's Dutch: phase names and the summary lines the CLI and the bot both show. */

export const PHASE_NAMES: Record<IndexProgress['phase'], string> = { read: 'Documenten lezen', embed: 'Passages inbedden', write: 'Index schrijven' };

/**
 * Documents, passages and mode of a finished build. `escape` protects text
 * from the corpus and the model loader where the output is markdown.
 */
export function indexSummaryLines(s: IndexSummary, escape: (text: string) => string = (t) => t): string[] {
  return [
    `Documenten: ${s.documents} — nieuw ${s.added.length}, gewijzigd ${s.changed.length}, ongewijzigd ${s.unchanged}, verwijderd ${s.removed.length}, overgeslagen ${s.skipped.length}.`,
    `Passages: ${s.chunks} (${s.embeddedChunks} opnieuw ingebed${s.fullRebuild ? ', volledige herbouw' : ''}).`,
    s.mode === 'hybrid'
      ? `Modus: hybride (trefwoorden + ${escape(s.model ?? 'taalmodel')}).`
      : `Modus: alleen trefwoorden${s.modelUnavailable ? ` — taalmodel niet beschikbaar: ${escape(s.modelUnavailable)}` : ''}.`,
  ];
}
