import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The index directory holds immutable generations and a pointer to the
 * active one:
 *
 *   index/CURRENT          "gen-20261128-205400-ab12" (replaced by rename: atomic)
 *   index/gen-…/           a complete index, never written after it is published
 *   index/gen-….tmp/       a build in progress; ignored by readers, removed on the next build
 *   index/.lock            the pid of the running indexer
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
  constructor(readonly pid: number) {
    super(`er loopt al een indexering (proces ${pid})`);
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Locks this process holds (a pid in the lock file equal to ours may be a dead predecessor's). */
const heldLocks = new Set<string>();

/**
 * Takes the indexer lock (O_EXCL). A lock left by a killed process is stale
 * and taken over. Returns the release function.
 */
export async function acquireIndexLock(indexDir: string): Promise<() => Promise<void>> {
  await mkdir(indexDir, { recursive: true });
  const path = join(indexDir, LOCK);
  if (heldLocks.has(path)) throw new IndexLockedError(process.pid);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      heldLocks.add(path);
      return async () => {
        heldLocks.delete(path);
        await rm(path, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSafe(path));
      // Our own pid here is a lock from an earlier process that got the same pid: stale.
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && processAlive(pid)) throw new IndexLockedError(pid);
      await rm(path, { force: true });
    }
  }
  throw new Error('kon de indexvergrendeling niet nemen');
}

function readFileSafe(path: string): string {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return '';
  }
}
