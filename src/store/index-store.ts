import { open, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Chunk } from '../corpus/chunk.js';
import type { ParsedDocument, SkippedFile } from '../corpus/types.js';
import { KeywordIndex, KEYWORD_INDEX_VERSION, type KeywordIndexData } from '../search/keyword.js';
import { publishGeneration, readCurrentGeneration, startGeneration } from './generations.js';
import { VectorStore, writeVectorShards, type ShardInfo, type VectorRecord } from './vectors.js';

export const INDEX_FORMAT_VERSION = 1;

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

/** Everything an answer needs, in memory. */
export interface LoadedIndex {
  generation: string;
  dir: string;
  manifest: IndexManifest;
  documents: ParsedDocument[];
  chunks: Chunk[];
  keyword: KeywordIndex;
  vectors: VectorStore | null;
}

export class IndexUnavailableError extends Error {
  constructor(
    readonly kind: 'missing' | 'corrupt',
    message: string,
  ) {
    super(message);
  }
}

const HINT = 'Voer `npm run index` uit om de index (opnieuw) op te bouwen.';

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
  manifest: Omit<IndexManifest, 'formatVersion' | 'createdAt' | 'shards' | 'chunkCount' | 'keywordVersion'>;
  documents: ParsedDocument[];
  chunks: Chunk[];
  keyword: KeywordIndexData;
  vectors: VectorRecord[] | null;
}

/**
 * Writes a complete generation beside the active one and switches to it
 * atomically. Until the final rename, readers keep the previous index; a
 * crash leaves only a `.tmp` folder that the next build removes.
 */
export async function writeIndex(indexDir: string, contents: IndexContents, shardSize: number): Promise<string> {
  const { name, tmpDir, finalDir } = await startGeneration(indexDir);
  const shards = contents.vectors ? await writeVectorShards(join(tmpDir, 'vectors'), contents.vectors, shardSize) : [];
  const manifest: IndexManifest = {
    ...contents.manifest,
    formatVersion: INDEX_FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    keywordVersion: KEYWORD_INDEX_VERSION,
    chunkCount: contents.chunks.length,
    shards,
  };
  await writeFile(join(tmpDir, 'documents.json'), JSON.stringify(contents.documents), { flush: true });
  await writeFile(join(tmpDir, 'chunks.json'), JSON.stringify(contents.chunks), { flush: true });
  await writeFile(join(tmpDir, 'keyword.json'), JSON.stringify(contents.keyword), { flush: true });
  // The manifest last: a generation without one is incomplete by definition.
  await writeFile(join(tmpDir, 'manifest.json'), JSON.stringify(manifest, null, 1), { flush: true });
  await rename(tmpDir, finalDir);
  await publishGeneration(indexDir, name);
  return name;
}

export async function hasIndex(indexDir: string): Promise<boolean> {
  return (await readCurrentGeneration(indexDir)) !== null;
}

/** The active generation's folder and manifest, checked for format. */
async function openGeneration(indexDir: string): Promise<{ generation: string; dir: string; manifest: IndexManifest }> {
  const generation = await readCurrentGeneration(indexDir);
  if (!generation) {
    throw new IndexUnavailableError('missing', `Er is nog geen index in ${indexDir}. ${HINT}`);
  }
  const dir = join(indexDir, generation);
  const manifest = await readJson<IndexManifest>(dir, 'manifest.json');
  if (manifest.formatVersion !== INDEX_FORMAT_VERSION || manifest.keywordVersion !== KEYWORD_INDEX_VERSION) {
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
  vectors(): VectorStore | null;
}

/** The previous index for a rebuild; null when there is none or it is unreadable (then: full rebuild). */
export async function loadPreviousIndex(indexDir: string): Promise<PreviousIndex | null> {
  try {
    const { generation, dir, manifest } = await openGeneration(indexDir);
    const documents = await readJson<ParsedDocument[]>(dir, 'documents.json');
    return {
      generation,
      manifest,
      documents,
      looksWhole: () => generationLooksWhole(dir, manifest),
      chunks: () => readJson<Chunk[]>(dir, 'chunks.json'),
      vectors: () => (manifest.mode === 'hybrid' && manifest.embedding ? new VectorStore(join(dir, 'vectors'), manifest.shards) : null),
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

/** Loads the active generation and checks it is whole and consistent. */
export async function loadIndex(indexDir: string): Promise<LoadedIndex> {
  const { generation, dir, manifest } = await openGeneration(indexDir);
  const [documents, chunks, keywordData] = await Promise.all([
    readJson<ParsedDocument[]>(dir, 'documents.json'),
    readJson<Chunk[]>(dir, 'chunks.json'),
    readJson<KeywordIndexData>(dir, 'keyword.json'),
  ]);
  if (chunks.length !== manifest.chunkCount || keywordData.size !== chunks.length) {
    throw new IndexUnavailableError('corrupt', `De index is inconsistent: ${chunks.length} passages, ${keywordData.size} in de trefwoordenindex, ${manifest.chunkCount} verwacht. ${HINT}`);
  }
  let vectors: VectorStore | null = null;
  if (manifest.mode === 'hybrid' && manifest.embedding) {
    vectors = new VectorStore(join(dir, 'vectors'), manifest.shards, chunks.length);
    try {
      const count = await vectors.warm();
      const dimension = await vectors.dimension();
      if (count !== chunks.length) throw new Error(`${count} vectoren voor ${chunks.length} passages`);
      if (count > 0 && dimension !== manifest.embedding.dimension) {
        throw new Error(`vectoren van dimensie ${dimension}, het model heeft ${manifest.embedding.dimension}`);
      }
    } catch (err) {
      throw new IndexUnavailableError('corrupt', `De vectorindex is beschadigd (${(err as Error).message.split('\n')[0]}). ${HINT}`);
    }
  }
  return { generation, dir, manifest, documents, chunks, keyword: new KeywordIndex(keywordData), vectors };
}
