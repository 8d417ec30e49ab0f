import { chunkDocument, CHUNKING_VERSION, estimateTokens, type Chunk } from './corpus/chunk.js';
import { FolderSource } from './corpus/folder-source.js';
import { duplicateNumberWarnings, readCorpus } from './corpus/read.js';
import type { CorpusSource } from './corpus/source.js';
import type { ParsedDocument, SkippedFile } from './corpus/types.js';
import type { CoreConfig } from './config.js';
import { cooperative } from './cooperative.js';
import type { Embedder, EmbedderLoad } from './embed/types.js';
import { describe, fullBuild, incrementalBuild, parsedEntries, type Listed } from './indexer/reuse.js';
import { buildKeywordIndex, keywordFields, KEYWORD_INDEX_VERSION } from './search/keyword.js';
import { acquireIndexLock, pruneGenerations } from './store/generations.js';
import { loadPreviousIndex, newSegmentName, vectorBackend, writeIndex, type ManifestDocument, type PreviousIndex, type RetrievalMode } from './store/index-store.js';
import { splitByCapacity } from './store/segment-plan.js';
import type { SegmentContents } from './store/segments.js';
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
 * Builds (incrementally) a new index generation from the corpus and switches
 * to it atomically. Segments (store/segments.ts) whose documents are all
 * unchanged are taken over without a write; changed and new documents go to
 * a new segment; segments.plan decides what is rewritten. A new model or
 * chunking version rebuilds everything.
 */
export async function buildIndex(config: CoreConfig, options: IndexOptions = {}): Promise<IndexSummary> {
  const started = performance.now();
  const release = await acquireIndexLock(config.INDEX_DIR);
  try {
    await pruneGenerations(config.INDEX_DIR, config.KEEP_GENERATIONS);
    const previous = await loadPreviousIndex(config.INDEX_DIR, KEYWORD_INDEX_VERSION, config.VECTRA_SHARD_SIZE);
    const sameParser = previous?.manifest.chunkingVersion === CHUNKING_VERSION;
    const source = options.source ?? new FolderSource(config.CORPUS_DIR, config.MAX_FILE_BYTES);
    const corpus = await readCorpus(source, sameParser ? previous!.manifest.documents : []);
    options.onProgress?.({ phase: 'read', done: corpus.entries.length, total: corpus.entries.length });
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

    const compatible = sameParser && (previous!.manifest.embedding?.modelId ?? null) === (embedder?.modelId ?? null);
    const whole = compatible && (await previous!.looksWhole());
    // A full rebuild needs every document parsed: kept ones from the previous index, or read again.
    const { listed, skipped } = whole ? { listed: corpus.entries as Listed[], skipped: corpus.skipped } : await parsedEntries(corpus, previous, source);
    const described = listed.map(describe);
    const warnings = duplicateNumberWarnings(described);
    const diff = diffDocuments(previous, listed);
    if (whole && nothingChanged(previous!, listed, skipped, warnings)) {
      // Same documents, same model, same skips: the active generation is already this index.
      return summarize(previous!.generation, described.length, diff, skipped, warnings, previous!.manifest.chunkCount, 0, previous!.manifest.mode, embedder, modelUnavailable, false, started);
    }

    // Vectors are reused only for chunks of documents whose content is unchanged.
    const recorded = new Map((previous?.manifest.documents ?? []).map((d) => [d.id, d.contentHash]));
    const unchanged = new Set(described.filter((d) => recorded.get(d.id) === d.contentHash).map((d) => d.id));
    const build = whole ? await incrementalBuild(previous!, listed, unchanged, config.VECTRA_SHARD_SIZE) : await fullBuild(compatible ? previous : null, listed, unchanged);
    const corpusOrder = new Map(described.map((d, i) => [d.id, i]));
    build.pool.sort((a, b) => corpusOrder.get(a.id)! - corpusOrder.get(b.id)!);
    const chunks = await chunkAll(build.pool, embedder);
    const vectors = embedder ? await embedChunks(chunks, embedder, build.reusable, config, options) : null;
    throwIfAborted(options.signal);
    options.onProgress?.({ phase: 'write', done: 0, total: 1 });

    const written = await segmentsOf(build.pool, chunks, vectors?.vectors ?? null, config.VECTRA_SHARD_SIZE);
    const segmentOf = new Map<string, { segment: string; chunks: number }>();
    for (const w of written) for (const d of w.contents.documents) segmentOf.set(d.id, { segment: w.dir, chunks: 0 });
    for (const c of chunks) segmentOf.get(c.docId)!.chunks++;
    const documents: ManifestDocument[] = listed.map((entry, i) => {
      if ('kept' in entry && !segmentOf.has(entry.kept.id)) return entry.kept;
      const d = described[i]!;
      const at = segmentOf.get(d.id)!;
      return { id: d.id, file: d.file, contentHash: d.contentHash, ...(d.sourceVersion ? { sourceVersion: d.sourceVersion } : {}), questionNumber: d.questionNumber, ...at };
    });
    const mode: RetrievalMode = embedder ? 'hybrid' : 'keyword';
    const generation = await writeIndex(config.INDEX_DIR, {
      manifest: {
        chunkingVersion: CHUNKING_VERSION,
        keywordVersion: KEYWORD_INDEX_VERSION,
        mode,
        embedding: embedder
          ? { modelId: embedder.modelId, dimension: embedder.dimension, maxTokens: embedder.maxTokens, queryPrefix: embedder.queryPrefix, passagePrefix: embedder.passagePrefix }
          : null,
        embeddingUnavailable: modelUnavailable,
        documents,
        skipped,
        warnings,
      },
      kept: build.kept,
      written,
    });
    await pruneGenerations(config.INDEX_DIR, config.KEEP_GENERATIONS);
    options.onProgress?.({ phase: 'write', done: 1, total: 1 });
    const chunkCount = documents.reduce((n, d) => n + d.chunks, 0);
    return summarize(generation, described.length, diff, skipped, warnings, chunkCount, vectors?.embedded ?? 0, mode, embedder, modelUnavailable, !whole, started);
  } finally {
    await release();
  }
}

/** The pool's documents, in order, into segments of at most `capacity` chunks. */
async function segmentsOf(pool: ParsedDocument[], chunks: Chunk[], vectors: Float32Array[] | null, capacity: number) {
  const chunksOf = new Map<string, number[]>();
  chunks.forEach((c, i) => chunksOf.set(c.docId, [...(chunksOf.get(c.docId) ?? []), i]));
  const written: { dir: string; contents: SegmentContents }[] = [];
  for (const [n, documents] of splitByCapacity(pool, (d) => chunksOf.get(d.id)?.length ?? 0, capacity).entries()) {
    const rows = documents.flatMap((d) => chunksOf.get(d.id) ?? []);
    const segmentChunks = rows.map((i) => chunks[i]!);
    let index: VectorIndex | null = null;
    if (vectors) {
      index = vectorBackend(capacity).create();
      index.add(rows.map((i, local) => ({ chunk: local, id: chunks[i]!.id, docId: chunks[i]!.docId, vector: vectors[i]! })));
    }
    const keyword = await buildKeywordIndex(keywordFields(segmentChunks, documents));
    written.push({ dir: newSegmentName(n), contents: { documents, chunks: segmentChunks.map(({ embedText: _e, ...c }) => c), keyword, vectors: index } });
  }
  return written;
}

/**
 * The vectors of the pool's chunks, in chunk order: a chunk of an unchanged
 * document keeps its vector (by chunk id), the rest are embedded.
 */
async function embedChunks(
  chunks: Chunk[],
  embedder: Embedder,
  reusable: Map<string, Float32Array>,
  config: CoreConfig,
  options: IndexOptions,
): Promise<{ vectors: Float32Array[]; embedded: number }> {
  const vectors = new Array<Float32Array>(chunks.length);
  const todo: number[] = [];
  chunks.forEach((c, i) => {
    const old = reusable.get(c.id);
    if (old) vectors[i] = old;
    else todo.push(i);
  });
  // Batches of similar length: a batch is padded to its longest text, and padded
  // rows cost the model nearly as much as real ones (3.7× faster fp32, 5× q8 on
  // the e5-shaped model, bench/results/model.md).
  todo.sort((x, y) => chunks[x]!.embedText.length - chunks[y]!.embedText.length || x - y);
  // An embedder that answers at once (a small model, a stand-in) must not hold the event loop for all batches.
  const step = cooperative();
  for (let b = 0; b < todo.length; b += config.EMBED_BATCH_SIZE) {
    await step();
    throwIfAborted(options.signal);
    const batch = todo.slice(b, b + config.EMBED_BATCH_SIZE);
    const embedded = await embedder.embedPassages(batch.map((i) => chunks[i]!.embedText));
    batch.forEach((i, k) => (vectors[i] = Float32Array.from(embedded[k]!)));
    options.onProgress?.({ phase: 'embed', done: Math.min(b + batch.length, todo.length), total: todo.length });
  }
  return { vectors, embedded: todo.length };
}

type CorpusDiff = ReturnType<typeof diffDocuments>;

/** No document parsed anew, none gone, every version as recorded, the same skips. */
function nothingChanged(previous: PreviousIndex, listed: Listed[], skipped: SkippedFile[], warnings: string[]): boolean {
  const recorded = new Map(previous.manifest.documents.map((d) => [d.id, d.sourceVersion]));
  return (
    listed.length === previous.manifest.documents.length &&
    listed.every((e) => 'kept' in e && recorded.get(e.kept.id) === e.kept.sourceVersion) &&
    JSON.stringify(skipped) === JSON.stringify(previous.manifest.skipped) &&
    JSON.stringify(warnings) === JSON.stringify(previous.manifest.warnings)
  );
}

function summarize(
  generation: string,
  documents: number,
  diff: CorpusDiff,
  skipped: SkippedFile[],
  warnings: string[],
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
    documents,
    added: diff.added,
    changed: diff.changed,
    unchanged: diff.unchanged,
    removed: diff.removed,
    skipped,
    warnings,
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

function diffDocuments(previous: PreviousIndex | null, listed: Listed[]) {
  const before = new Map((previous?.manifest.documents ?? []).map((d) => [d.id, d.contentHash]));
  const added: string[] = [];
  const changed: string[] = [];
  let unchanged = 0;
  for (const d of listed.map(describe)) {
    const hash = before.get(d.id);
    if (hash === undefined) added.push(d.file);
    else if (hash !== d.contentHash) changed.push(d.file);
    else unchanged++;
  }
  const now = new Set(listed.map((e) => describe(e).id));
  const removed = (previous?.manifest.documents ?? []).filter((d) => !now.has(d.id)).map((d) => d.file);
  return { added, changed, unchanged, removed };
}
