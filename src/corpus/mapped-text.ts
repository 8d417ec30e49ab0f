/**
 * Text that remembers where each of its UTF-16 units came from in the raw
 * document: unit i was produced by raw[starts[i], ends[i]). Normalisation
 * builds its output from such pieces, so every normalised offset maps back.
 */
export class MappedText {
  text = '';
  starts: Int32Array;
  ends: Int32Array;

  constructor(capacity = 16) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  get length(): number {
    return this.text.length;
  }

  /** Makes room for `extra` more units. */
  reserve(extra: number): void {
    const need = this.text.length + extra;
    if (need <= this.starts.length) return;
    const size = Math.max(need, this.starts.length * 2);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(this.starts.subarray(0, this.text.length));
    ends.set(this.ends.subarray(0, this.text.length));
    this.starts = starts;
    this.ends = ends;
  }

  /** Appends `s`, every unit of it produced by raw[start, end). */
  push(s: string, start: number, end: number): this {
    this.reserve(s.length);
    this.starts.fill(start, this.text.length, this.text.length + s.length);
    this.ends.fill(end, this.text.length, this.text.length + s.length);
    this.text += s;
    return this;
  }

  /** Appends `s` whose units map one to one on the raw text from `start`. */
  pushVerbatim(s: string, start: number): this {
    this.reserve(s.length);
    for (let i = 0, at = this.text.length; i < s.length; i++, at++) {
      this.starts[at] = start + i;
      this.ends[at] = start + i + 1;
    }
    this.text += s;
    return this;
  }

  append(other: MappedText): this {
    this.reserve(other.length);
    this.starts.set(other.starts.subarray(0, other.length), this.length);
    this.ends.set(other.ends.subarray(0, other.length), this.length);
    this.text += other.text;
    return this;
  }

  dropLast(): this {
    this.text = this.text.slice(0, -1);
    return this;
  }

  /** The raw offset right after the last unit: where a line break that follows it sits. */
  rawEnd(): number {
    return this.length ? this.ends[this.length - 1]! : 0;
  }
}

const isZeroWidth = (c: number) => (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
const SOFT_HYPHEN = '\u00AD';
const COMBINING = /\p{M}/u;

/**
 * The raw text with what is not text removed (byte-order mark, zero-width
 * characters, soft hyphens inside lines), line ends unified to \n, \f kept as
 * the page break it is, and NFC composition, mapped back to the raw offsets.
 * A soft hyphen at a line end is kept: it marks a word broken by the layout.
 */
export function cleanMapped(raw: string): MappedText {
  const out = new MappedText();
  const nfc = raw === raw.normalize('NFC');
  let i = raw.startsWith('\uFEFF') ? 1 : 0;
  // Runs of ordinary characters are copied one to one.
  let run = i;
  const flush = (to: number) => {
    if (to > run) out.pushVerbatim(raw.slice(run, to), run);
  };
  while (i < raw.length) {
    const c = raw[i]!;
    const code = c.charCodeAt(0);
    // Without NFC, an ASCII letter may still take a combining mark after it.
    const ordinary = code !== 13 && code !== 0xad && !isZeroWidth(code) && (nfc || (code < 0x80 && !(raw.charCodeAt(i + 1) >= 0x300)));
    if (ordinary) {
      i++;
      continue;
    }
    flush(i);
    if (c === '\r') {
      const end = raw[i + 1] === '\n' ? i + 2 : i + 1;
      out.push('\n', i, end);
      i = end;
    } else if (isZeroWidth(code)) {
      i++;
    } else if (c === SOFT_HYPHEN) {
      if (/^[ \t]*[\r\n\f]/.test(raw.slice(i + 1, i + 40))) out.push(c, i, i + 1);
      i++;
    } else {
      // A base character with its combining marks composes as one unit.
      let end = i + (raw.codePointAt(i)! > 0xffff ? 2 : 1);
      while (end < raw.length && COMBINING.test(String.fromCodePoint(raw.codePointAt(end)!))) end += raw.codePointAt(end)! > 0xffff ? 2 : 1;
      out.push(raw.slice(i, end).replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '').normalize('NFC'), i, end);
      i = end;
    }
    run = i;
  }
  flush(i);
  return out;
}
