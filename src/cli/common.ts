import { config as loadDotenv } from 'dotenv';
import cliProgress from 'cli-progress';
import { ConfigError, loadCoreConfig, type CoreConfig } from '../config.js';
import type { IndexProgress } from '../indexer.js';
import { describeError, errorSentence } from '../present/errors.js';
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


/**
 * Progress on stderr: a bar with ETA on a terminal, a line every few seconds
 * otherwise (logs, CI, the bot's parent process).
 */
export function progressReporter(): { onProgress: (p: IndexProgress) => void; stop: () => void } {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: '{phase} [{bar}] {value}/{total} · nog {eta_formatted}', stream: process.stderr, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    let phase = '';
    return {
      onProgress: (p) => {
        if (p.phase !== phase) {
          if (phase) bar.stop();
          phase = p.phase;
          bar.start(p.total, p.done, { phase: PHASE_NAMES[p.phase] });
        } else bar.update(p.done);
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
      process.stderr.write(`${PHASE_NAMES[p.phase]}: ${p.done}/${p.total}\n`);
    },
    stop: () => {},
  };
}

/** One clear line for the problems a user can act on; anything else is a bug and keeps its stack. */
export function handleCliError(err: unknown): never {
  const described = describeError(err);
  if (described) fail(errorSentence(described), described.exitCode);
  throw err;
}
