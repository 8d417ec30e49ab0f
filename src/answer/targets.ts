import type { IndexedChunk } from '../corpus/chunk.js';
import { SUB_ITEM_MARKER, TOP_ITEM_MARKER } from '../corpus/normalize.js';
import type { Item, ParsedDocument, Part } from '../corpus/types.js';
import { compoundTerms, passageTerms, terms } from '../search/analyze.js';
import type { QueryTerm } from './checks.js';
import { holdsAnswerType } from './answer-type.js';
import { countsBefore } from './counted.js';
import { SHARE_OF_COUNTED } from './named.js';
import { POINTING_ADVERB } from './evidence.js';
import type { AnalysedQuery } from './query.js';

/**
 * The targets stage: a retrieved chunk becomes the passages it stands for,
 * following the document's structure (question item → the answer item
 * paired with it, and back when the user asks what was asked).
 */

export interface Target {
  doc: ParsedDocument;
  chunk: IndexedChunk;
  part: Part;
  item: Item | null;
  span: { start: number; end: number };
  answersQuestion: { label: string; text: string } | null;
  unanswered: boolean;
  score: number;
}

export const itemSpan = (item: Item) => ({ start: item.start, end: item.level === 'top' ? item.fullEnd : item.end });

/** The question item among `labels` that the query matches best (ties: the first). */
function bestLabel(doc: ParsedDocument, labels: string[], qTerms: QueryTerm[], weight: (t: string) => number): string | undefined {
  return bestQuestionItem(doc, labels, qTerms, weight)?.label ?? labels[0];
}

/**
 * The question item among `labels` that the query matches best, by idf-weighted
 * shared terms. A sub-question is read with its parent's text ("a) Hoeveel
 * projecten…" belongs to "2. … de tweede AMIF-oproep …"); it wins only when its
 * own words add to the match, otherwise the parent item stands.
 */
function bestQuestionItem(doc: ParsedDocument, labels: string[], qTerms: QueryTerm[], weight: (t: string) => number): Item | null {
  return scoredQuestionItem(doc, labels, qTerms, weight)?.item ?? null;
}

/**
 * How much of the query (idf-weighted) a text shares. With `byHead`, a
 * compound also shares its head with another of the same kind
 * ("reclamebureau", "communicatiebureau"): half the weight, a hint of the
 * same thing under another name. Only for telling which question a user
 * asks about: in choosing the sub-question an answer pairs with, the hint
 * outweighed real shared words (measured on the public set).
 */
/** Question items' terms, kept: the same items are matched against every question that reaches them. */
const itemTerms = new Map<string, Set<string>>();
function termsOfItem(text: string, byHead: boolean): Set<string> {
  const key = byHead ? `h\u0000${text}` : text;
  let set = itemTerms.get(key);
  if (!set) {
    if (itemTerms.size > 20_000) itemTerms.clear();
    itemTerms.set(key, (set = new Set(byHead ? [...passageTerms(text), ...compoundTerms(text)] : passageTerms(text))));
  }
  return set;
}

function sharedWeight(text: string, qTerms: QueryTerm[], weight: (t: string) => number, byHead = false): number {
  const present = termsOfItem(text, byHead);
  return qTerms.reduce((sum, q) => {
    if (present.has(q.term) || q.alternatives.some((a) => present.has(a))) return sum + weight(q.term);
    const head = byHead ? q.parts?.[q.parts.length - 1] : undefined;
    return head && present.has(head) ? sum + 0.5 * weight(q.term) : sum;
  }, 0);
}

/** The best-matching question item and how much of the query (idf-weighted) it shares. */
function scoredQuestionItem(doc: ParsedDocument, labels: string[], qTerms: QueryTerm[], weight: (t: string) => number, byHead = false): { item: Item; score: number } | null {
  const items = doc.question.items.filter((i) => i.label !== null && labels.includes(i.label));
  const ownText = (i: Item) => doc.text.slice(i.start, i.end);
  let best: Item | null = items[0] ?? null;
  let bestScore = -1;
  for (const item of items) {
    const parent = item.parent ? doc.question.items.find((p) => p.label === item.parent) : undefined;
    const score = sharedWeight((parent ? ownText(parent) + ' ' : '') + ownText(item), qTerms, weight, byHead);
    if (score > bestScore) {
      best = item;
      bestScore = score;
    }
  }
  return best ? { item: best, score: bestScore } : null;
}

/**
 * Structure-aware: a hit on a question item becomes the answer item paired
 * with it (never a better-sounding passage from another item); a hit on an
 * answer item stays, with the question it answers as context. When the user
 * asks what was asked, it goes the other way.
 */
export function targetsFor(chunk: IndexedChunk, doc: ParsedDocument, query: AnalysedQuery, score: number, weight: (t: string) => number): Target[] {
  const qTerms = query.queryTerms;
  const cq = query.clean;
  const questionItemText = (label: string) => {
    const item = doc.question.items.find((i) => i.label === label);
    if (!item) return '';
    const span = quotableSpan(doc.text, item);
    return doc.text.slice(span.start, span.end);
  };
  const base = { doc, chunk, score };

  if (chunk.part === 'vraag') {
    const matched = bestQuestionItem(doc, chunk.items, qTerms, weight);
    const ownItem = doc.question.items.find((i) => i.label === chunk.item) ?? null;
    const chunkAsTarget = (unanswered: boolean): Target => ({
      ...base,
      part: 'vraag',
      item: ownItem,
      span: ownItem ? itemSpan(ownItem) : { start: chunk.start, end: chunk.end },
      answersQuestion: null,
      unanswered,
    });
    if (cq.asksForQuestion) {
      // What was asked: the (sub-)question the query matches best. The
      // introduction sets the scene and asks nothing: it stands only when no
      // numbered question shares a word with the query. Words of the title
      // frame every part alike: they decide nothing here.
      const titleTerms = new Set(terms(doc.title));
      const telling = qTerms.filter((q) => !titleTerms.has(q.term));
      const labels = chunk.item === null ? doc.question.items.flatMap((i) => (i.label === null ? [] : [i.label])) : chunk.items;
      // What the questioner sets out stands in the introduction, when it speaks of the matter at all.
      if (cq.asksForIntroduction && chunk.item === null && sharedWeight(chunk.text, telling, weight, true) > 0) return [chunkAsTarget(!doc.answer)];
      const asked = scoredQuestionItem(doc, labels, telling, weight, true);
      if (asked && asked.score > 0) return [{ ...base, part: 'vraag', item: asked.item, span: itemSpan(asked.item), answersQuestion: null, unanswered: !doc.answer }];
      return [chunkAsTarget(!doc.answer)];
    }
    if (chunk.item === null) return []; // an introduction is context, not an answer
    const nonEmpty = (labels: string[] | undefined) => (labels?.length ? labels : undefined);
    const labels = nonEmpty(matched?.label ? doc.pairing[matched.label] : undefined) ?? nonEmpty(doc.pairing[chunk.item]) ?? [];
    if (!doc.answer) return [chunkAsTarget(true)];
    if (labels.length === 0) {
      // An answer in prose, without numbered items, answers the whole question.
      if (doc.answer.items.every((i) => i.label === null)) {
        const prose = doc.answer.items[0] ?? null;
        const context = matched?.label ? { label: matched.label, text: questionItemText(matched.label) } : null;
        return [{ ...base, part: 'antwoord', item: prose, span: { start: doc.answer.start, end: doc.answer.end }, answersQuestion: context, unanswered: false }];
      }
      return [chunkAsTarget(true)];
    }
    const context = matched?.label ? { label: matched.label, text: questionItemText(matched.label) } : null;
    return labels.flatMap((label) => {
      const item = doc.answer!.items.find((i) => i.label === label);
      return item ? [{ ...base, part: 'antwoord' as const, item, span: itemSpan(item), answersQuestion: context, unanswered: false }] : [];
    });
  }

  if (cq.asksForQuestion && chunk.paired.length) {
    const item = bestQuestionItem(doc, chunk.paired, qTerms, weight);
    return item ? [{ ...base, part: 'vraag' as const, item, span: itemSpan(item), answersQuestion: null, unanswered: false }] : [];
  }
  const answered = bestLabel(doc, chunk.paired, qTerms, weight);
  /** The sub-item of this chunk that answers a (sub-)question label, if any. */
  const subItemInChunk = (label: string) =>
    doc.answer?.items.find((i) => i.level === 'sub' && (doc.pairing[label] ?? []).includes(i.label!) && i.start >= chunk.start && i.end <= chunk.end);
  // The query matches a sub-question answered by a sub-item here: quote that sub-item.
  const subItem = answered ? subItemInChunk(answered) : undefined;
  // The whole item, not just this chunk's window of it: the quote is chosen from all of it.
  const item = doc.answer?.items.find((i) => i.label === chunk.item) ?? null;
  const best: Target = {
    ...base,
    part: 'antwoord',
    // The item cited is the one quoted: "antwoord op punt 3b", not "3", when only 3b is shown.
    item: subItem ?? item,
    span: subItem ? itemSpan(subItem) : item ? itemSpan(item) : { start: chunk.start, end: chunk.end },
    answersQuestion: answered ? { label: answered, text: questionItemText(answered) } : null,
    unanswered: false,
  };
  // When a sub-item is chosen, its siblings in the chunk stand on their own too: the detail asked may sit
  // in one whose sub-question shares fewer words with the query ("2a" holds the budget, "2b" the own
  // contribution). A whole item already holds its sub-items.
  const others = chunk.paired.flatMap((label): Target[] => {
    if (!subItem || label === answered) return [];
    const sub = subItemInChunk(label);
    if (!sub || sub === subItem) return [];
    return [{ ...base, part: 'antwoord', item: sub, span: itemSpan(sub), answersQuestion: { label, text: questionItemText(label) }, unanswered: false }];
  });
  // A chosen sub-item's lead stands too where it says something itself ("2. Van de 4.318 vrijstellingen
  // … gingen er 1.506 naar personen van 65 jaar of ouder. a) …"): a figure there answers no sub-question.
  const lead = subItem ? doc.answer?.items.find((i) => i.level !== 'sub' && i.label === subItem.parent) : undefined;
  // The lead's own text, before its first sub-item: the sub-items stand on their own.
  const leadSpan = lead ? quotableSpan(doc.text, { start: lead.start, end: lead.end }) : null;
  const leadText = leadSpan ? doc.text.slice(leadSpan.start, leadSpan.end) : '';
  // It says something where it holds the kind of answer asked (a figure for "hoeveel", of what is counted when the
  // question names it: "7,4 weken" counts no inburgeraars), or any words when none is asked.
  const counts = query.answerType !== 'count' || !query.focus || countsBefore(leadText, query.focus);
  const leadSays = lead !== undefined && counts && (query.answerType ? holdsAnswerType(leadText, query.answerType, cq.text) : /\p{L}{2,}/u.test(leadText));
  if (!leadSays) return [best, ...others];
  const leadTarget: Target = { ...base, part: 'antwoord', item: lead, span: { start: lead.start, end: lead.end }, answersQuestion: { label: lead.label!, text: questionItemText(lead.label!) }, unanswered: false };
  // Where the lead's own words share more of the query than the sub-item's it comes first: a sub-item is credited
  // with its lead's words (answerContext), so the two tie on the query. Otherwise, where a kind of answer is asked, it
  // still stands, last: the sub-items that share more words may not give what is asked though they hold the kind
  // ("842.000 euro" paid in total, where the lead gives the most per pupil, "hoogstens 120 euro"); the checks decide.
  const ownShare = (t: Target) => sharedWeight(doc.text.slice(t.span.start, t.span.end), qTerms, weight);
  if (ownShare(leadTarget) > ownShare(best)) return [leadTarget, best, ...others];
  // Last only for a kind of answer asked, which the lead is known to hold; any words are no such sign.
  return query.answerType ? [best, ...others, leadTarget] : [best, ...others];
}

/** Whether a passage is an item's lead shown without its sub-items (targetsFor). */
export const isLeadAlone = (t: { item: Item | null; span: { end: number } }): boolean => t.item?.level === 'top' && t.span.end < t.item.fullEnd;

/** For a sub-item ("1b"), the lead-in of its parent items ("1. In 2017 werden …"): it frames the sub-item. */
export function parentItemsText(doc: ParsedDocument, t: Target): string {
  const parentLabel = t.item?.level === 'sub' ? t.item.parent : null;
  const askedParent = t.answersQuestion ? doc.question.items.find((i) => i.label === t.answersQuestion!.label)?.parent : null;
  const own = (item: Item | undefined) => (item ? doc.text.slice(item.start, item.end) : '');
  return [
    parentLabel ? own(doc.answer?.items.find((i) => i.label === parentLabel)) : '',
    parentLabel ? own(doc.question.items.find((i) => i.label === parentLabel)) : '',
    askedParent ? own(doc.question.items.find((i) => i.label === askedParent)) : '',
  ].join('\n');
}

/**
 * A pronominal adverb in an item's opening words points back to what the item before named: "Hoeveel leerlingen konden
 * daardoor toch mee?", "Welk budget is daarvoor voorzien?". Later in the item ("…, en wat deden ze daarna?") it
 * points within it.
 */
const OPENS_POINTING_BACK = new RegExp(`^(?:\\S+\\s+){0,4}?${POINTING_ADVERB}`, 'i');

/**
 * A question item that opens by pointing back ("Hoeveel van die cursisten behaalden een certificaat?",
 * "Hoeveel daarvan …") counts what the item before it asked about: its text, then the item's own. Other items are read as they stand.
 */
export function askedWithAntecedent(doc: ParsedDocument, asked: { label: string; text: string } | null): string {
  if (!asked) return '';
  // Only an item that opens by pointing back: "Hoeveel … ? Hoeveel van hen …?" finds its referent in itself.
  const opening = /^[^?.!]*/.exec(asked.text)![0];
  if (!SHARE_OF_COUNTED.test(opening) && !OPENS_POINTING_BACK.test(opening)) return asked.text;
  const own = doc.question.items.find((i) => i.label === asked.label);
  // A whole item points back to the whole item before it, a sub-item to the one just before it.
  const items = doc.question.items.filter((i) => i.level !== 'intro' && (own?.level === 'sub' || i.level !== 'sub'));
  const at = items.findIndex((i) => i === own);
  const before = at > 0 ? items[at - 1]! : null;
  return before ? `${doc.text.slice(before.start, before.end)}\n${asked.text}` : asked.text;
}

/** The question's text before its first numbered item: it sets the scene (and the time frame) of every item. */
export function questionIntro(doc: ParsedDocument): string {
  const intro = doc.question.items.find((i) => i.level === 'intro');
  return intro ? doc.text.slice(intro.start, intro.end) : '';
}

/** The span without its leading item marker ("2. ", "a) "). */
export function quotableSpan(text: string, span: { start: number; end: number }): { start: number; end: number } {
  let rest = text.slice(span.start, span.end);
  let start = span.start;
  for (const marker of [TOP_ITEM_MARKER, SUB_ITEM_MARKER]) {
    const m = marker.exec(rest);
    if (m) {
      start += m[0].length;
      rest = rest.slice(m[0].length);
    }
  }
  return { start, end: span.end };
}

/**
 * The text around a passage. A sub-item stands in the lead of its item ("5.
 * Voor het schooljaar 2025-2026 wordt een bijkomend budget …"), not beside its
 * siblings: "a)" is not credited with the words of "b)", whichever chunk led
 * to it. A whole item has the chunk that led to it: its own answer, or the
 * question it answers, sub-questions and all. A lead shown alone (see targetsFor) has none.
 */
export function answerContext(chunk: { text: string }, doc: ParsedDocument, t: { item: Item | null; span: { start: number; end: number } }): string {
  // A lead shown without its sub-items stands in its own words: "a)" and "b)" are not credited to it.
  if (isLeadAlone(t)) return '';
  if (t.item?.level !== 'sub') return chunk.text;
  const lead = doc.answer?.items.filter((i) => i.level !== 'sub' && i.start < t.span.start).pop();
  return lead ? doc.text.slice(lead.start, lead.end) : '';
}
