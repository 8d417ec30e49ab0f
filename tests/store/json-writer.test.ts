import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeJsonFile } from '../../src/store/json-writer.js';
import { tempDir } from '../helpers/workspace.js';

const { dir, cleanup } = tempDir('json-writer-');
afterAll(() => cleanup());

describe('writeJsonFile', () => {
  it.each([
    ['a small object', { a: 1, b: 'x', c: [1, 2, 3], d: null, e: undefined, f: true }],
    ['a long array of objects', Array.from({ length: 5_000 }, (_, i) => ({ id: `c${i}`, n: i, text: `tekst "${i}"\n`, nested: { v: [i, i + 0.5] } }))],
    ['an object with many keys holding long arrays', { version: 2, fields: { text: { postings: Object.fromEntries(Array.from({ length: 3_000 }, (_, i) => [`t${i}`, Array.from({ length: 1_100 + (i % 3) }, (_, k) => k)])), avgLength: 3.5 } } }],
    ['an array with holes and odd values', [1, undefined, 'ü€', -0, 1e-7, [], {}, ...Array.from({ length: 1_500 }, (_, i) => (i % 2 ? null : i))]],
    ['a bare string', 'één "twee"'],
  ])('writes exactly what JSON.stringify gives: %s', async (_name, value) => {
    const path = join(dir, `${Math.random().toString(36).slice(2)}.json`);
    await writeJsonFile(path, value);
    expect(readFileSync(path, 'utf8')).toBe(JSON.stringify(value));
  });
});
