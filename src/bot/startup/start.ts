import { readFileSync } from 'node:fs';
import { config as loadDotenv } from 'dotenv';
import { ConfigError } from '../../config.js';
import { IndexAbortedError } from '../../indexer.js';
import type { DownloadListener } from '../../embed/download.js';
import { downloadLine } from '../../present/download.js';
import { describeError, errorSentence } from '../../present/errors.js';
import { openRuntime } from '../../runtime.js';
import type { BotContext } from '../state/context.js';
import { FeedbackWriter } from '../state/feedback.js';
import { InFlight } from '../state/inflight.js';
import { IndexHolder } from '../state/index-holder.js';
import { createLogger, redact, type Logger } from '../state/log.js';
import { createRateLimits } from '../state/rate-limit.js';
import { Reindexer, Throttle } from '../state/reindexer.js';
import { SessionStore } from '../state/sessions.js';
import { startCorpusUpdates } from '../sync/schedule.js';
import { corpusUpdater } from '../sync/updater.js';
import { createClient, wireClient } from './client.js';
import { loadBotConfig, requireToken, type BotConfig } from './config.js';
import { isTokenRejection, TOKEN_REJECTED_MESSAGE } from './token.js';

/**
 * Start-up: configuration → index (built when missing) → model warmed →
 * one "Klaar" line → login. Exit codes: 0 after SIGINT/SIGTERM, 1 when
 * Discord rejects the token or the index cannot be opened, 2 for a missing
 * token or another configuration error.
 */

const SHUTDOWN_GRACE_MS = 10_000;

function die(message: string, code: number, secrets: string[] = []): never {
  process.stderr.write(redact(message, secrets) + '\n');
  process.exit(code);
}

function readVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: string }).version ?? 'onbekend';
  } catch {
    return 'onbekend';
  }
}

function configOrExit(): { config: BotConfig; token: string } {
  loadDotenv({ quiet: true });
  try {
    const config = loadBotConfig();
    return { config, token: requireToken(config) };
  } catch (err) {
    if (err instanceof ConfigError) die(err.message, 2);
    throw err;
  }
}

/** A first-run model download, one log line every few seconds and a closing one. */
function downloadLogger(log: Logger): DownloadListener {
  const throttle = new Throttle(3000);
  return (p) => {
    if (throttle.ready() || p.state !== 'downloading') log.info(downloadLine(p));
  };
}

/** Index progress during a first build, one log line every few seconds. */
function progressLogger(log: Logger) {
  const throttle = new Throttle(3000);
  return (p: { phase: string; done: number; total: number }) => {
    if (throttle.ready() || p.done === p.total) log.info(`Index opbouwen — ${p.phase}: ${p.done}/${p.total}`);
  };
}

export async function start(): Promise<void> {
  const startedAt = Date.now();
  const { config, token } = configOrExit();
  const log = createLogger({ level: config.LOG_LEVEL, secrets: [token] });
  process.on('unhandledRejection', (reason) => log.error('Onafgehandelde fout (unhandledRejection); de bot draait verder', reason));

  // Ctrl-C during a first index build: stop between batches, the old index (if any) stays valid.
  const startup = new AbortController();
  const onEarlySignal = () => startup.abort();
  process.once('SIGINT', onEarlySignal);
  process.once('SIGTERM', onEarlySignal);

  let runtime;
  try {
    runtime = await openRuntime(config, { buildIfMissing: true, indexOptions: { onProgress: progressLogger(log), signal: startup.signal }, onDownload: downloadLogger(log) });
  } catch (err) {
    if (err instanceof IndexAbortedError) die('Afgebroken tijdens het opbouwen van de index.', 0);
    const described = describeError(err);
    if (described) die(errorSentence(described), described.exitCode, [token]);
    throw err;
  }
  process.off('SIGINT', onEarlySignal);
  process.off('SIGTERM', onEarlySignal);
  if (startup.signal.aborted) process.exit(0);
  if (runtime.built) log.info(`Index opgebouwd: ${runtime.built.documents} documenten, ${runtime.built.chunks} passages.`);
  if (runtime.embedderProblem) log.warn(`Taalmodel niet geladen (${runtime.embedderProblem}); alleen trefwoorden.`);
  if (runtime.embedder) {
    // The first query pays for graph initialisation; pay it now, not on a user's question.
    const t = performance.now();
    await runtime.embedder.embedQuery('Integratiepact stand van zaken');
    log.debug(`Taalmodel opgewarmd in ${Math.round(performance.now() - t)} ms`);
  }

  const holder = new IndexHolder({ index: runtime.index, embedder: runtime.embedder, embedderProblem: runtime.embedderProblem, retrieval: runtime.retrieval });
  const ctx: BotContext = {
    config,
    holder,
    log,
    rateLimits: createRateLimits(config),
    sessions: new SessionStore(),
    feedback: new FeedbackWriter(config.FEEDBACK_FILE),
    reindexer: new Reindexer(config, holder, log),
    version: readVersion(),
    startedAt,
    now: Date.now,
    stopping: false,
  };
  const { index, embedder, retrieval } = holder.current;
  const hybrid = retrieval.mode === 'hybrid';
  log.info(
    `Klaar: ${index.documents.length} documenten, ${index.manifest.chunkCount} passages, modus ${hybrid ? 'hybride' : 'trefwoorden'}, model ${hybrid ? embedder!.modelId : 'geen'}`,
  );

  const client = createClient(config);
  const inflight = new InFlight();
  // Scheduled sync and announcements (both off unless configured).
  const updates = await startCorpusUpdates(ctx, client);
  let exiting = false;
  const fatal = (message: string, code: number) => {
    if (exiting) return;
    exiting = true;
    ctx.stopping = true;
    updates.stop();
    ctx.reindexer.abort();
    process.stderr.write(redact(message, [token]) + '\n');
    void Promise.race([client.destroy(), new Promise((r) => setTimeout(r, 2000))]).finally(() => process.exit(code));
  };
  const shutdown = async (signal: string) => {
    if (exiting) return;
    exiting = true;
    ctx.stopping = true;
    log.info(`${signal} ontvangen: de bot stopt.`);
    updates.stop();
    ctx.reindexer.abort();
    const grace = new Promise((r) => setTimeout(r, SHUTDOWN_GRACE_MS).unref());
    await Promise.race([Promise.all([ctx.reindexer.whenIdle(), corpusUpdater(ctx).whenIdle(), inflight.idle()]), grace]);
    await Promise.race([client.destroy(), new Promise((r) => setTimeout(r, 3000).unref())]).catch(() => {});
    log.info('Gestopt.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  wireClient(client, ctx, inflight, fatal);
  try {
    await client.login(token);
  } catch (err) {
    if (exiting) return;
    if (isTokenRejection(err)) fatal(TOKEN_REJECTED_MESSAGE, 1);
    else fatal(`Verbinden met Discord mislukt: ${redact(String((err as Error)?.message ?? err), [token]).split('\n')[0]}`, 1);
  }
}
