import { loadLexicon } from './lexicon.js';
import { contentHash, ParseError, parseDocument } from './parse.js';
import type { CorpusSource, SourceMetadata } from './source.js';
import type { ParsedDocument, SkippedFile } from './types.js';

export interface LoadedCorpus {
  documents: ParsedDocument[];
  skipped: SkippedFile[];
  warnings: string[];
}

/** Parses a file's text; a file that is not a written question becomes a skip. */
function parseCorpusText(f: { file: string }, text: string): { ok: true; document: ParsedDocument } | { ok: false; skip: SkippedFile } {
  try {
    return { ok: true, document: parseDocument(text, f.file) };
  } catch (err) {
    if (err instanceof ParseError) {
      const detail = err.reason === 'several-questions' ? err.message : `geen schriftelijke vraag: ${err.message}`;
      return { ok: false, skip: { file: f.file, reason: err.reason, detail } };
    }
    return { ok: false, skip: { file: f.file, reason: 'not-a-question', detail: `kon niet ontleed worden: ${(err as Error).message}` } };
  }
}

/** Warnings for question numbers that occur in more than one file; both are kept. */
export function duplicateNumberWarnings(documents: { questionNumber: number; file: string }[]): string[] {
  const byNumber = new Map<number, string[]>();
  for (const d of documents) byNumber.set(d.questionNumber, [...(byNumber.get(d.questionNumber) ?? []), d.file]);
  return [...byNumber]
    .filter(([, files]) => files.length > 1)
    .map(([n, files]) => `vraag nr. ${n} staat in ${files.length} bestanden (${files.join(', ')}); beide worden bewaard`);
}

/** What the source knows wins over what the parser read from the text. */
function withSourceMetadata(document: ParsedDocument, metadata: SourceMetadata | null): ParsedDocument {
  if (!metadata) return document;
  const { fileHash: _fileHash, minister, ...facts } = metadata;
  const known = Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined));
  const merged: ParsedDocument = { ...document, ...known };
  // A source may name the minister without the title: the parser's title stays.
  if (minister) merged.minister = { name: minister.name ?? document.minister.name, title: minister.title ?? document.minister.title };
  return merged;
}

/** The document's hash covers the source's facts too: new facts for the same file make it a changed document. */
function documentHash(fileHash: string, metadata: SourceMetadata | null): string {
  return metadata ? contentHash(`${fileHash}\n${JSON.stringify(metadata)}`) : fileHash;
}

/** A document an earlier index holds: what tells whether the source still has it unchanged. */
export interface KnownDocument {
  file: string;
  contentHash: string;
  sourceVersion?: string;
}

/** A document of the source: one an earlier index holds unchanged, or a new parse. */
export type CorpusEntry<K extends KnownDocument> = { kept: K } | { parsed: ParsedDocument };

/**
 * Reads the source against what an earlier index holds (`known`): a document
 * whose version or content hash is unchanged is kept as known (its version
 * brought up to date), not parsed again; the rest is read and parsed.
 */
export async function readCorpus<K extends KnownDocument>(source: CorpusSource, known: readonly K[] = []): Promise<{ entries: CorpusEntry<K>[]; skipped: SkippedFile[] }> {
  await loadLexicon(); // normalisation needs it, synchronously
  const { entries: listed, skipped } = await source.list();
  const byFile = new Map(known.map((d) => [d.file, d]));
  const entries: CorpusEntry<K>[] = [];
  for (const entry of listed) {
    const earlier = byFile.get(entry.id);
    // A version the source knows spares reading an unchanged document.
    if (earlier && entry.version !== null && earlier.sourceVersion === entry.version) {
      entries.push({ kept: earlier });
      continue;
    }
    const read = await source.read(entry);
    if (!read.ok) {
      skipped.push(read.skip);
      continue;
    }
    const version = entry.version === null ? {} : { sourceVersion: entry.version };
    // Facts about another file (the file was replaced since they were written) do not apply.
    const metadata = entry.metadata?.fileHash && entry.metadata.fileHash !== read.hash ? null : entry.metadata;
    const hash = documentHash(read.hash, metadata);
    if (earlier && earlier.contentHash === hash) {
      const { sourceVersion: _old, ...rest } = earlier;
      entries.push({ kept: { ...rest, ...version } as K });
      continue;
    }
    const parsed = parseCorpusText({ file: entry.id }, read.text);
    if (parsed.ok) entries.push({ parsed: withSourceMetadata({ ...parsed.document, contentHash: hash, ...version }, metadata) });
    else skipped.push(parsed.skip);
  }
  return { entries, skipped };
}

/**
 * Reads and parses every document of the source. `previous` holds the parse
 * of the last index: a document whose content hash is unchanged is not
 * parsed again.
 */
export async function loadCorpus(source: CorpusSource, previous: ParsedDocument[] = []): Promise<LoadedCorpus> {
  const { entries, skipped } = await readCorpus(source, previous);
  const documents = entries.map((e) => ('kept' in e ? e.kept : e.parsed));
  return { documents, skipped, warnings: duplicateNumberWarnings(documents) };
}
