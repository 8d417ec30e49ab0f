import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/spawn.js';

describe('npm run eval: usage errors', () => {
  it.each([[['--json']], [['--bogus']], [['--threshold', 'x']]])('%j → a usage line and exit 2, no stack trace', async (args) => {
    const r = await runScript('scripts/eval.ts', args, {});
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Usage: npm run eval/m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
