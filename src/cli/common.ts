import { config as loadDotenv } from 'dotenv';
import cliProgress from 'cli-progress';
import { ConfigError, loadCoreConfig, type CoreConfig } from '../config.js';
import { ModelUnavailableError, type IndexProgress } from '../indexer.js';
import { IndexLockedError } from '../store/generations.js';
import { IndexUnavailableError } from '../store/index-store.js';

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

const PHASES: Record<IndexProgress['phase'], string> = { lezen: 'Documenten lezen', embedden: 'Passages inbedden', schrijven: 'Index schrijven' };

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
          bar.start(p.total, p.done, { phase: PHASES[p.phase] });
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
      process.stderr.write(`${PHASES[p.phase]}: ${p.done}/${p.total}\n`);
    },
    stop: () => {},
  };
}

/** One clear line for the problems a user can act on; anything else is a bug and keeps its stack. */
export function handleCliError(err: unknown): never {
  if (err instanceof IndexUnavailableError) fail(err.message, 1);
  if (err instanceof IndexLockedError) fail(`${err.message}; probeer het zo opnieuw.`, 1);
  if (err instanceof ModelUnavailableError) fail(`Indexeren gestopt: ${err.message}`, 1);
  if (err instanceof ConfigError) fail(err.message, 2);
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT' && e.path) fail(`Map of bestand niet gevonden: ${e.path} (controleer CORPUS_DIR en INDEX_DIR).`, 1);
  if (e?.code === 'EACCES' || e?.code === 'EROFS' || e?.code === 'EPERM') fail(`Geen schrijfrechten voor ${e.path ?? 'de indexmap'}; de vorige index blijft actief.`, 1);
  if (e?.code === 'ENOSPC' || e?.code === 'EDQUOT') fail('De schijf is vol; de vorige index blijft actief.', 1);
  if (e?.code === 'ENOTDIR' || e?.code === 'EISDIR' || e?.code === 'EEXIST') fail(`Kan niet schrijven naar ${e.path ?? 'de indexmap'} (${e.code}); de vorige index blijft actief.`, 1);
  throw err;
}
