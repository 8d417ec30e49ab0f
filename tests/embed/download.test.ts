import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { downloadLine } from '../../src/present/download.js';
import { removeStaleDownloads } from '../../src/embed/cache.js';
import { stallTimeoutFetch, type DownloadProgress } from '../../src/embed/download.js';
import { loadTransformersEmbedder, type ModelSettings } from '../../src/embed/transformers.js';
import { startFakeHub, type FakeHub } from '../helpers/fake-hub.js';
import { tinyHubFiles } from '../helpers/fake-hub-model.js';
import { tempDir } from '../helpers/workspace.js';

/**
 * MODEL_LOAD_TIMEOUT_MS bounds silence, not the download: in-process loads
 * against a local hub with a model file of ~1.5 MB (dim 1000).
 * Each test uses its own model id: transformers.js memoises config.json per id.
 */

const ONNX = 'onnx/model_quantized.onnx';
let dir: string;
let cleanup: () => void;
let files: Record<string, Uint8Array>;
let hub: FakeHub;
let models = 0;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir('download-'));
  files = await tinyHubFiles(join(dir, 'model'), { dim: 1000 });
});
afterEach(async () => hub?.close());
afterAll(() => cleanup?.());

async function hubWith(): Promise<{ model: string; cache: string }> {
  const model = `test-org/model-${++models}`;
  hub = await startFakeHub({ [model]: files });
  return { model, cache: join(dir, `cache-${models}`) };
}

function load(model: string, cache: string, extra: Partial<ModelSettings> = {}) {
  return loadTransformersEmbedder({ model, cacheDir: cache, allowRemote: true, hubUrl: hub.url, timeoutMs: 1500, ...extra });
}

const onnxDir = (cache: string, model: string) => join(cache, model, 'onnx');
const entries = (d: string) => (existsSync(d) ? readdirSync(d) : []);

describe('MODEL_LOAD_TIMEOUT_MS bounds a stall, not the download', () => {
  it('a slow but moving download that outlasts the timeout completes, with progress', async () => {
    const { model, cache } = await hubWith();
    expect(files[ONNX]!.length).toBeGreaterThan(1_000_000);
    // 16 kB every 40 ms: ~4 s in all, far beyond the 1.5 s timeout, never silent for long.
    hub.setFault(model, ONNX, { kind: 'trickle', bytesPerSecond: 400_000, chunkBytes: 16_000 });
    const events: DownloadProgress[] = [];
    const result = await load(model, cache, { onDownload: (p) => events.push(p) });

    expect(result.ok, result.ok ? '' : result.reason).toBe(true);
    if (result.ok) expect(result.embedder.dimension).toBe(1000);
    expect(readFileSync(join(onnxDir(cache, model), 'model_quantized.onnx')).equals(files[ONNX]!)).toBe(true);

    // What transformers.js fetches in full (special_tokens_map.json is never asked for).
    const total = ['config.json', 'tokenizer.json', 'tokenizer_config.json', ONNX].reduce((n, f) => n + files[f]!.length, 0);
    const last = events.at(-1)!;
    expect(last).toMatchObject({ state: 'done', received: total, total });
    const midway = events.find((e) => e.state === 'downloading' && e.etaSeconds !== null && e.etaSeconds > 0 && e.received > 500_000)!;
    expect(midway.bytesPerSecond).toBeGreaterThan(0);
    expect(downloadLine(midway)).toMatch(/^Model downloaden: [\d,]+ (kB|MB) van 1,6 MB · [\d,]+ (kB|MB)\/s · nog \d+ s$/);
    expect(downloadLine(last)).toMatch(/^Model gedownload: 1,6 MB · [\d,]+ (kB|MB)\/s$/);
  });

  // Liveness: the stall would last forever; the 30 s test timeout is the bound.
  it('a stalled download fails with the reason in Dutch and leaves no file', async () => {
    const { model, cache } = await hubWith();
    hub.setFault(model, ONNX, { kind: 'stall', afterBytes: 64_000 });
    const events: DownloadProgress[] = [];
    const result = await load(model, cache, { onDownload: (p) => events.push(p) });

    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(/^model kon niet gedownload worden: de download van onnx\/model_quantized\.onnx stokte: 1,5 s lang geen gegevens van 127\.0\.0\.1:\d+$/),
    });
    expect(hub.bytesSent.get(`${model}/${ONNX}`)).toBe(64_000);
    expect(events.at(-1)?.state).toBe('failed');
    expect(entries(onnxDir(cache, model))).toEqual([]);
  });

  it('a connection cut mid-body fails and leaves no file, not even an empty temp file', async () => {
    const { model, cache } = await hubWith();
    hub.setFault(model, ONNX, { kind: 'abort', afterBytes: 100_000 });
    const result = await load(model, cache);
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/^model kon niet gedownload worden: de verbinding viel weg tijdens de download van onnx\/model_quantized\.onnx/) });
    expect(entries(onnxDir(cache, model))).toEqual([]);
  });

  it('hub errors: a 500 is a failed download, a 404 a missing file; neither is cached', async () => {
    const { model, cache } = await hubWith();
    hub.setFault(model, ONNX, { kind: 'status', status: 500 }, 1);
    expect(await load(model, cache)).toMatchObject({ ok: false, reason: expect.stringMatching(/^model kon niet gedownload worden \(.*onnx\/model_quantized\.onnx/) });
    hub.setFault(model, ONNX, { kind: 'status', status: 404 }, 1);
    expect(await load(model, cache)).toMatchObject({ ok: false, reason: expect.stringMatching(/^modelbestanden niet gevonden \(Could not locate file/) });
    expect(entries(onnxDir(cache, model))).toEqual([]);
    // The hub is fine again: the same cache completes.
    expect((await load(model, cache)).ok).toBe(true);
  });
});

describe('the fetch transformers.js downloads through', () => {
  it('names an unreachable hub and the reason', async () => {
    hub = await startFakeHub();
    const closedPort = new URL(hub.url).port;
    await hub.close();
    const result = await loadTransformersEmbedder({ model: 'test-org/unreachable', cacheDir: join(dir, 'x'), allowRemote: true, hubUrl: `http://127.0.0.1:${closedPort}`, timeoutMs: 1500 });
    expect(result).toEqual({ ok: false, reason: `model kon niet gedownload worden: de modelhub (127.0.0.1:${closedPort}) is niet bereikbaar voor config.json (ECONNREFUSED)` });
  });

  it('rejects a body that ends before its Content-Length, even when the transport does not', async () => {
    const short: typeof fetch = async () =>
      new Response(new Blob([new Uint8Array(50)]).stream(), { status: 200, headers: { 'content-length': '100' } });
    const response = await stallTimeoutFetch(short, 1000)('http://127.0.0.1:9/org/m/resolve/main/config.json');
    await expect(response.arrayBuffer()).rejects.toThrow('config.json is onvolledig ontvangen (50 van 100 bytes)');
  });
});

describe('temp files of a killed download', () => {
  it('are removed when their process is gone; complete files and live downloads stay', async () => {
    const root = join(dir, 'stale', 'org', 'm');
    mkdirSync(join(root, 'onnx'), { recursive: true });
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid;
    const dead = join(root, 'onnx', `model_quantized.onnx.tmp.${deadPid}.abc123`);
    const live = join(root, `tokenizer.json.tmp.${process.pid}.xyz`);
    for (const f of [dead, live, join(root, 'config.json')]) writeFileSync(f, 'x');

    expect(await removeStaleDownloads(join(dir, 'stale'))).toEqual([dead]);
    expect(existsSync(live)).toBe(true);
    expect(existsSync(join(root, 'config.json'))).toBe(true);
    expect(await removeStaleDownloads(join(dir, 'nothing-here'))).toEqual([]);
  });
});
