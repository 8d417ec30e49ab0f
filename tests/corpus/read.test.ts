import { mkdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FolderSource } from '../../src/corpus/folder-source.js';
import { loadCorpus, readCorpus } from '../../src/corpus/read.js';
import { makePdf } from '../helpers/pdf.js';
import { FIXTURE_CORPUS, REAL_CORPUS, tempDir } from '../helpers/workspace.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

const real = readFileSync(join(REAL_CORPUS, '455-integratiepact-stand-van-zaken-2.txt'), 'utf8');

describe('loadCorpus', () => {
  it('skips what is not a written question, with the file and the reason, and goes on', async () => {
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'good.txt'), real);
    writeFileSync(join(corpus, 'empty.txt'), '');
    writeFileSync(join(corpus, 'blank.md'), '  \n\n ');
    writeFileSync(join(corpus, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x10]));
    writeFileSync(join(corpus, 'latin1.txt'), Buffer.from('Vraag nr. 12 over re\xefntegratie', 'latin1'));
    writeFileSync(join(corpus, 'no-number.txt'), 'Integratiepact\n\nEen tekst zonder vraagnummer.');
    writeFileSync(join(corpus, 'big.txt'), 'x'.repeat(2048));
    writeFileSync(join(corpus, 'scan.pdf'), makePdf([[]]));
    writeFileSync(join(corpus, 'broken.pdf'), '%PDF-1.4 not really');
    writeFileSync(join(corpus, 'notes.docx'), 'x');
    writeFileSync(join(corpus, 'README.md'), readFileSync(join(FIXTURE_CORPUS, 'README.md')));
    writeFileSync(join(dir, 'outside.txt'), real);
    symlinkSync(join(dir, 'outside.txt'), join(corpus, 'link-out.txt'));

    const result = await loadCorpus(new FolderSource(corpus, 1024 + real.length));
    expect(result.documents.map((d) => d.file)).toEqual(['good.txt']);
    const reasons = Object.fromEntries(result.skipped.map((s) => [s.file, s.reason]));
    expect(reasons).toEqual({
      'empty.txt': 'empty',
      'blank.md': 'empty',
      'binary.txt': 'binary',
      'latin1.txt': 'invalid-utf8',
      'no-number.txt': 'no-question-number',
      'big.txt': expect.any(String),
      'scan.pdf': 'pdf-without-text',
      'broken.pdf': 'pdf-unreadable',
      'notes.docx': 'unsupported-type',
      'README.md': 'no-question-number',
      'link-out.txt': 'symlink-outside-corpus',
    });
    for (const s of result.skipped) expect(s.detail.length).toBeGreaterThan(5);
  });

  it('skips a file that holds two written questions, naming both numbers', async () => {
    const corpus = join(dir, 'c');
    mkdirSync(corpus);
    const other = readFileSync(join(FIXTURE_CORPUS, 'synthetic-1004.txt'), 'utf8');
    writeFileSync(join(corpus, 'two.txt'), real + '\n\n' + other);
    const result = await loadCorpus(new FolderSource(corpus, 1e6));
    expect(result.documents).toEqual([]);
    expect(result.skipped).toEqual([{ file: 'two.txt', reason: 'several-questions', detail: expect.stringMatching(/nr\. 455 en nr\. 1004/) }]);
  });

  it('skips a 50 MB text file by its size, without reading it', async () => {
    const corpus = join(dir, 'c');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'a'));
    writeFileSync(join(corpus, 'q.txt'), real);
    const result = await loadCorpus(new FolderSource(corpus, 10 * 1024 * 1024));
    expect(result.documents.map((d) => d.questionNumber)).toEqual([455]);
    expect(result.skipped).toEqual([{ file: 'huge.txt', reason: 'too-large', detail: expect.stringMatching(/50\.0 MB/) }]);
  });

  it('enforces the size limit before reading', async () => {
    const corpus = join(dir, 'c');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'q.txt'), real);
    const result = await loadCorpus(new FolderSource(corpus, 100));
    expect(result.skipped).toEqual([{ file: 'q.txt', reason: 'too-large', detail: expect.stringMatching(/MAX_FILE_BYTES/) }]);
  });

  it('a link back up the corpus folder does not loop', async () => {
    const corpus = join(dir, 'c');
    mkdirSync(join(corpus, 'sub'), { recursive: true });
    writeFileSync(join(corpus, 'q.txt'), real);
    symlinkSync(corpus, join(corpus, 'sub', 'loop'));
    const result = await loadCorpus(new FolderSource(corpus, 1e6));
    expect(result.documents.map((d) => d.file)).toEqual(['q.txt']);
  });

  it('follows a symbolic link that stays inside the corpus folder, once per real folder', async () => {
    const corpus = join(dir, 'c');
    mkdirSync(join(corpus, 'sub'), { recursive: true });
    writeFileSync(join(corpus, 'sub', 'q.txt'), real);
    symlinkSync(join(corpus, 'sub'), join(corpus, 'alias'));
    const result = await loadCorpus(new FolderSource(corpus, 1e6));
    // The linked folder is read once (under the first name it is met by).
    expect(result.documents.map((d) => d.file)).toEqual(['alias/q.txt']);
    expect(result.warnings).toEqual([]);
  });

  it('keeps two files with the same question number distinguishable, with a warning', async () => {
    const corpus = join(dir, 'c');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'a.txt'), real);
    writeFileSync(join(corpus, 'b.txt'), real.replace('Het rapporteringsproces', 'Het rapport'));
    const result = await loadCorpus(new FolderSource(corpus, 1e6));
    expect(result.documents.map((d) => [d.id, d.questionNumber])).toEqual([['a.txt', 455], ['b.txt', 455]]);
    expect(result.warnings).toEqual([expect.stringMatching(/nr\. 455 staat in 2 bestanden \(a\.txt, b\.txt\)/)]);
  });

  it('extracts the text of a PDF locally and parses it', async () => {
    const corpus = join(dir, 'c');
    mkdirSync(corpus);
    const lines = readFileSync(join(FIXTURE_CORPUS, 'synthetic-1004.txt'), 'latin1').split('\n');
    writeFileSync(join(corpus, 'q1004.pdf'), makePdf([lines.slice(0, 30), lines.slice(30)]));
    const result = await loadCorpus(new FolderSource(corpus, 1e6));
    expect(result.skipped).toEqual([]);
    const [doc] = result.documents;
    expect(doc).toMatchObject({ questionNumber: 1004, date: '2017-04-20', questioner: 'JEROEN DUMMEKENS', title: 'Inburgeringsattesten - Cijfers per provincie' });
    expect(doc!.answer?.items.map((i) => i.label)).toEqual(['1', '2', '3']);
  });
});

describe('file versions', () => {
  /** A source that counts the documents it reads. */
  function counting(source: FolderSource) {
    const reads: string[] = [];
    return {
      reads,
      list: () => source.list(),
      read: (entry: Parameters<FolderSource['read']>[0]) => (reads.push(entry.id), source.read(entry)),
    };
  }

  it('an unchanged file is not read again; a file rewritten to the same size with its time set back is', async () => {
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    const path = join(corpus, 'a.txt');
    writeFileSync(path, real);
    const later = () => Date.now() + 60_000; // the files changed long before this listing
    const first = await readCorpus(new FolderSource(corpus, 1e7, later));
    const parsed = first.entries.map((e) => ('parsed' in e ? e.parsed : null))[0]!;
    expect(parsed.sourceVersion).toMatch(/^file:/);
    const known = [{ file: parsed.file, contentHash: parsed.contentHash, sourceVersion: parsed.sourceVersion }];

    let source = counting(new FolderSource(corpus, 1e7, later));
    expect((await readCorpus(source, known)).entries).toEqual([{ kept: known[0] }]);
    expect(source.reads).toEqual([]);

    // Same size, same modification time (cp -p, rsync -t): the change time still tells.
    const { mtime } = statSync(path);
    writeFileSync(path, real.replace('Na de zomer', 'Na de winter'));
    utimesSync(path, mtime, mtime);
    source = counting(new FolderSource(corpus, 1e7, later));
    const again = await readCorpus(source, known);
    expect(source.reads).toEqual(['a.txt']);
    expect('parsed' in again.entries[0]! && again.entries[0].parsed.text).toContain('Na de winter');
  });

  it('a file changed just before the listing gets no version: it is read, whatever its times say', async () => {
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'a.txt'), real);
    const { entries } = await new FolderSource(corpus, 1e7).list();
    expect(entries[0]!.version).toBeNull();
  });
});
