import { chunkDocument, CHUNKING_VERSION, estimateTokens, type Chunk } from './corpus/chunk.js';
import { FolderSource } from './corpus/folder-source.js';
import { loadCorpus } from './corpus/read.js';
import type { CorpusSource } from './corpus/source.js';
import type { ParsedDocument, SkippedFile } from './corpus/types.js';
import type { CoreConfig } from './config.js';
import { cooperative } from './cooperative.js';
import type { Embedder, EmbedderLoad } from './embed/types.js';
import { buildKeywordIndex, keywordFields, KEYWORD_INDEX_VERSION } from './search/keyword.js';
import { acquireIndexLock, pruneGenerations } from './store/generations.js';
import { loadPreviousIndex, vectorBackend, writeIndex, type PreviousIndex, type RetrievalMode } from './store/index-store.js';
import type { VectorIndex } from './store/vector-index.js';

export interface IndexProgress {
  phase: 'read' | 'embed' | 'write';
  done: number;
  total: number;
}

export interface IndexSummary {
  generation: string;
  documents: number;
  added: string[];
  changed: string[];
  unchanged: number;
  removed: string[];
  skipped: SkippedFile[];
  warnings: string[];
  chunks: number;
  embeddedChunks: number;
  mode: RetrievalMode;
  model: string | null;
  /** Why the index is keyword-only, when a model was wanted but could not be loaded. */
  modelUnavailable: string | null;
  fullRebuild: boolean;
  seconds: number;
}

export interface IndexOptions {
  /** Loads the embedding model; omitted or RETRIEVAL_MODE=keyword → keyword index. */
  loadEmbedder?: () => Promise<EmbedderLoad>;
  onProgress?: (p: IndexProgress) => void;
  signal?: AbortSignal;
  /** Where the documents come from; default: the files in CORPUS_DIR. */
  source?: CorpusSource;
}

async function chunkAll(documents: ParsedDocument[], embedder: Embedder | null): Promise<Chunk[]> {
  const options = {
    maxTokens: embedder?.maxTokens ?? 512,
    countTokens: embedder ? (t: string) => embedder.countTokens(t) : estimateTokens,
    passagePrefix: embedder?.passagePrefix ?? '',
  };
  // Token counting costs milliseconds per document: let the event loop breathe.
  const step = cooperative();
  const chunks: Chunk[] = [];
  for (const d of documents) {
    await step();
    chunks.push(...chunkDocument(d, options));
  }
  return chunks;
}

/**
 * Builds (incrementally) a new index generation from the corpus folder and
 * switches to it atomically. Unchanged documents keep their vectors; a new
 * model or chunking version rebuilds everything.
 */
export async function buildIndex(config: CoreConfig, options: IndexOptions = {}): Promise<IndexSummary> {
  const started = performance.now();
  const release = await acquireIndexLock(config.INDEX_DIR);
  try {
    await pruneGenerations(config.INDEX_DIR, config.KEEP_GENERATIONS);
    const previous = await loadPreviousIndex(config.INDEX_DIR, KEYWORD_INDEX_VERSION, config.VECTRA_SHARD_SIZE);
    const sameParser = previous?.manifest.chunkingVersion === CHUNKING_VERSION;
    const source = options.source ?? new FolderSource(config.CORPUS_DIR, config.MAX_FILE_BYTES);
    const corpus = await loadCorpus(source, sameParser ? previous!.documents : []);
    options.onProgress?.({ phase: 'read', done: corpus.documents.length, total: corpus.documents.length });
    throwIfAborted(options.signal);

    let embedder: Embedder | null = null;
    let modelUnavailable: string | null = null;
    if (config.RETRIEVAL_MODE !== 'keyword' && options.loadEmbedder) {
      const load = await options.loadEmbedder();
      if (load.ok) embedder = load.embedder;
      else modelUnavailable = load.reason;
    }
    throwIfAborted(options.signal);
    // A model that loaded before and fails now (hub down, a wrong path) must not
    // quietly turn a hybrid index into a keyword one: keep the previous index.
    if (!embedder && modelUnavailable && previous?.manifest.mode === 'hybrid') throw new ModelUnavailableError(modelUnavailable);

    const compatible =
      previous !== null &&
      previous.manifest.chunkingVersion === CHUNKING_VERSION &&
      (previous.manifest.embedding?.modelId ?? null) === (embedder?.modelId ?? null);
    const diff = diffDocuments(previous, corpus.documents);
    if (compatible && nothingChanged(previous!, diff, corpus.skipped, corpus.warnings) && (await previous!.looksWhole())) {
      // Same documents, same model, same skips: the active generation is already this index.
      return summarize(previous!.generation, corpus, diff, previous!.manifest.chunkCount, 0, previous!.manifest.mode, embedder, modelUnavailable, false, started);
    }

    const chunks = await chunkAll(corpus.documents, embedder);
    const vectors = embedder ? await embedChunks(chunks, embedder, compatible ? previous : null, new Set(compatible ? diff.unchangedIds : []), config, options) : null;
    const embeddedChunks = vectors?.embedded ?? 0;
    throwIfAborted(options.signal);
    options.onProgress?.({ phase: 'write', done: 0, total: 1 });

    const keyword = await buildKeywordIndex(keywordFields(chunks, corpus.documents));
    const chunksPerDoc = new Map<string, number>();
    for (const c of chunks) chunksPerDoc.set(c.docId, (chunksPerDoc.get(c.docId) ?? 0) + 1);
    const mode: RetrievalMode = embedder ? 'hybrid' : 'keyword';
    const generation = await writeIndex(
      config.INDEX_DIR,
      {
        manifest: {
          chunkingVersion: CHUNKING_VERSION,
          keywordVersion: KEYWORD_INDEX_VERSION,
          mode,
          embedding: embedder
            ? { modelId: embedder.modelId, dimension: embedder.dimension, maxTokens: embedder.maxTokens, queryPrefix: embedder.queryPrefix, passagePrefix: embedder.passagePrefix }
            : null,
          embeddingUnavailable: modelUnavailable,
          documents: corpus.documents.map((d) => ({
            id: d.id,
            file: d.file,
            contentHash: d.contentHash,
            questionNumber: d.questionNumber,
            chunks: chunksPerDoc.get(d.id) ?? 0,
          })),
          skipped: corpus.skipped,
          warnings: corpus.warnings,
        },
        documents: corpus.documents,
        chunks,
        keyword,
        vectors: vectors?.index ?? null,
      },
    );
    await pruneGenerations(config.INDEX_DIR, config.KEEP_GENERATIONS);
    options.onProgress?.({ phase: 'write', done: 1, total: 1 });

    return summarize(generation, corpus, diff, chunks.length, embeddedChunks, mode, embedder, modelUnavailable, !compatible, started);
  } finally {
    await release();
  }
}

/**
 * The vectors of the new generation, in chunk order: an unchanged document's
 * chunks keep their vectors from the previous generation, the rest are embedded.
 */
async function embedChunks(
  chunks: Chunk[],
  embedder: Embedder,
  previous: PreviousIndex | null,
  unchangedDocs: Set<string>,
  config: CoreConfig,
  options: IndexOptions,
): Promise<{ index: VectorIndex; embedded: number }> {
  let reusable = new Map<string, Float32Array>();
  const previousVectors = await previous?.vectors().catch(() => null);
  if (previousVectors) {
    try {
      reusable = previousVectors.vectorsById();
    } catch {
      reusable.clear(); // damaged vectors: embed everything again
    } finally {
      previousVectors.close();
    }
  }
  const vectors = new Array<Float32Array | number[]>(chunks.length);
  const todo: number[] = [];
  chunks.forEach((c, i) => {
    const old = unchangedDocs.has(c.docId) ? reusable.get(c.id) : undefined;
    if (old) vectors[i] = old;
    else todo.push(i);
  });
  // Batches of similar length: a batch is padded to its longest text, and padded
  // rows cost the model nearly as much as real ones (3.7× faster fp32, 5× q8 on
  // the e5-shaped model, bench/results/model.md).
  todo.sort((x, y) => chunks[x]!.embedText.length - chunks[y]!.embedText.length || x - y);
  for (let b = 0; b < todo.length; b += config.EMBED_BATCH_SIZE) {
    throwIfAborted(options.signal);
    const batch = todo.slice(b, b + config.EMBED_BATCH_SIZE);
    const embedded = await embedder.embedPassages(batch.map((i) => chunks[i]!.embedText));
    batch.forEach((i, k) => (vectors[i] = embedded[k]!));
    options.onProgress?.({ phase: 'embed', done: Math.min(b + batch.length, todo.length), total: todo.length });
  }
  const index = vectorBackend(config.VECTRA_SHARD_SIZE).create();
  index.add(chunks.map((c, i) => ({ chunk: i, id: c.id, docId: c.docId, vector: vectors[i]! })));
  return { index, embedded: todo.length };
}

type CorpusDiff = ReturnType<typeof diffDocuments>;

function nothingChanged(previous: PreviousIndex, diff: CorpusDiff, skipped: SkippedFile[], warnings: string[]): boolean {
  return (
    diff.added.length === 0 &&
    diff.changed.length === 0 &&
    diff.removed.length === 0 &&
    JSON.stringify(skipped) === JSON.stringify(previous.manifest.skipped) &&
    JSON.stringify(warnings) === JSON.stringify(previous.manifest.warnings)
  );
}

function summarize(
  generation: string,
  corpus: { documents: ParsedDocument[]; skipped: SkippedFile[]; warnings: string[] },
  diff: CorpusDiff,
  chunks: number,
  embeddedChunks: number,
  mode: RetrievalMode,
  embedder: Embedder | null,
  modelUnavailable: string | null,
  fullRebuild: boolean,
  started: number,
): IndexSummary {
  return {
    generation,
    documents: corpus.documents.length,
    added: diff.added,
    changed: diff.changed,
    unchanged: diff.unchangedIds.length,
    removed: diff.removed,
    skipped: corpus.skipped,
    warnings: corpus.warnings,
    chunks,
    embeddedChunks,
    mode,
    model: embedder?.modelId ?? null,
    modelUnavailable,
    fullRebuild,
    seconds: (performance.now() - started) / 1000,
  };
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new IndexAbortedError();
}

export class ModelUnavailableError extends Error {
  constructor(readonly reason: string) {
    super(`het taalmodel kon niet geladen worden (${reason}); de vorige (hybride) index blijft actief. Zet RETRIEVAL_MODE=keyword om bewust zonder taalmodel te indexeren.`);
  }
}

export class IndexAbortedError extends Error {
  constructor() {
    super('indexering afgebroken; de vorige index blijft actief');
  }
}

function diffDocuments(previous: PreviousIndex | null, documents: ParsedDocument[]) {
  const before = new Map((previous?.manifest.documents ?? []).map((d) => [d.id, d.contentHash]));
  const added: string[] = [];
  const changed: string[] = [];
  const unchangedIds: string[] = [];
  for (const d of documents) {
    const hash = before.get(d.id);
    if (hash === undefined) added.push(d.file);
    else if (hash !== d.contentHash) changed.push(d.file);
    else unchangedIds.push(d.id);
  }
  const now = new Set(documents.map((d) => d.id));
  const removed = (previous?.manifest.documents ?? []).filter((d) => !now.has(d.id)).map((d) => d.file);
  return { added, changed, unchangedIds, removed };
}
