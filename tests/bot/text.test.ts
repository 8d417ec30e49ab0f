import { describe, expect, it } from 'vitest';
import { blockquote, clamp, emphasize, escapeText, fitText, highlightedQuote, neutralizeMentions, paginate, takeFitting } from '../../src/bot/render/text.js';
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
    expect(highlightedQuote([])('> al geciteerd')).toBe('> \\> al geciteerd');
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

describe('emphasize: bold for the words the question names, nothing else changed', () => {
  const raw = 'Het budget voor 2018 wordt vastgelegd op 5,1 miljoen euro.';
  const spans = [
    { start: 4, end: 10 },
    { start: 16, end: 20 },
  ];
  /** What Discord shows: bold markers gone, escapes resolved. */
  const shown = (md: string) => md.replace(/\*\*/g, '').replace(/\\(.)/g, '$1');

  it('wraps the spans in bold and shows the same characters', () => {
    const md = emphasize(raw, spans);
    expect(md).toBe('Het **budget** voor **2018** wordt vastgelegd op 5,1 miljoen euro.');
    expect(shown(md)).toBe(raw);
  });

  it('works on any prefix, as fitText renders one', () => {
    expect(emphasize(raw.slice(0, 18), spans)).toBe('Het **budget** voor **20**');
    expect(fitText(raw, 30, highlightedQuote(spans))).toMatch(/^> Het \*\*budget\*\* voor/);
  });

  it('leaves a text with markdown characters of its own without bold, escaped as before', () => {
    const nasty = 'Het *budget* voor 2018 bedraagt 5 euro.';
    expect(emphasize(nasty, spans)).toBe(escapeText(nasty));
  });

  it('escapes what lies around and inside the bold', () => {
    const md = emphasize('> budget <@123> ok', [{ start: 2, end: 8 }]);
    expect(md).not.toContain('<@123>');
    expect(md).toContain('**budget**');
  });
});
