import type { DocumentSource, SkippedFile } from './types.js';

/**
 * The corpus seam: where written questions come from. A folder of files is
 * the first source; another (the parliament's open data) is a new file that
 * implements this, and one line where the indexer picks its source.
 */

export interface SourceEntry {
  /** Stable within the source: for files, the path relative to the corpus folder. */
  id: string;
  /**
   * A version the source knows without reading the document (an answer date,
   * an ETag); null when only the content hash can tell a change.
   */
  version: string | null;
  /** What the source knows of the question; it wins over what the parser reads (null: nothing). */
  metadata: SourceMetadata | null;
}

/** Facts a source may know better than the parser. */
export interface SourceMetadata {
  questionNumber?: number;
  date?: string | null;
  questioner?: string | null;
  minister?: { name: string | null; title: string | null };
  title?: string;
  /** Where the question was published (links, citations, answered or not). */
  source?: DocumentSource;
  /** Hash of the file these facts describe: for another file (replaced since) they are ignored. */
  fileHash?: string;
}

/** A document's text and content hash, or why it cannot be used. */
export type SourceText = { ok: true; text: string; hash: string } | { ok: false; skip: SkippedFile };

export interface CorpusSource {
  /** Every document the source holds now, and what it passed over with the reason. */
  list(): Promise<{ entries: SourceEntry[]; skipped: SkippedFile[] }>;
  /** One document's text. Never throws: a document that cannot be read is a skip. */
  read(entry: SourceEntry): Promise<SourceText>;
}
