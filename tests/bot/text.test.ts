import { describe, expect, it } from 'vitest';
import { blockquote, clamp, escapeText, fitText, neutralizeMentions, paginate, quoteText, takeFitting } from '../../src/bot/render/text.js';
import { sentences } from './fixtures.js';

describe('escapeText', () => {
  it('escapes markdown so it renders literally', () => {
    const out = escapeText('**vet** _schuin_ `code` ~~doorstreept~~ ||spoiler|| [link](https://x.be)');
    expect(out).not.toMatch(/(?<!\\)\*\*/);
    expect(out).toContain('\\*\\*vet\\*\\*');
    expect(out).toContain('\\`code\\`');
    expect(out).toContain('\\|\\|spoiler\\|\\|');
    expect(out).toContain('\\[link]');
  });

  it('escapes line-start headings, lists, quotes and subtext', () => {
    const out = escapeText('# Kop\n- punt\n1. eerste\n> citaat\n-# klein');
    expect(out.split('\n')).toEqual(['\\# Kop', '\\- punt', '1\\. eerste', '\\> citaat', '\\-# klein']);
  });

  it('neutralises @everyone, @here and every <…> mention form', () => {
    const out = escapeText('Hallo @everyone en @here, <@123>, <@!456>, <@&789>, <#42>, </vraag:1>, <t:1700000000:R>');
    expect(out).not.toMatch(/@everyone|@here/);
    expect(out).not.toMatch(/<[@#/t]/);
    // Still readable: only an invisible character was inserted.
    expect(out.replace(/\u200B/g, '')).toContain('@everyone');
    expect(neutralizeMentions('a < b en 3<4')).toBe('a < b en 3<4');
  });
});

describe('blockquote', () => {
  it('prefixes every line', () => {
    expect(blockquote('een\ntwee')).toBe('> een\n> twee');
    expect(quoteText('> al geciteerd')).toBe('> \\> al geciteerd');
  });
});

describe('fitText', () => {
  it('returns short text unchanged', () => {
    expect(fitText('Korte zin.', 100)).toBe('Korte zin.');
  });

  it('cuts at a sentence boundary and adds an ellipsis', () => {
    const text = sentences(50);
    const out = fitText(text, 300);
    expect(out.length).toBeLessThanOrEqual(300);
    expect(out.endsWith('.…')).toBe(true);
    expect(text.startsWith(out.slice(0, -1))).toBe(true);
  });

  it('fits after escaping, even when escaping doubles the length', () => {
    const text = '*'.repeat(5000);
    const out = fitText(text, 1024, escapeText);
    expect(out.length).toBeLessThanOrEqual(1024);
    expect(out.endsWith('…')).toBe(true);
  });

  it('falls back to a word, then a character cut', () => {
    const words = 'woord '.repeat(500);
    expect(fitText(words, 100).length).toBeLessThanOrEqual(100);
    expect(fitText(words, 100)).toMatch(/woord…$/);
    const blob = 'x'.repeat(500);
    expect(fitText(blob, 50)).toBe('x'.repeat(49) + '…');
  });

  it('never splits a surrogate pair', () => {
    const out = fitText('😀'.repeat(100), 11);
    expect(out.length).toBeLessThanOrEqual(11);
    expect(out).toBe('😀'.repeat(5) + '…');
  });
});

describe('clamp / takeFitting / paginate', () => {
  it('clamps labels', () => {
    expect(clamp('a'.repeat(200), 80)).toHaveLength(80);
    expect(clamp('kort', 80)).toBe('kort');
  });

  it('takeFitting returns the rest for the next page', () => {
    const text = sentences(20);
    const { head, rest } = takeFitting(text, 200);
    expect(head.length).toBeLessThanOrEqual(200);
    expect(`${head} ${rest}`).toBe(text);
  });

  it('paginates without losing text', () => {
    const text = sentences(300);
    const pages = paginate(text, 1000, escapeText);
    expect(pages.length).toBeGreaterThan(5);
    for (const p of pages) expect(escapeText(p).length).toBeLessThanOrEqual(1000);
    expect(pages.join(' ')).toBe(text);
  });
});
