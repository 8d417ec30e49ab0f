import { ConfigError } from '../config.js';
import { IndexAbortedError, ModelUnavailableError } from '../indexer.js';
import { IndexLockedError } from '../store/generations.js';
import { IndexUnavailableError } from '../store/index-store.js';

/**
 * The problems a user can act on, in one Dutch sentence each, for the CLI,
 * the bot's start-up and its reindex alike. Anything else is a bug: null,
 * and the caller keeps the stack.
 */
export interface DescribedError {
  /** A sentence fragment, lower case: the caller puts it after its own words or capitalises it. */
  reason: string;
  /** Exit code for a command: 2 for configuration, 1 otherwise. */
  exitCode: number;
  /** A failed write or build: the previous index still answers. */
  previousIndexStays: boolean;
}

export function describeError(err: unknown): DescribedError | null {
  const it = (reason: string, previousIndexStays = false, exitCode = 1): DescribedError => ({ reason, exitCode, previousIndexStays });
  if (err instanceof IndexAbortedError) return it('afgebroken omdat de bot wordt afgesloten.', true);
  if (err instanceof IndexLockedError) return it(`${err.message}; probeer het zo opnieuw.`);
  if (err instanceof IndexUnavailableError) return it(err.message);
  if (err instanceof ModelUnavailableError) return it(`indexeren gestopt: ${err.message}`);
  if (err instanceof ConfigError) return it(err.message, false, 2);
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT' && e.path) return it(`map of bestand niet gevonden: ${e.path} (controleer CORPUS_DIR en INDEX_DIR).`);
  if (e?.code === 'EACCES' || e?.code === 'EROFS' || e?.code === 'EPERM') return it(`geen schrijfrechten voor ${e.path ?? 'de indexmap'}.`, true);
  if (e?.code === 'ENOSPC' || e?.code === 'EDQUOT') return it('de schijf is vol.', true);
  if (e?.code === 'ENOTDIR' || e?.code === 'EISDIR' || e?.code === 'EEXIST') return it(`kan niet schrijven naar ${e.path ?? 'de indexmap'} (${e.code}).`, true);
  return null;
}

/** The reason as a sentence of its own, with what it means for the index. */
export function errorSentence(d: DescribedError): string {
  const sentence = d.reason.charAt(0).toUpperCase() + d.reason.slice(1);
  return d.previousIndexStays ? `${sentence} De vorige index blijft actief.` : sentence;
}
