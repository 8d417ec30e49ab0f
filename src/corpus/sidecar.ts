import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { SourceMetadata } from './source.js';
import type { DocumentSource } from './types.js';

/**
 * Metadata sidecars: `455-1234567.pdf` has `455-1234567.meta.json` beside it,
 * written by `npm run sync` (src/sync/) and read by the folder source, so the
 * Parliament's facts win over what the parser guesses. A file without a
 * sidecar (dropped in by hand) is read as before.
 */

const SIDECAR_SUFFIX = '.meta.json';
export const SIDECAR_FORMAT = 'integratiepact-bot/vlaams-parlement@1';

/** The question as the Parliament's API describes it (normalised). */
export interface QuestionFacts {
  number: number | null;
  sessionYear: string | null;
  title: string | null;
  subject: string | null;
  /** "Yasmine Kherbache" (the API writes "Kherbache, Yasmine"). */
  questioner: string | null;
  minister: string | null;
  askedDate: string | null;
  answerDate: string | null;
  publicationDate: string | null;
  answered: boolean;
  documentType: string | null;
}

export interface Sidecar {
  format: typeof SIDECAR_FORMAT;
  /** The document this describes, in the same folder. */
  file: string;
  /** sha256 of that file as stored (for a Word document: of the extracted text). */
  fileHash: string;
  retrievedAt: string;
  source: {
    id: string;
    pageUrl: string | null;
    documentUrl: string | null;
    opendataUrl: string | null;
    mimetype: string | null;
    /** sha256 and size of the bytes as downloaded. */
    downloadHash: string;
    downloadBytes: number;
  };
  question: QuestionFacts;
  /** Changes when the document must be fetched again (answer date, document URL, …). */
  fetchKey: string;
  /** Changes when the search metadata changed (title, names, …). */
  searchKey: string;
  /** Whether the stored text has an answer: answered per the API but not yet in the text means fetch again. */
  textAnswered?: boolean;
  /** The API's own fields, as received. */
  api: { search: unknown; opendata: unknown };
}

/** `dir/455-1.pdf` → `dir/455-1.meta.json`. */
export function sidecarPathFor(documentPath: string): string {
  return documentPath.slice(0, documentPath.length - extname(documentPath).length) + SIDECAR_SUFFIX;
}

export const isSidecarName = (name: string) => name.toLowerCase().endsWith(SIDECAR_SUFFIX);

const str = (v: unknown) => (typeof v === 'string' ? v : null);

/** The sidecar in `json`, or null when it is not one of ours (wrong format, fields missing). */
export function parseSidecar(json: unknown): Sidecar | null {
  if (!json || typeof json !== 'object') return null;
  const s = json as Partial<Sidecar>;
  if (s.format !== SIDECAR_FORMAT || typeof s.file !== 'string' || typeof s.fileHash !== 'string') return null;
  if (!s.source || typeof s.source.id !== 'string' || !s.question || typeof s.question !== 'object') return null;
  return s as Sidecar;
}

function documentSource(s: Sidecar): DocumentSource {
  const q = s.question;
  return {
    origin: 'vlaams-parlement',
    id: s.source.id,
    pageUrl: safeUrl(s.source.pageUrl),
    documentUrl: safeUrl(s.source.documentUrl),
    sessionYear: str(q.sessionYear),
    subject: str(q.subject),
    answered: typeof q.answered === 'boolean' ? q.answered : null,
    answerDate: str(q.answerDate),
  };
}

/** Only http(s) links leave the API's data for a user's screen. */
export function safeUrl(url: unknown): string | null {
  if (typeof url !== 'string' || url.length > 512) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** What the folder source hands the indexer: the API's facts win over the parser's guesses. */
export function sidecarMetadata(s: Sidecar): SourceMetadata {
  const q = s.question;
  const metadata: SourceMetadata = { source: documentSource(s), fileHash: s.fileHash };
  if (typeof q.number === 'number' && Number.isSafeInteger(q.number) && q.number > 0) metadata.questionNumber = q.number;
  if (str(q.askedDate)) metadata.date = q.askedDate;
  if (str(q.questioner)) metadata.questioner = q.questioner;
  // The API names the minister, not the title: the parser's title stays (see read.ts).
  if (str(q.minister)) metadata.minister = { name: q.minister, title: null };
  if (str(q.title)) metadata.title = q.title!;
  return metadata;
}

/** A version of the metadata: any change to what the indexer sees changes it. */
export function metadataVersion(metadata: SourceMetadata): string {
  return createHash('sha256').update(JSON.stringify(metadata)).digest('hex').slice(0, 16);
}

/** The sidecar beside `documentPath`, if it is one of ours and describes that file. Never throws. */
export async function readSidecarFor(documentPath: string): Promise<Sidecar | null> {
  try {
    const sidecar = parseSidecar(JSON.parse(await readFile(sidecarPathFor(documentPath), 'utf8')));
    return sidecar && sidecar.file === basename(documentPath) ? sidecar : null;
  } catch {
    return null;
  }
}
