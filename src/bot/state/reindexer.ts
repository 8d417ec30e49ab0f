import type { Embedder, EmbedderLoad } from '../../embed/types.js';
import { buildIndex, IndexAbortedError, type IndexOptions, type IndexProgress, type IndexSummary } from '../../indexer.js';
import { describeError } from '../../present/errors.js';
import { embedderLoader, queryEmbedder, servingState } from '../../runtime.js';
import { loadIndex, type LoadedIndex } from '../../search/loaded-index.js';
import { IndexLockedError } from '../../store/generations.js';
import type { BotConfig } from '../startup/config.js';
import type { IndexHolder } from './index-holder.js';
import type { Logger } from './log.js';
import { REINDEX_BUSY_MESSAGE } from '../render/reindex.js';
import { SingleFlight } from './single-flight.js';

/**
 * In-process incremental reindex: builds a new generation on disk while the
 * holder keeps serving the old one, loads it completely, then swaps it in
 * with one reference assignment. One at a time; abortable (shutdown), and
 * any failure leaves the old index serving.
 */

type ReindexOutcome =
  | { ok: true; summary: IndexSummary; index: LoadedIndex }
  /** `reason`: short, for Discord (no paths); the details are logged. */
  | { ok: false; busy: boolean; reason: string; error?: unknown };

export interface ReindexDeps {
  buildIndex: (config: BotConfig, options: IndexOptions) => Promise<IndexSummary>;
  loadIndex: (dir: string) => Promise<LoadedIndex>;
  queryEmbedder: (config: BotConfig, index: LoadedIndex) => Promise<{ embedder: Embedder | null; problem: string | null }>;
  loadEmbedder: (config: BotConfig) => () => Promise<EmbedderLoad>;
}

const defaultDeps: ReindexDeps = { buildIndex, loadIndex, queryEmbedder, loadEmbedder: embedderLoader };

/** Why a reindex failed, in one Dutch sentence for the bot's log: with paths and the error's own message. */
export function reindexFailureReason(err: unknown): string {
  return describeError(err)?.reason ?? `onverwachte fout: ${String((err as Error)?.message ?? err).split('\n')[0]}`;
}

/** Why a reindex failed, for the admin in Discord: no paths, no internal messages (those go to the log). */
export function reindexFailureReasonForUsers(err: unknown): string {
  return describeError(err, { forUsers: true })?.reason ?? 'onverwachte fout (de details staan in het logboek van de bot).';
}

export class Reindexer {
  readonly #flight = new SingleFlight<ReindexOutcome>();

  constructor(
    private readonly config: BotConfig,
    private readonly holder: IndexHolder,
    private readonly log: Logger,
    private readonly deps: ReindexDeps = defaultDeps,
  ) {}

  get running(): boolean {
    return this.#flight.running;
  }

  /** Starts a reindex unless one runs; resolves when it has finished (or failed). */
  run(onProgress?: (p: IndexProgress) => void): Promise<ReindexOutcome> {
    return this.#flight.run((signal) => this.#run(signal, onProgress), () => ({ ok: false, busy: true, reason: REINDEX_BUSY_MESSAGE }));
  }

  /** Asks a running reindex to stop at its next checkpoint. */
  abort(): void {
    this.#flight.abort();
  }

  /** Resolves when no reindex runs. */
  whenIdle(): Promise<void> {
    return this.#flight.whenIdle();
  }

  async #run(signal: AbortSignal, onProgress?: (p: IndexProgress) => void): Promise<ReindexOutcome> {
    const serving = this.holder.current;
    // Reuse the model already in memory instead of loading a second copy.
    const loaded = serving.embedder;
    const loadEmbedder = loaded
      ? async (): Promise<EmbedderLoad> => ({ ok: true, embedder: loaded, source: 'al geladen' })
      : this.deps.loadEmbedder(this.config);
    try {
      const summary = await this.deps.buildIndex(this.config, { loadEmbedder, onProgress, signal });
      // Nothing changed: the generation being served already is the result.
      if (summary.generation === serving.index.generation) return { ok: true, summary, index: serving.index };
      const index = await this.deps.loadIndex(this.config.INDEX_DIR);
      let embedder: Embedder | null = null;
      let problem: string | null = null;
      const wanted = index.manifest.embedding;
      if (index.manifest.mode === 'hybrid' && wanted && this.config.RETRIEVAL_MODE !== 'keyword') {
        if (loaded && loaded.modelId === wanted.modelId && loaded.dimension === wanted.dimension) embedder = loaded;
        else ({ embedder, problem } = await this.deps.queryEmbedder(this.config, index));
      }
      this.holder.swap({ index, embedder, embedderProblem: problem, retrieval: servingState(this.config, index, embedder, problem) });
      this.log.info(`Herindexering klaar: ${index.documents.length} documenten, ${index.chunks.length} passages, generatie ${index.generation}`);
      return { ok: true, summary, index };
    } catch (err) {
      const busy = err instanceof IndexLockedError;
      // The log gets the details (paths, the holder's pid, the error); the reply only the short reason.
      const detail = reindexFailureReason(err);
      if (err instanceof IndexAbortedError || busy) this.log.warn(`Herindexering niet uitgevoerd: ${detail}`);
      else this.log.error(`Herindexering mislukt: ${detail}`, err);
      return { ok: false, busy, reason: busy ? REINDEX_BUSY_MESSAGE : reindexFailureReasonForUsers(err), error: err };
    }
  }
}

/** At most one progress update per `intervalMs`; the first always passes. */
export class Throttle {
  #last = -Infinity;
  constructor(
    readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  ready(): boolean {
    const t = this.now();
    if (t - this.#last < this.intervalMs) return false;
    this.#last = t;
    return true;
  }
}
