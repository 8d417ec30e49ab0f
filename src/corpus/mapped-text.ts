/**
 * Text that remembers where each of its UTF-16 units came from in the raw
 * document: unit i was produced by raw[starts[i], ends[i]). Normalisation
 * builds its output from such pieces, so every normalised offset maps back.
 */
export class MappedText {
  text = '';
  readonly starts: number[] = [];
  readonly ends: number[] = [];

  /** Appends `s`, every unit of it produced by raw[start, end). */
  push(s: string, start: number, end: number): this {
    this.text += s;
    for (let i = 0; i < s.length; i++) {
      this.starts.push(start);
      this.ends.push(end);
    }
    return this;
  }

  append(other: MappedText): this {
    this.text += other.text;
    for (let i = 0; i < other.text.length; i++) {
      this.starts.push(other.starts[i]!);
      this.ends.push(other.ends[i]!);
    }
    return this;
  }

  /** Units [from, to) as a new MappedText. */
  slice(from: number, to = this.text.length): MappedText {
    const m = new MappedText();
    m.text = this.text.slice(from, to);
    m.starts.push(...this.starts.slice(from, to));
    m.ends.push(...this.ends.slice(from, to));
    return m;
  }

  dropLast(): this {
    this.text = this.text.slice(0, -1);
    this.starts.pop();
    this.ends.pop();
    return this;
  }

  /** The raw offset right after the last unit: where a line break that follows it sits. */
  rawEnd(): number {
    return this.ends[this.ends.length - 1] ?? 0;
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
  while (i < raw.length) {
    const c = raw[i]!;
    if (c === '\r') {
      const end = raw[i + 1] === '\n' ? i + 2 : i + 1;
      out.push('\n', i, end);
      i = end;
      continue;
    }
    if (isZeroWidth(c.charCodeAt(0))) {
      i++;
      continue;
    }
    if (c === SOFT_HYPHEN) {
      if (/^[ \t]*[\r\n\f]/.test(raw.slice(i + 1, i + 40))) out.push(c, i, i + 1);
      i++;
      continue;
    }
    if (nfc) {
      out.push(c, i, i + 1);
      i++;
      continue;
    }
    // A base character with its combining marks composes as one unit.
    let end = i + (c.codePointAt(0)! > 0xffff ? 2 : 1);
    while (end < raw.length && COMBINING.test(String.fromCodePoint(raw.codePointAt(end)!))) end += raw.codePointAt(end)! > 0xffff ? 2 : 1;
    out.push(raw.slice(i, end).replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '').normalize('NFC'), i, end);
    i = end;
  }
  return out;
}
