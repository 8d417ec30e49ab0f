import { describe, expect, it } from 'vitest';
import { commands } from '../../src/bot/commands/index.js';
import { createInteractionHandler } from '../../src/bot/dispatch/interactions.js';
import { renderReindexFailure, renderReindexSummary } from '../../src/bot/render/reindex.js';
import { renderStatus } from '../../src/bot/render/status.js';
import { InFlight } from '../../src/bot/state/inflight.js';
import { Reindexer, type ReindexDeps } from '../../src/bot/state/reindexer.js';
import { ConfigError } from '../../src/config.js';
import { IndexAbortedError, ModelUnavailableError, type IndexSummary } from '../../src/indexer.js';
import { describeError, publicKeywordOnlyText, publicModelName, publicModelProblem, publicModeNote, withoutPaths } from '../../src/present/errors.js';
import { IndexLockedError } from '../../src/store/generations.js';
import { IndexUnavailableError } from '../../src/store/index-store.js';
import { useTempIndexes } from './fixtures.js';
import { chatInput, lastSent, makeContext } from './stubs.js';

/** Nothing internal reaches Discord: no server paths, pids or library messages; the log has them. */

const PATH = '/srv/ipbot/models/e5-small';
const LOADER = `modelbestanden niet gevonden (Could not locate file: "${PATH}/config.json".)`;
const fsError = (code: string, path: string) => Object.assign(new Error(`${code}: oops, open '${path}'`), { code, path });
const temp = useTempIndexes();

describe('describeError for users', () => {
  const errors: [string, unknown][] = [
    ['locked', new IndexLockedError(4242)],
    ['missing index', new IndexUnavailableError('missing', 'Er is nog geen index in /srv/ipbot/index. Voer npm run index uit.')],
    ['corrupt index', new IndexUnavailableError('corrupt', 'De vectorindex is beschadigd (Unexpected token in /srv/ipbot/index/gen-1/x.json). Voer npm run index uit.')],
    ['model', new ModelUnavailableError(LOADER)],
    ['config', new ConfigError('INDEX_DIR: /srv/ipbot/index is geen map')],
    ['ENOENT', fsError('ENOENT', '/srv/ipbot/corpus')],
    ['EACCES', fsError('EACCES', '/srv/ipbot/index/x')],
    ['EISDIR', fsError('EISDIR', '/srv/ipbot/index/CURRENT')],
  ];

  it.each(errors)('%s: a short reason without paths or pids; the operator variant keeps the details', (_label, err) => {
    const users = describeError(err, { forUsers: true });
    const operator = describeError(err);
    expect(users).not.toBeNull();
    expect(users!.reason).not.toMatch(/\/srv|4242|Could not locate/);
    expect(users!.exitCode).toBe(operator!.exitCode);
    expect(operator!.reason).toMatch(/\/srv|4242/);
  });

  it('keeps what the admin can act on', () => {
    expect(describeError(new IndexLockedError(4242), { forUsers: true })!.reason).toBe('er loopt al een indexering; probeer het zo opnieuw.');
    expect(describeError(new ModelUnavailableError(LOADER), { forUsers: true })!.reason).toBe('indexeren gestopt: het taalmodel kon niet geladen worden (modelbestanden niet gevonden).');
    expect(describeError(new IndexAbortedError(), { forUsers: true })!.reason).toBe('afgebroken omdat de bot wordt afgesloten.');
    expect(describeError(fsError('ENOSPC', '/srv/x/y'), { forUsers: true })!.reason).toBe('de schijf is vol.');
    expect(describeError(new Error('iets anders'), { forUsers: true })).toBeNull();
  });
});

describe('public wording of the model', () => {
  it("keeps only the loader's first words", () => {
    expect(publicModelProblem(LOADER)).toBe('modelbestanden niet gevonden');
    expect(publicModelProblem('model kon niet gedownload worden (fetch failed)')).toBe('model kon niet gedownload worden');
    expect(publicModelProblem('model kon niet gedownload worden: HTTP 404 https://hub.example/x')).toBe('model kon niet gedownload worden');
    expect(publicModelProblem(`Load model from ${PATH}/onnx/model.onnx failed: Protobuf parsing failed.`)).toBe('taalmodel kon niet geladen worden');
    expect(publicModelProblem(null)).toBe('taalmodel kon niet geladen worden');
  });

  it('words every keyword-only reason without details', () => {
    expect(publicKeywordOnlyText({ kind: 'model-unavailable-at-indexing', detail: LOADER })).toBe('modelbestanden niet gevonden');
    expect(publicKeywordOnlyText({ kind: 'model-not-loaded', detail: LOADER })).toBe('taalmodel niet geladen');
    expect(publicKeywordOnlyText({ kind: 'keyword-configured' })).toBe('RETRIEVAL_MODE=keyword');
    expect(publicKeywordOnlyText({ kind: 'no-vectors' })).toBe('index zonder vectoren');
    expect(publicModeNote({ kind: 'model-unavailable-at-indexing', detail: LOADER })).toBe('Zoekmodus: alleen trefwoorden (modelbestanden niet gevonden).');
    expect(publicModeNote(null)).toBeNull();
  });

  it('names a local model by its folder', () => {
    expect(publicModelName(`local:${PATH}#q8`)).toBe('lokaal model e5-small');
    expect(publicModelName('local:C:\\modellen\\e5\\')).toBe('lokaal model e5');
    expect(publicModelName('Xenova/multilingual-e5-small#q8')).toBe('Xenova/multilingual-e5-small#q8');
    expect(publicModelName(null)).toBeNull();
  });

  it('withoutPaths cuts absolute paths and leaves words with slashes alone', () => {
    expect(withoutPaths(`niet gevonden: "${PATH}/config.json" (zie /var/log/x)`)).toBe('niet gevonden: "[pad]" (zie [pad])');
    expect(withoutPaths('C:\\modellen\\e5\\config.json en file:///srv/a/b')).toBe('[pad] en [pad]');
    expect(withoutPaths('en/of 1/2 het antwoord op vraag 2/3')).toBe('en/of 1/2 het antwoord op vraag 2/3');
  });
});

describe('reindex messages', () => {
  const summary = (over: Partial<IndexSummary>): IndexSummary => ({
    generation: 'gen-1',
    documents: 3,
    added: ['a.txt'],
    changed: [],
    unchanged: 2,
    removed: [],
    skipped: [],
    warnings: [],
    chunks: 40,
    embeddedChunks: 10,
    mode: 'hybrid',
    model: `local:${PATH}#q8`,
    modelUnavailable: null,
    fullRebuild: false,
    seconds: 1.2,
    ...over,
  });

  it('a summary names a local model by its folder and skips without the file system messages', () => {
    const p = renderReindexSummary(
      summary({
        skipped: [
          { file: 'geheim.txt', reason: 'unreadable', detail: `kon niet gelezen worden: EACCES: permission denied, open '/srv/ipbot/corpus/geheim.txt'` },
          { file: 'kapot.pdf', reason: 'pdf-unreadable', detail: 'PDF kon niet gelezen worden: Invalid XRef stream at /srv/x' },
          { file: 'groot.txt', reason: 'too-large', detail: '12 MiB is groter dan de limiet van 10 MiB (MAX_FILE_BYTES)' },
        ],
        warnings: ['vraag nr. 455 staat in 2 bestanden (a/455.txt, b/455.txt); beide worden bewaard'],
      }),
    );
    expect(p.content).not.toContain('/srv');
    expect(p.content).toContain('lokaal model e5-small');
    expect(p.content).toContain('geheim.txt — kon niet gelezen worden (unreadable)');
    expect(p.content).toContain('kapot.pdf — PDF kon niet gelezen worden (pdf-unreadable)');
    expect(p.content).toContain('12 MiB is groter dan de limiet van 10 MiB (MAX\\_FILE\\_BYTES)');
    expect(p.content).toContain('a/455.txt, b/455.txt');
  });

  it("a keyword-only summary gives the loader's short reason", () => {
    const p = renderReindexSummary(summary({ mode: 'keyword', model: null, modelUnavailable: LOADER }));
    expect(p.content).toContain('taalmodel niet beschikbaar: modelbestanden niet gevonden');
    expect(p.content).not.toContain('/srv');
  });

  it('a failure message never shows a path, even when handed one', () => {
    expect(renderReindexFailure(`kan niet schrijven naar ${PATH}/x`).content).not.toContain('/srv');
  });

  it('the Reindexer replies with the short reason and logs the details', async () => {
    const deps: ReindexDeps = {
      buildIndex: async () => {
        throw new TypeError(`Cannot read properties of undefined (reading 'x') at ${PATH}/y.js`);
      },
      loadIndex: async () => {
        throw new Error('not reached');
      },
      queryEmbedder: async () => ({ embedder: null, problem: null }),
      loadEmbedder: () => async () => ({ ok: false, reason: 'test' }),
    };
    const ctx = await makeContext(temp.small.index, {}, deps);
    const reindexer = new Reindexer(ctx.config, ctx.holder, ctx.log, deps);
    const outcome = await reindexer.run();
    expect(outcome).toMatchObject({ ok: false, busy: false, reason: 'onverwachte fout (de details staan in het logboek van de bot).' });
    expect(ctx.log.lines.some((l) => l.startsWith('error Herindexering mislukt: onverwachte fout: Cannot read properties') && l.includes(PATH))).toBe(true);
  });
});

describe('/status', () => {
  it('shows the short reason and the folder name of a local model; the loader message goes to the log once', async () => {
    const ctx = await makeContext(temp.small.index);
    const index = temp.small.index;
    ctx.holder.swap({
      index: { ...index, manifest: { ...index.manifest, embedding: { modelId: `local:${PATH}#q8`, dimension: 384, maxTokens: 512, queryPrefix: '', passagePrefix: '' } } },
      embedder: null,
      embedderProblem: LOADER,
      retrieval: { mode: 'keyword', keywordOnly: { kind: 'model-not-loaded', detail: LOADER } },
    });
    const handle = createInteractionHandler(ctx, commands, new InFlight());
    for (let n = 0; n < 2; n++) {
      const i = chatInput('status', {});
      await handle(i as never);
      const embed = (lastSent(i).embeds as { fields: { name: string; value: string }[] }[])[0]!;
      const fields = Object.fromEntries(embed.fields.map((f) => [f.name, f.value]));
      expect(fields.Zoekmodus).toBe('alleen trefwoorden — taalmodel niet geladen');
      expect(fields.Model).toBe('lokaal model e5-small (niet geladen)');
      expect(JSON.stringify(lastSent(i))).not.toContain('/srv');
    }
    expect(ctx.log.lines.filter((l) => l.includes('Status: alleen trefwoorden') && l.includes(`${PATH}/config.json`))).toHaveLength(1);
  });

  it('the renderer cuts paths that reach it anyway', () => {
    const p = renderStatus({
      documents: 1,
      chunks: 2,
      mode: 'keyword',
      modeReason: LOADER,
      model: `local:${PATH}`,
      indexedAt: '2026-11-28T20:58:57.630Z',
      generation: 'gen-x',
      skipped: 0,
      version: '0.1.0',
      uptimeMs: 1000,
      reindexing: false,
    });
    expect(JSON.stringify(p)).not.toContain('/srv');
  });
});
