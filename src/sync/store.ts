import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isSidecarName, parseSidecar, type Sidecar } from '../corpus/sidecar.js';
import { acquireLock, LockHeldError } from '../store/lock.js';

/**
 * The synced questions on disk, in CORPUS_DIR/vlaams-parlement/: each
 * document with its sidecar, both written to a temporary file and renamed,
 * so a file is there complete or not at all (kill -9 included). The document
 * lands before its sidecar; a sidecar whose hash does not match its document
 * (a sync killed between the two) counts as not stored, and is fetched again.
 */

export const SYNC_SUBDIR = 'vlaams-parlement';
const STATE_FILE = '.sync-state.json';
const LOCK_FILE = '.sync.lock';
const TEMP = /^\..+\.tmp-\d+-[0-9a-f]+$/;

export const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** Writes `data` to `path` atomically: temporary file (dot-named, so the corpus reader ignores it), fsync, rename. */
export async function atomicWrite(path: string, data: Buffer | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
  // The rename itself survives a power cut only once the folder is synced; best effort.
  const dirHandle = await open(dirname(path), 'r').catch(() => null);
  await dirHandle?.sync().catch(() => {});
  await dirHandle?.close();
}

/** Temporary files a killed sync left behind. */
export async function removeTempFiles(dir: string): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const temps = names.filter((n) => TEMP.test(n));
  await Promise.all(temps.map((n) => rm(join(dir, n), { force: true })));
  return temps.length;
}

export interface StoredQuestion {
  sidecar: Sidecar;
  /** Absolute paths of the document and its sidecar. */
  path: string;
  sidecarPath: string;
  /** The document is there and is the one the sidecar describes. */
  intact: boolean;
}

/** What an earlier sync stored, by the Parliament's id; duplicates (an interrupted rename of a file) in `stale`. */
export async function readStored(dir: string): Promise<{ byId: Map<string, StoredQuestion>; stale: StoredQuestion[] }> {
  const byId = new Map<string, StoredQuestion>();
  const stale: StoredQuestion[] = [];
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names.filter((n) => isSidecarName(n) && !n.startsWith('.')).sort()) {
    const sidecarPath = join(dir, name);
    let sidecar: Sidecar | null = null;
    try {
      sidecar = parseSidecar(JSON.parse(await readFile(sidecarPath, 'utf8')));
    } catch {
      sidecar = null;
    }
    if (!sidecar || sidecar.file.includes('/') || sidecar.file.startsWith('.')) continue;
    const path = join(dir, sidecar.file);
    const bytes = await readFile(path).catch(() => null);
    const stored: StoredQuestion = { sidecar, path, sidecarPath, intact: bytes !== null && sha256(bytes) === sidecar.fileHash };
    const other = byId.get(sidecar.source.id);
    if (!other) byId.set(sidecar.source.id, stored);
    else if (newer(stored, other)) {
      stale.push(other);
      byId.set(sidecar.source.id, stored);
    } else stale.push(stored);
  }
  return { byId, stale };
}

const newer = (a: StoredQuestion, b: StoredQuestion) => (a.intact !== b.intact ? a.intact : a.sidecar.retrievedAt > b.sidecar.retrievedAt);

/** Removes a stored pair: sidecar first, so a half-removed pair is a plain file, never wrong metadata. */
export async function removeStored(s: StoredQuestion): Promise<void> {
  await rm(s.sidecarPath, { force: true });
  await rm(s.path, { force: true });
}

/** Results that are not stored, remembered with the version they were judged on, so they are not fetched again. */
export interface SyncState {
  rejected: Record<string, { fetchKey: string; reason: string; detail: string }>;
}

export async function readState(dir: string): Promise<SyncState> {
  try {
    const value = JSON.parse(await readFile(join(dir, STATE_FILE), 'utf8')) as Partial<SyncState>;
    return { rejected: value.rejected && typeof value.rejected === 'object' ? value.rejected : {} };
  } catch {
    return { rejected: {} };
  }
}

export function writeState(dir: string, state: SyncState): Promise<void> {
  return atomicWrite(join(dir, STATE_FILE), JSON.stringify(state, null, 2) + '\n');
}

export class SyncLockedError extends Error {
  constructor(readonly pid: number | null) {
    super(pid === null ? 'er loopt al een synchronisatie' : `er loopt al een synchronisatie (proces ${pid})`);
  }
}


/** One sync per corpus folder at a time, across processes (the index's lock: src/store/lock.ts); a killed process's lock is taken over. */
export async function acquireSyncLock(corpusDir: string): Promise<() => Promise<void>> {
  await mkdir(corpusDir, { recursive: true });
  try {
    return await acquireLock(join(corpusDir, LOCK_FILE));
  } catch (err) {
    if (err instanceof LockHeldError) throw new SyncLockedError(err.pid);
    throw err;
  }
}
