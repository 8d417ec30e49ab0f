import { open, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Chunk } from '../corpus/chunk.js';
import type { ParsedDocument, SkippedFile } from '../corpus/types.js';
import { publishGeneration, readCurrentGeneration, startGeneration } from './generations.js';
import { writeJsonFile } from './json-writer.js';
import { shardedVectors } from './sharded-vectors.js';
import type { ShardInfo, VectorBackend, VectorIndex } from './vector-index.js';

/**
 * Persists a generation: manifest, documents, chunks, the keyword index (as
 * the search layer hands it over) and the vectors. It knows files, formats
 * and consistency, not what the parts mean.
 */

const INDEX_FORMAT_VERSION = 1;

export type RetrievalMode = 'hybrid' | 'keyword';

export interface EmbeddingInfo {
  modelId: string;
  dimension: number;
  maxTokens: number;
  queryPrefix: string;
  passagePrefix: string;
}

export interface IndexManifest {
  formatVersion: number;
  createdAt: string;
  chunkingVersion: number;
  keywordVersion: number;
  mode: RetrievalMode;
  embedding: EmbeddingInfo | null;
  /** Why there are no vectors, when the model could not be loaded. */
  embeddingUnavailable: string | null;
  documents: { id: string; file: string; contentHash: string; questionNumber: number; chunks: number }[];
  chunkCount: number;
  shards: ShardInfo[];
  skipped: SkippedFile[];
  warnings: string[];
}

/** The vector backend: the one line that picks it. */
export function vectorBackend(shardSize: number): VectorBackend {
  return shardedVectors(shardSize);
}

/** A generation as stored; the search layer turns it into a searchable index. */
export interface StoredIndex {
  generation: string;
  dir: string;
  manifest: IndexManifest;
  documents: ParsedDocument[];
  chunks: Chunk[];
  /** The keyword index's data, as it was given to writeIndex. */
  keyword: unknown;
  vectors: VectorIndex | null;
}

export class IndexUnavailableError extends Error {
  constructor(
    readonly kind: 'missing' | 'corrupt',
    message: string,
  ) {
    super(message);
  }
}

export const HINT = 'Voer `npm run index` uit om de index (opnieuw) op te bouwen.';

async function readJson<T>(dir: string, file: string): Promise<T> {
  let raw: string;
  try {
    raw = await readFile(join(dir, file), 'utf8');
  } catch {
    throw new IndexUnavailableError('corrupt', `De index is onvolledig: ${file} ontbreekt. ${HINT}`);
  }
  try {
    return JSON.parse(raw) as T;
  } catch {
    throw new IndexUnavailableError('corrupt', `De index is beschadigd: ${file} is geen geldige JSON (afgebroken?). ${HINT}`);
  }
}

export interface IndexContents {
  manifest: Omit<IndexManifest, 'formatVersion' | 'createdAt' | 'shards' | 'chunkCount'>;
  documents: ParsedDocument[];
  chunks: Chunk[];
  /** Written as JSON; `manifest.keywordVersion` says which format. */
  keyword: unknown;
  vectors: VectorIndex | null;
}

/**
 * Writes a complete generation beside the active one and switches to it
 * atomically. Until the final rename, readers keep the previous index; a
 * crash leaves only a `.tmp` folder that the next build removes.
 */
export async function writeIndex(indexDir: string, contents: IndexContents): Promise<string> {
  const { name, tmpDir, finalDir } = await startGeneration(indexDir);
  const shards = contents.vectors ? await contents.vectors.save(join(tmpDir, 'vectors')) : [];
  const manifest: IndexManifest = {
    ...contents.manifest,
    formatVersion: INDEX_FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    chunkCount: contents.chunks.length,
    shards,
  };
  // Slice by slice: a large index must not block the event loop of a bot reindexing in-process.
  await writeJsonFile(join(tmpDir, 'documents.json'), contents.documents);
  await writeJsonFile(join(tmpDir, 'chunks.json'), contents.chunks);
  await writeJsonFile(join(tmpDir, 'keyword.json'), contents.keyword);
  // The manifest last: a generation without one is incomplete by definition.
  await writeFile(join(tmpDir, 'manifest.json'), JSON.stringify(manifest, null, 1), { flush: true });
  await rename(tmpDir, finalDir);
  await publishGeneration(indexDir, name);
  return name;
}

export async function hasIndex(indexDir: string): Promise<boolean> {
  return (await readCurrentGeneration(indexDir)) !== null;
}

/** The active generation's folder and manifest, checked for format (the keyword format too: `keywordVersion`, when given). */
async function openGeneration(indexDir: string, keywordVersion?: number): Promise<{ generation: string; dir: string; manifest: IndexManifest }> {
  const generation = await readCurrentGeneration(indexDir);
  if (!generation) {
    throw new IndexUnavailableError('missing', `Er is nog geen index in ${indexDir}. ${HINT}`);
  }
  const dir = join(indexDir, generation);
  const manifest = await readJson<IndexManifest>(dir, 'manifest.json');
  if (manifest.formatVersion !== INDEX_FORMAT_VERSION || (keywordVersion !== undefined && manifest.keywordVersion !== keywordVersion)) {
    throw new IndexUnavailableError('corrupt', `De index heeft een verouderd formaat. ${HINT}`);
  }
  return { generation, dir, manifest };
}

/** What an incremental rebuild needs of the previous index, the heavy parts only on demand. */
export interface PreviousIndex {
  generation: string;
  manifest: IndexManifest;
  /** Cheap check that no file of the generation is truncated or missing. */
  looksWhole(): Promise<boolean>;
  documents: ParsedDocument[];
  chunks(): Promise<Chunk[]>;
  /** Its vectors, opened with its chunk table; null for a keyword index. */
  vectors(): Promise<VectorIndex | null>;
}

/** The previous index for a rebuild; null when there is none or it is unreadable (then: full rebuild). */
export async function loadPreviousIndex(indexDir: string, keywordVersion: number, shardSize: number): Promise<PreviousIndex | null> {
  try {
    const { generation, dir, manifest } = await openGeneration(indexDir, keywordVersion);
    const documents = await readJson<ParsedDocument[]>(dir, 'documents.json');
    return {
      generation,
      manifest,
      documents,
      looksWhole: () => generationLooksWhole(dir, manifest),
      chunks: () => readJson<Chunk[]>(dir, 'chunks.json'),
      vectors: async () =>
        manifest.mode === 'hybrid' && manifest.embedding
          ? vectorBackend(shardSize).open(join(dir, 'vectors'), manifest.shards, await readJson<Chunk[]>(dir, 'chunks.json'))
          : null,
    };
  } catch {
    return null;
  }
}

/** Ends a JSON file with its closing bracket? A truncated write almost never does. */
async function jsonLooksClosed(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const tail = Buffer.alloc(Math.min(16, size));
    await handle.read(tail, 0, tail.length, size - tail.length);
    return /[}\]]\s*$/.test(tail.toString('latin1'));
  } finally {
    await handle.close();
  }
}

/** Every file present, JSON closed, binary vector files of the size the manifest implies. */
async function generationLooksWhole(dir: string, manifest: IndexManifest): Promise<boolean> {
  try {
    for (const f of ['chunks.json', 'keyword.json', 'documents.json']) if (!(await jsonLooksClosed(join(dir, f)))) return false;
    const dim = manifest.embedding?.dimension ?? 0;
    for (const shard of manifest.shards) {
      const folder = join(dir, 'vectors', shard.dir);
      if (!(await jsonLooksClosed(join(folder, 'index.json')))) return false;
      const [v, c] = await Promise.all([stat(join(folder, 'vectors.f32')), stat(join(folder, 'chunks.i32'))]);
      if (v.size !== shard.count * dim * 4 || c.size !== shard.count * 4) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * Loads the active generation and checks it is whole and consistent; the
 * keyword index's format and size are the caller's to check (`keywordVersion`
 * is compared with the manifest before anything heavy is read).
 */
export async function loadStoredIndex(indexDir: string, keywordVersion: number, shardSize: number): Promise<StoredIndex> {
  const { generation, dir, manifest } = await openGeneration(indexDir, keywordVersion);
  const [documents, chunks, keyword] = await Promise.all([
    readJson<ParsedDocument[]>(dir, 'documents.json'),
    readJson<Chunk[]>(dir, 'chunks.json'),
    readJson<unknown>(dir, 'keyword.json'),
  ]);
  if (chunks.length !== manifest.chunkCount) {
    throw new IndexUnavailableError('corrupt', `De index is inconsistent: ${chunks.length} passages, ${manifest.chunkCount} verwacht. ${HINT}`);
  }
  let vectors: VectorIndex | null = null;
  if (manifest.mode === 'hybrid' && manifest.embedding) {
    try {
      vectors = await vectorBackend(shardSize).open(join(dir, 'vectors'), manifest.shards, chunks);
      const count = vectors.count();
      const dimension = vectors.dimension();
      if (count !== chunks.length) throw new Error(`${count} vectoren voor ${chunks.length} passages`);
      if (count > 0 && dimension !== manifest.embedding.dimension) {
        throw new Error(`vectoren van dimensie ${dimension}, het model heeft ${manifest.embedding.dimension}`);
      }
    } catch (err) {
      vectors?.close();
      throw new IndexUnavailableError('corrupt', `De vectorindex is beschadigd (${(err as Error).message.split('\n')[0]}). ${HINT}`);
    }
  }
  return { generation, dir, manifest, documents, chunks, keyword, vectors };
}
