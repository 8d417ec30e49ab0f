import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { loadBotConfig } from '../../src/bot/startup/config.js';
import { IndexHolder } from '../../src/bot/state/index-holder.js';
import { Reindexer, reindexFailureReason, Throttle } from '../../src/bot/state/reindexer.js';
import { buildIndex, IndexAbortedError } from '../../src/indexer.js';
import { IndexLockedError } from '../../src/store/generations.js';
import { loadIndex } from '../../src/search/loaded-index.js';
import { captureLogger } from './stubs.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function workspace() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'ip-bot-reindex-'));
  dirs.push(root);
  const corpus = path.join(root, 'corpus');
  const index = path.join(root, 'index');
  await cp('corpus', corpus, { recursive: true });
  const config = loadBotConfig({ CORPUS_DIR: corpus, INDEX_DIR: index, RETRIEVAL_MODE: 'keyword' });
  await buildIndex(config);
  const holder = new IndexHolder({ index: await loadIndex(index), embedder: null, embedderProblem: null, retrieval: { mode: 'keyword', keywordOnly: { kind: 'no-vectors' } } });
  return { root, corpus, index, config, holder };
}

describe('Reindexer (real index on disk)', () => {
  it('adds a new document incrementally and swaps the index in one step', async () => {
    const w = await workspace();
    await cp('eval/fixtures/corpus/synthetic-1001.txt', path.join(w.corpus, 'synthetic-1001.txt'));
    await writeFile(path.join(w.corpus, 'leeg.txt'), '');
    const reindexer = new Reindexer(w.config, w.holder, captureLogger());
    const old = w.holder.current;
    const phases: string[] = [];
    const outcome = await reindexer.run((p) => phases.push(p.phase));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.summary.added).toEqual(['synthetic-1001.txt']);
    expect(outcome.summary.skipped.map((s) => s.reason)).toEqual(['empty']);
    expect(phases).toContain('write');
    expect(w.holder.current).not.toBe(old);
    expect(w.holder.swaps).toBe(1);
    expect(w.holder.current.index.documents.map((d) => d.questionNumber).sort((a, b) => a - b)).toEqual([455, 1001]);
    // The old snapshot is untouched and still answers.
    expect(old.index.documents).toHaveLength(1);
    const r = await answer('Hoeveel projecten werden ingediend?', {}, { index: old.index, embedder: null });
    expect(r.status).toBe('answered');
  });

  it('aborts cleanly: the old index stays serving and on disk', async () => {
    const w = await workspace();
    const reindexer = new Reindexer(w.config, w.holder, captureLogger());
    const before = w.holder.current;
    const running = reindexer.run(() => reindexer.abort());
    expect(reindexer.running).toBe(true);
    const outcome = await running;
    expect(outcome).toMatchObject({ ok: false, busy: false });
    expect(!outcome.ok && outcome.error).toBeInstanceOf(IndexAbortedError);
    expect(w.holder.current).toBe(before);
    expect(reindexer.running).toBe(false);
    expect((await loadIndex(w.index)).generation).toBe(before.index.generation);
    await reindexer.whenIdle();
  });

  it('refuses a second run while one is going', async () => {
    const w = await workspace();
    const reindexer = new Reindexer(w.config, w.holder, captureLogger());
    const first = reindexer.run();
    const second = await reindexer.run();
    expect(second).toEqual({ ok: false, busy: true, reason: 'Er loopt al een herindexering.' });
    expect((await first).ok).toBe(true);
  });
});

describe('reindexFailureReason', () => {
  it('explains the usual failures in Dutch', () => {
    expect(reindexFailureReason(new IndexAbortedError())).toMatch(/afgebroken/);
    expect(reindexFailureReason(new IndexLockedError(123))).toMatch(/er loopt al een indexering \(proces 123\)/);
    expect(reindexFailureReason(Object.assign(new Error('x'), { code: 'ENOSPC' }))).toBe('de schijf is vol.');
    expect(reindexFailureReason(new Error('iets\nanders'))).toBe('onverwachte fout: iets');
  });
});

describe('Throttle', () => {
  it('lets one update through per interval', () => {
    let now = 0;
    const t = new Throttle(3000, () => now);
    expect(t.ready()).toBe(true);
    now = 2999;
    expect(t.ready()).toBe(false);
    now = 3000;
    expect(t.ready()).toBe(true);
    expect(t.ready()).toBe(false);
  });
});
