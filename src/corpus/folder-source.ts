import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import { decodeDocument, formatBytes } from './decode.js';
import { isSidecarName, metadataVersion, readSidecarFor, sidecarMetadata, sidecarPathFor } from './sidecar.js';
import type { CorpusSource, SourceEntry, SourceText } from './source.js';
import type { SkippedFile } from './types.js';

const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.pdf'];
const ENTRY_BATCH = 128;

interface CorpusFile {
  /** Relative to the corpus folder, with forward slashes. */
  file: string;
  path: string;
}

/**
 * Files dropped into a folder (CORPUS_DIR): .txt, .md and .pdf, in subfolders
 * too. A `.meta.json` sidecar beside a file (written by `npm run sync`) gives
 * its metadata. Every file has a version from its file-system entry, so an
 * unchanged file is not read again.
 */
export class FolderSource implements CorpusSource {
  private readonly paths = new Map<string, string>();

  constructor(
    private readonly dir: string,
    private readonly maxBytes: number,
    /** The clock that says how recently a file changed (tests move it on). */
    private readonly now: () => number = Date.now,
  ) {}

  async list(): Promise<{ entries: SourceEntry[]; skipped: SkippedFile[] }> {
    const { files, sidecars, skipped } = await listCorpusFiles(this.dir);
    for (const f of files) this.paths.set(f.file, f.path);
    const listedAt = this.now();
    // In batches: ten thousand file-system calls started at once block the event loop (and hold as many requests).
    const entries: SourceEntry[] = [];
    for (let i = 0; i < files.length; i += ENTRY_BATCH) entries.push(...(await Promise.all(files.slice(i, i + ENTRY_BATCH).map((f) => entryFor(f, sidecars, listedAt)))));
    return { entries, skipped };
  }

  read(entry: SourceEntry): Promise<SourceText> {
    return readCorpusFile({ file: entry.id, path: this.paths.get(entry.id) ?? join(this.dir, entry.id) }, this.maxBytes);
  }
}

/**
 * Lists candidate files below the corpus folder. Symbolic links are followed
 * only when they stay inside the folder.
 */
async function listCorpusFiles(corpusDir: string): Promise<{ files: CorpusFile[]; sidecars: Set<string>; skipped: SkippedFile[] }> {
  const root = await realpath(resolve(corpusDir));
  const files: CorpusFile[] = [];
  const sidecars = new Set<string>();
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
      } else if (isSidecarName(entry.name)) {
        sidecars.add(path); // read with its document
      } else if (SUPPORTED_EXTENSIONS.includes(extname(entry.name).toLowerCase())) {
        files.push({ file, path });
      } else {
        skipped.push({ file, reason: 'unsupported-type', detail: `bestandstype ${extname(entry.name) || '(geen)'} wordt niet gelezen (.txt, .md, .pdf)` });
      }
    }
  }
  await walk(root);
  return { files, sidecars, skipped };
}

/**
 * A file changed within this long before it was listed may change again
 * without its time changing (file systems that keep whole seconds): such a
 * file gets no version and is read, as git does with "racily clean" files.
 */
const RACY_MS = 2_000;

/**
 * A file, its sidecar's metadata, and a version from its size, times and
 * inode, so an unchanged file is not read again (like git's stat check). The
 * change time cannot be set back by a copy that keeps times (cp -p, rsync -t).
 */
async function entryFor(f: CorpusFile, sidecars: Set<string>, listedAt: number): Promise<SourceEntry> {
  const sidecar = sidecars.has(sidecarPathFor(f.path)) ? await readSidecarFor(f.path) : null;
  const metadata = sidecar ? sidecarMetadata(sidecar) : null;
  const info = await stat(f.path).catch(() => null);
  if (!info) return { id: f.file, version: null, metadata };
  const stamp = `${info.size}:${info.mtimeMs}:${info.ctimeMs}:${info.ino}`;
  if (metadata) return { id: f.file, version: `${metadataVersion(metadata)}:${stamp}`, metadata };
  const racy = listedAt - Math.max(info.mtimeMs, info.ctimeMs) < RACY_MS;
  return { id: f.file, version: racy ? null : `file:${stamp}`, metadata };
}

/** Reads one file as text, or says why it cannot be used. Never throws. */
async function readCorpusFile(f: CorpusFile, maxBytes: number): Promise<SourceText> {
  const skip = (reason: SkippedFile['reason'], detail: string): SourceText => ({ ok: false, skip: { file: f.file, reason, detail } });
  try {
    const info = await lstat(f.path).then((s) => (s.isSymbolicLink() ? stat(f.path) : s));
    if (info.size === 0) return skip('empty', 'leeg bestand');
    if (info.size > maxBytes) return skip('too-large', `${formatBytes(info.size)} is groter dan de limiet van ${formatBytes(maxBytes)} (MAX_FILE_BYTES)`);
    return await decodeDocument(f.file, await readFile(f.path));
  } catch (err) {
    return skip('unreadable', `kon niet gelezen worden: ${(err as Error).message}`);
  }
}
