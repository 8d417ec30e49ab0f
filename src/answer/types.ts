import type { Part } from '../corpus/types.js';
import type { RetrievalMode } from '../store/index-store.js';

export type { RetrievalMode };
import type { Shortfall } from './checks.js';
import type { QueryProblem } from './query.js';
import type { Verdict } from './verdict.js';

export type { Verdict };

/** What answer() takes and returns; the presentation layer words it (src/present/). */

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

export interface QuestionRef {
  questionNumber: number;
  date: string | null;
  title: string | null;
  /** Present in the corpus, so it can be looked up. */
  inCorpus: boolean;
  docId: string | null;
  /** Several documents carry this number and the citation does not say which. */
  ambiguous?: true;
}

export interface Passage {
  rank: number;
  /** Fused retrieval score (RRF in hybrid mode, BM25 in keyword mode). */
  score: number;
  /** 0–1: how much of the question the passage covers; compared with the threshold. */
  confidence: number;
  /** What can honestly be said of it: answers, partly (the asked kind of answer missing), or related. */
  verdict: Verdict;
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

/** Why retrieval runs on keywords only, when it does. */
export type KeywordOnlyReason =
  /** The index was built without vectors because the model could not be loaded then. */
  | { kind: 'model-unavailable-at-indexing'; detail: string }
  /** The index has vectors, but the model is not loaded for queries (`detail`: what the loader said, when known). */
  | { kind: 'model-not-loaded'; detail: string | null }
  /** Keyword retrieval was configured (RETRIEVAL_MODE=keyword). */
  | { kind: 'keyword-configured' }
  /** The index was built without vectors on purpose. */
  | { kind: 'no-vectors' };

/** The mode answers run in, and why it is keyword-only when it is: computed once per index and model. */
export interface RetrievalState {
  mode: RetrievalMode;
  keywordOnly: KeywordOnlyReason | null;
}

/** Why there is no answer: the presentation layer turns it into words. */
export type NoAnswerReason =
  | { kind: 'invalid-query'; problem: QueryProblem; length: number }
  | { kind: 'empty-corpus' }
  | { kind: 'no-question-matches-filters' }
  /** The closest question has not been answered yet. */
  | { kind: 'not-answered-yet'; questionNumber: number }
  /** No passage answers; the closest one's shortfall, and the sentence it says so in, when a check can tell. */
  | { kind: 'no-passage'; shortfall: LocatedShortfall | null; sentence: string | null }
  /** A "more results" page past the last answering passage. */
  | { kind: 'no-further-passages' };

export type LocatedShortfall = Shortfall & { questionNumber: number };

/** Something worth telling beside the answer. */
export type AnswerNote =
  | { kind: 'question-not-in-corpus'; questionNumber: number }
  /** An English question answered on keywords only: the glossary covers the domain's words, not the language. */
  | { kind: 'english-in-keyword-mode' };

export interface AnswerResult {
  status: 'answered' | 'no-answer' | 'invalid-query';
  query: string;
  /** The query as searched (mentions, markdown removed). */
  searchedQuery: string;
  mode: RetrievalMode;
  /** Why the answer used keywords only (null in hybrid mode). */
  keywordOnly: KeywordOnlyReason | null;
  /** Set unless status is 'answered'. */
  reason: NoAnswerReason | null;
  notes: AnswerNote[];
  passages: Passage[];
  groups: AnswerGroup[];
  /** On no-answer: the questions that came closest. */
  closest: QuestionRef[];
  /** On no-answer: why the closest passage does not answer. */
  shortfall: LocatedShortfall | null;
  hasMore: boolean;
  filters: AnswerFilters;
  timings: { embedMs: number; retrieveMs: number; quoteMs: number; totalMs: number };
}
