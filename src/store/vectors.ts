import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LocalIndex } from 'vectra';

/**
 * Chunk vectors in Vectra `LocalIndex` folders, sharded.
 *
 * - One index.json is one JSON string: V8 caps strings near 512 MB, which a
 *   384-dimension index reaches around 64k items. Shards stay well below.
 * - Vectra's insertItem checks id uniqueness with a linear scan (O(n²) for a
 *   bulk load). Chunk ids are unique by construction, so a shard's index.json
 *   is written directly in Vectra's own format, then opened with LocalIndex.
 * - Vectra's `$in` filter never matches numbers; filtering happens in our code.
 */

export interface VectorRecord {
  /** Position of the chunk in chunks.json. */
  chunk: number;
  id: string;
  vector: number[];
}

export interface ShardInfo {
  dir: string;
  count: number;
}

/** Six decimals keep cosine rankings intact and halve index.json. */
const round = (x: number) => Math.round(x * 1e6) / 1e6;

function norm(vector: number[]): number {
  let sum = 0;
  for (const x of vector) sum += x * x;
  return Math.sqrt(sum);
}

export async function writeVectorShards(dir: string, records: VectorRecord[], shardSize: number): Promise<ShardInfo[]> {
  const shards: ShardInfo[] = [];
  for (let offset = 0, n = 0; offset < records.length; offset += shardSize, n++) {
    const slice = records.slice(offset, offset + shardSize);
    const shardDir = `shard-${String(n).padStart(3, '0')}`;
    await mkdir(join(dir, shardDir), { recursive: true });
    const items = slice.map((r) => {
      const vector = r.vector.map(round);
      return { id: r.id, metadata: { chunk: r.chunk }, vector, norm: norm(vector) };
    });
    const data = { version: 1, metadata_config: {}, items };
    await writeFile(join(dir, shardDir, 'index.json'), JSON.stringify(data), { flush: true });
    shards.push({ dir: shardDir, count: slice.length });
  }
  return shards;
}

export interface VectorHit {
  chunk: number;
  score: number;
}

/** Read side: Vectra LocalIndex per shard, queried brute force and merged. */
export class VectorStore {
  private readonly shards: LocalIndex[];

  constructor(dir: string, shards: ShardInfo[]) {
    this.shards = shards.map((s) => new LocalIndex(join(dir, s.dir)));
  }

  /** Loads every shard now, so the first question does not pay for it. */
  async warm(): Promise<number> {
    let total = 0;
    for (const shard of this.shards) total += (await shard.getIndexStats()).items;
    return total;
  }

  /** Dimension of the stored vectors (from the first item). */
  async dimension(): Promise<number | null> {
    for (const shard of this.shards) {
      const items = await shard.listItems();
      if (items[0]) return items[0].vector.length;
    }
    return null;
  }

  async query(vector: number[], topK: number): Promise<VectorHit[]> {
    const hits: VectorHit[] = [];
    for (const shard of this.shards) {
      const results = await shard.queryItems(vector, '', topK);
      for (const r of results) hits.push({ chunk: Number(r.item.metadata.chunk), score: r.score });
    }
    return hits.sort((a, b) => b.score - a.score).slice(0, topK);
  }

  /** All stored vectors by chunk position (used by the incremental rebuild). */
  async allVectors(): Promise<Map<string, number[]>> {
    const out = new Map<string, number[]>();
    for (const shard of this.shards) for (const item of await shard.listItems()) out.set(item.id, item.vector);
    return out;
  }
}
