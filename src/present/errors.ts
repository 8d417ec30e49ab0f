import type { KeywordOnlyReason } from '../answer/index.js';
import { ConfigError } from '../config.js';
import { IndexAbortedError, ModelUnavailableError } from '../indexer.js';
import { IndexLockedError } from '../store/generations.js';
import { IndexUnavailableError } from '../store/index-store.js';
import { keywordOnlyText, modeNote } from './answer.js';

/**
 * The problems a user can act on, in one Dutch sentence each, for the CLI,
 * the bot's start-up and its reindex alike. Anything else is a bug: null,
 * and the caller keeps the stack.
 *
 * Two audiences: the operator (CLI, start-up, the bot's log) gets the
 * details, paths included; Discord users (`forUsers`) get a short reason
 * without paths, process ids or library messages, which stay in the log.
 */
export interface DescribedError {
  /** A sentence fragment, lower case: the caller puts it after its own words or capitalises it. */
  reason: string;
  /** Exit code for a command: 2 for configuration, 1 otherwise. */
  exitCode: number;
  /** A failed write or build: the previous index still answers. */
  previousIndexStays: boolean;
}

export function describeError(err: unknown, options: { forUsers?: boolean } = {}): DescribedError | null {
  const it = (reason: string, previousIndexStays = false, exitCode = 1): DescribedError => ({ reason, exitCode, previousIndexStays });
  const users = options.forUsers ?? false;
  if (err instanceof IndexAbortedError) return it('afgebroken omdat de bot wordt afgesloten.', true);
  if (err instanceof IndexLockedError) return it(users ? 'er loopt al een indexering; probeer het zo opnieuw.' : `${err.message}; probeer het zo opnieuw.`);
  if (err instanceof IndexUnavailableError) {
    if (!users) return it(err.message);
    return it(err.kind === 'missing' ? 'er is nog geen index.' : 'de index is beschadigd of onvolledig; herindexeren bouwt hem opnieuw op.');
  }
  if (err instanceof ModelUnavailableError) {
    if (!users) return it(`indexeren gestopt: ${err.message}`);
    return it(`indexeren gestopt: het taalmodel kon niet geladen worden (${publicModelProblem(err.reason)}).`, true);
  }
  if (err instanceof ConfigError) return it(users ? 'de configuratie van de bot is ongeldig.' : err.message, false, 2);
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT' && e.path) return it(users ? 'een map of bestand van de bot werd niet gevonden (controleer CORPUS_DIR en INDEX_DIR).' : `map of bestand niet gevonden: ${e.path} (controleer CORPUS_DIR en INDEX_DIR).`);
  if (e?.code === 'EACCES' || e?.code === 'EROFS' || e?.code === 'EPERM') return it(users ? 'geen schrijfrechten voor de indexmap.' : `geen schrijfrechten voor ${e.path ?? 'de indexmap'}.`, true);
  if (e?.code === 'ENOSPC' || e?.code === 'EDQUOT') return it('de schijf is vol.', true);
  if (e?.code === 'ENOTDIR' || e?.code === 'EISDIR' || e?.code === 'EEXIST') return it(users ? 'kan niet schrijven naar de indexmap.' : `kan niet schrijven naar ${e.path ?? 'de indexmap'} (${e.code}).`, true);
  return null;
}

/** The reason as a sentence of its own, with what it means for the index. */
export function errorSentence(d: DescribedError): string {
  const sentence = d.reason.charAt(0).toUpperCase() + d.reason.slice(1);
  return d.previousIndexStays ? `${sentence} De vorige index blijft actief.` : sentence;
}

/**
 * The model loader's message ("modelbestanden niet gevonden (Could not locate
 * file: /srv/…/config.json)") as the few words before its details.
 */
export function publicModelProblem(detail: string | null): string {
  if (detail && /^modelbestanden niet gevonden\b/.test(detail)) return 'modelbestanden niet gevonden';
  if (detail && /^model kon niet gedownload worden\b/.test(detail)) return 'model kon niet gedownload worden';
  if (detail && /^het model laden duurde te lang\b/.test(detail)) return 'het model laden duurde te lang';
  return 'taalmodel kon niet geladen worden';
}

/** Why answers run on keywords only, for Discord: never what the loader said. */
export function publicKeywordOnlyText(reason: KeywordOnlyReason): string {
  return reason.kind === 'model-unavailable-at-indexing' ? publicModelProblem(reason.detail) : keywordOnlyText(reason, { details: false });
}

/** The mode note for Discord ("Zoekmodus: alleen trefwoorden (…)."), as `modeNote` words it for the CLI. */
export function publicModeNote(reason: KeywordOnlyReason | null): string | null {
  return modeNote(reason, publicKeywordOnlyText);
}

/** A model id for Discord: a local model's folder name instead of its path ("local:/srv/models/e5#q8" → "lokaal model e5"). */
export function publicModelName(modelId: string | null): string | null {
  if (!modelId?.startsWith('local:')) return modelId;
  const path = modelId.slice('local:'.length).replace(/#[^#/\\]*$/, '').replace(/[\\/]+$/, '');
  return `lokaal model ${path.split(/[\\/]/).pop() || ''}`.trim();
}

/** Absolute paths ("/srv/…", "C:\…", "file:///…") in text meant for users, replaced by "[pad]"; a last guard. */
export function withoutPaths(text: string): string {
  return text.replace(/(^|[\s'"`(\[<=:])(?:file:\/\/)?(?:[A-Za-z]:)?[\\/](?:[^\s'"`()\[\]<>\\/]+[\\/])+[^\s'"`()\[\]<>,;]*/g, '$1[pad]');
}
