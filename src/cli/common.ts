import { config as loadDotenv } from 'dotenv';
import cliProgress from 'cli-progress';
import { ConfigError, loadCoreConfig, type CoreConfig } from '../config.js';
import type { DownloadProgress } from '../embed/download.js';
import type { IndexProgress } from '../indexer.js';
import { describeError, errorSentence } from '../present/errors.js';
import { downloadLine } from '../present/download.js';
import { PHASE_NAMES } from '../present/indexing.js';

/** Reads .env (quietly: stdout may carry JSON) and validates; exit 2 on a bad value. */
export function cliConfig(): CoreConfig {
  loadDotenv({ quiet: true });
  try {
    return loadCoreConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message, 2);
    throw err;
  }
}

export function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}


/** Progress of a job in named phases: done of total (a total that may grow while it runs). */
export interface PhaseProgress<P extends string> {
  phase: P;
  done: number;
  total: number;
}

/**
 * Progress on stderr: a bar with ETA on a terminal, a line every few seconds
 * otherwise (logs, CI, the bot's parent process). `names` words the phases.
 */
export function phaseProgressReporter<P extends string>(names: Record<P, string>): { onProgress: (p: PhaseProgress<P>) => void; stop: () => void } {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: '{phase} [{bar}] {value}/{total} · nog {eta_formatted}', stream: process.stderr, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    let phase = '';
    return {
      onProgress: (p) => {
        const total = Math.max(p.total, p.done);
        if (p.phase !== phase) {
          if (phase) bar.stop();
          phase = p.phase;
          bar.start(total, p.done, { phase: names[p.phase] });
        } else {
          bar.setTotal(total);
          bar.update(p.done);
        }
      },
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  return {
    onProgress: (p) => {
      const now = Date.now();
      if (now - last < 2000 && p.done !== p.total && p.done !== 0) return;
      last = now;
      process.stderr.write(`${names[p.phase]}: ${p.done}${p.total ? `/${p.total}` : ''}\n`);
    },
    stop: () => {},
  };
}

/** Indexing progress, in the phases of the indexer. */
export const progressReporter = () => phaseProgressReporter<IndexProgress['phase']>(PHASE_NAMES);

/**
 * The first-run model download on stderr: a line every second on a terminal,
 * every few seconds otherwise, and always a closing line. Whole lines, not a
 * line redrawn in place: the indexing bar may still be drawing on the terminal.
 */
export function downloadReporter(): (p: DownloadProgress) => void {
  const tty = process.stderr.isTTY;
  const every = tty ? 1000 : 3000;
  let last: number | null = null;
  return (p) => {
    const now = Date.now();
    // The first line waits one interval, so that it has a rate.
    last ??= now;
    if (p.state === 'downloading' && now - last < every) return;
    last = now;
    // On a terminal, take over the bar's line; the bar redraws below.
    process.stderr.write(`${tty ? '\r\x1b[2K' : ''}${downloadLine(p)}\n`);
  };
}

/** One clear line for the problems a user can act on; anything else is a bug and keeps its stack. */
export function handleCliError(err: unknown): never {
  const described = describeError(err);
  if (described) fail(errorSentence(described), described.exitCode);
  throw err;
}
