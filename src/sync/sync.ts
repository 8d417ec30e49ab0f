import { join } from 'node:path';
import { loadLexicon } from '../corpus/lexicon.js';
import { ApiShapeError, searchAll, WRITTEN_QUESTION, type SearchHit } from './api.js';
import { entryOf, fetchAndStore, fetchKeyOf, refreshMetadata, searchKeyOf, skipOf, type FetchContext } from './fetch-one.js';
import { HttpError, PoliteClient } from './http.js';
import { acquireSyncLock, readState, readStored, removeStored, removeTempFiles, SYNC_SUBDIR, writeState, type StoredQuestion } from './store.js';
import { SyncAbortedError, SyncFatalError, type Change, type SyncConfig, type SyncOptions, type SyncReport, type SyncSkip } from './types.js';

/**
 * npm run sync: the dossier's written questions from the Parliament's open
 * data into CORPUS_DIR/vlaams-parlement/, incrementally. The whole result
 * list is read before anything is written, so a reply of the wrong shape
 * stops the sync with the corpus as it was. Each document then lands on its
 * own (atomically); one that fails is reported and the rest still land.
 */

const dossierTerms = (query: string) =>
  query
    .split(/[,;\n]/)
    .map((t) => t.trim())
    .filter(Boolean);

function politeClient(config: SyncConfig, options: Pick<SyncOptions, 'signal' | 'onRetry'> = {}): PoliteClient {
  return new PoliteClient({
    concurrency: config.SYNC_CONCURRENCY,
    pauseMs: config.SYNC_PAUSE_MS,
    timeoutMs: config.SYNC_TIMEOUT_MS,
    retries: config.SYNC_RETRIES,
    retryBaseMs: config.SYNC_RETRY_BASE_MS,
    maxRetryWaitMs: config.SYNC_MAX_RETRY_WAIT_MS,
    userAgent: config.SYNC_USER_AGENT,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onRetry ? { onRetry: options.onRetry } : {}),
  });
}

/** Every distinct result of every term; a wrong reply or an unreachable search is fatal. */
async function search(client: PoliteClient, config: SyncConfig, terms: string[], options: SyncOptions): Promise<SearchHit[]> {
  const byId = new Map<string, SearchHit>();
  try {
    for (const term of terms) {
      const hits = await searchAll(client, {
        baseUrl: config.VP_API_URL,
        term,
        pageSize: config.SYNC_PAGE_SIZE,
        onPage: (read, count) => options.onProgress?.({ phase: 'search', done: read, total: count ?? 0 }),
      });
      for (const h of hits) if (!byId.has(h.id)) byId.set(h.id, h);
    }
  } catch (err) {
    if (options.signal?.aborted) throw new SyncAbortedError();
    if (err instanceof ApiShapeError) throw new SyncFatalError(`${err.message}. Er is niets gewijzigd.`);
    if (err instanceof HttpError) throw new SyncFatalError(`De zoek-API van het Vlaams Parlement is niet bereikbaar: ${err.message}. Er is niets gewijzigd.`);
    throw err;
  }
  return [...byId.values()];
}

interface Plan {
  unchanged: SearchHit[];
  metadata: { hit: SearchHit; existing: StoredQuestion }[];
  fetch: { hit: SearchHit; existing: StoredQuestion | undefined; change: Change }[];
  skipped: SyncSkip[];
  found: number;
  outsidePeriod: number;
}

function plan(hits: SearchHit[], stored: Map<string, StoredQuestion>, rejected: Record<string, { fetchKey: string; reason: string; detail: string }>, options: SyncOptions): Plan {
  const p: Plan = { unchanged: [], metadata: [], fetch: [], skipped: [], found: 0, outsidePeriod: 0 };
  for (const hit of hits) {
    // The search asks for written questions only; a result that says it is something else is not stored.
    if (hit.type !== null && hit.type.toLowerCase() !== WRITTEN_QUESTION.toLowerCase()) {
      p.skipped.push(skipOf(hit, 'not-written-question', `geen schriftelijke vraag (${hit.type})`, false));
      continue;
    }
    p.found++;
    const date = hit.askedDate ?? hit.publicationDate;
    if (date && ((options.from && date < options.from) || (options.to && date > options.to))) {
      p.outsidePeriod++;
      continue;
    }
    const existing = stored.get(hit.id);
    const fetchKey = fetchKeyOf(hit);
    // Answered per the API, but the stored text has no answer yet: the document is fetched until it has.
    const awaitingAnswer = hit.answerDate !== null && existing?.sidecar.textAnswered === false;
    if (existing?.intact && existing.sidecar.fetchKey === fetchKey && !awaitingAnswer) {
      if (existing.sidecar.searchKey === searchKeyOf(hit)) p.unchanged.push(hit);
      else p.metadata.push({ hit, existing });
      continue;
    }
    const judged = rejected[hit.id];
    if (!existing && judged && judged.fetchKey === fetchKey) {
      p.skipped.push(skipOf(hit, judged.reason as SyncSkip['reason'], `${judged.detail} (eerder vastgesteld; niet opnieuw opgehaald)`, false));
      continue;
    }
    const change: Change = !existing
      ? 'nieuw'
      : !existing.intact
        ? 'hersteld'
        : awaitingAnswer || (hit.answerDate && hit.answerDate !== existing.sidecar.question.answerDate)
          ? 'beantwoord'
          : 'document gewijzigd';
    p.fetch.push({ hit, existing, change });
  }
  return p;
}

async function pool<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, items.length)) }, worker));
}

export async function runSync(config: SyncConfig, options: SyncOptions = {}): Promise<SyncReport> {
  const started = performance.now();
  const terms = dossierTerms(config.DOSSIER_QUERY);
  const client = politeClient(config, options);
  const dir = join(config.CORPUS_DIR, SYNC_SUBDIR);
  const now = options.now ?? (() => new Date());
  const release = await acquireSyncLock(config.CORPUS_DIR);
  try {
    const hits = await search(client, config, terms, options);
    const stored = await readStored(dir);
    const state = await readState(dir);
    const p = plan(hits, stored.byId, state.rejected, options);
    const report: SyncReport = {
      terms,
      found: p.found,
      outsidePeriod: p.outsidePeriod,
      added: [],
      updated: [],
      unchanged: p.unchanged.map((h) => entryOf(h, fileOf(stored.byId.get(h.id)))),
      skipped: p.skipped,
      dryRun: Boolean(options.dryRun),
      partial: false,
      requests: 0,
      seconds: 0,
    };
    if (options.dryRun) {
      for (const f of p.fetch) (f.change === 'nieuw' ? report.added : report.updated).push(entryOf(f.hit, fileOf(f.existing), f.change));
      for (const m of p.metadata) report.updated.push(entryOf(m.hit, fileOf(m.existing), 'metadata'));
      return finish(report, client, started);
    }

    // Left by a killed sync: temporary files and, after an interrupted rename, an older copy.
    await removeTempFiles(dir);
    for (const s of stored.stale) await removeStored(s);

    const ctx: FetchContext = { client, config, dir, terms, now, ...(options.signal ? { signal: options.signal } : {}) };
    for (const m of p.metadata) report.updated.push(await refreshMetadata(ctx, m.hit, m.existing));
    if (p.fetch.length) await loadLexicon(); // the parse check normalises text
    let done = 0;
    options.onProgress?.({ phase: 'fetch', done, total: p.fetch.length });
    let rejectedChanged = false;
    await pool(p.fetch, config.SYNC_CONCURRENCY, async ({ hit, existing, change }) => {
      const outcome = await fetchAndStore(ctx, hit, existing, change);
      if (outcome.kind === 'stored') {
        (change === 'nieuw' ? report.added : report.updated).push(outcome.entry);
        if (state.rejected[hit.id]) {
          delete state.rejected[hit.id];
          rejectedChanged = true;
        }
      } else {
        report.skipped.push(outcome.skip);
        if (outcome.remember) {
          state.rejected[hit.id] = { fetchKey: fetchKeyOf(hit), reason: outcome.skip.reason, detail: outcome.skip.detail };
          rejectedChanged = true;
        }
      }
      options.onProgress?.({ phase: 'fetch', done: ++done, total: p.fetch.length });
    });
    if (rejectedChanged) await writeState(dir, state);
    report.partial = report.skipped.some((s) => s.failed);
    return finish(report, client, started);
  } catch (err) {
    if (options.signal?.aborted && !(err instanceof SyncFatalError)) throw new SyncAbortedError();
    throw err;
  } finally {
    await release();
  }
}

const fileOf = (s: StoredQuestion | undefined) => (s ? `${SYNC_SUBDIR}/${s.sidecar.file}` : null);

function finish(report: SyncReport, client: PoliteClient, started: number): SyncReport {
  const byNumber = (a: { number: number | null; id: string }, b: { number: number | null; id: string }) => (a.number ?? 0) - (b.number ?? 0) || a.id.localeCompare(b.id);
  report.added.sort(byNumber);
  report.updated.sort(byNumber);
  report.unchanged.sort(byNumber);
  report.skipped.sort(byNumber);
  report.requests = client.requests;
  report.seconds = (performance.now() - started) / 1000;
  return report;
}
