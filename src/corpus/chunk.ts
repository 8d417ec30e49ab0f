import { splitSentences, type Span } from './sentences.js';
import type { Item, ParsedDocument, Part, Section } from './types.js';

/**
 * Bump when the parser, chunk boundaries or chunk text change: it forces a
 * full rebuild (earlier parses and vectors are not reused).
 */
export const CHUNKING_VERSION = 15;

export interface Chunk {
  /** Unique within the index: document id, part, item, window. */
  id: string;
  docId: string;
  questionNumber: number;
  part: Part;
  /** Top-level item label ("2"), or null for the introduction. */
  item: string | null;
  /** Labels of the items whose text lies in this chunk ("2", "2a", "2b"). */
  items: string[];
  /** For a question chunk: the answer labels that answer it; for an answer chunk: the question labels it answers. */
  paired: string[];
  start: number;
  end: number;
  /** Exact slice of the normalised text. */
  text: string;
  /** What the embedding model sees: passage prefix, context header, text. */
  embedText: string;
}

/** A chunk as a loaded index holds it: the embedding input is only needed while indexing. */
export type IndexedChunk = Omit<Chunk, 'embedText'>;

export interface ChunkOptions {
  /** Token budget of the embedding model (e5-small: 512). */
  maxTokens: number;
  countTokens: (text: string) => number;
  passagePrefix: string;
  /** Sentences repeated between consecutive windows of a long item. */
  overlapSentences?: number;
}

/** Conservative token estimate for when no tokenizer is loaded (keyword mode). */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 3) + 2;
}

export function itemLabelNl(part: Part, label: string | null): string {
  if (label === null) return part === 'vraag' ? 'inleiding van de vraag' : 'inleiding van het antwoord';
  return part === 'vraag' ? `vraag ${label}` : `antwoord op punt ${label}`;
}

/**
 * One chunk per top-level item (its sub-items included, since "a) Hoeveel
 * projecten werden ingediend?" means nothing without its parent), and one for
 * the introduction. An item over the model's window is split at its
 * sub-items, then into overlapping sentence windows.
 */
export function chunkDocument(doc: ParsedDocument, options: ChunkOptions): Chunk[] {
  const chunks: Chunk[] = [];
  for (const section of [doc.question, doc.answer]) {
    if (!section) continue;
    for (const unit of topLevelUnits(section)) {
      const windows = fitWindows(doc, section.part, unit, options);
      windows.forEach((span, w) => chunks.push(makeChunk(doc, section, unit, span, w, options.passagePrefix)));
    }
  }
  return chunks;
}

interface Unit {
  item: Item;
  /** The item and its sub-items, in order. */
  members: Item[];
  start: number;
  end: number;
}

function topLevelUnits(section: Section): Unit[] {
  const units: Unit[] = [];
  for (const item of section.items) {
    const owner = item.level === 'sub' ? units.find((u) => u.item.label === item.parent) : undefined;
    if (owner) {
      owner.members.push(item);
      owner.end = Math.max(owner.end, item.end);
    } else {
      units.push({ item, members: [item], start: item.start, end: item.level === 'top' ? item.fullEnd : item.end });
    }
  }
  return units;
}

function header(doc: ParsedDocument, part: Part, label: string | null): string {
  return `${doc.title} (nr. ${doc.questionNumber}) — ${itemLabelNl(part, label)}: `;
}

function fitWindows(doc: ParsedDocument, part: Part, unit: Unit, options: ChunkOptions): Span[] {
  const budget = options.maxTokens - options.countTokens(options.passagePrefix + header(doc, part, unit.item.label));
  const fits = (span: Span) => options.countTokens(doc.text.slice(span.start, span.end)) <= budget;
  const whole = { start: unit.start, end: unit.end };
  if (fits(whole)) return [whole];
  // Split at the sub-items first, then at sentences.
  const pieces = unit.members.length > 1 ? unit.members.map((m) => ({ start: m.start, end: m.end })) : [whole];
  return pieces.flatMap((p) => (fits(p) ? [p] : sentenceWindows(doc.text, p, fits, options.overlapSentences ?? 1)));
}

/** Greedy windows of whole sentences under the budget, overlapping by `overlap` sentences. */
function sentenceWindows(text: string, span: Span, fits: (s: Span) => boolean, overlap: number): Span[] {
  const sentences = splitSentences(text, span.start, span.end);
  if (sentences.length === 0) return [span];
  const windows: Span[] = [];
  let first = 0;
  while (first < sentences.length) {
    let last = first;
    while (last + 1 < sentences.length && fits({ start: sentences[first]!.start, end: sentences[last + 1]!.end })) last++;
    // A single sentence over the budget is kept whole; the model truncates it.
    const windowStart = first === 0 ? span.start : sentences[first]!.start;
    windows.push({ start: windowStart, end: sentences[last]!.end });
    if (last + 1 >= sentences.length) break;
    first = Math.max(first + 1, last + 1 - overlap);
  }
  return windows;
}

function makeChunk(doc: ParsedDocument, section: Section, unit: Unit, span: Span, window: number, prefix: string): Chunk {
  const items = unit.members.filter((m) => m.start < span.end && m.end > span.start).map((m) => m.label).filter((l) => l !== null);
  const label = unit.item.label;
  const text = doc.text.slice(span.start, span.end);
  return {
    id: `${doc.id}#${section.part}-${label ?? 'intro'}-${window}`,
    docId: doc.id,
    questionNumber: doc.questionNumber,
    part: section.part,
    item: label,
    items,
    paired: pairedLabels(doc, section.part, items),
    start: span.start,
    end: span.end,
    text,
    embedText: prefix + header(doc, section.part, label) + text,
  };
}

function pairedLabels(doc: ParsedDocument, part: Part, labels: string[]): string[] {
  const out = new Set<string>();
  for (const [q, answers] of Object.entries(doc.pairing)) {
    if (part === 'vraag' && labels.includes(q)) answers.forEach((a) => out.add(a));
    if (part === 'antwoord' && answers.some((a) => labels.includes(a))) out.add(q);
  }
  return [...out];
}
