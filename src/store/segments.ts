import { copyFile, link, mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Chunk, IndexedChunk } from '../corpus/chunk.js';
import type { ParsedDocument } from '../corpus/types.js';
import { jsonLooksClosed, writeJsonFile } from './json-writer.js';
import { readPacked, writePacked } from './packed.js';
import { shardLooksWhole } from './shard-format.js';
import type { ShardInfo, VectorIndex } from './vector-index.js';

/**
 * A generation is a list of segments, as in Lucene: each holds some
 * documents with their chunks, keyword data and vectors, and is never
 * changed once written. A later generation takes an unchanged segment over
 * by hard links (nothing rewritten) and lists the documents of it that
 * changed or went as dropped; those come back in a new segment.
 *
 *   gen-…/segments/seg-…/documents.json   the parsed documents
 *   gen-…/segments/seg-…/chunks.json      their chunks, without the text (a slice of the document's)
 *   gen-…/segments/seg-…/keyword.{json,bin}  the keyword data (packed.ts)
 *   gen-…/segments/seg-…/vectors/         the vector backend's files (Vectra shards)
 */

export interface SegmentInfo {
  /** Folder below `segments/`; the name stays when a later generation takes it over. */
  dir: string;
  documents: number;
  chunks: number;
  shards: ShardInfo[];
  /** Ids of documents of this segment no longer in the index (changed or removed since it was written). */
  dropped: string[];
}

/** A chunk as stored: its text is the slice of its document's text. */
export type StoredChunk = Omit<Chunk, 'text' | 'embedText'>;

export interface SegmentContents {
  documents: ParsedDocument[];
  /** Positions are the segment's own: chunk i of the segment is row i of its keyword data and vectors. */
  chunks: IndexedChunk[];
  /** The keyword data as the search layer hands it over. */
  keyword: unknown;
  vectors: VectorIndex | null;
}

export const SEGMENTS = 'segments';
const segmentDir = (generationDir: string, dir: string) => join(generationDir, SEGMENTS, dir);

export async function writeSegment(generationDir: string, dir: string, contents: SegmentContents): Promise<SegmentInfo> {
  const folder = segmentDir(generationDir, dir);
  await mkdir(folder, { recursive: true });
  const shards = contents.vectors ? await contents.vectors.save(join(folder, 'vectors')) : [];
  await writeJsonFile(join(folder, 'documents.json'), contents.documents);
  await writeJsonFile(
    join(folder, 'chunks.json'),
    contents.chunks.map(({ text: _text, ...stored }) => stored),
  );
  await writePacked(join(folder, 'keyword'), contents.keyword);
  return { dir, documents: contents.documents.length, chunks: contents.chunks.length, shards, dropped: [] };
}

/** Takes a segment of an earlier generation over: hard links, a copy where the file system has none. */
export async function linkSegment(fromGeneration: string, toGeneration: string, dir: string): Promise<void> {
  const copyTree = async (from: string, to: string): Promise<void> => {
    await mkdir(to, { recursive: true });
    for (const entry of await readdir(from, { withFileTypes: true })) {
      const [source, target] = [join(from, entry.name), join(to, entry.name)];
      if (entry.isDirectory()) await copyTree(source, target);
      else await link(source, target).catch(() => copyFile(source, target));
    }
  };
  await copyTree(segmentDir(fromGeneration, dir), segmentDir(toGeneration, dir));
}

export class SegmentReadError extends Error {}

/**
 * Segments are read concurrently, and files that arrive together would be
 * parsed back to back in one turn of the event loop (four 8 MB documents
 * files: 200 ms in which the bot answers nothing). Each parse takes a turn of
 * its own instead.
 */
let parseQueue: Promise<unknown> = Promise.resolve();
function parseInTurn(raw: string): Promise<unknown> {
  const parseNow = (resolve: (value: unknown) => void, reject: (err: unknown) => void) => {
    try {
      resolve(JSON.parse(raw));
    } catch (err) {
      reject(err);
    }
  };
  const parsed = parseQueue.then(() => new Promise((resolve, reject) => setImmediate(parseNow, resolve, reject)));
  parseQueue = parsed.catch(() => undefined);
  return parsed;
}

async function readJson<T>(path: string): Promise<T> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    throw new SegmentReadError(`${path} ontbreekt`);
  }
  try {
    return (await parseInTurn(raw)) as T;
  } catch {
    throw new SegmentReadError(`${path} is geen geldige JSON (afgebroken?)`);
  }
}

export function readSegmentDocuments(generationDir: string, info: SegmentInfo): Promise<ParsedDocument[]> {
  return readJson<ParsedDocument[]>(join(segmentDir(generationDir, info.dir), 'documents.json'));
}

/** A segment's documents and chunks (text restored): what a rebuild needs of it. */
export async function readSegmentRows(generationDir: string, info: SegmentInfo): Promise<{ documents: ParsedDocument[]; chunks: IndexedChunk[] }> {
  const folder = segmentDir(generationDir, info.dir);
  const [documents, stored] = await Promise.all([readSegmentDocuments(generationDir, info), readJson<StoredChunk[]>(join(folder, 'chunks.json'))]);
  if (documents.length !== info.documents || stored.length !== info.chunks) {
    throw new SegmentReadError(`segment ${info.dir}: ${documents.length} documenten en ${stored.length} passages, ${info.documents} en ${info.chunks} verwacht`);
  }
  const texts = new Map(documents.map((d) => [d.id, d.text]));
  // The parsed rows become the chunks (no copy of 100,000 objects at load).
  const chunks = stored as IndexedChunk[];
  for (const c of chunks) {
    const text = texts.get(c.docId);
    if (text === undefined || c.end > text.length) throw new SegmentReadError(`segment ${info.dir}: passage ${c.id} zonder document`);
    c.text = text.slice(c.start, c.end);
  }
  return { documents, chunks };
}

/** A segment's documents, chunks and keyword data: what a loaded index needs of it. */
export async function readSegment(generationDir: string, info: SegmentInfo): Promise<{ documents: ParsedDocument[]; chunks: IndexedChunk[]; keyword: unknown }> {
  const [rows, keyword] = await Promise.all([
    readSegmentRows(generationDir, info),
    readPacked(join(segmentDir(generationDir, info.dir), 'keyword')).catch((err: Error) => {
      throw new SegmentReadError(`segment ${info.dir}: trefwoordenindex onleesbaar (${err.message})`);
    }),
  ]);
  return { ...rows, keyword };
}

/** The folder a segment's vectors live in, for the vector backend. */
export function segmentVectorsDir(generationDir: string, info: SegmentInfo): string {
  return join(segmentDir(generationDir, info.dir), 'vectors');
}

/** Every file present, JSON closed, binary vector files of the size the manifest implies. */
export async function segmentLooksWhole(generationDir: string, info: SegmentInfo, dimension: number): Promise<boolean> {
  try {
    const folder = segmentDir(generationDir, info.dir);
    for (const f of ['chunks.json', 'documents.json', 'keyword.json']) if (!(await jsonLooksClosed(join(folder, f)))) return false;
    await stat(join(folder, 'keyword.bin'));
    for (const shard of info.shards) if (!(await shardLooksWhole(join(folder, 'vectors', shard.dir), shard.count, dimension))) return false;
    return true;
  } catch {
    return false;
  }
}
