import { describe, expect, it } from 'vitest';
import { decodeCustomId, docHash, docKey, encodeCustomId, type CustomId } from '../../src/bot/dispatch/custom-id.js';

const doc = docKey({ id: '455-integratiepact-stand-van-zaken-2', questionNumber: 455 });

describe('custom ids', () => {
  it('round-trips every action within 100 characters', () => {
    const ids: CustomId[] = [
      { action: 'full', doc },
      { action: 'pg', doc, page: 0 },
      { action: 'pg', doc: { questionNumber: 999_999, hash: 'ffffffff' }, page: 999 },
      { action: 'txt', doc },
      { action: 'more', session: 'abcdefghij', offset: 3 },
      { action: 'fb', session: '0123456789', offset: 1000, vote: 'down' },
      { action: 'fb', session: '0123456789', offset: 0, vote: 'up' },
    ];
    for (const id of ids) {
      const encoded = encodeCustomId(id);
      expect(encoded.length).toBeLessThanOrEqual(100);
      expect(encoded.startsWith('ip1:')).toBe(true);
      expect(decodeCustomId(encoded)).toEqual({ ok: true, id });
    }
    expect(encodeCustomId({ action: 'pg', doc, page: 2 })).toBe(`ip1:pg:455.${docHash('455-integratiepact-stand-van-zaken-2')}:2`);
  });

  it('hashes document ids stably, 8 hex characters', () => {
    expect(docHash('a')).toMatch(/^[0-9a-f]{8}$/);
    expect(docHash('a')).toBe(docHash('a'));
    expect(docHash('a')).not.toBe(docHash('b'));
  });

  it('refuses to encode values it could not decode', () => {
    expect(() => encodeCustomId({ action: 'pg', doc, page: -1 })).toThrow();
    expect(() => encodeCustomId({ action: 'more', session: 'ABC', offset: 0 })).toThrow();
  });

  it.each([
    ['', 'empty'],
    ['ip2:full:455.60d8d5ea', 'other version'],
    ['ip1', 'no action'],
    ['ip1:', 'empty action'],
    ['ip1:delete:455.60d8d5ea', 'unknown action'],
    ['ip1:full', 'missing doc'],
    ['ip1:full:455', 'doc without hash'],
    ['ip1:full:455.XYZ12345', 'non-hex hash'],
    ['ip1:full:455.60d8d5e', 'short hash'],
    ['ip1:full:0.60d8d5ea', 'question 0'],
    ['ip1:full:-1.60d8d5ea', 'negative question'],
    ['ip1:full:9007199254740993.60d8d5ea', 'huge question'],
    ['ip1:full:455.60d8d5ea:1', 'extra part'],
    ['ip1:pg:455.60d8d5ea', 'missing page'],
    ['ip1:pg:455.60d8d5ea:-1', 'negative page'],
    ['ip1:pg:455.60d8d5ea:01', 'leading zero'],
    ['ip1:pg:455.60d8d5ea:1000', 'page too high'],
    ['ip1:pg:455.60d8d5ea:1e3', 'exponent'],
    ['ip1:pg:455.60d8d5ea:NaN', 'NaN'],
    ['ip1:more:abcdefghij', 'missing offset'],
    ['ip1:more:ABCDEFGHIJ:3', 'upper-case session'],
    ['ip1:more:abc:3', 'short session'],
    ['ip1:more:abcdefghij:1001', 'offset too high'],
    ['ip1:more:../../etc:3', 'path-like session'],
    ['ip1:fb:abcdefghij:0', 'missing vote'],
    ['ip1:fb:abcdefghij:0:x', 'bad vote'],
    ['ip1:fb:abcdefghij:0:u:extra', 'extra part'],
    ['ip1:full:455.60d8d5ea' + 'x'.repeat(100), 'too long'],
    ['ip1:__proto__:455.60d8d5ea', 'prototype key'],
    ['ip1:constructor:1:2', 'prototype key'],
  ])('rejects %j (%s)', (raw) => {
    const decoded = decodeCustomId(raw);
    expect(decoded.ok).toBe(false);
  });

  it('rejects non-strings', () => {
    expect(decodeCustomId(undefined).ok).toBe(false);
    expect(decodeCustomId(42).ok).toBe(false);
    expect(decodeCustomId({}).ok).toBe(false);
  });
});
