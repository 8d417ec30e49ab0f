import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireIndexLock, IndexLockedError, indexLockHolder } from '../../src/store/generations.js';
import { childEnv } from '../helpers/spawn.js';
import { REPO, tempDir } from '../helpers/workspace.js';

/**
 * The index lock against other live processes: a child (tests/store/lock-child.ts)
 * takes the lock, is killed with SIGKILL, and two children race for it many times.
 */

let dir: string;
let indexDir: string;
let cleanup: () => void;
const children: LockChild[] = [];

beforeEach(() => {
  ({ dir, cleanup } = tempDir('ipbot-lock-'));
  indexDir = join(dir, 'index');
});

afterEach(async () => {
  for (const c of children.splice(0)) await c.kill9();
  cleanup();
});

class LockChild {
  readonly #lines: string[] = [];
  readonly #waiting: ((line: string) => void)[] = [];
  #stderr = '';
  readonly exited: Promise<void>;

  private constructor(readonly proc: ChildProcess) {
    let partial = '';
    proc.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      for (const line of parts) {
        const waiter = this.#waiting.shift();
        if (waiter) waiter(line);
        else this.#lines.push(line);
      }
    });
    proc.stderr!.setEncoding('utf8').on('data', (chunk: string) => (this.#stderr += chunk));
    this.exited = new Promise((resolve) => proc.once('exit', () => resolve()));
  }

  static async start(indexDir: string, host?: string): Promise<LockChild> {
    const args = ['--import', 'tsx', join(REPO, 'tests/store/lock-child.ts'), indexDir, ...(host ? [host] : [])];
    const child = new LockChild(spawn(process.execPath, args, { cwd: REPO, env: childEnv({}), stdio: ['pipe', 'pipe', 'pipe'] }));
    children.push(child);
    expect(await child.next()).toBe('ready');
    return child;
  }

  get pid(): number {
    return this.proc.pid!;
  }

  /** The next line the child writes (a liveness bound only: the test's own timeout). */
  next(): Promise<string> {
    const line = this.#lines.shift();
    if (line !== undefined) return Promise.resolve(line);
    return new Promise((resolve, reject) => {
      this.#waiting.push(resolve);
      void this.exited.then(() => reject(new Error(`lock child ${this.pid} exited: ${this.#stderr}`)));
    });
  }

  async ask(command: string): Promise<string> {
    this.proc.stdin!.write(`${command}\n`);
    return this.next();
  }

  async kill9(): Promise<void> {
    if (this.proc.exitCode === null && this.proc.signalCode === null) this.proc.kill('SIGKILL');
    await this.exited;
  }
}

/** A pid that belonged to a process which has exited (and been reaped). */
async function deadPid(): Promise<number> {
  const p = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((resolve) => p.once('exit', resolve));
  return p.pid!;
}

const lockDir = () => join(indexDir, '.lock');

describe('index lock, across processes', () => {
  it('a second live process holds it: IndexLockedError with its pid; after kill -9 the parent takes it over', async () => {
    const child = await LockChild.start(indexDir);
    expect(await child.ask('hold')).toBe('locked');
    expect(indexLockHolder(indexDir)).toBe(child.pid);

    const refused = await acquireIndexLock(indexDir).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(IndexLockedError);
    expect((refused as IndexLockedError).pid).toBe(child.pid);
    expect((refused as Error).message).toBe(`er loopt al een indexering (proces ${child.pid})`);

    await child.kill9();
    // The killed process could not release: its lock is still there, and now stale.
    expect(indexLockHolder(indexDir)).toBe(child.pid);
    const release = await acquireIndexLock(indexDir);
    expect(indexLockHolder(indexDir)).toBe(process.pid);
    // A second live process is refused in turn.
    const other = await LockChild.start(indexDir);
    expect(await other.ask('hold')).toBe(`busy ${process.pid}`);
    await release();
    expect(existsSync(lockDir())).toBe(false);
    expect(await other.ask('hold')).toBe('locked');
    expect(await other.ask('release')).toBe('released');
    expect(existsSync(lockDir())).toBe(false);
  });

  it("another host's lock: refused while fresh, taken over once it was not refreshed for the stale period", async () => {
    const child = await LockChild.start(indexDir, 'een-andere-machine');
    expect(await child.ask('hold')).toBe('locked');
    // Its pid means nothing here: not reported, not checked.
    expect(indexLockHolder(indexDir)).toBeNull();
    await child.kill9();
    const fresh = await acquireIndexLock(indexDir, { staleMs: 60_000 }).catch((e: unknown) => e);
    expect(fresh).toBeInstanceOf(IndexLockedError);
    expect((fresh as IndexLockedError).pid).toBeNull();
    // The clock moves past the stale period instead of the test waiting for it.
    const touched = statSync(lockDir()).mtimeMs;
    const release = await acquireIndexLock(indexDir, { staleMs: 60_000, now: () => touched + 60_001 });
    expect(indexLockHolder(indexDir)).toBe(process.pid);
    await release();
    expect(existsSync(lockDir())).toBe(false);
  });

  it('a holder keeps its lock fresh for other hosts', async () => {
    const release = await acquireIndexLock(indexDir, { staleMs: 1000, identity: { host: 'elders' } });
    utimesSync(lockDir(), new Date(0), new Date(0));
    // Waits for the refresh (an event), bounded only by the test timeout.
    while (statSync(lockDir()).mtimeMs === 0) await new Promise((r) => setTimeout(r, 20));
    await release();
    expect(existsSync(lockDir())).toBe(false);
  });

  /** Both children try at the same moment: exactly one wins, and the loser was refused by the winner, not by a half-made lock. */
  async function race(a: LockChild, b: LockChild, round: number): Promise<{ winner: LockChild; loser: LockChild }> {
    const at = Date.now() + 20;
    const [ra, rb] = await Promise.all([a.ask(`go ${round} ${at}`), b.ask(`go ${round} ${at}`)]);
    const winners = [ra, rb].filter((r) => r === `won ${round}`);
    expect(winners, `round ${round}: ${ra} / ${rb}`).toHaveLength(1);
    const [winner, loser, lost] = ra === `won ${round}` ? [a, b, rb] : [b, a, ra];
    expect(lost).toBe(`lost ${round} ${winner.pid}`);
    return { winner, loser };
  }

  it('two processes taking a free lock at the same moment: exactly one wins, every round', async () => {
    const [a, b] = await Promise.all([LockChild.start(indexDir), LockChild.start(indexDir)]);
    for (let round = 0; round < 100; round++) {
      const { winner, loser } = await race(a!, b!, round);
      expect(indexLockHolder(indexDir)).toBe(winner.pid);
      expect(await winner.ask('release')).toBe('released');
      expect(await loser.ask('release')).toBe('released');
      expect(existsSync(lockDir())).toBe(false);
    }
  }, 120_000);

  it("two processes taking over a dead process's lock at the same moment: exactly one wins, every round", async () => {
    const dead = await deadPid();
    const [a, b] = await Promise.all([LockChild.start(indexDir), LockChild.start(indexDir)]);
    for (let round = 0; round < 60; round++) {
      // A lock whose owner no longer exists, as kill -9 leaves it.
      await acquireIndexLock(indexDir, { identity: { pid: dead } });
      expect(indexLockHolder(indexDir)).toBe(dead);
      const { winner, loser } = await race(a!, b!, round);
      expect(readdirSync(lockDir())).toHaveLength(1);
      expect(indexLockHolder(indexDir)).toBe(winner.pid);
      expect(await winner.ask('release')).toBe('released');
      expect(await loser.ask('release')).toBe('released');
      expect(existsSync(lockDir())).toBe(false);
    }
  }, 120_000);
});

describe('index lock, within one process', () => {
  it('refuses a second acquisition while held; release twice is harmless', async () => {
    const release = await acquireIndexLock(indexDir);
    const err = await acquireIndexLock(indexDir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IndexLockedError);
    expect((err as IndexLockedError).pid).toBe(process.pid);
    await release();
    await release();
    expect(existsSync(lockDir())).toBe(false);
  });

  it("takes over a lock with this process's pid that it does not hold (a predecessor that got the same pid)", async () => {
    const first = await acquireIndexLock(indexDir);
    const [entry] = readdirSync(lockDir());
    // Same pid, another token: what a container's pid 1 finds after a restart.
    renameSync(join(lockDir(), entry!), join(lockDir(), entry!.replace(/\.[0-9a-f]+$/, '.0123456789abcdef')));
    const second = await acquireIndexLock(indexDir);
    await first(); // its entry is gone: releasing it leaves the new holder alone
    expect(indexLockHolder(indexDir)).toBe(process.pid);
    expect(readdirSync(lockDir())).toHaveLength(1);
    await second();
    expect(existsSync(lockDir())).toBe(false);
  });

  it('an empty lock folder (a release cut short) is free', async () => {
    mkdirSync(lockDir(), { recursive: true });
    const release = await acquireIndexLock(indexDir);
    await release();
    expect(existsSync(lockDir())).toBe(false);
  });

  it('a lock file of the earlier format: refused while its pid lives, taken over when it is gone', async () => {
    mkdirSync(indexDir, { recursive: true });
    writeFileSync(lockDir(), String(process.ppid));
    await expect(acquireIndexLock(indexDir)).rejects.toMatchObject({ pid: process.ppid });
    writeFileSync(lockDir(), String(await deadPid()));
    const release = await acquireIndexLock(indexDir);
    await release();
    expect(existsSync(lockDir())).toBe(false);
  });
});
