import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IndexedChunk } from '../corpus/chunk.js';
import type { ParsedDocument, SkippedFile } from '../corpus/types.js';
import { publishGeneration, readCurrentGeneration, startGeneration } from './generations.js';
import {
  linkSegment,
  readSegment,
  readSegmentRows,
  readSegmentDocuments,
  segmentLooksWhole,
  segmentVectorsDir,
  writeSegment,
  type SegmentContents,
  type SegmentInfo,
} from './segments.js';
import { shardedVectors } from './sharded-vectors.js';
import type { VectorBackend, VectorIndex, VectorSource } from './vector-index.js';

/**
 * Persists a generation: the manifest and its segments (segments.ts), each
 * with documents, chunks, the keyword data (as the search layer hands it
 * over) and vectors. It knows files, formats and consistency, not what the
 * parts mean.
 */

const INDEX_FORMAT_VERSION = 2;

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
  /** In corpus order: the order of the loaded index, whatever segment a document is stored in. */
  documents: ManifestDocument[];
  /** Chunks in the index (dropped ones not counted). */
  chunkCount: number;
  segments: SegmentInfo[];
  skipped: SkippedFile[];
  warnings: string[];
}

export interface ManifestDocument {
  id: string;
  file: string;
  contentHash: string;
  /** The source's version of the file when indexed: unchanged, it is not read again. */
  sourceVersion?: string;
  questionNumber: number;
  chunks: number;
  /** The segment that holds it. */
  segment: string;
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
  chunks: IndexedChunk[];
  /** Each segment's keyword data, as it was written, and where its chunks are in `chunks` (-1: dropped). */
  keyword: { data: unknown; positions: Int32Array }[];
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
  manifest: Omit<IndexManifest, 'formatVersion' | 'createdAt' | 'segments' | 'chunkCount'>;
  /** Segments of the previous generation taken over unchanged (hard links), with their dropped documents now. */
  kept: { from: string; segments: SegmentInfo[] } | null;
  /** New segments, each with its folder name (unique: taken over by later generations under it). */
  written: { dir: string; contents: SegmentContents }[];
}

/**
 * Writes a complete generation beside the active one and switches to it
 * atomically. Until the final rename, readers keep the previous index; a
 * crash leaves only a `.tmp` folder that the next build removes.
 */
export async function writeIndex(indexDir: string, contents: IndexContents): Promise<string> {
  const { name, tmpDir, finalDir } = await startGeneration(indexDir);
  const segments: SegmentInfo[] = [];
  for (const info of contents.kept?.segments ?? []) {
    await linkSegment(contents.kept!.from, tmpDir, info.dir);
    segments.push(info);
  }
  for (const { dir, contents: segment } of contents.written) segments.push(await writeSegment(tmpDir, dir, segment));
  const chunkCount = contents.manifest.documents.reduce((n, d) => n + d.chunks, 0);
  const manifest: IndexManifest = { ...contents.manifest, formatVersion: INDEX_FORMAT_VERSION, createdAt: new Date().toISOString(), chunkCount, segments };
  // The manifest last: a generation without one is incomplete by definition.
  await writeFile(join(tmpDir, 'manifest.json'), JSON.stringify(manifest), { flush: true });
  await rename(tmpDir, finalDir);
  await publishGeneration(indexDir, name);
  return name;
}

/** A folder name for a new segment: unique across generations. */
export function newSegmentName(n: number): string {
  return `seg-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${n}`;
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
  dir: string;
  manifest: IndexManifest;
  /** Cheap check that no file of the generation is truncated or missing. */
  looksWhole(): Promise<boolean>;
  /** One segment's documents and chunks. */
  segment(info: SegmentInfo): Promise<{ documents: ParsedDocument[]; chunks: IndexedChunk[] }>;
  /** Every document in the index, for a rebuild that keeps the parses (a new model). */
  documents(): Promise<ParsedDocument[]>;
  /** A segment's vectors by chunk id; empty for a keyword index or damaged vectors. */
  vectorsById(info: SegmentInfo, chunks: IndexedChunk[]): Promise<Map<string, Float32Array>>;
}

/** The previous index for a rebuild; null when there is none or it is unreadable (then: full rebuild). */
export async function loadPreviousIndex(indexDir: string, keywordVersion: number, shardSize: number): Promise<PreviousIndex | null> {
  try {
    const { generation, dir, manifest } = await openGeneration(indexDir, keywordVersion);
    const live = new Set(manifest.documents.map((d) => d.id));
    return {
      generation,
      dir,
      manifest,
      looksWhole: async () => {
        for (const s of manifest.segments) if (!(await segmentLooksWhole(dir, s, manifest.embedding?.dimension ?? 0))) return false;
        return true;
      },
      segment: (info) => readSegmentRows(dir, info),
      documents: async () => {
        const all: ParsedDocument[] = [];
        for (const s of manifest.segments) for (const d of await readSegmentDocuments(dir, s)) if (live.has(d.id)) all.push(d);
        return all;
      },
      vectorsById: async (info, chunks) => {
        if (manifest.mode !== 'hybrid' || !manifest.embedding) return new Map();
        let vectors: VectorIndex | null = null;
        try {
          vectors = await vectorBackend(shardSize).open([{ dir: segmentVectorsDir(dir, info), shards: info.shards, positions: null }], chunks);
          return vectors.vectorsById();
        } catch {
          return new Map(); // damaged vectors: embed again
        } finally {
          vectors?.close();
        }
      },
    };
  } catch {
    return null;
  }
}

/**
 * Loads the active generation and checks it is whole and consistent. The
 * documents and chunks come in the manifest's order, whatever segments they
 * are stored in: an index built step by step loads as one built at once.
 * The keyword data's format is the caller's to check (`keywordVersion` is
 * compared with the manifest before anything heavy is read).
 */
export async function loadStoredIndex(indexDir: string, keywordVersion: number, shardSize: number): Promise<StoredIndex> {
  const { generation, dir, manifest } = await openGeneration(indexDir, keywordVersion);
  let segments: Awaited<ReturnType<typeof readSegment>>[];
  try {
    // All at once: one segment's files are read while another's are parsed.
    segments = await Promise.all(manifest.segments.map((info) => readSegment(dir, info)));
  } catch (err) {
    throw new IndexUnavailableError('corrupt', `De index is beschadigd (${(err as Error).message}). ${HINT}`);
  }
  // Where each document is: its segment and its chunks there.
  const located = new Map<string, { segment: number; document: ParsedDocument; chunks: number[] }>();
  segments.forEach((s, segment) => {
    const dropped = new Set(manifest.segments[segment]!.dropped);
    for (const document of s.documents) if (!dropped.has(document.id)) located.set(document.id, { segment, document, chunks: [] });
    s.chunks.forEach((c, local) => located.get(c.docId)?.chunks.push(local));
  });
  const positions = segments.map((s) => new Int32Array(s.chunks.length).fill(-1));
  const documents: ParsedDocument[] = [];
  const chunks: IndexedChunk[] = [];
  for (const entry of manifest.documents) {
    const at = located.get(entry.id);
    if (!at || at.chunks.length !== entry.chunks) {
      throw new IndexUnavailableError('corrupt', `De index is inconsistent: document ${entry.file} ${at ? `heeft ${at.chunks.length} passages, ${entry.chunks} verwacht` : 'ontbreekt'}. ${HINT}`);
    }
    documents.push(at.document);
    for (const local of at.chunks) {
      positions[at.segment]![local] = chunks.length;
      chunks.push(segments[at.segment]!.chunks[local]!);
    }
  }
  if (chunks.length !== manifest.chunkCount) {
    throw new IndexUnavailableError('corrupt', `De index is inconsistent: ${chunks.length} passages, ${manifest.chunkCount} verwacht. ${HINT}`);
  }
  const keyword = segments.map((s, i) => ({ data: s.keyword, positions: positions[i]! }));
  let vectors: VectorIndex | null = null;
  if (manifest.mode === 'hybrid' && manifest.embedding) {
    try {
      const sources: VectorSource[] = manifest.segments.map((info, i) => ({ dir: segmentVectorsDir(dir, info), shards: info.shards, positions: positions[i]! }));
      vectors = await vectorBackend(shardSize).open(sources, chunks);
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
