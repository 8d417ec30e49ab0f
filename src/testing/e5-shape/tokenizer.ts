/**
 * A SentencePiece-style (Unigram) tokenizer.json with the vocabulary size of
 * multilingual-e5-small (XLM-R's layout: <s>=0, <pad>=1, </s>=2, <unk>=3).
 *
 * The pieces are synthetic but not arbitrary: sequence length drives the cost
 * of the forward pass, so Dutch text should split into about as many tokens
 * as with the real vocabulary. The Latin pieces are byte-pair merges learnt
 * from sample text, stopped after `learnedPieces` merges so that rare words
 * still split into several pieces, as in a 250k multilingual vocabulary; the
 * scores are log frequencies; the rest of the vocabulary is CJK filler that
 * Dutch text never reaches.
 */

export interface VocabOptions {
  vocabSize: number;
  /** Text the Latin pieces are learnt from. */
  sampleText: string;
  /** Merging stops once the sample splits into this many tokens per word (or earlier, see learnedPieces). */
  tokensPerWord?: number;
  /** Upper bound on learnt pieces. */
  learnedPieces?: number;
}

const SPECIALS = ['<s>', '<pad>', '</s>', '<unk>'] as const;
const MASK = '<mask>';
const SPACE = '\u2581';
/**
 * An estimate of XLM-R's split of Dutch: roughly 1.4–1.6 pieces per word
 * (frequent words whole, compounds and names in two to four pieces). Merges
 * learnt on the very text being measured would otherwise, unstopped, make
 * almost every word one piece.
 */
export const DEFAULT_TOKENS_PER_WORD = 1.5;
const DEFAULT_LEARNED_PIECES = 50_000;

/** What the tokenizer's normalizer does (NFKC, whitespace runs to one space, trimmed). */
function normalizeForVocab(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** "▁Het", "▁2018", "." : a word split where letters, digits and other characters meet; ▁ marks a word start. */
function segments(text: string): string[] {
  const out: string[] = [];
  for (const word of normalizeForVocab(text).split(' ')) {
    const parts = word.match(/[\p{L}\p{M}]+|\p{N}+|[^\p{L}\p{M}\p{N}]+/gu) ?? [];
    parts.forEach((p, i) => out.push(i === 0 ? SPACE + p : p));
  }
  return out;
}

/** Every character pieces may need: the sample's, printable ASCII and Latin-1 letters. */
function baseCharacters(sample: string): string[] {
  const chars = new Set<string>([...normalizeForVocab(sample)].filter((c) => c !== ' '));
  for (let c = 0x21; c <= 0x7e; c++) chars.add(String.fromCharCode(c));
  for (let c = 0xc0; c <= 0xff; c++) if (c !== 0xd7 && c !== 0xf7) chars.add(String.fromCharCode(c));
  chars.add(SPACE);
  return [...chars].sort();
}

/** Pieces that never match Latin text: CJK ideographs, then pairs of them. */
function* filler(): Generator<string> {
  const first = 0x4e00;
  const count = 0x9fff - first + 1;
  for (let i = 0; i < count; i++) yield String.fromCharCode(first + i);
  for (let i = 0; i < count; i++) for (let j = 0; j < count; j++) yield String.fromCharCode(first + i) + String.fromCharCode(first + j);
}

/**
 * Byte-pair merges learnt on the sample: each merge of the most frequent
 * adjacent pair adds one piece, frequent words end up whole and rare ones in
 * several pieces. Returns piece → frequency at the time it was made.
 */
function learnPieces(sampleText: string, merges: number, tokensPerWord: number): Map<string, number> {
  const segmentCounts = new Map<string, number>();
  for (const seg of segments(sampleText)) segmentCounts.set(seg, (segmentCounts.get(seg) ?? 0) + 1);
  const words = [...segmentCounts].map(([seg, count]) => ({ symbols: [...seg], count }));
  const wordCount = words.reduce((n, w) => n + (w.symbols[0] === SPACE ? w.count : 0), 0);
  // Tokens of the whole sample, as the ▁ is merged into the words it starts.
  let tokens = words.reduce((n, w) => n + w.symbols.length * w.count, 0);
  const pairs = new Map<string, { a: string; b: string; count: number; words: Set<number> }>();
  const key = (a: string, b: string) => `${a}\u0000${b}`;
  const tally = (w: number, sign: number) => {
    const { symbols, count } = words[w]!;
    for (let i = 0; i + 1 < symbols.length; i++) {
      const k = key(symbols[i]!, symbols[i + 1]!);
      let p = pairs.get(k);
      if (!p) pairs.set(k, (p = { a: symbols[i]!, b: symbols[i + 1]!, count: 0, words: new Set() }));
      p.count += sign * count;
      if (sign > 0) p.words.add(w);
    }
  };
  words.forEach((_, w) => tally(w, 1));

  const pieces = new Map<string, number>();
  while (pieces.size < merges && tokens > tokensPerWord * wordCount) {
    let best: { a: string; b: string; count: number; words: Set<number> } | undefined;
    for (const p of pairs.values()) {
      const ab = p.a + p.b;
      if (p.count > (best?.count ?? 1) || (best && p.count === best.count && ab < best.a + best.b)) best = p;
    }
    if (!best) break; // nothing occurs twice any more
    const merged = best.a + best.b;
    pieces.set(merged, Math.max(pieces.get(merged) ?? 0, best.count));
    for (const w of [...best.words]) {
      tally(w, -1);
      const s = words[w]!.symbols;
      const out: string[] = [];
      for (let i = 0; i < s.length; i++) {
        if (i + 1 < s.length && s[i] === best.a && s[i + 1] === best.b) {
          out.push(merged);
          i++;
        } else out.push(s[i]!);
      }
      tokens -= (s.length - out.length) * words[w]!.count;
      words[w]!.symbols = out;
      tally(w, 1);
    }
    for (const [k, p] of pairs) if (p.count <= 0) pairs.delete(k);
  }
  return pieces;
}

/** [piece, log-probability] in id order, exactly `vocabSize` long. */
export function buildVocab(options: VocabOptions): Array<[string, number]> {
  const { vocabSize, sampleText } = options;
  const chosen = learnPieces(sampleText, options.learnedPieces ?? DEFAULT_LEARNED_PIECES, options.tokensPerWord ?? DEFAULT_TOKENS_PER_WORD);
  // The e5 prefixes are single pieces in the real vocabulary too.
  for (const p of [`${SPACE}query`, `${SPACE}passage`]) chosen.set(p, Math.max(chosen.get(p) ?? 0, 50));
  const charCounts = new Map<string, number>();
  for (const c of normalizeForVocab(sampleText).replaceAll(' ', SPACE)) charCounts.set(c, (charCounts.get(c) ?? 0) + 1);
  for (const c of baseCharacters(sampleText)) if (!chosen.has(c)) chosen.set(c, charCounts.get(c) ?? 0);

  const total = [...chosen.values()].reduce((a, b) => a + b + 1, 0);
  const pieces: Array<[string, number]> = [...chosen].map(([p, n]) => [p, Math.log((n + 1) / total)]);
  pieces.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

  const vocab: Array<[string, number]> = SPECIALS.map((s) => [s, 0]);
  const room = vocabSize - vocab.length - 1; // <mask> goes last
  if (room < pieces.length) throw new Error(`vocabSize ${vocabSize} is too small for ${pieces.length} pieces`);
  vocab.push(...pieces);
  const floor = Math.min(...pieces.map(([, s]) => s)) - 1;
  const seen = new Set(vocab.map(([p]) => p));
  for (const piece of filler()) {
    if (vocab.length >= vocabSize - 1) break;
    if (!seen.has(piece)) vocab.push([piece, floor]);
  }
  vocab.push([MASK, 0]);
  return vocab;
}

const addedToken = (id: number, content: string) => ({ id, content, single_word: false, lstrip: content === MASK, rstrip: false, normalized: false, special: true });

export function buildTokenizerJson(vocab: Array<[string, number]>): object {
  const id = (t: string) => vocab.findIndex(([p]) => p === t);
  const metaspace = { replacement: SPACE, prepend_scheme: 'always', split: true };
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: [...SPECIALS, MASK].map((t) => addedToken(id(t), t)),
    normalizer: {
      type: 'Sequence',
      normalizers: [{ type: 'NFKC' }, { type: 'Replace', pattern: { Regex: '\\s+' }, content: ' ' }, { type: 'Strip', strip_left: true, strip_right: true }],
    },
    pre_tokenizer: { type: 'Metaspace', ...metaspace },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ SpecialToken: { id: '<s>', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '</s>', type_id: 0 } }],
      pair: [
        { SpecialToken: { id: '<s>', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '</s>', type_id: 0 } },
        { SpecialToken: { id: '</s>', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 0 } },
        { SpecialToken: { id: '</s>', type_id: 0 } },
      ],
      special_tokens: {
        '<s>': { id: '<s>', ids: [id('<s>')], tokens: ['<s>'] },
        '</s>': { id: '</s>', ids: [id('</s>')], tokens: ['</s>'] },
      },
    },
    decoder: { type: 'Metaspace', ...metaspace },
    model: { type: 'Unigram', unk_id: id('<unk>'), vocab, byte_fallback: false },
  };
}

export function buildTokenizerConfig(vocab: Array<[string, number]>): object {
  const decoder: Record<string, object> = {};
  for (const t of [...SPECIALS, MASK]) {
    const { id, ...rest } = addedToken(vocab.findIndex(([p]) => p === t), t);
    decoder[String(id)] = rest;
  }
  return {
    tokenizer_class: 'XLMRobertaTokenizer',
    model_max_length: 512,
    bos_token: '<s>',
    eos_token: '</s>',
    sep_token: '</s>',
    cls_token: '<s>',
    unk_token: '<unk>',
    pad_token: '<pad>',
    mask_token: MASK,
    clean_up_tokenization_spaces: true,
    added_tokens_decoder: decoder,
  };
}

export const SPECIAL_TOKENS_MAP = { bos_token: '<s>', eos_token: '</s>', unk_token: '<unk>', sep_token: '</s>', pad_token: '<pad>', cls_token: '<s>', mask_token: MASK };
