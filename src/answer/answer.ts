import type { ParsedDocument } from '../corpus/types.js';
import type { Embedder } from '../embed/types.js';
import { terms } from '../search/analyze.js';
import type { LoadedIndex } from '../search/loaded-index.js';
import { filterIndex } from './filters.js';
import { closestQuestions, groupByQuestion, numberOnlyAnswer, quoteScorer, toPassage } from './passage.js';
import { analyseQuery } from './query.js';
import { chooseRetriever, retrievalState, retrieve, type RetrievalChoice } from './retrieve.js';
import { selectPassages } from './select.js';
import { verdictOf } from './verdict.js';
import type { AnswerOptions, AnswerResult, NoAnswerReason, RetrievalState } from './types.js';

/** Calibrated on the public eval's unanswerable queries (npm run eval). */
export const DEFAULT_THRESHOLD = 0.25;

export interface AnswerContext extends RetrievalChoice {
  index: LoadedIndex;
  /** The query-side model; null in keyword mode. */
  embedder: Embedder | null;
  /** Minimum coverage for a passage to count as an answer. */
  threshold?: number;
  /** The retrieval state the caller keeps for this index and model; computed here when absent. */
  state?: RetrievalState;
}

/** Each index's documents by id, built once per loaded index rather than once per question. */
const byIdOfIndex = new WeakMap<LoadedIndex, Map<string, ParsedDocument>>();
function documentsById(index: LoadedIndex): Map<string, ParsedDocument> {
  let byId = byIdOfIndex.get(index);
  if (!byId) byIdOfIndex.set(index, (byId = new Map(index.documents.map((d) => [d.id, d]))));
  return byId;
}

/**
 * The one entry point the CLI and the Discord bot call: a question in, ranked
 * verbatim passages out, grouped by written question, or an honest "no
 * answer" with its reason. query → retrieve → targets, rerank, checks
 * (select) → passages.
 */
export async function answer(raw: string, options: AnswerOptions, ctx: AnswerContext): Promise<AnswerResult> {
  const started = performance.now();
  const { index, embedder } = ctx;
  const limit = Math.max(1, Math.min(10, options.limit ?? 3));
  const offset = Math.max(0, options.offset ?? 0);
  const state = ctx.state ?? retrievalState(index, embedder);
  const query = analyseQuery(
    raw,
    options.filters ?? {},
    index.documents,
    (word) => terms(word).some((t) => index.keyword.knows(t)),
    (term) => index.keyword.nearestKnownTerm(term),
  );
  const result: AnswerResult = {
    ...{ status: 'answered', query: raw, searchedQuery: query.clean.text, reason: null, passages: [], groups: [], closest: [], shortfall: null, hasMore: false },
    ...{ mode: ctx.retrieval === 'keyword' ? 'keyword' : state.mode, keywordOnly: state.keywordOnly, filters: query.filters },
    notes: [
      ...(query.unknownQuestionNumber === null ? [] : [{ kind: 'question-not-in-corpus' as const, questionNumber: query.unknownQuestionNumber }]),
      ...(query.english && state.mode === 'keyword' && !query.clean.problem ? [{ kind: 'english-in-keyword-mode' as const }] : []),
    ],
    timings: { embedMs: 0, retrieveMs: 0, quoteMs: 0, totalMs: 0 },
  };
  const finish = (outcome: Partial<AnswerResult> = {}) => Object.assign(result, outcome, { timings: { ...result.timings, totalMs: performance.now() - started } });
  const noAnswer = (reason: NoAnswerReason, more: Partial<AnswerResult> = {}) => finish({ status: reason.kind === 'invalid-query' ? 'invalid-query' : 'no-answer', reason, ...more });

  if (query.clean.problem) return noAnswer({ kind: 'invalid-query', problem: query.clean.problem, length: raw.length });
  const allowed = filterIndex(index, query.filters);
  if (allowed.documents === 0) return noAnswer({ kind: index.documents.length === 0 ? 'empty-corpus' : 'no-question-matches-filters' });
  if (query.queryTerms.length === 0 && query.filters.questionNumber !== undefined) {
    // Only a question number ("vraag 455"): its answer, item by item.
    return finish(numberOnlyAnswer(index, query.filters.questionNumber, limit, offset));
  }

  const retrieved = await retrieve(chooseRetriever(index, state, ctx), query, embedder, allowed.chunkFilter);
  Object.assign(result.timings, { embedMs: retrieved.embedMs, retrieveMs: retrieved.retrieveMs });
  const quoteStart = performance.now();
  const docs = documentsById(index);
  const threshold = ctx.threshold ?? DEFAULT_THRESHOLD;
  const selection = selectPassages(retrieved.ranking, query, index, docs, { threshold, limit, offset });
  if (!selection.answered) {
    const { top, why, candidates } = selection;
    const closest = closestQuestions(candidates, docs);
    const shortfall = top && why ? { ...why, questionNumber: top.target.doc.questionNumber } : null;
    if (top && top.target.unanswered && top.framed >= threshold) return noAnswer({ kind: 'not-answered-yet', questionNumber: top.target.doc.questionNumber }, { closest, shortfall });
    const sentence = shortfall?.kind === 'unavailable' || shortfall?.kind === 'listed' ? top!.target.doc.text.slice(shortfall.sentence.start, shortfall.sentence.end) : null;
    return noAnswer({ kind: 'no-passage', shortfall, sentence }, { closest, shortfall });
  }
  // Quotes only for what is shown.
  const scorer = quoteScorer(index, query);
  const passages = selection.shown.map((c, i) => ({ ...toPassage(index, c.target, c.framed, scorer, verdictOf(c.target, c.framed, query, c.shortfall, (t) => index.keyword.idf(t))), rank: offset + i + 1 }));
  result.timings.quoteMs = performance.now() - quoteStart;
  if (passages.length === 0) return noAnswer({ kind: 'no-further-passages' }, { hasMore: selection.hasMore });
  return finish({ passages, groups: groupByQuestion(passages), hasMore: selection.hasMore });
}
