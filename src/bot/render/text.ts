import { escapeMarkdown } from 'discord.js';

/**
 * Text helpers for Discord: escape corpus text so it renders literally,
 * neutralise anything that could ping or link, and cut long text at a
 * sentence boundary so that it fits a limit *after* escaping.
 */

const ZWSP = '\u200B';

/** `@everyone`, `@here`, `<@123>`, `<@&123>`, `<#123>`, `</cmd:1>`, `<t:…>` lose their meaning but stay readable. */
export function neutralizeMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZWSP}$1`).replace(/<(?=[@#/:!&a-zA-Z])/g, `<${ZWSP}`);
}

/** Markdown escaped (including headings, lists, masked links, quotes and subtext), mentions neutralised. */
export function escapeText(text: string): string {
  // discord.js's italic pass uses unbounded lookbehinds (quadratic); skip it when there is nothing to escape.
  const italic = /[*_]/.test(text);
  const escaped = escapeMarkdown(text, { italic, heading: true, bulletedList: true, numberedList: true, maskedLink: true })
    .replace(/^(\s*)>/gm, '$1\\>')
    .replace(/^(\s*)-#/gm, '$1\\-#');
  return neutralizeMentions(escaped);
}

/** A Discord blockquote: `> ` before every line. */
export function blockquote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/** Markdown characters whose escaping depends on their pairs: bold next to them could break it. */
const PAIRED_MARKDOWN = /[*_~|`]/;

/**
 * `raw` escaped, with the `highlights` (offsets into `raw`; those past its end
 * are dropped, so it works on any prefix) in bold. Discord shows the same
 * characters: only the emphasis is added. A text with markdown characters of
 * its own is left without bold rather than risk a misread pair.
 */
export function emphasize(raw: string, highlights: readonly { start: number; end: number }[]): string {
  if (highlights.length === 0 || PAIRED_MARKDOWN.test(raw)) return escapeText(raw);
  let out = '';
  let at = 0;
  for (const { start, end } of highlights) {
    if (start < at || start >= raw.length) continue;
    const stop = Math.min(end, raw.length);
    out += escapeText(raw.slice(at, start)) + `**${escapeText(raw.slice(start, stop))}**`;
    at = stop;
  }
  return out + escapeText(raw.slice(at));
}

/** A blockquote of `raw` with its highlights in bold. */
export const highlightedQuote = (highlights: readonly { start: number; end: number }[]) => (raw: string) => blockquote(emphasize(raw, highlights));

const SENTENCE_END = /[.?!…]["'’”)\]]*(?=\s)|\n/g;

/** Cut positions in `raw`, best kind first: line and sentence ends, then word ends. */
function cutPoints(raw: string): { sentences: number[]; words: number[] } {
  const sentences: number[] = [];
  for (const m of raw.matchAll(SENTENCE_END)) sentences.push(m.index + (m[0] === '\n' ? 0 : m[0].length));
  const words: number[] = [];
  for (const m of raw.matchAll(/\S(?=\s)/g)) words.push(m.index + 1);
  return { sentences, words };
}

/** The largest cut in ascending `cuts` whose rendered prefix fits `max`; -1 if none. */
function largestFitting(raw: string, cuts: number[], max: number, render: (s: string) => string): number {
  let lo = 0;
  let hi = cuts.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const cut = cuts[mid]!;
    if (cut > 0 && render(raw.slice(0, cut).trimEnd()).length <= max) {
      best = cut;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/**
 * `render` must never shorten its input (escaping and quoting only add).
 *
 * The longest prefix of `raw` whose rendering fits in `max` characters, cut
 * at a line or sentence end when that keeps at least a third of the room,
 * else at a word end, else anywhere. Returns the raw prefix (trimmed) and the
 * remainder (leading whitespace removed).
 */
export function takeFitting(raw: string, max: number, render: (s: string) => string = (s) => s): { head: string; rest: string } {
  if (raw.length <= max && render(raw).length <= max) return { head: raw, rest: '' };
  // Renderings only ever add characters, so no cut beyond `max` can fit: look at a window, not the whole text.
  const { sentences, words } = cutPoints(raw.slice(0, max + 1));
  let cut = largestFitting(raw, sentences, max, render);
  if (cut < 0 || render(raw.slice(0, cut)).length < max / 3) {
    const wordCut = largestFitting(raw, words, max, render);
    if (wordCut > cut) cut = wordCut;
  }
  if (cut <= 0) {
    // One enormous "word": cut by characters, never splitting a surrogate pair.
    const chars = [...raw.slice(0, max + 1)];
    let lo = 0;
    let hi = chars.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (render(chars.slice(0, mid).join('')).length <= max) lo = mid;
      else hi = mid - 1;
    }
    cut = chars.slice(0, Math.max(lo, 0)).join('').length;
  }
  return { head: raw.slice(0, cut).trimEnd(), rest: raw.slice(cut).replace(/^\s+/, '') };
}

/** `raw` rendered to at most `max` characters; when cut, it ends in "…". */
export function fitText(raw: string, max: number, render: (s: string) => string = (s) => s, ellipsis = '…'): string {
  if (raw.length <= max) {
    const whole = render(raw);
    if (whole.length <= max) return whole;
  }
  if (max <= ellipsis.length) return ellipsis.slice(0, Math.max(0, max));
  const { head } = takeFitting(raw, max - ellipsis.length, render);
  return head ? render(head) + ellipsis : ellipsis;
}

/** Plain truncation for short labels (button labels, choice names, titles). */
export function clamp(text: string, max: number, ellipsis = '…'): string {
  if (text.length <= max) return text;
  const chars = [...text];
  let out = '';
  for (const ch of chars) {
    if (out.length + ch.length + ellipsis.length > max) break;
    out += ch;
  }
  return out.trimEnd() + ellipsis;
}

/** Splits `raw` into pages whose renderings each fit `max`. */
export function paginate(raw: string, max: number, render: (s: string) => string = (s) => s): string[] {
  const pages: string[] = [];
  let rest = raw.trim();
  while (rest) {
    const { head, rest: next } = takeFitting(rest, max, render);
    if (!head) break; // cannot happen with max ≥ the longest rendered character; guards against a loop
    pages.push(head);
    rest = next;
  }
  return pages;
}

/** "0,0331" / "7,90": Dutch decimal comma. */
export function formatNumberNl(n: number, digits: number): string {
  return n.toFixed(digits).replace('.', ',');
}
