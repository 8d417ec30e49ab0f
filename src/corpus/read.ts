import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import { loadLexicon } from './lexicon.js';
import { contentHash, ParseError, parseDocument } from './parse.js';
import type { ParsedDocument, SkippedFile } from './types.js';

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.pdf'];

export interface CorpusFile {
  /** Relative to the corpus folder, with forward slashes. */
  file: string;
  path: string;
}

export interface LoadedCorpus {
  documents: ParsedDocument[];
  skipped: SkippedFile[];
  warnings: string[];
}

/**
 * Lists candidate files below the corpus folder. Symbolic links are followed
 * only when they stay inside the folder.
 */
export async function listCorpusFiles(corpusDir: string): Promise<{ files: CorpusFile[]; skipped: SkippedFile[] }> {
  const root = await realpath(resolve(corpusDir));
  const files: CorpusFile[] = [];
  const skipped: SkippedFile[] = [];

  // Folders already walked, by real path: a link back up must not loop.
  const visited = new Set<string>();

  async function walk(dir: string): Promise<void> {
    const real = await realpath(dir);
    if (visited.has(real)) return;
    visited.add(real);
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      const file = relative(root, path).split(sep).join('/');
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        const target = await realpath(path).catch(() => null);
        if (!target || (target !== root && !target.startsWith(root + sep))) {
          skipped.push({ file, reason: 'symlink-outside-corpus', detail: 'symbolische link naar buiten de corpusmap: niet gevolgd' });
          continue;
        }
        isDir = (await stat(target)).isDirectory();
      }
      if (isDir) {
        await walk(path);
      } else if (SUPPORTED_EXTENSIONS.includes(extname(entry.name).toLowerCase())) {
        files.push({ file, path });
      } else {
        skipped.push({ file, reason: 'unsupported-type', detail: `bestandstype ${extname(entry.name) || '(geen)'} wordt niet gelezen (.txt, .md, .pdf)` });
      }
    }
  }
  await walk(root);
  return { files, skipped };
}

export type FileText = { ok: true; text: string; hash: string } | { ok: false; skip: SkippedFile };

/** Reads one file as text, or says why it cannot be used. Never throws. */
export async function readCorpusFile(f: CorpusFile, maxBytes: number): Promise<FileText> {
  const skip = (reason: SkippedFile['reason'], detail: string): FileText => ({ ok: false, skip: { file: f.file, reason, detail } });
  try {
    const info = await lstat(f.path).then((s) => (s.isSymbolicLink() ? stat(f.path) : s));
    if (info.size === 0) return skip('empty', 'leeg bestand');
    if (info.size > maxBytes) return skip('too-large', `${formatBytes(info.size)} is groter dan de limiet van ${formatBytes(maxBytes)} (MAX_FILE_BYTES)`);
    const bytes = await readFile(f.path);
    const hash = contentHash(bytes);
    if (extname(f.file).toLowerCase() === '.pdf') return await pdfText(f, bytes, hash, skip);
    if (bytes.subarray(0, 8192).includes(0)) return skip('binary', 'binair bestand, geen tekst');
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return skip('invalid-utf8', 'geen geldige UTF-8-tekst');
    }
    if (text.trim() === '') return skip('empty', 'bevat alleen witruimte');
    return { ok: true, text, hash };
  } catch (err) {
    return skip('unreadable', `kon niet gelezen worden: ${(err as Error).message}`);
  }
}

async function pdfText(f: CorpusFile, bytes: Buffer, hash: string, skip: (r: SkippedFile['reason'], d: string) => FileText): Promise<FileText> {
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') return skip('pdf-unreadable', 'geen geldig PDF-bestand');
  try {
    const { extractText, getDocumentProxy } = await import('unpdf');
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const { text } = await extractText(pdf, { mergePages: false });
    const pages = Array.isArray(text) ? text : [text];
    // A form feed between pages, as pdftotext writes: page-number detection reads it as a page break.
    const joined = pages.join('\f');
    if (joined.replace(/\s/g, '') === '') return skip('pdf-without-text', 'PDF zonder tekstlaag (gescand?)');
    return { ok: true, text: joined, hash };
  } catch (err) {
    return skip('pdf-unreadable', `PDF kon niet gelezen worden: ${(err as Error).message.split('\n')[0]}`);
  }
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${n} B`;
}

/** Parses a file's text; a file that is not a written question becomes a skip. */
export function parseCorpusText(f: CorpusFile, text: string): { ok: true; document: ParsedDocument } | { ok: false; skip: SkippedFile } {
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
export function duplicateNumberWarnings(documents: ParsedDocument[]): string[] {
  const byNumber = new Map<number, string[]>();
  for (const d of documents) byNumber.set(d.questionNumber, [...(byNumber.get(d.questionNumber) ?? []), d.file]);
  return [...byNumber]
    .filter(([, files]) => files.length > 1)
    .map(([n, files]) => `vraag nr. ${n} staat in ${files.length} bestanden (${files.join(', ')}); beide worden bewaard`);
}

/**
 * Reads and parses the whole folder. `previous` holds the parse of the last
 * index: a file whose content hash is unchanged is not parsed again.
 */
export async function loadCorpus(corpusDir: string, maxBytes: number, previous: ParsedDocument[] = []): Promise<LoadedCorpus> {
  await loadLexicon(); // normalisation needs it, synchronously
  const { files, skipped } = await listCorpusFiles(corpusDir);
  const known = new Map(previous.map((d) => [d.file, d]));
  const documents: ParsedDocument[] = [];
  for (const f of files) {
    const read = await readCorpusFile(f, maxBytes);
    if (!read.ok) {
      skipped.push(read.skip);
      continue;
    }
    const earlier = known.get(f.file);
    if (earlier && earlier.contentHash === read.hash) {
      documents.push(earlier);
      continue;
    }
    const parsed = parseCorpusText(f, read.text);
    if (parsed.ok) documents.push({ ...parsed.document, contentHash: read.hash });
    else skipped.push(parsed.skip);
  }
  return { documents, skipped, warnings: duplicateNumberWarnings(documents) };
}
