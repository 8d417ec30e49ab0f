import type { IndexProgress, IndexSummary } from '../../indexer.js';
import { SyncLockedError } from '../../sync/store.js';
import { runSync } from '../../sync/sync.js';
import { SyncAbortedError, SyncFatalError, type SyncOptions, type SyncProgress, type SyncReport } from '../../sync/types.js';
import type { SyncConfig } from '../../sync/types.js';
import { REINDEX_BUSY_MESSAGE } from '../render/reindex.js';
import type { BotContext } from '../state/context.js';
import type { Announcer } from './announcer.js';
import { SingleFlight } from '../state/single-flight.js';

/**
 * Bringing the corpus up to date inside the bot: sync with the Parliament's
 * open data, reindex (the old index keeps answering until the new one is
 * swapped in), then announce what is new. One run at a time, for the
 * schedule and `/herindexeer bijwerken:true` alike; abortable at shutdown.
 */

export type UpdateProgress = { stage: 'sync'; progress: SyncProgress } | { stage: 'index'; progress: IndexProgress };

export type UpdateOutcome =
  | { ok: true; sync: SyncReport; index: IndexSummary; announced: number; seconds: number }
  | { ok: false; busy: boolean; stage: 'sync' | 'index'; reason: string; sync: SyncReport | null };

export interface UpdaterDeps {
  runSync: (config: SyncConfig, options: SyncOptions) => Promise<SyncReport>;
}

export class CorpusUpdater {
  readonly #flight = new SingleFlight<UpdateOutcome>();
  /** Set at start-up when ANNOUNCE_CHANNEL_ID is configured. */
  announcer: Announcer | null = null;

  constructor(
    private readonly ctx: BotContext,
    private readonly deps: UpdaterDeps = { runSync },
  ) {}

  get running(): boolean {
    return this.#flight.running;
  }

  run(onProgress?: (p: UpdateProgress) => void): Promise<UpdateOutcome> {
    const busy = (): UpdateOutcome => ({ ok: false, busy: true, stage: 'sync', reason: REINDEX_BUSY_MESSAGE, sync: null });
    if (this.ctx.reindexer.running) return Promise.resolve(busy());
    return this.#flight.run((signal) => this.#run(signal, onProgress), busy);
  }

  abort(): void {
    this.#flight.abort();
  }

  whenIdle(): Promise<void> {
    return this.#flight.whenIdle();
  }

  async #run(signal: AbortSignal, onProgress?: (p: UpdateProgress) => void): Promise<UpdateOutcome> {
    const { config, log } = this.ctx;
    const started = performance.now();
    let sync: SyncReport;
    try {
      sync = await this.deps.runSync(config, { signal, onProgress: (progress) => onProgress?.({ stage: 'sync', progress }) });
    } catch (err) {
      const known = err instanceof SyncFatalError || err instanceof SyncLockedError || err instanceof SyncAbortedError;
      // An unknown error's text may hold paths or library internals: it goes to the log only.
      const reason = known ? (err as Error).message : 'onverwachte fout (de details staan in het logboek van de bot).';
      if (known) log.warn(`Synchronisatie niet gelukt: ${reason}`);
      else log.error('Synchronisatie mislukt', err);
      return { ok: false, busy: err instanceof SyncLockedError, stage: 'sync', reason, sync: null };
    }
    if (signal.aborted) return { ok: false, busy: false, stage: 'sync', reason: 'afgebroken omdat de bot wordt afgesloten', sync };
    const reindex = await this.ctx.reindexer.run((progress) => onProgress?.({ stage: 'index', progress }));
    if (!reindex.ok) return { ok: false, busy: reindex.busy, stage: 'index', reason: reindex.reason, sync };
    const announced = this.announcer ? await this.announcer.announce(this.ctx.holder.current.index.documents) : 0;
    const failed = sync.skipped.filter((s) => s.failed).length;
    log.info(
      `Bijwerken klaar: ${sync.added.length} nieuw, ${sync.updated.length} bijgewerkt, ${sync.unchanged.length} ongewijzigd, ${sync.skipped.length} overgeslagen${failed ? ` (${failed} mislukt)` : ''}; ` +
        `index ${reindex.summary.documents} documenten; ${announced} aankondigingen.`,
    );
    return { ok: true, sync, index: reindex.summary, announced, seconds: (performance.now() - started) / 1000 };
  }
}

const updaters = new WeakMap<BotContext, CorpusUpdater>();

/** The one updater of a bot (created on first use), shared by the schedule and the command. */
export function corpusUpdater(ctx: BotContext): CorpusUpdater {
  let updater = updaters.get(ctx);
  if (!updater) {
    updater = new CorpusUpdater(ctx);
    updaters.set(ctx, updater);
  }
  return updater;
}

/** Runs `run` every `intervalMs` (the next run is planned when the previous one has finished). */
export function scheduleUpdates(intervalMs: number, run: () => Promise<unknown>): { stop: () => void } {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  const tick = async () => {
    if (stopped) return;
    await run().catch(() => {}); // run() reports its own failures
    if (!stopped) timer = setTimeout(tick, intervalMs);
  };
  timer = setTimeout(tick, intervalMs);
  return {
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
