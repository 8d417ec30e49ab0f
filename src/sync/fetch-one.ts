import { basename, join } from 'node:path';
import { formatBytes } from '../corpus/decode.js';
import { ParseError, parseDocument } from '../corpus/parse.js';
import { SIDECAR_FORMAT, sidecarPathFor, type QuestionFacts, type Sidecar } from '../corpus/sidecar.js';
import { ApiShapeError, fetchRecord, parseRecord, type OpendataRecord, type SearchHit } from './api.js';
import { extractDocument } from './extract.js';
import { describeFailure, HttpError, type PoliteClient } from './http.js';
import { atomicWrite, removeStored, sha256, SYNC_SUBDIR, type StoredQuestion } from './store.js';
import { SyncAbortedError, type Change, type SkipReason, type SyncConfig, type SyncEntry, type SyncSkip } from './types.js';
import { foldForMatch } from './values.js';

/** One question: its open-data record, its document, the checks, and the files written. */

export interface FetchContext {
  client: PoliteClient;
  config: SyncConfig;
  /** CORPUS_DIR/vlaams-parlement */
  dir: string;
  terms: string[];
  now: () => Date;
  signal?: AbortSignal;
}

export type FetchOutcome = { kind: 'stored'; entry: SyncEntry } | { kind: 'skipped'; skip: SyncSkip; remember: boolean };

const DOCUMENT_ACCEPT = 'application/pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document;q=0.9, application/msword;q=0.5, */*;q=0.1';

const key = (parts: unknown[]) => sha256(JSON.stringify(parts)).slice(0, 20);

/** A change here means the document must be fetched again: answered since, another file, … */
export const fetchKeyOf = (h: SearchHit) => key([h.documentUrl, h.answerDate, h.publicationDate, h.mimetype, h.opendataUrl]);

/** A change here only means new metadata for the same document. */
export const searchKeyOf = (h: SearchHit) =>
  key([h.pageUrl, h.title, h.type, h.documentType, h.number, h.sessionYear, h.askedDate, h.questioner, h.minister, h.subject]);

export function entryOf(h: SearchHit, file: string | null, change?: Change): SyncEntry {
  return { id: h.id, number: h.number, sessionYear: h.sessionYear, title: h.title, file, ...(change ? { change } : {}) };
}

export function skipOf(h: SearchHit, reason: SkipReason, detail: string, failed: boolean): SyncSkip {
  return { ...entryOf(h, null), reason, detail, failed };
}

/** The search's facts first (they are what the Parliament lists); the record fills gaps. */
function questionFacts(h: SearchHit, r: OpendataRecord | null): QuestionFacts {
  return {
    number: h.number ?? r?.number ?? null,
    sessionYear: h.sessionYear ?? r?.sessionYear ?? null,
    title: h.title ?? r?.title ?? null,
    subject: h.subject ?? r?.subject ?? null,
    questioner: h.questioner ?? r?.questioner ?? null,
    minister: h.minister ?? r?.minister ?? null,
    askedDate: h.askedDate,
    answerDate: h.answerDate,
    publicationDate: h.publicationDate,
    answered: h.answerDate !== null,
    documentType: h.documentType,
  };
}

/** "455-1234567.pdf": the number for people, the id for uniqueness. */
function fileNameFor(h: SearchHit, ext: string, existing: StoredQuestion | undefined): string {
  if (existing && existing.sidecar.file.endsWith(`.${ext}`)) return existing.sidecar.file;
  const id = /^[A-Za-z0-9_-]{1,40}$/.test(h.id) ? h.id : sha256(h.id).slice(0, 16);
  return `${h.number ?? 'x'}-${id}.${ext}`;
}

/** The dossier's terms in the question's title, subject, theme or text: otherwise it is off-topic. */
function onTopic(terms: string[], texts: (string | null | undefined)[]): boolean {
  const haystack = foldForMatch(texts.filter(Boolean).join(' '));
  return terms.some((t) => foldForMatch(t) !== '' && haystack.includes(foldForMatch(t)));
}

function failureSkip(h: SearchHit, err: HttpError, maxBytes: number): SyncSkip {
  const tries = err.attempts > 1 ? ` na ${err.attempts} pogingen` : '';
  const f = err.failure;
  if (f.kind === 'too-large') return skipOf(h, 'too-large', `document groter dan ${formatBytes(maxBytes)} (MAX_FILE_BYTES)`, true);
  const reason: SkipReason = f.kind === 'timeout' ? 'timeout' : f.kind === 'network' ? 'network' : 'http';
  return skipOf(h, reason, `document niet opgehaald: ${describeFailure(f)}${tries}`, true);
}

function sidecarFor(h: SearchHit, r: OpendataRecord | null, file: string, stored: Buffer, download: Buffer, documentUrl: string, textAnswered: boolean, now: Date): Sidecar {
  return {
    format: SIDECAR_FORMAT,
    file,
    fileHash: sha256(stored),
    retrievedAt: now.toISOString(),
    source: { id: h.id, pageUrl: h.pageUrl, documentUrl, opendataUrl: h.opendataUrl, mimetype: h.mimetype, downloadHash: sha256(download), downloadBytes: download.length },
    question: questionFacts(h, r),
    fetchKey: fetchKeyOf(h),
    searchKey: searchKeyOf(h),
    textAnswered,
    api: { search: { id: h.id, url: h.pageUrl, title: h.title, metatags: h.metatags }, opendata: r?.raw ?? null },
  };
}

const json = (s: Sidecar) => JSON.stringify(s, null, 2) + '\n';

/** Downloads, checks and stores one question. Never throws for the document's own faults. */
export async function fetchAndStore(ctx: FetchContext, h: SearchHit, existing: StoredQuestion | undefined, change: Change): Promise<FetchOutcome> {
  const skipped = (reason: SkipReason, detail: string, failed: boolean, remember = false): FetchOutcome => ({ kind: 'skipped', skip: skipOf(h, reason, detail, failed), remember });
  try {
    // The record is a complement: without it the search's facts and document URL still do.
    let record: OpendataRecord | null = null;
    if (h.opendataUrl) {
      record = await fetchRecord(ctx.client, h.opendataUrl).catch((err: unknown) => {
        throwIfAborted(ctx.signal);
        if (err instanceof HttpError || err instanceof ApiShapeError) return null;
        throw err;
      });
    }
    const documentUrl = h.documentUrl ?? record?.documentUrls[0] ?? null;
    if (!documentUrl) return skipped('no-document', 'geen document bij deze vraag (nog niet gepubliceerd?)', false);

    const res = await ctx.client.get(documentUrl, { accept: DOCUMENT_ACCEPT, maxBytes: ctx.config.MAX_FILE_BYTES });
    const extracted = await extractDocument(res.body, h.mimetype ?? res.contentType);
    if (!extracted.ok) return skipped(extracted.reason, extracted.detail, extracted.reason !== 'unsupported-format', extracted.reason === 'unsupported-format');

    const file = fileNameFor(h, extracted.ext, existing);
    let textAnswered: boolean;
    try {
      textAnswered = parseDocument(extracted.text, file).answer !== null;
    } catch (err) {
      if (!(err instanceof ParseError)) throw err;
      return skipped('not-a-question', `geen schriftelijke vraag: ${err.message}`, false, true);
    }
    if (!onTopic(ctx.terms, [h.title, h.subject, record?.title, record?.subject, ...(record?.theme ?? []), extracted.text])) {
      return skipped('off-topic', `buiten het dossier: ${ctx.terms.map((t) => `"${t}"`).join(' of ')} komt niet voor in titel, onderwerp of tekst`, false, true);
    }

    const path = join(ctx.dir, file);
    await atomicWrite(path, extracted.stored); // the document first: its sidecar only ever describes a complete file
    await atomicWrite(sidecarPathFor(path), json(sidecarFor(h, record, file, extracted.stored, res.body, documentUrl, textAnswered, ctx.now())));
    if (existing && existing.path !== path) await removeStored(existing);
    return { kind: 'stored', entry: entryOf(h, `${SYNC_SUBDIR}/${file}`, change) };
  } catch (err) {
    throwIfAborted(ctx.signal);
    if (err instanceof HttpError) return { kind: 'skipped', skip: failureSkip(h, err, ctx.config.MAX_FILE_BYTES), remember: false };
    throw err;
  }
}

/** New search metadata for a document that did not change: only the sidecar is rewritten, nothing is downloaded. */
export async function refreshMetadata(ctx: FetchContext, h: SearchHit, existing: StoredQuestion): Promise<SyncEntry> {
  let record: OpendataRecord | null = null;
  try {
    if (existing.sidecar.api.opendata) record = parseRecord(existing.sidecar.api.opendata, 'opgeslagen record');
  } catch {
    record = null;
  }
  const s = existing.sidecar;
  const next: Sidecar = {
    ...s,
    retrievedAt: ctx.now().toISOString(),
    source: { ...s.source, pageUrl: h.pageUrl },
    question: questionFacts(h, record),
    searchKey: searchKeyOf(h),
    api: { ...s.api, search: { id: h.id, url: h.pageUrl, title: h.title, metatags: h.metatags } },
  };
  await atomicWrite(existing.sidecarPath, json(next));
  return entryOf(h, `${SYNC_SUBDIR}/${basename(existing.path)}`, 'metadata');
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new SyncAbortedError();
}
