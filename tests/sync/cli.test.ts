/**
 * `npm run sync` as a real process: its report and exit codes, a reply of
 * the wrong shape (one message, no stack, corpus byte-identical), and kill -9
 * in the middle of a sync (the corpus stays valid, the next run completes).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FolderSource } from '../../src/corpus/folder-source.js';
import { loadCorpus } from '../../src/corpus/read.js';
import { readStored } from '../../src/sync/store.js';
import { question, TEST_SYNC_SETTINGS } from '../helpers/fake-parliament.js';
import { runScript, startScript } from '../helpers/spawn.js';
import { snapshot, syncSetup } from './helpers.js';
import { readLockOwner } from '../../src/store/lock.js';

const SYNC = 'src/cli/sync.ts';

let setup: Awaited<ReturnType<typeof syncSetup>> | null = null;
afterEach(async () => {
  await setup?.dispose();
  setup = null;
});

function env(s: NonNullable<typeof setup>, extra: Record<string, string> = {}): Record<string, string> {
  return {
    CORPUS_DIR: s.corpus,
    INDEX_DIR: join(s.dir, 'index'),
    VP_API_URL: s.api.url,
    ...TEST_SYNC_SETTINGS,
    MAX_FILE_BYTES: '10485760',
    ...extra,
  };
}

describe('npm run sync (process)', () => {
  it('prints added, updated, unchanged and skipped with reasons; exit 3 when partial, 0 when complete', async () => {
    const qs = [question({ number: 1 }), question({ number: 2 }), question({ number: 3, title: 'Sportclubs', topic: 'Over sportclubs.' })];
    setup = await syncSetup(qs);
    setup.api.fault(new RegExp(`^/pfile\\?id=${qs[1]!.id}$`), { status: 500, times: 2 });
    const first = await runScript(SYNC, [], env(setup));
    expect(first.code, first.stderr).toBe(3);
    expect(first.stdout).toContain('Zoektermen: "integratiepact" — 3 schriftelijke vragen gevonden.');
    expect(first.stdout).toMatch(/Synchronisatie klaar in [\d.]+ s: 1 nieuw, 0 bijgewerkt, 0 ongewijzigd, 2 overgeslagen \(waarvan 1 mislukt\)\./);
    expect(first.stdout).toMatch(/ {2}nieuw: nr\. 1 \(2017-2018\) — Integratiepact - Vraag 1 → vlaams-parlement\/1-\d+\.pdf/);
    expect(first.stdout).toContain('  mislukt: nr. 2 (2017-2018) — Integratiepact - Vraag 2 — document niet opgehaald: HTTP 500 na 2 pogingen');
    expect(first.stdout).toMatch(/ {2}overgeslagen: nr\. 3 \(2017-2018\) — Sportclubs — buiten het dossier/);
    expect(first.stdout).toMatch(/Gedeeltelijke synchronisatie/);

    qs[0]!.answered = '2019-01-02';
    const dry = await runScript(SYNC, ['--dry-run'], env(setup));
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/Proefrun \(er is niets gewijzigd\): 1 zou nieuw zijn, 1 zou bijgewerkt worden/);
    expect(dry.stdout).toMatch(/zou bijgewerkt \(intussen beantwoord\): nr\. 1 /);

    const second = await runScript(SYNC, [], env(setup));
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/1 nieuw, 1 bijgewerkt, 0 ongewijzigd, 1 overgeslagen\./);
  });

  it('a reply of the wrong shape: one clear message, no stack trace, exit 1, corpus byte-identical', async () => {
    setup = await syncSetup([question({ number: 5 })]);
    expect((await runScript(SYNC, [], env(setup))).code).toBe(0);
    const before = snapshot(setup.corpus);
    setup.api.questions.push(question({ number: 6 }));
    setup.api.fault(/^\/api\/search/, { body: '<!DOCTYPE html><html><head><title>Onderhoud</title></head></html>', contentType: 'text/html' });
    const run = await runScript(SYNC, [], env(setup));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Synchronisatie gestopt: De zoek-API \(.+\) gaf een HTML-pagina in plaats van JSON \(text\/html\)\. Er is niets gewijzigd\.$/)]);
    expect(snapshot(setup.corpus)).toEqual(before);
  });

  it('kill -9 in the middle of a sync leaves a valid corpus, and the next run completes', async () => {
    const qs = Array.from({ length: 8 }, (_, i) => question({ number: 60 + i }));
    setup = await syncSetup(qs);
    const s = setup;
    // The two oldest (fetched last) never answer until released: both request slots hang there once the others have landed.
    const held = [qs[0]!, qs[1]!];
    const hold = s.api.hold(new RegExp(`^/pfile\\?id=(${held.map((q) => q.id).join('|')})$`));
    const child = startScript(SYNC, [], env(s, { SYNC_TIMEOUT_MS: '60000' }));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));
    await waitFor(() => held.every((q) => s.api.calledPaths(new RegExp(`id=${q.id}$`)).length > 0) && readdirSync(s.syncDir).filter((f) => f.endsWith('.meta.json')).length === 6, 30_000);
    child.kill('SIGKILL');
    expect(await exited).toEqual({ code: null, signal: 'SIGKILL' });

    // Valid: every file there is complete; the held questions are simply not there yet.
    expect(readLockOwner(join(s.corpus, '.sync.lock'))?.pid, 'the killed process left its lock').toBe(child.pid);
    const stored = await readStored(s.syncDir);
    expect([...stored.byId.values()].every((q) => q.intact)).toBe(true);
    expect(stored.byId.size).toBe(6);
    const corpus = await loadCorpus(new FolderSource(s.corpus, 1e7));
    expect(corpus.skipped).toEqual([]);
    expect(corpus.documents.map((d) => d.questionNumber).sort()).toEqual([62, 63, 64, 65, 66, 67]);

    hold.release();
    const next = await runScript(SYNC, [], env(s));
    expect(next.code, next.stderr).toBe(0);
    expect(next.stdout).toMatch(/2 nieuw, 0 bijgewerkt, 6 ongewijzigd, 0 overgeslagen\./);
    expect(existsSync(join(s.corpus, '.sync.lock'))).toBe(false);
    const complete = await loadCorpus(new FolderSource(s.corpus, 1e7));
    expect(complete.documents.map((d) => d.questionNumber).sort()).toEqual([60, 61, 62, 63, 64, 65, 66, 67]);
  }, 60_000);
});

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the sync to reach the held documents');
    await new Promise((r) => setTimeout(r, 20));
  }
}
