import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, rmdir, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * A lock shared between processes, as a folder with exactly one owner entry:
 *
 *   <path>/                                  exists while the lock is held
 *   <path>/o.<pid>.<start>.<host>.<token>    the owner; its identity is its name, never file content
 *
 * Every step that changes the owner is one rename, so no reader ever sees a
 * half-written lock and no two processes can both win:
 *
 *   take a free lock   build `<path>.<token>.tmp/<owner>` and rename that folder onto
 *                      `<path>`: rename fails while <path> holds an entry, so of two
 *                      racers exactly one wins.
 *   take over a stale  rename the dead owner's entry to our own inside the folder: only
 *   lock               one process can rename a given name away, the next gets ENOENT.
 *                      Nothing is removed and recreated, so there is no gap to race in.
 *   release            unlink our entry (gone: it was taken over; leave the folder alone),
 *                      then rmdir, which only ever removes an empty folder.
 *
 * A lock is stale when its owner is known to be gone: on the same host (and pid
 * namespace) the process no longer exists, is a zombie, or its pid now belongs to
 * a process that started later. A lock from another host (or a container whose
 * processes we cannot see) is stale when its holder stopped refreshing the folder's
 * mtime for `staleMs`; a live same-host holder is never judged by time, so a long
 * synchronous step cannot lose it the lock.
 */

const DEFAULT_STALE_MS = 30_000;
const MAX_ATTEMPTS = 50;
const OWNER = /^o\.(\d+)\.(\d+)\.([0-9a-f]{8})\.([0-9a-f]+)$/;

export class LockHeldError extends Error {
  /** The holder's pid when it runs on this host; null when unknown or elsewhere. */
  constructor(readonly pid: number | null) {
    super(pid === null ? 'de vergrendeling is bezet' : `de vergrendeling is bezet (proces ${pid})`);
  }
}

export interface LockOptions {
  /** How long a lock of another host may go without a refresh before it counts as abandoned. */
  staleMs?: number;
  /** Clock for judging another host's lock (tests move it forward instead of waiting). */
  now?: () => number;
  /** Tests only: act as another process (`pid`) or another host (`host`). */
  identity?: { pid?: number; host?: string };
}

interface Owner {
  name: string;
  pid: number;
  start: string;
  host: string;
  token: string;
}

/** Tokens of the locks this process holds: our own pid in a lock we do not hold is a dead predecessor's. */
const heldTokens = new Set<string>();

function sha8(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/** Host name plus pid namespace: two containers on one machine cannot see each other's pids. */
const HOST = sha8(`${hostname()}\0${readlinkOr('/proc/self/ns/pid', '')}`);

function readlinkOr(path: string, fallback: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return fallback;
  }
}

/** Linux /proc/<pid>/stat: state and start time (clock ticks after boot); null elsewhere or when gone. */
function procStat(pid: number | 'self'): { state: string; start: string } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: fields after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0] ?? '', start: fields[19] ?? '0' };
  } catch {
    return null;
  }
}

function parseOwner(name: string): Owner | null {
  const m = OWNER.exec(name);
  return m ? { name, pid: Number(m[1]), start: m[2]!, host: m[3]!, token: m[4]! } : null;
}

function processGone(owner: Owner): boolean {
  if (owner.pid === process.pid) return !heldTokens.has(owner.token);
  try {
    process.kill(owner.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return true;
  }
  const now = procStat(owner.pid);
  if (!now) return false; // no /proc: the pid answering is all we know
  if (now.state === 'Z' || now.state === 'X') return true;
  return owner.start !== '0' && now.start !== owner.start;
}

const code = (err: unknown) => (err as NodeJS.ErrnoException).code;

async function mtimeMs(path: string): Promise<number | null> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return null;
  }
}

/**
 * Takes the lock at `path` or throws LockHeldError at once (no waiting).
 * Returns the release function; releasing twice is harmless.
 */
export async function acquireLock(path: string, options: LockOptions = {}): Promise<() => Promise<void>> {
  const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
  const now = options.now ?? Date.now;
  const pid = options.identity?.pid ?? process.pid;
  const token = randomBytes(8).toString('hex');
  const host = options.identity?.host ? sha8(options.identity.host) : HOST;
  const start = options.identity?.pid ? '0' : (procStat('self')?.start ?? '0');
  const me = `o.${pid}.${start}.${host}.${token}`;
  const info = JSON.stringify({ pid, host: options.identity?.host ?? hostname(), since: new Date().toISOString() });
  await mkdir(dirname(path), { recursive: true });
  // Ours from the first rename on: a concurrent call in this process must not judge it a dead predecessor's.
  heldTokens.add(token);
  try {
    return await attemptLock(path, me, info, staleMs, now, token);
  } catch (err) {
    heldTokens.delete(token);
    throw err;
  }
}

async function attemptLock(path: string, me: string, info: string, staleMs: number, now: () => number, token: string): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    // A free lock: publish a complete folder in one rename.
    const tmp = `${path}.${token}.tmp`;
    await mkdir(tmp, { recursive: true });
    await writeFile(join(tmp, me), info);
    try {
      await rename(tmp, path);
      return hold(path, me, token, staleMs);
    } catch (err) {
      await rm(tmp, { recursive: true, force: true });
      if (!['ENOTEMPTY', 'EEXIST', 'ENOTDIR', 'EPERM', 'EACCES', 'EISDIR'].includes(code(err) ?? '')) throw err;
      // Windows says EPERM/EACCES for an existing target; without one it is a real permission problem.
      if ((code(err) === 'EPERM' || code(err) === 'EACCES') && (await mtimeMs(path)) === null) throw err;
    }

    // Held, or in the middle of a release: by whom?
    let entries: string[];
    try {
      entries = await readdir(path);
    } catch (err) {
      if (code(err) === 'ENOENT') continue; // released meanwhile
      if (code(err) === 'ENOTDIR') {
        await takeOverLegacyFile(path, staleMs, now);
        continue;
      }
      throw err;
    }
    const owners = entries.map(parseOwner).filter((o): o is Owner => o !== null);
    if (owners.length === 0) {
      // Empty: a release between its unlink and rmdir, or a crash there. rmdir removes only an empty folder.
      if (entries.length > 0) throw new LockHeldError(null);
      await rmdir(path).catch(() => {});
      continue;
    }
    for (const o of owners) {
      if (o.host !== HOST) {
        const touched = await mtimeMs(path);
        if (touched !== null && now() - touched <= staleMs) throw new LockHeldError(null);
      } else if (!processGone(o)) {
        throw new LockHeldError(o.pid);
      }
    }
    try {
      // The takeover itself: whoever renames the dead owner's name away first has the lock.
      await rename(join(path, owners[0]!.name), join(path, me));
    } catch (err) {
      if (code(err) === 'ENOENT') continue; // someone else took it over, or it was released
      throw err;
    }
    await writeFile(join(path, me), info).catch(() => {});
    return hold(path, me, token, staleMs);
  }
  throw new LockHeldError(null);
}

/** A lock file of the earlier format (a file holding a pid): removed once its owner is gone. */
async function takeOverLegacyFile(path: string, staleMs: number, now: () => number): Promise<void> {
  let text: string;
  try {
    text = (await readFile(path, 'utf8')).trim();
  } catch (err) {
    if (code(err) === 'ENOENT' || code(err) === 'EISDIR') return;
    throw err;
  }
  const pid = Number(text);
  if (Number.isInteger(pid) && pid > 0 && pid !== process.pid) {
    if (!processGone({ name: '', pid, start: '0', host: HOST, token: '' })) throw new LockHeldError(pid);
  } else if (text === '') {
    const touched = await mtimeMs(path);
    if (touched !== null && now() - touched <= staleMs) throw new LockHeldError(null);
  }
  // unlink cannot remove a folder, so a new-format lock that replaced the file meanwhile survives.
  await unlink(path).catch(() => {});
}

function hold(path: string, me: string, token: string, staleMs: number): () => Promise<void> {
  const entry = join(path, me);
  // Keeps the lock fresh for other hosts; stops by itself once the entry is gone (taken over).
  const timer = setInterval(() => {
    void stat(entry)
      .then(() => utimes(path, new Date(), new Date()))
      .catch((err: unknown) => code(err) === 'ENOENT' && clearInterval(timer));
  }, Math.max(250, staleMs / 4));
  timer.unref();
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    clearInterval(timer);
    heldTokens.delete(token);
    try {
      await unlink(entry);
    } catch (err) {
      if (code(err) === 'ENOENT') return; // taken over: the folder is someone else's now
      throw err;
    }
    await rmdir(path).catch(() => {});
  };
}

/** Who holds the lock at `path`: the pid when the holder runs on this host; null when free. */
export function readLockOwner(path: string): { pid: number | null } | null {
  try {
    const owner = readdirSync(path).map(parseOwner).find((o) => o !== null);
    return owner ? { pid: owner.host === HOST ? owner.pid : null } : null;
  } catch {
    return null;
  }
}
