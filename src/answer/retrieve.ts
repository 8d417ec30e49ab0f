import type { Embedder } from '../embed/types.js';
import { DenseRetriever } from '../search/dense.js';
import { FusedRetriever, reciprocalRankFusion, scoreBlend } from '../search/fuse.js';
import { KeywordRetriever } from '../search/keyword-index.js';
import type { LoadedIndex } from '../search/loaded-index.js';
import type { ChunkFilter, Ranked, Retriever } from '../search/retriever.js';
import type { AnalysedQuery } from './query.js';
import type { KeywordOnlyReason, RetrievalState } from './types.js';

/**
 * The retrieve stage: picks the retrievers the index and model allow (keyword
 * always, dense when the model and vectors are there, fused when both) and
 * runs them.
 */

/** Chunks each retriever contributes. */
const CANDIDATES = 100;

export interface RetrievalChoice {
  /** Force one side (evaluation); default: hybrid when possible. */
  retrieval?: 'keyword' | 'dense' | 'hybrid';
  /** How hybrid mode fuses its rankings (evaluation); default: reciprocal rank fusion. */
  fusion?: 'rrf' | 'blend';
}

/** What the runtime knows of why the query side has no model. */
export interface ModelSituation {
  /** What the model loader said when it failed. */
  modelProblem?: string | null;
  /** RETRIEVAL_MODE=keyword. */
  keywordConfigured?: boolean;
}

/**
 * The mode an index and model allow, and why it is keyword-only when it is.
 * Computed once per index and model (the runtime and the bot keep it), and
 * for a bare answer() call from what the index says.
 */
export function retrievalState(index: LoadedIndex, embedder: Embedder | null, situation: ModelSituation = {}): RetrievalState {
  if (index.manifest.mode === 'hybrid' && embedder && index.vectors) return { mode: 'hybrid', keywordOnly: null };
  const atIndexing = index.manifest.embeddingUnavailable;
  const keywordOnly: KeywordOnlyReason = atIndexing
    ? { kind: 'model-unavailable-at-indexing', detail: atIndexing }
    : index.manifest.mode === 'hybrid'
      ? situation.keywordConfigured
        ? { kind: 'keyword-configured' }
        : { kind: 'model-not-loaded', detail: situation.modelProblem ?? null }
      : situation.keywordConfigured
        ? { kind: 'keyword-configured' }
        : { kind: 'no-vectors' };
  return { mode: 'keyword', keywordOnly };
}

export function chooseRetriever(index: LoadedIndex, state: RetrievalState, choice: RetrievalChoice): Retriever {
  const keyword = new KeywordRetriever(index.keyword);
  if (state.mode !== 'hybrid' || choice.retrieval === 'keyword') return keyword;
  const dense = new DenseRetriever(index.vectors!);
  if (choice.retrieval === 'dense') return dense;
  return new FusedRetriever([keyword, dense], choice.fusion === 'blend' ? scoreBlend : reciprocalRankFusion);
}

export interface Retrieved {
  ranking: Ranked[];
  embedMs: number;
  retrieveMs: number;
}

/** Runs retrieval; the question is embedded only if a dense retriever asks for it, and timed apart. */
export async function retrieve(retriever: Retriever, query: AnalysedQuery, embedder: Embedder | null, filter: ChunkFilter | undefined): Promise<Retrieved> {
  const started = performance.now();
  let embedMs = 0;
  let vector: Promise<number[]> | null = null;
  const vectorOf = () =>
    (vector ??= (async () => {
      const t = performance.now();
      const v = await embedder!.embedQuery(query.clean.text);
      embedMs = performance.now() - t;
      return v;
    })());
  const ranking = await retriever.retrieve({ text: query.clean.text, keyword: query.keyword, vector: vectorOf }, CANDIDATES, filter);
  return { ranking, embedMs, retrieveMs: performance.now() - started - embedMs };
}
