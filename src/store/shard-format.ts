import { mkdir, open, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LocalIndex } from 'vectra';
import { jsonLooksClosed, writeJsonFile } from './json-writer.js';
import type { ShardInfo, VectorRecord } from './vector-index.js';

/**
 * The on-disk format: Vectra `LocalIndex` folders, sharded, each with a
 * compact binary copy beside it.
 *
 * - One index.json is one JSON string: V8 caps strings near 512 MB, which a
 *   384-dimension index reaches around 64k items. Shards stay well below.
 * - Vectra's insertItem checks id uniqueness with a linear scan (O(n²) for a
 *   bulk load). Chunk ids are unique by construction, so a shard's index.json
 *   is written directly in Vectra's own format; LocalIndex opens it.
 * - Vectra writes index.json in place; generations (generations.ts) make sure
 *   no reader ever sees a shard being written.
 * - Parsing tens of millions of numbers from JSON at start-up is slow (4 s and
 *   ~1 GB RSS at 10,000 documents). `vectors.f32` (float32 in the machine's
 *   byte order, a row per item; not rounded like index.json) and `chunks.i32`
 *   (the chunk position of each row) load in a fraction of that; index.json
 *   stays the Vectra index and the fallback.
 */

const VECTORS_FILE = 'vectors.f32';
const CHUNKS_FILE = 'chunks.i32';

/** Six decimals keep cosine rankings intact and halve index.json. */
const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function norm(vector: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < vector.length; i++) sum += vector[i]! * vector[i]!;
  return Math.sqrt(sum);
}

const shardName = (n: number) => `shard-${String(n).padStart(3, '0')}`;

export async function writeVectorShards(dir: string, records: VectorRecord[], shardSize: number): Promise<ShardInfo[]> {
  const shards: ShardInfo[] = [];
  const dim = records[0]?.vector.length ?? 0;
  for (let offset = 0, n = 0; offset < records.length; offset += shardSize, n++) {
    const slice = records.slice(offset, offset + shardSize);
    const shardDir = join(dir, shardName(n));
    await mkdir(shardDir, { recursive: true });
    const items = slice.map((r) => {
      const vector = Array.from(r.vector, round);
      return { id: r.id, metadata: { chunk: r.chunk }, vector, norm: norm(vector) };
    });
    await writeJsonFile(join(shardDir, 'index.json'), { version: 1, metadata_config: {}, items });
    const matrix = new Float32Array(slice.length * dim);
    const chunks = new Int32Array(slice.length);
    slice.forEach((r, i) => {
      matrix.set(r.vector, i * dim);
      chunks[i] = r.chunk;
    });
    await writeFile(join(shardDir, VECTORS_FILE), new Uint8Array(matrix.buffer), { flush: true });
    await writeFile(join(shardDir, CHUNKS_FILE), new Uint8Array(chunks.buffer), { flush: true });
    shards.push({ dir: shardName(n), count: slice.length });
  }
  return shards;
}

/** Vectra's index.json closed, the binary copy of the size `count` rows of `dimension` imply. */
export async function shardLooksWhole(folder: string, count: number, dimension: number): Promise<boolean> {
  if (!(await jsonLooksClosed(join(folder, 'index.json')))) return false;
  const [v, c] = await Promise.all([stat(join(folder, VECTORS_FILE)), stat(join(folder, CHUNKS_FILE))]);
  return v.size === count * dimension * 4 && c.size === count * 4;
}

/** A shard in memory: a row per vector and the chunk position of each row. */
export interface ShardData {
  matrix: Float32Array;
  chunks: Int32Array;
  dim: number;
}

/** A shard's binary copy, opened: its chunk column read, its vectors still on disk. */
export interface BinaryShard {
  chunks: Int32Array;
  dim: number;
  /** Reads the vectors into `target` (count × dim floats). */
  readVectors(target: Float32Array): Promise<void>;
}

/** The binary copy of a shard, when present and consistent with the manifest. */
export async function openBinaryShard(folder: string, count: number): Promise<BinaryShard | null> {
  try {
    const vectorsPath = join(folder, VECTORS_FILE);
    const [c, v] = await Promise.all([readFile(join(folder, CHUNKS_FILE)), stat(vectorsPath)]);
    if (c.byteLength !== count * 4 || count === 0 || v.size % (count * 4) !== 0) return null;
    // Copied into an aligned array (a Buffer may sit at any offset of a shared pool).
    const chunks = new Int32Array(count);
    new Uint8Array(chunks.buffer).set(c);
    const dim = v.size / (count * 4);
    const readVectors = async (target: Float32Array) => {
      const handle = await open(vectorsPath, 'r');
      try {
        const bytes = new Uint8Array(target.buffer, target.byteOffset, target.byteLength);
        // Straight into the scan's memory: no copy of the largest part of the index.
        for (let at = 0; at < bytes.length; ) {
          const { bytesRead } = await handle.read(bytes, at, bytes.length - at, at);
          if (bytesRead === 0) throw new Error(`${vectorsPath} is korter dan verwacht`);
          at += bytesRead;
        }
      } finally {
        await handle.close();
      }
    };
    return { chunks, dim, readVectors };
  } catch {
    return null;
  }
}

/** The shard through Vectra itself (older indexes, or a missing binary copy). */
export async function readVectraShard(folder: string): Promise<ShardData> {
  const items = await new LocalIndex(folder).listItems();
  const dim = items[0]?.vector.length ?? 0;
  const matrix = new Float32Array(items.length * dim);
  const chunks = new Int32Array(items.length);
  items.forEach((item, i) => {
    if (item.vector.length !== dim) throw new Error(`vectoren van ongelijke dimensie (${item.vector.length} en ${dim})`);
    matrix.set(item.vector, i * dim);
    chunks[i] = Number(item.metadata.chunk);
  });
  return { matrix, chunks, dim };
}
