import type { Chunk } from './corpus/chunk.js';
import { itemLabelNl } from './corpus/chunk.js';
import { SUB_ITEM_MARKER, TOP_ITEM_MARKER } from './corpus/normalize.js';
import type { Item, ParsedDocument, Part } from './corpus/types.js';
import type { Embedder } from './embed/types.js';
import { foldDiacritics, grams, isStopword, terms, tokenize, yearsIn } from './search/analyze.js';
import { reciprocalRankFusion, scoreBlend } from './search/fuse.js';
import { highlightSpans } from './search/highlight.js';
import { answerType, holdsAnswerType } from './search/answer-type.js';
import { answerShortfall, type QueryTerm, type Shortfall } from './search/answerability.js';
import { abbreviationExpansions, dutchEquivalents, expandQuery, looksEnglish } from './search/glossary.js';
import { analyzeQuery } from './search/keyword.js';
import { cleanQuery, queryProblemMessage, searchTerms, type CleanQuery } from './search/query.js';
import { selectQuote } from './search/quote.js';
import type { LoadedIndex, RetrievalMode } from './store/index-store.js';

/**
 * The one entry point the CLI and the Discord bot call: a question in, ranked
 * verbatim passages out, grouped by written question, or an honest "no answer".
 */

export interface AnswerFilters {
  /** Part of the questioner's name, any case ("kherbache"). */
  questioner?: string | undefined;
  /** Part of the minister's name or title. */
  minister?: string | undefined;
  year?: number | undefined;
  /** ISO dates, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
  questionNumber?: number | undefined;
}

export interface AnswerOptions {
  /** Passages to return (default 3). */
  limit?: number;
  /** Passages to skip: the "more results" page. */
  offset?: number;
  filters?: AnswerFilters;
}

export interface AnswerContext {
  index: LoadedIndex;
  /** The query-side model; null in keyword mode. */
  embedder: Embedder | null;
  /** Minimum confidence for a passage to count as an answer. */
  threshold?: number;
  /** Force one side of retrieval (evaluation); default: hybrid when possible. */
  retrieval?: 'keyword' | 'dense' | 'hybrid';
  /** How hybrid mode fuses its two rankings (evaluation); default: reciprocal rank fusion. */
  fusion?: 'rrf' | 'blend';
}

export interface QuestionRef {
  questionNumber: number;
  date: string | null;
  title: string | null;
  /** Present in the corpus, so it can be looked up. */
  inCorpus: boolean;
  docId: string | null;
}

export interface Passage {
  rank: number;
  /** Fused retrieval score (RRF in hybrid mode, BM25 in keyword mode). */
  score: number;
  /** 0–1: how much of the question the passage covers; compared with the threshold. */
  confidence: number;
  docId: string;
  file: string;
  questionNumber: number;
  date: string | null;
  questioner: string | null;
  minister: { name: string | null; title: string | null };
  title: string;
  part: Part;
  /** Label of the quoted item ("2", "1 en 2"), null for an introduction. */
  item: string | null;
  /** "antwoord op punt 2". */
  itemDescription: string;
  /** The (sub-)question this passage answers, shown as context. */
  answersQuestion: { label: string; text: string } | null;
  /** Verbatim: `text === document.text.slice(start, end)`. */
  quote: { text: string; start: number; end: number };
  /** Words of the quote that the question names (offsets within `quote.text`), for bold type. */
  highlights: { start: number; end: number }[];
  /** The whole item the quote comes from. */
  passage: { text: string; start: number; end: number };
  chunkId: string;
  /** A question without an answer (yet). */
  unanswered: boolean;
  citedQuestions: QuestionRef[];
}

export interface AnswerGroup {
  questionNumber: number;
  docId: string;
  title: string;
  date: string | null;
  passages: Passage[];
}

export interface AnswerResult {
  status: 'answered' | 'no-answer' | 'invalid-query';
  query: string;
  /** The query as searched (mentions, markdown removed). */
  searchedQuery: string;
  mode: RetrievalMode;
  /** One line for the user when retrieval runs on keywords only. */
  modeNote: string | null;
  /** Dutch message for no-answer and invalid queries. */
  message: string | null;
  notes: string[];
  passages: Passage[];
  groups: AnswerGroup[];
  /** On no-answer: the questions that came closest. */
  closest: QuestionRef[];
  /** On no-answer: why the closest passage does not answer. */
  shortfall: (Shortfall & { questionNumber: number }) | null;
  hasMore: boolean;
  filters: AnswerFilters;
  timings: { embedMs: number; retrieveMs: number; quoteMs: number; totalMs: number };
}

/** Calibrated on the public eval's unanswerable queries (npm run eval). */
export const DEFAULT_THRESHOLD = 0.25;
const CANDIDATES = 100;
/** Passages re-ranked by how much of the question they cover. */
const RERANK_DEPTH = 20;

/**
 * Retrieval ranks by term statistics; coverage knows which query words (and
 * years) a passage really contains. The blend puts the passage that answers
 * all of the question above one that matches a rare word many times.
 */
interface Candidate {
  target: Target;
  confidence: number;
  /** What keeps the passage from answering, when something does; read on first need (undefined until then). */
  shortfall?: Shortfall | null;
  /** It holds the kind of answer asked for; counts are not told apart, every item has numbers. */
  holdsAnswerType: boolean;
}

/** Re-rank bonus for a passage holding the kind of answer asked for (a sum, a share, a date, a name). */
const ANSWER_TYPE_BONUS = 0.1;

function rerankByCoverage(candidates: Candidate[]): void {
  const top = Math.max(...candidates.map((c) => c.target.score), 1e-9);
  const blended = new Map(candidates.map((c) => [c, 0.5 * (c.target.score / top) + 0.5 * c.confidence + (c.holdsAnswerType ? ANSWER_TYPE_BONUS : 0)]));
  candidates.sort((a, b) => blended.get(b)! - blended.get(a)!);
}

export function modeNote(index: LoadedIndex, embedder: Embedder | null): string | null {
  if (index.manifest.mode === 'hybrid' && embedder) return null;
  const why = index.manifest.embeddingUnavailable ?? (index.manifest.mode === 'hybrid' ? 'taalmodel niet geladen' : 'index zonder vectoren');
  return `Zoekmodus: alleen trefwoorden (${why}).`;
}

export function effectiveMode(index: LoadedIndex, embedder: Embedder | null): RetrievalMode {
  return index.manifest.mode === 'hybrid' && embedder && index.vectors ? 'hybrid' : 'keyword';
}

const fold = (s: string) => foldDiacritics(s).toLowerCase();

export function matchesFilters(doc: ParsedDocument, f: AnswerFilters): boolean {
  if (f.questionNumber !== undefined && doc.questionNumber !== f.questionNumber) return false;
  if (f.questioner && !fold(doc.questioner ?? '').includes(fold(f.questioner).trim())) return false;
  if (f.minister && !fold(`${doc.minister.name ?? ''} ${doc.minister.title ?? ''}`).includes(fold(f.minister).trim())) return false;
  if (f.year !== undefined && !doc.date?.startsWith(String(f.year))) return false;
  if (f.from && (!doc.date || doc.date < f.from)) return false;
  if (f.to && (!doc.date || doc.date > f.to)) return false;
  return true;
}

export function citedQuestionRefs(index: LoadedIndex, doc: ParsedDocument): QuestionRef[] {
  return doc.citesEarlier.map((c) => {
    const target = index.documents.find((d) => d.questionNumber === c.number);
    return { questionNumber: c.number, date: c.date, title: target?.title ?? null, inCorpus: Boolean(target), docId: target?.id ?? null };
  });
}

function questionRef(doc: ParsedDocument): QuestionRef {
  return { questionNumber: doc.questionNumber, date: doc.date, title: doc.title, inCorpus: true, docId: doc.id };
}

function queryTerms(text: string): QueryTerm[] {
  const english = looksEnglish(text);
  const seen = new Map<string, QueryTerm>();
  for (const token of tokenize(text)) {
    if (isStopword(token)) continue;
    const [term] = terms(token);
    if (!term || seen.has(term)) continue;
    const alternatives = [...(english ? dutchEquivalents(token) : []), ...abbreviationExpansions(token)].flatMap((w) => terms(w));
    // An English word the glossary cannot translate is not expected in a Dutch passage.
    seen.set(term, { term, alternatives, grams: grams(token), foreign: english && alternatives.length === 0 });
  }
  return [...seen.values()];
}

/** Analysed evidence per index generation: the same passages recur across questions. */
const analysisCache = new WeakMap<LoadedIndex, Map<string, { terms: Set<string>; grams: Set<string> }>>();

function analyzed(index: LoadedIndex, text: string): { terms: Set<string>; grams: Set<string> } {
  let cache = analysisCache.get(index);
  if (!cache) analysisCache.set(index, (cache = new Map()));
  let entry = cache.get(text);
  if (!entry) {
    if (cache.size > 20_000) cache.clear();
    entry = { terms: new Set(terms(text)), grams: new Set(grams(text)) };
    cache.set(text, entry);
  }
  return entry;
}

/** Factor for a year the question names that the document's text never mentions. */
const YEAR_ABSENT = 0.25;

/**
 * How much of the query a passage covers: idf-weighted share of query words
 * found (directly, through a Dutch equivalent, or partly through n-grams for
 * compounds and cognates). A year the question names that the document's text
 * never mentions is a strong sign the passage does not answer it.
 */
function coverage(index: LoadedIndex, qTerms: QueryTerm[], years: string[], evidence: string[], doc: ParsedDocument): number {
  if (qTerms.length === 0) return 0;
  // Each piece is analysed once and cached: the same items recur across candidates and questions.
  const pieces = evidence.filter(Boolean).map((text) => analyzed(index, text));
  const present = { has: (t: string) => pieces.some((p) => p.terms.has(t)) };
  const presentGrams = { has: (g: string) => pieces.some((p) => p.grams.has(g)) };
  const maxIdf = Math.log(1 + (index.chunks.length + 0.5) / 0.5);
  let total = 0;
  let covered = 0;
  for (const q of qTerms) {
    const known = [q.term, ...q.alternatives].filter((t) => index.keyword.knows(t));
    if (q.foreign && known.length === 0) continue;
    const w = known.length ? Math.max(...known.map((t) => index.keyword.idf(t))) : maxIdf;
    total += w;
    if (present.has(q.term) || q.alternatives.some((t) => present.has(t))) covered += w;
    else if (q.grams.length) {
      const share = q.grams.filter((g) => presentGrams.has(g)).length / q.grams.length;
      if (share >= 0.5) covered += w * share * 0.8;
    }
  }
  let score = total ? covered / total : 0;
  if (years.length) {
    // The question and answer text, not the header (whose date names a year too).
    const body = doc.text.slice(doc.question.start, doc.question.end) + (doc.answer ? doc.text.slice(doc.answer.start, doc.answer.end) : '');
    for (const year of years) if (!body.includes(year)) score *= YEAR_ABSENT;
  }
  return score;
}

interface Target {
  doc: ParsedDocument;
  chunk: Chunk;
  part: Part;
  item: Item | null;
  span: { start: number; end: number };
  answersQuestion: { label: string; text: string } | null;
  unanswered: boolean;
  score: number;
}

const itemSpan = (item: Item) => ({ start: item.start, end: item.level === 'top' ? item.fullEnd : item.end });

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
  const items = doc.question.items.filter((i) => i.label !== null && labels.includes(i.label));
  const ownText = (i: Item) => doc.text.slice(i.start, i.end);
  let best: Item | null = items[0] ?? null;
  let bestScore = -1;
  for (const item of items) {
    const parent = item.parent ? doc.question.items.find((p) => p.label === item.parent) : undefined;
    const present = new Set(terms((parent ? ownText(parent) + ' ' : '') + ownText(item)));
    const score = qTerms.reduce((sum, q) => sum + (present.has(q.term) || q.alternatives.some((a) => present.has(a)) ? weight(q.term) : 0), 0);
    if (score > bestScore) {
      best = item;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Structure-aware: a hit on a question item becomes the answer item paired
 * with it (never a better-sounding passage from another item); a hit on an
 * answer item stays, with the question it answers as context. When the user
 * asks what was asked, it goes the other way.
 */
function targetsFor(chunk: Chunk, doc: ParsedDocument, cq: CleanQuery, qTerms: QueryTerm[], score: number, weight: (t: string) => number): Target[] {
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
    if (cq.asksForQuestion) return [chunkAsTarget(!doc.answer)];
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
    return chunk.paired.slice(0, 1).flatMap((label) => {
      const item = doc.question.items.find((i) => i.label === label);
      return item ? [{ ...base, part: 'vraag' as const, item, span: itemSpan(item), answersQuestion: null, unanswered: false }] : [];
    });
  }
  const answered = bestLabel(doc, chunk.paired, qTerms, weight);
  // The query matches a sub-question answered by a sub-item here: quote that sub-item.
  const subItem = answered
    ? doc.answer?.items.find((i) => i.level === 'sub' && (doc.pairing[answered] ?? []).includes(i.label!) && i.start >= chunk.start && i.end <= chunk.end)
    : undefined;
  // The whole item, not just this chunk's window of it: the quote is chosen from all of it.
  const item = doc.answer?.items.find((i) => i.label === chunk.item) ?? null;
  return [
    {
      ...base,
      part: 'antwoord',
      item,
      span: subItem ? itemSpan(subItem) : item ? itemSpan(item) : { start: chunk.start, end: chunk.end },
      answersQuestion: answered ? { label: answered, text: questionItemText(answered) } : null,
      unanswered: false,
    },
  ];
}

export async function answer(query: string, options: AnswerOptions, ctx: AnswerContext): Promise<AnswerResult> {
  const started = performance.now();
  const { index, embedder } = ctx;
  const threshold = ctx.threshold ?? DEFAULT_THRESHOLD;
  const limit = Math.max(1, Math.min(10, options.limit ?? 3));
  const offset = Math.max(0, options.offset ?? 0);
  const mode = effectiveMode(index, embedder);
  const reportedMode: RetrievalMode = ctx.retrieval === 'keyword' ? 'keyword' : mode;
  const cq = cleanQuery(query);
  const filters: AnswerFilters = { ...options.filters };
  const notes: string[] = [];
  const result: AnswerResult = {
    status: 'answered',
    query,
    searchedQuery: cq.text,
    mode: reportedMode,
    modeNote: mode === 'keyword' ? modeNote(index, embedder) : null,
    message: null,
    notes,
    passages: [],
    groups: [],
    closest: [],
    shortfall: null,
    hasMore: false,
    filters,
    timings: { embedMs: 0, retrieveMs: 0, quoteMs: 0, totalMs: 0 },
  };
  const finish = (r: AnswerResult = result) => {
    r.timings.totalMs = performance.now() - started;
    return r;
  };

  if (cq.problem) {
    result.status = 'invalid-query';
    result.message = queryProblemMessage(cq.problem, query.length);
    return finish();
  }
  let pinnedByQuery = false;
  if (cq.questionNumber !== null && filters.questionNumber === undefined) {
    if (index.documents.some((d) => d.questionNumber === cq.questionNumber)) {
      filters.questionNumber = cq.questionNumber;
      pinnedByQuery = true;
    } else if (cq.questionNumber >= 10 && !/^(19|20)\d\d$/.test(String(cq.questionNumber))) {
      notes.push(`Vraag nr. ${cq.questionNumber} staat niet in het corpus; ik zoek in alle vragen.`);
    }
  }

  const docs = new Map(index.documents.map((d) => [d.id, d]));
  const allowedDocs = new Set(index.documents.filter((d) => matchesFilters(d, filters)).map((d) => d.id));
  if (allowedDocs.size === 0) {
    result.status = 'no-answer';
    result.message =
      index.documents.length === 0
        ? 'Het corpus bevat nog geen schriftelijke vragen: voeg documenten toe en herindexeer.'
        : 'Geen enkele vraag in het corpus voldoet aan de gekozen filters.';
    return finish();
  }
  const allowed = (i: number) => allowedDocs.has(index.chunks[i]!.docId);
  const filtered = allowedDocs.size < index.documents.length;

  // Retrieval: keyword always, dense when the model and vectors are there.
  const retrieveStart = performance.now();
  const searchText = searchTerms(cq.text, pinnedByQuery);
  const qTerms = queryTerms(searchText);
  if (qTerms.length === 0 && filters.questionNumber !== undefined) {
    // Only a question number ("vraag 455"): its answer, item by item.
    return finish(Object.assign(result, numberOnlyAnswer(index, filters.questionNumber, limit, offset)));
  }
  const useKeyword = ctx.retrieval !== 'dense' || mode !== 'hybrid';
  const useDense = mode === 'hybrid' && ctx.retrieval !== 'keyword';
  const keywordHits = useKeyword ? index.keyword.search(analyzeQuery(expandQuery(searchText)), { limit: CANDIDATES, allowed: filtered ? allowed : undefined }) : [];
  let ranking = keywordHits.map((h) => ({ id: h.index, score: h.score }));
  if (useDense) {
    const embedStart = performance.now();
    const vector = await embedder!.embedQuery(cq.text);
    result.timings.embedMs = performance.now() - embedStart;
    const denseHits = await index.vectors!.query(vector, CANDIDATES, filtered ? allowed : undefined);
    const denseRanking = denseHits.map((h) => ({ id: h.chunk, score: h.score }));
    if (!useKeyword) ranking = denseRanking;
    else if (ctx.fusion === 'blend') ranking = scoreBlend([ranking, denseRanking]);
    else ranking = reciprocalRankFusion([keywordHits.map((h) => h.index), denseRanking.map((h) => h.id)]);
  }
  result.timings.retrieveMs = performance.now() - retrieveStart - result.timings.embedMs;

  // Structure-aware passages, de-duplicated, in rank order.
  const quoteStart = performance.now();
  const years = yearsIn(searchText);
  const queryAnalysis = analyzeQuery(expandQuery(searchText));
  const wanted = answerType(searchText);
  const scorer = {
    weight: (t: string) => index.keyword.idf(t),
    queryTerms: queryAnalysis.terms,
    queryGrams: new Set(queryAnalysis.grams),
    prefers: wanted ? (sentence: string) => holdsAnswerType(sentence, wanted) : undefined,
  };
  // A user who names the question number has chosen the document: its best
  // item is shown as long as it shares anything with the question.
  const pinned = filters.questionNumber !== undefined;
  /** What keeps a passage from answering: read with its question item, introduction and date. */
  const readClosely = (t: Target): Shortfall | null =>
    answerShortfall({
      query: searchText,
      queryTerms: qTerms,
      years,
      text: t.doc.text,
      span: t.span,
      isAnswer: t.part === 'antwoord',
      askedText: t.answersQuestion?.text ?? '',
      contextText: `${questionIntro(t.doc)}\n${parentItemsText(t.doc, t)}\n${t.doc.title}`,
      askedInYear: t.doc.date?.slice(0, 4) ?? null,
    });
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  let next = 0;
  const collectUntil = (enough: () => boolean) => {
    while (!enough() && next < ranking.length) {
      const hit = ranking[next++]!;
      const chunk = index.chunks[hit.id]!;
      const doc = docs.get(chunk.docId)!;
      for (const t of targetsFor(chunk, doc, cq, qTerms, hit.score, scorer.weight)) {
        const key = `${doc.id}|${t.part}|${t.span.start}`;
        if (seen.has(key)) continue;
        seen.add(key);
        // What the passage stands for: the item, the question it answers (or the
        // answer it got), and the title.
        const evidence = [chunk.text, doc.text.slice(t.span.start, t.span.end), t.answersQuestion?.text ?? '', doc.title];
        const confidence = coverage(index, qTerms, years, evidence, doc);
        // Only a passage that could answer is read closely.
        const typed = wanted !== null && wanted !== 'count' && holdsAnswerType(doc.text.slice(t.span.start, t.span.end), wanted);
        candidates.push({ target: t, confidence, holdsAnswerType: typed });
      }
    }
  };
  const covers = (c: Candidate) => c.confidence >= threshold || (pinned && c.confidence > 0);
  // Read closely only a passage that could answer, and only when it is needed.
  const shortfallOf = (c: Candidate): Shortfall | null => {
    if (c.shortfall === undefined) c.shortfall = covers(c) ? readClosely(c.target) : null;
    return c.shortfall;
  };
  const answerable = (c: Candidate) => covers(c) && (!c.target.unanswered || cq.asksForQuestion) && !shortfallOf(c);
  /** The first `n` answerable candidates, in order, reading no further than needed. */
  const firstAnswerable = (n: number) => {
    const out: Candidate[] = [];
    for (const c of candidates) if (out.length < n && answerable(c)) out.push(c);
    return out;
  };
  // The same head is re-ranked for every page, and later candidates follow in
  // retrieval order, so "more results" pages never overlap or skip.
  collectUntil(() => candidates.length >= RERANK_DEPTH);
  rerankByCoverage(candidates);
  // Bounded: past a page plus a re-rank depth of weak candidates, stop looking.
  collectUntil(() => candidates.length >= offset + limit + RERANK_DEPTH || firstAnswerable(offset + limit + 1).length > offset + limit);
  // A better-matching passage about another year, or without what was counted,
  // points retrieval elsewhere: the next passage that answers takes its place.
  // One that says the information is not given, or a question not yet
  // answered, is the answer's last word: no lesser passage replaces it.
  const givesWay = (c: Candidate) => !answerable(c) && (shortfallOf(c)?.kind === 'year' || shortfallOf(c)?.kind === 'focus');
  const top = candidates.find((c) => !givesWay(c)) ?? candidates[0];
  if (!top || !answerable(top)) {
    result.status = 'no-answer';
    result.closest = closestQuestions(candidates, docs);
    // Why the closest passage does not answer, when a check can tell (also for
    // one whose coverage alone kept it out: "another year" says more).
    const why = top && !top.target.unanswered ? (shortfallOf(top) ?? readClosely(top.target)) : null;
    if (top && why) result.shortfall = { ...why, questionNumber: top.target.doc.questionNumber };
    result.message =
      top && top.target.unanswered && top.confidence >= threshold
        ? `De vraag die het best overeenkomt (nr. ${top.target.doc.questionNumber}) is nog niet beantwoord.`
        : ['Ik vond geen passage die deze vraag beantwoordt.', top && why && shortfallMessage(why, top.target.doc)].filter(Boolean).join(' ');
    return finish();
  }
  const kept = firstAnswerable(offset + limit + 1);
  // Quotes only for what is shown.
  result.passages = kept.slice(offset, offset + limit).map((c, i) => ({ ...toPassage(index, c.target, c.confidence, scorer), rank: offset + i + 1 }));
  result.timings.quoteMs = performance.now() - quoteStart;
  result.hasMore = kept.length > offset + limit;
  if (result.passages.length === 0) {
    result.status = 'no-answer';
    result.message = 'Er zijn geen verdere passages die deze vraag beantwoorden.';
    return finish();
  }
  result.groups = groupByQuestion(result.passages);
  return finish();
}

/** Longest sentence repeated in a no-answer message; a longer one is left to the closest questions. */
const MAX_MESSAGE_QUOTE = 300;

/** Why the closest passage does not answer, in the bot's Dutch; the passage's own words where it says so itself. */
function shortfallMessage(shortfall: Shortfall, doc: ParsedDocument): string | null {
  const nr = doc.questionNumber;
  switch (shortfall.kind) {
    case 'year':
      return `Het antwoord dat het best overeenkomt (vraag nr. ${nr}) gaat niet over ${shortfall.year}.`;
    case 'year-figures':
      return `De cijfers in het antwoord dat het best overeenkomt (vraag nr. ${nr}) gaan niet over ${shortfall.year}.`;
    case 'focus':
      return `Het antwoord dat het best overeenkomt (vraag nr. ${nr}) spreekt niet over "${shortfall.word}".`;
    case 'unavailable': {
      const sentence = doc.text.slice(shortfall.sentence.start, shortfall.sentence.end).replace(/\s+/g, ' ');
      return sentence.length <= MAX_MESSAGE_QUOTE ? `Het antwoord op vraag nr. ${nr} zegt: "${sentence}"` : `Het antwoord op vraag nr. ${nr} zegt dat die informatie er niet in staat.`;
    }
  }
}

/** For a sub-item ("1b"), the lead-in of its parent items ("1. In 2017 werden …"): it frames the sub-item. */
function parentItemsText(doc: ParsedDocument, t: Target): string {
  const parentLabel = t.item?.level === 'sub' ? t.item.parent : null;
  const askedParent = t.answersQuestion ? doc.question.items.find((i) => i.label === t.answersQuestion!.label)?.parent : null;
  const own = (item: Item | undefined) => (item ? doc.text.slice(item.start, item.end) : '');
  return [
    parentLabel ? own(doc.answer?.items.find((i) => i.label === parentLabel)) : '',
    parentLabel ? own(doc.question.items.find((i) => i.label === parentLabel)) : '',
    askedParent ? own(doc.question.items.find((i) => i.label === askedParent)) : '',
  ].join('\n');
}

/** The question's text before its first numbered item: it sets the scene (and the time frame) of every item. */
function questionIntro(doc: ParsedDocument): string {
  const intro = doc.question.items.find((i) => i.level === 'intro');
  return intro ? doc.text.slice(intro.start, intro.end) : '';
}

/** A question item is short and is quoted whole; longer ones, like answers, by their best sentences. */
const WHOLE_QUESTION_CHARS = 500;

function toPassage(index: LoadedIndex, t: Target, confidence: number, scorer: Parameters<typeof selectQuote>[2]): Passage {
  const { doc } = t;
  const barriers = [...doc.question.items, ...(doc.answer?.items ?? [])].map((i) => i.start);
  const quote =
    t.part === 'vraag' && t.span.end - t.span.start <= WHOLE_QUESTION_CHARS ? quotableSpan(doc.text, t.span) : selectQuote(doc.text, t.span, scorer, barriers);
  return {
    rank: 0,
    score: t.score,
    confidence,
    docId: doc.id,
    file: doc.file,
    questionNumber: doc.questionNumber,
    date: doc.date,
    questioner: doc.questioner,
    minister: doc.minister,
    title: doc.title,
    part: t.part,
    item: t.item?.label ?? null,
    itemDescription: itemLabelNl(t.part, t.item?.label ?? null),
    answersQuestion: t.answersQuestion,
    quote: { text: doc.text.slice(quote.start, quote.end), start: quote.start, end: quote.end },
    highlights: highlightSpans(doc.text.slice(quote.start, quote.end), new Set(scorer.queryTerms)),
    passage: { text: doc.text.slice(t.span.start, t.span.end), start: t.span.start, end: t.span.end },
    chunkId: t.chunk.id,
    unanswered: t.unanswered,
    citedQuestions: citedQuestionRefs(index, doc),
  };
}

/** The span without its leading item marker ("2. ", "a) "). */
function quotableSpan(text: string, span: { start: number; end: number }): { start: number; end: number } {
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

function closestQuestions(candidates: Candidate[], docs: Map<string, ParsedDocument>): QuestionRef[] {
  const out: QuestionRef[] = [];
  for (const { target } of candidates) {
    if (out.some((q) => q.docId === target.doc.id)) continue;
    out.push(questionRef(docs.get(target.doc.id)!));
    if (out.length === 3) break;
  }
  return out;
}

/** "vraag 455" and nothing else: the answer items of that question, in order. */
function numberOnlyAnswer(index: LoadedIndex, questionNumber: number, limit: number, offset: number): Partial<AnswerResult> {
  const passages: Passage[] = [];
  for (const doc of index.documents.filter((d) => d.questionNumber === questionNumber)) {
    const section = doc.answer ?? doc.question;
    for (const item of section.items.filter((i) => i.level !== 'sub')) {
      const span = itemSpan(item);
      const chunk = index.chunks.find((c) => c.docId === doc.id && c.part === section.part && c.start <= span.start && c.end >= span.start);
      if (!chunk) continue;
      const target: Target = { doc, chunk, part: section.part, item, span, answersQuestion: null, unanswered: !doc.answer, score: 1 };
      const quoteAll = { weight: () => 0, queryTerms: [], queryGrams: new Set<string>() };
      passages.push(toPassage(index, target, 1, quoteAll));
    }
  }
  const page = passages.slice(offset, offset + limit).map((p, i) => ({ ...p, rank: offset + i + 1 }));
  return { status: 'answered', passages: page, groups: groupByQuestion(page), hasMore: passages.length > offset + limit };
}

export function groupByQuestion(passages: Passage[]): AnswerGroup[] {
  const groups: AnswerGroup[] = [];
  for (const p of passages) {
    let g = groups.find((x) => x.docId === p.docId);
    if (!g) {
      g = { questionNumber: p.questionNumber, docId: p.docId, title: p.title, date: p.date, passages: [] };
      groups.push(g);
    }
    g.passages.push(p);
  }
  return groups;
}

export interface QuestionLookup {
  document: ParsedDocument;
  questionText: string;
  answerText: string | null;
  citedQuestions: QuestionRef[];
}

/** A written question by number; several when two files share the number. */
export function lookupQuestion(index: LoadedIndex, questionNumber: number): QuestionLookup[] {
  return index.documents
    .filter((d) => d.questionNumber === questionNumber)
    .map((d) => ({
      document: d,
      questionText: d.text.slice(d.question.start, d.question.end),
      answerText: d.answer ? d.text.slice(d.answer.start, d.answer.end) : null,
      citedQuestions: citedQuestionRefs(index, d),
    }));
}
