/**
 * The parser of both document layouts (the short "aan … / op vraag nr." layout
 * and the full PDF layout): header, question and answer sections, numbered
 * items, pairing and citations. One file, over 300 lines, on purpose: the
 * header, item and pairing rules read the same lines in order and share
 * their state; split apart they would pass that state around.
 */
import { createHash } from 'node:crypto';
import { ANY_DATE_PATTERN, DUTCH_DATE_PATTERN, parseDutchDate } from './dates.js';
import { isAllCapsLine, ITEM_HEADING, normalizeText, QUESTION_HEADER_LINE, SUB_ITEM_MARKER, TOP_ITEM_MARKER } from './normalize.js';
import type { CitedQuestion, Item, Minister, ParsedDocument, Part, Section } from './types.js';

/** A line of the normalised text with its offsets. */
interface Line {
  text: string;
  start: number;
  end: number;
}

export class ParseError extends Error {
  constructor(
    readonly reason: 'no-question-number' | 'not-a-question' | 'empty' | 'several-questions',
    message: string,
  ) {
    super(message);
  }
}

// The whole line: "Op vraag nr. 779 kreeg ik …" inside a question is not a header.
const ANSWER_HEADER = new RegExp(String.raw`^op\s+vraag\s+nr\.?\s*(\d{1,6})(?:\s+van\s+(${ANY_DATE_PATTERN}))?\s*$`, 'iu');
const NAME = String.raw`(\p{Lu}[\p{Lu}\p{M}'’.\- ]*\p{Lu})`;
const QUESTIONER_LINE = new RegExp(String.raw`^(?:van|VAN|Van)\s+${NAME}$`, 'u');
const MINISTER_LINE = new RegExp(String.raw`^(?:aan|AAN|Aan)\s+${NAME}$`, 'u');
const FULL_HEADER_NUMBER = /^(?:SCHRIFTELIJKE\s+VRAAG\s*)?nr\.\s*(\d{1,6})\b/i;
const FULL_HEADER_INLINE = new RegExp(
  String.raw`SCHRIFTELIJKE\s+VRAAG\s+nr\.\s*(\d{1,6})(?:\s+van\s+(.+?))?(?:\s+datum\s*:\s*${DUTCH_DATE_PATTERN})?(?:\s+aan\s+(.+))?$`,
  'iu',
);
const DATE_LINE = new RegExp(String.raw`^datum\s*:\s*(${ANY_DATE_PATTERN})`, 'iu');
const CITATION = new RegExp(String.raw`\bnr\.?\s*(\d{1,6})(?:\s+van\s+${DUTCH_DATE_PATTERN})?`, 'gi');
const CROSS_REFERENCE = /^zie\s+(?:ook\s+)?(?:het\s+)?antwoord\s+op\s+(?:de\s+)?(?:vraag|punt|deelvraag)\s+(\d{1,2}[a-z]?)\b\.?\s*(.*)$/is;

const isAnswerHeading = (line: string | undefined) => line !== undefined && /^antwoord:?$/i.test(line.trim());

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const t of text.split('\n')) {
    lines.push({ text: t, start: offset, end: offset + t.length });
    offset += t.length + 1;
  }
  return lines;
}

export function contentHash(raw: string | Buffer): string {
  return createHash('sha256').update(raw).digest('hex');
}

/**
 * The relative path, extension included: stable, and unique per file even
 * when "455.txt" and "455.pdf" sit side by side.
 */
function documentIdFromPath(relativePath: string): string {
  return relativePath.replace(/\\/g, '/');
}

/**
 * Parses one written question. Throws ParseError when the text is not a
 * written question (no question number, nothing to parse).
 */
export function parseDocument(raw: string, file: string): ParsedDocument {
  const text = normalizeText(raw);
  if (text.trim() === '') throw new ParseError('empty', 'het bestand bevat geen tekst');
  const lines = splitLines(text);

  const answerHeaderIdx = lines.findIndex((l) => ANSWER_HEADER.test(l.text));
  const header = parseHeader(lines, answerHeaderIdx);
  const answerHeader = answerHeaderIdx >= 0 ? ANSWER_HEADER.exec(lines[answerHeaderIdx]!.text) : null;

  // Two written questions in one file cannot be split reliably: say so, do not guess.
  const numbers = new Set(lines.filter((l) => ANSWER_HEADER.test(l.text)).map((l) => Number(ANSWER_HEADER.exec(l.text)![1])));
  if (header.number !== null) numbers.add(header.number);
  const fullHeaders = lines.filter((l) => QUESTION_HEADER_LINE.test(l.text)).length;
  if (numbers.size > 1 || fullHeaders > 1) {
    const list = [...numbers].map((n) => `nr. ${n}`).join(' en ');
    throw new ParseError('several-questions', `het bestand bevat meer dan één schriftelijke vraag${list ? ` (${list})` : ''}; zet elke vraag in een eigen bestand`);
  }
  const questionNumber = header.number ?? (answerHeader ? Number(answerHeader[1]) : null);
  if (questionNumber === null || !Number.isSafeInteger(questionNumber) || questionNumber <= 0) {
    throw new ParseError('no-question-number', 'geen vraagnummer gevonden ("nr. N" of "op vraag nr. N")');
  }
  if (header.titleIdx < 0) throw new ParseError('not-a-question', 'geen titel of vraagtekst gevonden');

  const date =
    header.date ?? (answerHeader && answerHeader[2] ? parseDutchDate(answerHeader[2]) : null);

  // The question runs from after the title to the answer block (or the end).
  let questionEndIdx = lines.length;
  if (answerHeaderIdx >= 0) {
    questionEndIdx = answerHeaderIdx;
    if (isAnswerHeading(lines[questionEndIdx - 1]?.text)) questionEndIdx--;
    // PDF layout: the minister's name and title are repeated above "ANTWOORD".
    while (questionEndIdx - 1 > header.titleIdx && isAllCapsLine(lines[questionEndIdx - 1]!.text)) questionEndIdx--;
  } else {
    const antwoordIdx = lines.findIndex((l, i) => i > header.titleIdx && isAnswerHeading(l.text));
    if (antwoordIdx >= 0) questionEndIdx = antwoordIdx;
  }

  let questioner = header.questioner;
  let answerStartIdx = -1;
  if (answerHeaderIdx >= 0) {
    answerStartIdx = answerHeaderIdx + 1;
    // Right under "op vraag nr. N van DATE" the name may be in any case ("van Anna Voorbeeld").
    const next = lines[answerStartIdx]?.text ?? '';
    const m = QUESTIONER_LINE.exec(next) ?? /^(?:van|VAN|Van)\s+(\p{Lu}[\p{L}\p{M}'’.\- ]{2,60})$/u.exec(next);
    if (m) {
      questioner ??= m[1]!.trim();
      answerStartIdx++;
    }
  } else if (questionEndIdx < lines.length && isAnswerHeading(lines[questionEndIdx]!.text)) {
    answerStartIdx = questionEndIdx + 1;
  }

  const question = buildSection('vraag', text, lines, header.titleIdx + 1, questionEndIdx);
  const answer =
    answerStartIdx >= 0 && answerStartIdx < lines.length && lines.slice(answerStartIdx).some((l) => l.text.trim())
      ? buildSection('antwoord', text, lines, answerStartIdx, lines.length)
      : null;
  if (question.end <= question.start) throw new ParseError('not-a-question', 'geen vraagtekst gevonden');

  return {
    id: documentIdFromPath(file),
    file,
    contentHash: contentHash(raw),
    questionNumber,
    date,
    questioner,
    minister: header.minister,
    title: lines[header.titleIdx]!.text,
    citesEarlier: findCitations(text, question, answer, questionNumber),
    text,
    question,
    answer,
    pairing: answer ? pairItems(question, answer, text) : {},
  };
}

interface Header {
  number: number | null;
  date: string | null;
  questioner: string | null;
  minister: Minister;
  titleIdx: number;
}

/** Reads the header lines above the title, in either layout. */
function parseHeader(lines: Line[], answerHeaderIdx: number): Header {
  const h: Header = { number: null, date: null, questioner: null, minister: { name: null, title: null }, titleIdx: -1 };
  const limit = answerHeaderIdx >= 0 ? answerHeaderIdx : lines.length;
  for (let i = 0; i < limit; i++) {
    const t = lines[i]!.text;
    if (t.trim() === '') continue;
    const inline = FULL_HEADER_INLINE.exec(t);
    if (inline && QUESTION_HEADER_LINE.test(t)) {
      h.number = Number(inline[1]);
      if (inline[2]) h.questioner = inline[2].trim();
      if (inline[3]) h.date = parseDutchDate(inline.slice(3, 6).join(' '));
      if (inline[6]) h.minister.name = inline[6].trim();
      continue;
    }
    if (/^SCHRIFTELIJKE\s+VRAAG$/i.test(t)) continue;
    const nr = FULL_HEADER_NUMBER.exec(t);
    if (nr && h.titleIdx < 0 && /^(?:SCHRIFTELIJKE\s+VRAAG\s*)?nr\.\s*\d+$/i.test(t)) {
      h.number = Number(nr[1]);
      continue;
    }
    const van = QUESTIONER_LINE.exec(t);
    if (van) {
      h.questioner = van[1]!.trim();
      continue;
    }
    const datum = DATE_LINE.exec(t);
    if (datum) {
      h.date = parseDutchDate(datum[1]!);
      continue;
    }
    const aan = MINISTER_LINE.exec(t);
    if (aan) {
      h.minister.name = aan[1]!.trim();
      continue;
    }
    if (isAllCapsLine(t)) {
      // The minister's title follows the name; other upper-case lines are layout.
      if (h.minister.name && !h.minister.title) h.minister.title = t.trim();
      continue;
    }
    h.titleIdx = i;
    break;
  }
  return h;
}

/** Splits a side into its introduction and numbered items. */
function buildSection(part: Part, text: string, lines: Line[], fromIdx: number, toIdx: number): Section {
  const body = lines.slice(fromIdx, toIdx).filter((l) => l.text.trim() !== '');
  const start = body[0]?.start ?? lines[fromIdx]?.start ?? 0;
  const end = body[body.length - 1]?.end ?? start;
  // `from`: where the item begins, its heading line included; its text starts at `start`.
  const markers: { label: string; level: 'top' | 'sub'; parent: string | null; start: number; from?: number }[] = [];
  let lastTop = 0;
  let currentTop: string | null = null;
  let lastSub = '';
  // A list numbered from 1 inside an item ("1. kwaliteit; 2. prijs;") is not a
  // run of items: after such a restart, short lower-case or ";"-ended lines stay in it.
  let inNestedList = false;

  // A heading line ("Antwoord op vraag 3") labels the item whose text starts on the next line.
  let headed: { label: string; from: number } | null = null;
  for (const line of body) {
    let rest = line.text;
    let offset = line.start;
    const heading = ITEM_HEADING.exec(rest.trim());
    if (heading && labelNumbers(heading[1]!)[0]! > lastTop) {
      const label = heading[1]!.replace(/\s*,\s*/g, ', ').replace(/\s+/g, ' ').toLowerCase();
      headed = { label, from: line.start };
      lastTop = Math.max(...labelNumbers(label));
      continue;
    }
    if (headed !== null) {
      markers.push({ label: headed.label, level: 'top', parent: null, start: offset, from: headed.from });
      currentTop = headed.label;
      lastSub = '';
      headed = null;
    }
    const top = TOP_ITEM_MARKER.exec(rest);
    if (top) {
      const numbers = top[1]!.match(/\d+/g)!.map(Number);
      const body = rest.slice(top[0].length);
      // Items count upward; a lower number is a list inside an item, not a new item.
      if (numbers[0]! <= lastTop) inNestedList = true;
      else if (inNestedList && (/^\p{Ll}/u.test(body) || /[;,]$/.test(body.trim()))) {
        // still the nested list
      } else {
        inNestedList = false;
        const label = top[1]!.replace(/\s*,\s*/g, ', ').replace(/\s+/g, ' ');
        markers.push({ label, level: 'top', parent: null, start: offset });
        lastTop = Math.max(...numbers);
        currentTop = label;
        lastSub = '';
        rest = rest.slice(top[0].length);
        offset += top[0].length;
      }
    }
    const sub = SUB_ITEM_MARKER.exec(rest);
    if (sub) {
      const letter = sub[1]!;
      const expected = lastSub === '' ? 'a' : String.fromCharCode(lastSub.charCodeAt(0) + 1);
      if (letter === expected) {
        markers.push({ label: `${currentTop ?? ''}${letter}`, level: 'sub', parent: currentTop, start: offset });
        lastSub = letter;
      }
    }
  }

  const items: Item[] = [];
  const firstStart = markers[0] ? (markers[0].from ?? markers[0].start) : end;
  if (firstStart > start) {
    items.push({ label: null, level: 'intro', parent: null, start, end: trimEnd(text, lines, start, firstStart), fullEnd: trimEnd(text, lines, start, firstStart) });
  }
  markers.forEach((m, i) => {
    const next = markers[i + 1] ? (markers[i + 1]!.from ?? markers[i + 1]!.start) : end;
    const nextTopMarker = markers.slice(i + 1).find((n) => n.level === 'top');
    const nextTop = nextTopMarker ? (nextTopMarker.from ?? nextTopMarker.start) : end;
    const ownEnd = trimEnd(text, lines, m.start, next);
    items.push({ label: m.label, level: m.level, parent: m.parent, start: m.start, end: ownEnd, fullEnd: m.level === 'top' ? trimEnd(text, lines, m.start, nextTop) : ownEnd });
  });
  return { part, start, end, items };
}

/**
 * The end of the text in [start, end), before the newline that separates
 * items. Markers can start mid-line ("1. a) …"), so lines overlap the range.
 */
function trimEnd(text: string, lines: Line[], start: number, end: number): number {
  const last = lines.filter((l) => l.start < end && l.end > start && l.text.trim() !== '').pop();
  if (!last) return start;
  let stop = Math.min(last.end, end);
  while (stop > start && /\s/.test(text[stop - 1]!)) stop--;
  return stop;
}

function findCitations(text: string, question: Section, answer: Section | null, own: number): CitedQuestion[] {
  const found = new Map<number, CitedQuestion>();
  const ranges = [question, answer].filter((s): s is Section => s !== null);
  for (const s of ranges) {
    for (const m of text.slice(s.start, s.end).matchAll(CITATION)) {
      const number = Number(m[1]);
      if (number === own) continue;
      const date = m[2] ? parseDutchDate(m.slice(2, 5).join(' ')) : null;
      const prior = found.get(number);
      if (!prior) found.set(number, { number, date });
      else if (!prior.date && date) prior.date = date;
    }
  }
  return [...found.values()];
}

/** Top-level numbers an answer label covers: "1 en 2" → [1, 2], "2 tot en met 4" → [2, 3, 4]. */
function labelNumbers(label: string): number[] {
  if (!/^\d/.test(label) || /[a-z]$/.test(label)) return [];
  const out: number[] = [];
  for (const m of label.matchAll(/(\d+)(?:\s*tot(?:\s+en\s+met)?\s*(\d+))?/g)) {
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    for (let n = from; n <= Math.max(from, Math.min(to, from + 50)); n++) out.push(n);
  }
  return out;
}

/** The answer item a cross-reference ("Zie antwoord op vraag 2.") points to, and whether it says more. */
function crossReference(itemText: string): { target: string; onlyReference: boolean } | null {
  const body = itemText.replace(TOP_ITEM_MARKER, '').replace(SUB_ITEM_MARKER, '').trim();
  const m = CROSS_REFERENCE.exec(body);
  return m ? { target: m[1]!, onlyReference: m[2]!.trim() === '' } : null;
}

/**
 * Pairs each question item with the answer items that answer it: the same
 * label; a combined answer ("1 en 2."); the parent answer for a sub-question
 * ("2a" → "2"); the answer a cross-reference points to ("Zie antwoord op vraag 2").
 */
function pairItems(question: Section, answer: Section, text: string): Record<string, string[]> {
  const answerItems = answer.items.filter((i) => i.label !== null);
  const byLabel = new Map(answerItems.map((i) => [i.label!, i]));
  const pairing: Record<string, string[]> = {};

  const direct = (label: string): string[] => {
    if (byLabel.has(label)) return [label];
    const n = Number(label);
    if (Number.isInteger(n)) {
      const combined = answerItems.filter((i) => i.level === 'top' && labelNumbers(i.label!).includes(n));
      if (combined.length) return combined.map((i) => i.label!);
    }
    return [];
  };

  for (const q of question.items) {
    if (q.label === null) continue;
    let targets = direct(q.label);
    if (!targets.length && q.parent) targets = direct(q.parent);
    if (!targets.length && q.level === 'top') {
      targets = answerItems.filter((i) => i.parent === q.label).map((i) => i.label!);
    }
    targets = targets.flatMap((label) => {
      const item = byLabel.get(label)!;
      const ref = crossReference(text.slice(item.start, item.end));
      if (!ref || ref.target === label) return [label];
      const referenced = direct(ref.target);
      if (!referenced.length) return [label];
      return ref.onlyReference ? referenced : [label, ...referenced];
    });
    pairing[q.label] = [...new Set(targets)];
  }
  return pairing;
}
