import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHUNKING_VERSION, chunkDocument, estimateTokens } from '../../src/corpus/chunk.js';
import { loadLexicon } from '../../src/corpus/lexicon.js';
import { parseDocument } from '../../src/corpus/parse.js';

await loadLexicon();

/**
 * An index keeps earlier parses and vectors while CHUNKING_VERSION is unchanged, so a parser or chunker change
 * that forgets to bump it leaves users with stale items after they upgrade. This fingerprint of everything the
 * parser and chunker make of every document in the repository is recorded with the version it belongs to.
 * When the parser's output changes on purpose: bump CHUNKING_VERSION, then record the new fingerprint below.
 * When documents were only added to the repository, record the new fingerprint and keep the version.
 */
const RECORDED = { version: 15, fingerprint: '898ef081ad921ad195e63059ec859d39850093f48db526e37e64b40507719dba' };

const ROOT = join(import.meta.dirname, '../..');
const folders = ['corpus', ...readdirSync(join(ROOT, 'eval'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `eval/${d.name}/corpus`)];

function fingerprint(): string {
  const hash = createHash('sha256');
  for (const folder of folders.sort()) {
    let files: string[];
    try {
      files = readdirSync(join(ROOT, folder)).filter((f) => f.endsWith('.txt')).sort();
    } catch {
      continue;
    }
    for (const file of files) {
      const doc = parseDocument(readFileSync(join(ROOT, folder, file), 'utf8'), `${folder}/${file}`);
      const chunks = chunkDocument(doc, { maxTokens: 512, countTokens: estimateTokens, passagePrefix: 'passage: ' });
      hash.update(JSON.stringify(doc)).update(JSON.stringify(chunks));
    }
  }
  return hash.digest('hex');
}

describe('CHUNKING_VERSION', () => {
  it('is bumped whenever what the parser and chunker make of the documents changes', () => {
    const now = fingerprint();
    expect(
      { version: CHUNKING_VERSION, fingerprint: now },
      `the parse of the repository's documents changed: bump CHUNKING_VERSION in src/corpus/chunk.ts and record ${now} with it (documents only added: record it, keep the version)`,
    ).toEqual(RECORDED);
  });
});
