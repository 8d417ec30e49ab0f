import { readCorpus } from '../corpus/read.js';
import type { CorpusSource } from '../corpus/source.js';
import type { ParsedDocument, SkippedFile } from '../corpus/types.js';
import type { ManifestDocument, PreviousIndex } from '../store/index-store.js';
import { planSegments } from '../store/segment-plan.js';
import type { SegmentInfo } from '../store/segments.js';

/**
 * What a build takes from the previous index: which segments it keeps, which
 * documents it writes anew, and which vectors it can reuse.
 */

/** What the index holds after a build: a document kept where it is stored, or one (re)written into a new segment. */
export type Listed = { kept: ManifestDocument } | { parsed: ParsedDocument };

/** What a document entry says of itself, kept or parsed. */
export function describe(entry: Listed): { id: string; file: string; contentHash: string; sourceVersion?: string; questionNumber: number } {
  return 'kept' in entry ? entry.kept : entry.parsed;
}

export interface Build {
  /** Documents to write into new segments. */
  pool: ParsedDocument[];
  /** Vectors that can be reused, by chunk id. */
  reusable: Map<string, Float32Array>;
  /** Segments of the previous generation taken over. */
  kept: { from: string; segments: SegmentInfo[] } | null;
}

/** Unchanged segments are taken over; changed and new documents, and those of rewritten segments, are written anew. */
export async function incrementalBuild(previous: PreviousIndex, listed: Listed[], unchanged: Set<string>, capacity: number): Promise<Build> {
  const keptIds = new Set(listed.flatMap((e) => ('kept' in e ? [e.kept.id] : [])));
  const stored = previous.manifest.documents;
  const states = previous.manifest.segments.map((s) => ({
    dir: s.dir,
    chunks: s.chunks,
    live: stored.filter((d) => d.segment === s.dir && keptIds.has(d.id)).reduce((n, d) => n + d.chunks, 0),
  }));
  const fresh = listed.flatMap((e) => ('parsed' in e ? [e.parsed] : []));
  const plan = planSegments(states, fresh.length, capacity);
  const pool = [...fresh];
  const reusable = new Map<string, Float32Array>();
  for (const info of previous.manifest.segments.filter((s) => plan.rewrite.includes(s.dir))) {
    const segment = await previous.segment(info);
    pool.push(...segment.documents.filter((d) => keptIds.has(d.id) && !info.dropped.includes(d.id)));
    addReusable(reusable, await previous.vectorsById(info, segment.chunks), segment.chunks, unchanged);
  }
  const segments = previous.manifest.segments
    .filter((s) => plan.keep.includes(s.dir))
    .map((s) => ({ ...s, dropped: [...new Set([...s.dropped, ...stored.filter((d) => d.segment === s.dir && !keptIds.has(d.id)).map((d) => d.id)])] }));
  return { pool, reusable, kept: { from: previous.dir, segments } };
}

/** Everything into new segments; vectors of the previous index are reused when its model is the same. */
export async function fullBuild(vectorsFrom: PreviousIndex | null, listed: Listed[], unchanged: Set<string>): Promise<Build> {
  const reusable = new Map<string, Float32Array>();
  for (const info of vectorsFrom?.manifest.segments ?? []) {
    try {
      const segment = await vectorsFrom!.segment(info);
      addReusable(reusable, await vectorsFrom!.vectorsById(info, segment.chunks), segment.chunks, unchanged);
    } catch {
      // an unreadable segment: its chunks are embedded again
    }
  }
  return { pool: listed.map((e) => ('parsed' in e ? e.parsed : unreachable(e))), reusable, kept: null };
}

/** A segment's vectors of chunks whose document is unchanged (a changed document keeps its chunk ids, not its text). */
function addReusable(into: Map<string, Float32Array>, vectors: Map<string, Float32Array>, chunks: { id: string; docId: string }[], unchanged: Set<string>): void {
  for (const c of chunks) {
    const v = vectors.get(c.id);
    if (v && unchanged.has(c.docId)) into.set(c.id, v);
  }
}

function unreachable(entry: Listed): never {
  throw new Error(`document ${describe(entry).file} niet ontleed`);
}

/** Every entry as a parse: kept documents from the previous index (same parser), or the corpus read again when that fails. */
export async function parsedEntries(
  corpus: { entries: Listed[]; skipped: SkippedFile[] },
  previous: PreviousIndex | null,
  source: CorpusSource,
): Promise<{ listed: Listed[]; skipped: SkippedFile[] }> {
  if (corpus.entries.every((e) => 'parsed' in e)) return { listed: corpus.entries, skipped: corpus.skipped };
  const earlier = new Map(((await previous?.documents().catch(() => null)) ?? []).map((d) => [d.id, d]));
  const listed: Listed[] = [];
  for (const e of corpus.entries) {
    if ('parsed' in e) listed.push(e);
    else if (earlier.has(e.kept.id)) listed.push({ parsed: { ...earlier.get(e.kept.id)!, ...(e.kept.sourceVersion ? { sourceVersion: e.kept.sourceVersion } : {}) } });
    else {
      const again = await readCorpus<ManifestDocument>(source); // the previous parses are unreadable: parse everything
      return { listed: again.entries, skipped: again.skipped };
    }
  }
  return { listed, skipped: corpus.skipped };
}
