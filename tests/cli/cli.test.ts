import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCurrentGeneration } from '../../src/store/generations.js';
import { runScript, startScript } from '../helpers/spawn.js';
import { createTinyModel } from '../../src/testing/tiny-model.js';
import { copyCorpus, tempDir, writeSyntheticQuestions } from '../helpers/workspace.js';

let dir: string;
let cleanup: () => void;
let env: Record<string, string>;
const ask = (...args: string[]) => runScript('src/cli/ask.ts', args, env);

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  env = { CORPUS_DIR: copyCorpus(join(dir, 'corpus'), { fixtures: true }), INDEX_DIR: join(dir, 'index'), RETRIEVAL_MODE: 'keyword' };
});
afterAll(() => cleanup());

describe('npm run ask', () => {
  it('builds the missing index, then prints only the answer object as JSON on stdout', async () => {
    const r = await ask('--json', 'Wanneer beslist men over de goedkeuring van de AMIF-projecten?');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.passages[0]).toMatchObject({ questionNumber: 455, part: 'antwoord', item: '2' });
    expect(result.passages[0].quote.text).toContain('uiterlijk op 30 juni 2018');
    expect(r.stderr).toMatch(/Index gen-.* klaar/);
  });

  it('prints the answer in Dutch for people, with source, item and quote', async () => {
    const r = await ask('Wanneer wordt beslist over de goedkeuring van de projecten?');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Schriftelijke vraag nr. 455 — Integratiepact - Stand van zaken (2)');
    expect(r.stdout).toContain('Vraagsteller: Yasmine Kherbache · Minister: Liesbeth Homans · Datum: 23-05-2018');
    expect(r.stdout).toContain('Onderdeel: antwoord op punt 2');
    expect(r.stdout).toContain('> Zoals bepaald in de oproep, wordt uiterlijk op 30 juni 2018 beslist');
    expect(r.stdout).toMatch(/Zoekmodus: alleen trefwoorden/);
    expect(r.stdout).toMatch(/nr\. 779 van 07-08-2017 \(niet in het corpus\)/);
  });

  it('says out loud that the minister gives no number, in the text and in the JSON', async () => {
    // nr. 455 among the fixtures: the question number pins it.
    const text = await ask('Hoeveel projecten werden ingediend op vraag 455?');
    expect(text.stdout).toContain('Op de vraag hoeveel projecten werden ingediend op vraag 455, geeft de minister geen aantal. Het antwoord op punt 2:');
    expect(text.stdout).toContain('Beoordeling: gedeeltelijk — het antwoord noemt geen aantal');
    expect(text.stdout).not.toContain('zekerheid');
    const json = JSON.parse((await ask('--json', 'Hoeveel projecten werden ingediend op vraag 455?')).stdout);
    expect(json.passages[0].verdict).toEqual({ kind: 'partial', missing: 'count' });
    expect(json.lead).toMatch(/geeft de minister geen aantal/);
  });

  it('looks up a question by number', async () => {
    const r = await ask('--number', '455');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Schriftelijke vraag nr\. 455 — Integratiepact - Stand van zaken \(2\)/);
    expect(r.stdout).toContain('ANTWOORD\n1. Het rapporteringsproces is nog lopende.');
    const unknown = await ask('--number', '99999');
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toMatch(/staat niet in het corpus/);
  });

  it('applies --van, --minister and --jaar, and lists cited questions that can be looked up', async () => {
    const r = await ask('--json', '--van', 'proefberghe', '--jaar', '2018', 'engagementsverklaring ondertekenaars');
    const result = JSON.parse(r.stdout);
    expect(result.passages.length).toBeGreaterThan(0);
    for (const p of result.passages) {
      expect(p.questioner).toBe('LEILA VAN PROEFBERGHE');
      expect(p.date.startsWith('2018')).toBe(true);
    }
    const cited = result.passages.find((p: { questionNumber: number }) => p.questionNumber === 1012).citedQuestions;
    expect(cited).toEqual([expect.objectContaining({ questionNumber: 1003, inCorpus: true })]);
    const human = await ask('--minister', 'modelaerts', 'budget');
    expect(human.stdout).toContain('Minister: Greet Modelaerts');
    expect(human.stdout).not.toContain('Minister: Pieter Fictief');
  });

  it('says "no answer" with the closest questions', async () => {
    const r = await ask('Hoeveel meldingen van discriminatie ontvingen de lokale meldpunten in 2019?');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/geen passage die deze vraag beantwoordt/);
    expect(r.stdout).toMatch(/nr\. 1016 — Gelijke kansen/);
  });

  it('rejects bad configuration and bad options with one line and exit code 2', async () => {
    const badEnv = await runScript('src/cli/ask.ts', ['test'], { ...env, MAX_FILE_BYTES: 'veel' });
    expect(badEnv.code).toBe(2);
    expect(badEnv.stderr.trim().split('\n')).toHaveLength(1);
    expect(badEnv.stderr).toMatch(/MAX_FILE_BYTES/);
    const badOption = await ask('--jaar', 'vorig', 'test');
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toMatch(/--jaar/);
  });

  it('a corrupt index gives one clear line, not a stack trace', async () => {
    const work = join(dir, 'corrupt');
    const localEnv = { ...env, INDEX_DIR: join(work, 'index') };
    expect((await runScript('src/cli/index-corpus.ts', [], localEnv)).code).toBe(0);
    const gen = (await readCurrentGeneration(localEnv.INDEX_DIR))!;
    const manifest = join(localEnv.INDEX_DIR, gen, 'manifest.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').slice(0, 50));
    const r = await runScript('src/cli/ask.ts', ['test vraag'], localEnv);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/manifest\.json is geen geldige JSON.*npm run index/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('npm run index', () => {
  it('prints a summary with documents, skipped files and mode', async () => {
    const r = await runScript('src/cli/index-corpus.ts', [], { ...env, INDEX_DIR: join(dir, 'summary-index') });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Documenten: 21 — nieuw 21/);
    expect(r.stdout).toMatch(/Modus: alleen trefwoorden/);
  });

  it('killed midway (kill -9), it leaves the previous index answering; the next run completes', async () => {
    const work = join(dir, 'kill');
    const corpus = copyCorpus(join(work, 'corpus'));
    const model = await createTinyModel(join(work, 'model'));
    const localEnv = { CORPUS_DIR: corpus, INDEX_DIR: join(work, 'index'), RETRIEVAL_MODE: 'auto', EMBEDDING_MODEL_PATH: model.dir, EMBED_BATCH_SIZE: '2' };
    const first = await runScript('src/cli/index-corpus.ts', [], localEnv);
    expect(first.code).toBe(0);
    const before = await readCurrentGeneration(localEnv.INDEX_DIR);

    // Enough new documents that embedding takes a while; kill on the first progress line.
    writeSyntheticQuestions(corpus, 200);
    const child = startScript('src/cli/index-corpus.ts', [], localEnv);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no embedding progress seen')), 60_000);
      child.stderr!.on('data', (d: Buffer) => {
        if (/Passages inbedden: \d+\/\d+/.test(String(d)) && child.exitCode === null) {
          clearTimeout(timer);
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    await new Promise((r) => child.once('close', r));
    expect(child.signalCode).toBe('SIGKILL');
    expect(await readCurrentGeneration(localEnv.INDEX_DIR)).toBe(before);
    // The killed indexer could not release its lock; the next run must take it over.
    expect(readdirSync(localEnv.INDEX_DIR)).toContain('.lock');

    const answered = await runScript('src/cli/ask.ts', ['--json', 'Wanneer wordt beslist over de goedkeuring van de projecten?'], localEnv);
    expect(answered.code).toBe(0);
    const result = JSON.parse(answered.stdout);
    expect(result.passages[0].questionNumber).toBe(455);
    expect(result.mode).toBe('hybrid');

    const next = await runScript('src/cli/index-corpus.ts', [], { ...localEnv, EMBED_BATCH_SIZE: '64' }, 180_000);
    expect(next.code).toBe(0);
    expect(next.stdout).toMatch(/Documenten: 201 — nieuw 200/);
    expect(readdirSync(localEnv.INDEX_DIR).filter((e) => e.endsWith('.tmp') || e === '.lock')).toEqual([]);
  }, 240_000);
});
