import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { acquireLock, LockHeldError, readLockOwner, type LockOptions } from './lock.js';

/**
 * The index directory holds immutable generations and a pointer to the
 * active one:
 *
 *   index/CURRENT          "gen-20261128-205400-ab12" (replaced by rename: atomic)
 *   index/gen-…/           a complete index, never written after it is published
 *   index/gen-….tmp/       a build in progress; ignored by readers, removed on the next build
 *   index/.lock/           held by the running indexer (its pid in the entry's name; lock.ts)
 *
 * Vectra rewrites its index.json in place, so a reader could see it torn; here
 * a reader only ever opens a generation that was complete before CURRENT
 * pointed at it, and a crash mid-build leaves CURRENT on the previous one.
 */

const POINTER = 'CURRENT';
const LOCK = '.lock';

let lastStamp = '';
let sequence = 0;

/** Sortable by creation time (milliseconds, then a counter); pruning keeps the newest. */
function newGenerationName(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:.]/g, '').replace('T', '-').slice(0, 18);
  sequence = stamp === lastStamp ? sequence + 1 : 0;
  lastStamp = stamp;
  return `gen-${stamp}-${String(sequence).padStart(3, '0')}${Math.random().toString(36).slice(2, 6)}`;
}

export async function readCurrentGeneration(indexDir: string): Promise<string | null> {
  try {
    const name = (await readFile(join(indexDir, POINTER), 'utf8')).trim();
    return /^gen-[\w-]+$/.test(name) ? name : null;
  } catch {
    return null;
  }
}

/** Points CURRENT at a finished generation: write a temp file, fsync, rename over. */
export async function publishGeneration(indexDir: string, name: string): Promise<void> {
  const tmp = join(indexDir, `${POINTER}.${process.pid}.tmp`);
  await writeFile(tmp, `${name}\n`, { flush: true });
  await rename(tmp, join(indexDir, POINTER));
}

/** Creates `gen-….tmp/`, to be renamed to `gen-…/` once complete. */
export async function startGeneration(indexDir: string): Promise<{ name: string; tmpDir: string; finalDir: string }> {
  const name = newGenerationName();
  const tmpDir = join(indexDir, `${name}.tmp`);
  await mkdir(tmpDir, { recursive: true });
  return { name, tmpDir, finalDir: join(indexDir, name) };
}

/** Removes unfinished builds and all but the newest `keep` inactive generations. */
export async function pruneGenerations(indexDir: string, keep: number): Promise<void> {
  const current = await readCurrentGeneration(indexDir);
  let entries: string[];
  try {
    entries = await readdir(indexDir);
  } catch {
    return;
  }
  const stale = entries.filter((e) => e.startsWith('gen-') && e.endsWith('.tmp'));
  const inactive = entries
    .filter((e) => /^gen-[\w-]+$/.test(e) && e !== current)
    .sort()
    .reverse()
    .slice(keep);
  for (const dir of [...stale, ...inactive]) await rm(join(indexDir, dir), { recursive: true, force: true });
  for (const e of entries.filter((e) => e.startsWith(`${POINTER}.`) && e.endsWith('.tmp'))) {
    await rm(join(indexDir, e), { force: true });
  }
}

export class IndexLockedError extends Error {
  /** `pid`: the running indexer's process on this host, when known. */
  constructor(readonly pid: number | null) {
    super(pid === null ? 'er loopt al een indexering' : `er loopt al een indexering (proces ${pid})`);
  }
}

/**
 * Takes the indexer lock (`index/.lock/`, see lock.ts): one indexer at a time
 * across processes; a lock left by a killed process is taken over. Returns the
 * release function. `options` is for tests (clock, stale period, identity).
 */
export async function acquireIndexLock(indexDir: string, options?: LockOptions): Promise<() => Promise<void>> {
  try {
    return await acquireLock(join(indexDir, LOCK), options);
  } catch (err) {
    if (err instanceof LockHeldError) throw new IndexLockedError(err.pid);
    throw err;
  }
}

/** The pid of the indexer holding the lock (on this host), null when none or unknown. */
export function indexLockHolder(indexDir: string): number | null {
  return readLockOwner(join(indexDir, LOCK))?.pid ?? null;
}
