import type { CoreConfig } from './config.js';
import { loadTransformersEmbedder } from './embed/transformers.js';
import type { DownloadListener } from './embed/download.js';
import type { Embedder, EmbedderLoad } from './embed/types.js';
import { buildIndex, type IndexOptions, type IndexSummary } from './indexer.js';
import { retrievalState } from './answer/index.js';
import type { RetrievalState } from './answer/types.js';
import { loadIndex, type LoadedIndex } from './search/loaded-index.js';
import { hasIndex } from './store/index-store.js';

/** Loads the configured embedding model (local directory, cache or hub); `onDownload` sees a first-run download. */
export function embedderLoader(config: CoreConfig, onDownload?: DownloadListener): () => Promise<EmbedderLoad> {
  return () =>
    loadTransformersEmbedder({
      model: config.EMBEDDING_MODEL,
      modelPath: config.EMBEDDING_MODEL_PATH,
      cacheDir: config.MODEL_CACHE_DIR,
      allowRemote: config.ALLOW_REMOTE_MODELS,
      hubUrl: config.MODEL_HUB_URL,
      timeoutMs: config.MODEL_LOAD_TIMEOUT_MS,
      dtype: config.EMBEDDING_DTYPE,
      onDownload,
    });
}

export interface Runtime {
  index: LoadedIndex;
  embedder: Embedder | null;
  /** Why the query side runs without the model, when the index has vectors. */
  embedderProblem: string | null;
  /** The mode answers run in and why, computed once for this index and model. */
  retrieval: RetrievalState;
  /** Set when the index had to be built first. */
  built: IndexSummary | null;
}

/**
 * Opens the index (building it first when there is none) and, for a hybrid
 * index, loads the same model for queries. A model that no longer loads means
 * keyword retrieval, never a failure.
 */
export async function openRuntime(
  config: CoreConfig,
  options: { buildIfMissing?: boolean; indexOptions?: IndexOptions; onDownload?: DownloadListener } = {},
): Promise<Runtime> {
  let built: IndexSummary | null = null;
  if (options.buildIfMissing && !(await hasIndex(config.INDEX_DIR))) {
    built = await buildIndex(config, { loadEmbedder: embedderLoader(config, options.onDownload), ...options.indexOptions });
  }
  const index = await loadIndex(config.INDEX_DIR);
  const { embedder, problem } = await queryEmbedder(config, index, options.onDownload);
  return { index, embedder, embedderProblem: problem, retrieval: servingState(config, index, embedder, problem), built };
}

/** The retrieval state of an index served with this model (or without one, for `problem`). */
export function servingState(config: CoreConfig, index: LoadedIndex, embedder: Embedder | null, problem: string | null): RetrievalState {
  return retrievalState(index, embedder, { modelProblem: problem, keywordConfigured: config.RETRIEVAL_MODE === 'keyword' });
}

export async function queryEmbedder(config: CoreConfig, index: LoadedIndex, onDownload?: DownloadListener): Promise<{ embedder: Embedder | null; problem: string | null }> {
  if (index.manifest.mode !== 'hybrid' || !index.manifest.embedding || config.RETRIEVAL_MODE === 'keyword') return { embedder: null, problem: null };
  const load = await embedderLoader(config, onDownload)();
  if (!load.ok) return { embedder: null, problem: load.reason };
  if (load.embedder.modelId !== index.manifest.embedding.modelId || load.embedder.dimension !== index.manifest.embedding.dimension) {
    return { embedder: null, problem: `het geladen model (${load.embedder.modelId}) verschilt van dat van de index (${index.manifest.embedding.modelId}); voer npm run index uit` };
  }
  return { embedder: load.embedder, problem: null };
}
