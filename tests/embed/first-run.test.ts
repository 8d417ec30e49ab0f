import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadIndex } from '../../src/search/loaded-index.js';
import { startFakeHub, type FakeHub } from '../helpers/fake-hub.js';
import { tinyHubFiles } from '../helpers/fake-hub-model.js';
import { childEnv, runScript } from '../helpers/spawn.js';
import { copyCorpus, REPO, tempDir } from '../helpers/workspace.js';

/**
 * `npm run index` as a real subprocess against a hub on 127.0.0.1: the first
 * run downloads, later runs use the cache, an interrupted download leaves
 * nothing that a later run would trust.
 */

const MODEL = 'test-org/tiny-e5';
const ONNX = 'onnx/model_quantized.onnx';
const resolvePath = (file: string) => `/${MODEL}/resolve/main/${file}`;

let dir: string;
let cleanup: () => void;
let corpus: string;
let files: Record<string, Uint8Array>;
let hub: FakeHub;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir('first-run-'));
  corpus = copyCorpus(join(dir, 'corpus'));
  files = await tinyHubFiles(join(dir, 'model'), { dim: 24 });
  hub = await startFakeHub({ [MODEL]: files });
});
afterAll(async () => {
  await hub?.close();
  cleanup?.();
});

function indexEnv(name: string, cache: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    CORPUS_DIR: corpus,
    INDEX_DIR: join(dir, name, 'index'),
    MODEL_CACHE_DIR: cache,
    MODEL_HUB_URL: hub.url,
    EMBEDDING_MODEL: MODEL,
    ALLOW_REMOTE_MODELS: 'true',
    RETRIEVAL_MODE: 'auto',
    MODEL_LOAD_TIMEOUT_MS: '5000',
    ...extra,
  };
}

/** Every file under `root`, relative, with "/" separators. */
function listFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1).split('\\').join('/'))
    .sort();
}

const modelFiles = ['config.json', ONNX, 'tokenizer.json', 'tokenizer_config.json'];

describe('npm run index against a model hub', () => {
  const cache = () => join(dir, 'shared-cache');

  it('npm run ask on a fresh machine (no index, no cache) shows the download too, then answers in hybrid mode', async () => {
    const env = indexEnv('ask-first', join(dir, 'ask-cache'));
    const run = await runScript('src/cli/ask.ts', ['Wanneer wordt beslist over de goedkeuring van de projecten?'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/Model gedownload: [\d,]+ kB/);
    expect(run.stdout).toMatch(/nr\. 455/);
    expect(run.stdout).not.toMatch(/alleen trefwoorden/);
  });

  it('downloads on the first run, shows the progress on stderr, and indexes in hybrid mode', async () => {
    hub.requests.length = 0;
    const env = indexEnv('first', cache());
    const run = await runScript('src/cli/index-corpus.ts', [], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Modus: hybride/);
    expect(run.stderr).toMatch(/Model gedownload: [\d,]+ kB · [\d,]+ [kMG]?B\/s/);

    const index = await loadIndex(env.INDEX_DIR!);
    expect(index.manifest.mode).toBe('hybrid');
    expect(index.manifest.embedding?.modelId).toBe(`${MODEL}#q8`);

    // What transformers.js asks (GETs only; the probe is a 1-byte range request).
    // The last three are fetched in parallel, so their order is not fixed.
    const asked = hub.requests.map((r) => `${r.method} ${r.path}${r.headers.range ? ` ${r.headers.range}` : ''}`);
    expect(asked.slice(0, 2)).toEqual([`GET ${resolvePath('config.json')}`, `GET ${resolvePath('tokenizer_config.json')} bytes=0-0`]);
    expect(asked.slice(2).sort()).toEqual([`GET ${resolvePath(ONNX)}`, `GET ${resolvePath('tokenizer.json')}`, `GET ${resolvePath('tokenizer_config.json')}`]);

    expect(listFiles(join(cache(), MODEL))).toEqual(modelFiles);
    for (const f of modelFiles) expect(readFileSync(join(cache(), MODEL, f)).equals(files[f]!)).toBe(true);
  });

  it('reuses the cache without a single request when remote models are off', async () => {
    hub.requests.length = 0;
    const env = indexEnv('second', cache(), { ALLOW_REMOTE_MODELS: 'false' });
    const run = await runScript('src/cli/index-corpus.ts', [], env);
    expect(run.code, run.stderr).toBe(0);
    expect((await loadIndex(env.INDEX_DIR!)).manifest.mode).toBe('hybrid');
    expect(run.stderr).not.toMatch(/Model gedownload/);
    expect(hub.requests).toHaveLength(0);
  });

  it('uses a complete cache as it is, without asking the hub, even when it may', async () => {
    hub.requests.length = 0;
    const env = indexEnv('third', cache());
    const run = await runScript('src/cli/index-corpus.ts', [], env);
    expect(run.code, run.stderr).toBe(0);
    expect((await loadIndex(env.INDEX_DIR!)).manifest.mode).toBe('hybrid');
    expect(hub.requests).toHaveLength(0);
  });
});

describe('an interrupted download leaves no trace', () => {
  it('a connection cut mid-body: keyword mode with the reason, no partial file, and the next run completes', async () => {
    const cache = join(dir, 'cut-cache');
    const env = indexEnv('cut', cache);
    hub.setFault(MODEL, ONNX, { kind: 'abort', afterBytes: 10_000 }, 1);
    const sentBefore = hub.bytesSent.get(`${MODEL}/${ONNX}`) ?? 0;
    const cut = await runScript('src/cli/index-corpus.ts', [], env);
    expect(cut.code, cut.stderr).toBe(0);
    expect(cut.stdout).toMatch(/alleen trefwoorden — taalmodel niet beschikbaar: model kon niet gedownload worden: de verbinding viel weg/);
    expect(hub.bytesSent.get(`${MODEL}/${ONNX}`)! - sentBefore).toBe(10_000);
    // The small files are whole and kept; of the model file nothing remains, not even a temp file.
    expect(listFiles(join(cache, MODEL))).toEqual(['config.json', 'tokenizer.json', 'tokenizer_config.json']);

    hub.requests.length = 0;
    const again = await runScript('src/cli/index-corpus.ts', [], env);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/Modus: hybride/);
    expect(hub.requests.map((r) => r.path)).toEqual([resolvePath(ONNX)]);
    expect(listFiles(join(cache, MODEL))).toEqual(modelFiles);
    expect(readFileSync(join(cache, MODEL, ONNX)).equals(files[ONNX]!)).toBe(true);
  });

  it('a process killed mid-download: its temp file is never trusted and the next run removes it', async () => {
    const cache = join(dir, 'kill-cache');
    const env = indexEnv('kill', cache);
    hub.setFault(MODEL, ONNX, { kind: 'stall', afterBytes: 10_000 }, 1);
    const child = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'src/cli/index-corpus.ts')], { cwd: REPO, env: childEnv(env), stdio: 'ignore' });
    const exited = new Promise((r) => child.on('exit', r));
    try {
      await vi.waitFor(() => expect(listFiles(join(cache, MODEL)).some((f) => f.startsWith(`${ONNX}.tmp.`))).toBe(true), { timeout: 20_000, interval: 100 });
    } finally {
      child.kill('SIGKILL');
      await exited;
    }
    expect(listFiles(join(cache, MODEL)).filter((f) => f.startsWith('onnx/'))).toEqual([expect.stringMatching(/^onnx\/model_quantized\.onnx\.tmp\./)]);

    const again = await runScript('src/cli/index-corpus.ts', [], env);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/Modus: hybride/);
    expect(listFiles(join(cache, MODEL))).toEqual(modelFiles);
  });
});
