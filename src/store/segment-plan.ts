/**
 * Which segments of the previous generation a reindex takes over as they are
 * and which it rewrites (their remaining documents join the new ones). A
 * reindex then writes only new and rewritten segments, so its cost follows
 * the change, not the corpus. The rules bound what the index carries:
 *
 * - a segment with nothing left is dropped;
 * - a segment with more than half of its chunks dropped is rewritten, and at
 *   most one more above a third (the worst): segments that age together are
 *   not all rewritten in the same run;
 * - small segments (below a quarter of the capacity) are merged once there
 *   are more than a few, so many small reindexes do not leave many small segments.
 */

export interface SegmentState {
  dir: string;
  /** Chunks stored in the segment. */
  chunks: number;
  /** Of those, still in the index. */
  live: number;
}

export interface SegmentPlan {
  keep: string[];
  rewrite: string[];
}

const REWRITE_ALWAYS = 0.5;
const REWRITE_ONE = 1 / 3;
const MAX_SMALL_SEGMENTS = 4;

export function planSegments(segments: readonly SegmentState[], newChunks: number, capacity: number): SegmentPlan {
  const rewrite = new Set<string>();
  const droppedShare = (s: SegmentState) => 1 - s.live / Math.max(1, s.chunks);
  const alive = segments.filter((s) => s.live > 0);
  for (const s of alive) if (droppedShare(s) > REWRITE_ALWAYS) rewrite.add(s.dir);
  const worst = alive.filter((s) => !rewrite.has(s.dir) && droppedShare(s) > REWRITE_ONE).sort((a, b) => droppedShare(b) - droppedShare(a))[0];
  if (worst) rewrite.add(worst.dir);

  const small = alive.filter((s) => !rewrite.has(s.dir) && s.live < capacity / 4);
  const willWrite = newChunks > 0 || rewrite.size > 0 ? 1 : 0;
  if (small.length + willWrite > MAX_SMALL_SEGMENTS) for (const s of small) rewrite.add(s.dir);

  return { keep: alive.filter((s) => !rewrite.has(s.dir)).map((s) => s.dir), rewrite: [...rewrite] };
}

/** Splits documents, in order, into groups of at most `capacity` chunks (a larger document gets a group of its own). */
export function splitByCapacity<T>(items: readonly T[], chunksOf: (item: T) => number, capacity: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const n = chunksOf(item);
    if (current.length && size + n > capacity) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += n;
  }
  if (current.length) groups.push(current);
  return groups;
}
