/**
 * A second process for the index-lock tests (tests/store/lock.test.ts), driven by
 * lines on stdin, answering on stdout:
 *
 *   hold               take the lock now          → "locked" | "busy <pid|->"
 *   go <round> <at>    take it at epoch ms <at>   → "won <round>" | "lost <round> <pid|->"
 *   release            release what it holds      → "released"
 *
 * argv: <indexDir> [host]; a host name makes it act as a process on another machine.
 */
import { createInterface } from 'node:readline';
import { acquireIndexLock, IndexLockedError } from '../../src/store/generations.js';

const [indexDir, host] = process.argv.slice(2);
if (!indexDir) throw new Error('usage: lock-child.ts <indexDir> [host]');
const options = host ? { identity: { host }, staleMs: 60_000 } : undefined;
let release: (() => Promise<void>) | null = null;

async function take(): Promise<string | null> {
  try {
    release = await acquireIndexLock(indexDir!, options);
    return null;
  } catch (err) {
    if (err instanceof IndexLockedError) return err.pid === null ? '-' : String(err.pid);
    throw err;
  }
}

const say = (line: string) => process.stdout.write(`${line}\n`);

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  void (async () => {
    const [command, round, at] = line.trim().split(' ');
    if (command === 'hold') {
      const holder = await take();
      say(holder === null ? 'locked' : `busy ${holder}`);
    } else if (command === 'go') {
      // Both children start at the same millisecond: spin through the last one.
      const start = Number(at);
      if (start - Date.now() > 2) await new Promise((r) => setTimeout(r, start - Date.now() - 2));
      while (Date.now() < start);
      const holder = await take();
      say(holder === null ? `won ${round}` : `lost ${round} ${holder}`);
    } else if (command === 'release') {
      await release?.();
      release = null;
      say('released');
    }
  })();
});
lines.on('close', () => process.exit(0));
say('ready');
