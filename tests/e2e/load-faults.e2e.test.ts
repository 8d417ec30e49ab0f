/**
 * Issue "Proven under load, faults and bad input", end to end: `npm start` as a real
 * process against FakeDiscord, with load during a reindex, kill -9, broken model files,
 * gateway drops, REST 429/500 and hostile input.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANAGE_GUILD_PERMISSIONS, type InteractionResponseRecord, type JsonObject } from '../helpers/fake-discord/index.js';
import { indexLockHolder } from '../../src/store/generations.js';
import { createTinyModel } from '../../src/testing/tiny-model.js';
import { writeSyntheticQuestions } from '../helpers/workspace.js';
import { CRASHED, embeds, expectAllSound, expectSound, field, findButton, finish, Harness, isEphemeral, messageText, type Exchange } from './harness.js';

const NO_ANSWER = /Ik vond geen passage die deze vraag beantwoordt/;
const INVALID_BUTTON = /Deze knop is ongeldig/;
const ADMIN = { permissions: MANAGE_GUILD_PERMISSIONS };
const isFinalReindex = (r: InteractionResponseRecord) => /Herindexering (klaar|mislukt)|Er loopt al een herindexering/.test(String(r.body?.content));

/** A written question only the reindex brings in: nothing in the fixtures or the real document answers it. */
const NEW_QUESTION_NUMBER = 9001;
const NEW_QUESTION = 'Hoeveel kameelfokkers volgden de woestijncursus in Zwalmbeek?';
const NEW_DOCUMENT = ` aan PIETER FICTIEF
VICEMINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER VAN BINNENLANDS BESTUUR, 
INBURGERING, WONEN, GELIJKE KANSEN EN ARMOEDEBESTRIJDING

Inburgering  -  Woestijncursus voor kameelfokkers in Zwalmbeek

Sinds 2022 organiseert de gemeente Zwalmbeek een woestijncursus voor nieuwkomers die 
kameelfokker willen worden.

1. Hoeveel kameelfokkers volgden de woestijncursus in Zwalmbeek in 2023?

2. Wat kost de woestijncursus per deelnemer?
 op vraag nr. ${NEW_QUESTION_NUMBER} van 12 maart 2024
VAN NOOR SJABLOONS

1. In 2023 volgden 41 kameelfokkers de woestijncursus in Zwalmbeek.

2. De woestijncursus kost 640 euro per deelnemer.
`;

const REGULAR_QUESTIONS = [
  'Wanneer wordt beslist over de goedkeuring van de projecten?',
  'Hoeveel projecten werden ingediend voor de AMIF-oproep?',
  'Hoeveel cursisten volgden een opleiding Nederlands tweede taal?',
  'Wat is de timing van de oproep voor de impulssubsidie?',
];

/** Polls a condition (for files the bot writes; the fake's own waits cover Discord traffic). */
async function waitUntil(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function statusFacts(h: Harness): Promise<{ documents: number; mode: string; model: string; text: string }> {
  const x = h.slash('status');
  const m = await finish(h.fake, x);
  const e = embeds(m)[0]!;
  return { documents: Number(field(e, 'Documenten')), mode: field(e, 'Zoekmodus') ?? '', model: field(e, 'Model') ?? '', text: messageText(m) };
}

// ---------------------------------------------------------------------------------------------

describe('(a, b) 50 questions during a reindex, kill -9 and SIGTERM during a reindex (tiny model, hybrid)', () => {
  let h: Harness;
  let env: Record<string, string>;
  let currentAfterA = '';
  let documentsAfterA = 0;

  beforeAll(async () => {
    h = await Harness.create({ fixtures: true });
    const model = await createTinyModel(join(h.dir, 'model'));
    // A slow reindex: the model embeds two passages per call.
    env = { RETRIEVAL_MODE: 'auto', EMBEDDING_MODEL_PATH: model.dir, EMBED_BATCH_SIZE: '2' };
    const bot = await h.startBot({ env });
    expect(bot.stdout).toMatch(/Klaar: 21 documenten, \d+ passages, modus hybride/);
  });

  // The bot killed in (b) never answered its /herindexeer: that interaction simply stays deferred.
  afterAll(async () => h && (await h.close()));

  it('(a) every /vraag is acknowledged and answered; answers switch to the new index only after the swap', async () => {
    writeSyntheticQuestions(h.corpusDir, 300, 5000);
    writeFileSync(join(h.corpusDir, `q-${NEW_QUESTION_NUMBER}.txt`), NEW_DOCUMENT);
    const currentBefore = readFileSync(join(h.indexDir, 'CURRENT'), 'utf8');

    const reindex = h.slash('herindexeer', {}, ADMIN);
    expect((await reindex.callback()).callbackType).toBe(5);

    // 50 questions from 50 users in 10 waves of 5 concurrent ones, a wave every 200 ms: load across
    // the first seconds of the reindex (reading, chunking, embedding), not one burst at its start.
    // The timing only spreads the load; no assertion depends on where a wave lands.
    const asks: { x: Exchange; fresh: boolean }[] = [];
    const pending: Promise<unknown>[] = [];
    for (let wave = 0; wave < 10; wave++) {
      if (wave > 0) await new Promise((r) => setTimeout(r, 200));
      for (let i = 0; i < 5; i++) {
        const n = wave * 5 + i;
        const fresh = n % 3 === 0;
        const tekst = fresh ? NEW_QUESTION : REGULAR_QUESTIONS[n % REGULAR_QUESTIONS.length]!;
        const x = h.slash('vraag', { tekst }, { userId: Harness.newUserId() });
        asks.push({ x, fresh });
        pending.push(x.done(undefined, 60_000));
      }
    }
    await Promise.all(pending);

    const summary = await reindex.done(isFinalReindex, 120_000);
    expectSound(h.fake, reindex);
    expect(summary.body.content).toMatch(/^✅ Herindexering klaar/);
    expect(summary.body.content).toMatch(/Documenten: 322 — nieuw 301, gewijzigd 0, ongewijzigd 21/);
    // Any edit before the summary is a progress update (how many depends on the machine: one per 3 s).
    const edits = reindex.responses().filter((r) => r.kind === 'edit');
    expect(edits.at(-1)).toBe(summary);
    for (const e of edits.slice(0, -1)) expect(e.body.content).toMatch(/^⏳ Herindexering bezig \(\d+ s\) — /);

    // The generation switch on disk: CURRENT is written just before it is renamed into place,
    // and the bot swaps its index only after that.
    expect(readFileSync(join(h.indexDir, 'CURRENT'), 'utf8')).not.toBe(currentBefore);
    const publishedAt = statSync(join(h.indexDir, 'CURRENT')).mtimeMs;

    // After the summary: the new document answers.
    const after = Array.from({ length: 5 }, () => ({ x: h.slash('vraag', { tekst: NEW_QUESTION }, { userId: Harness.newUserId() }), fresh: true }));
    await Promise.all(after.map(({ x }) => x.done()));

    const outcomes = [...asks, ...after].map(({ x, fresh }) => {
      const final = x.responses().find((r) => r.kind === 'edit')!;
      const text = messageText(x.message(final) ?? {});
      return { x, fresh, final, text, answeredNew: text.includes(`nr. ${NEW_QUESTION_NUMBER}`), noAnswer: NO_ANSWER.test(text) };
    });

    for (const o of outcomes) {
      expectSound(h.fake, o.x);
      expect(o.text, `interaction ${o.x.id}`).not.toMatch(CRASHED);
      expect(o.final, `interaction ${o.x.id} was answered`).toBeDefined();
    }
    // All 50 were sent while the reindex ran (if this fails, the reindex has become too fast to test against).
    expect(asks.every(({ x }) => x.sentAt < summary.at), `the last question was sent ${Math.max(...asks.map(({ x }) => x.sentAt)) - reindex.sentAt} ms into a reindex of ${summary.at - reindex.sentAt} ms`).toBe(true);
    for (const o of outcomes.filter((o) => !o.fresh)) expect(embeds(o.x.message(o.final)!).length, o.text).toBeGreaterThan(0);

    const fresh = outcomes.filter((o) => o.fresh);
    for (const o of fresh) expect(o.answeredNew || o.noAnswer, o.text).toBe(true);
    // Before the new generation existed nothing could answer from it; after the summary everything does.
    for (const o of fresh.filter((o) => o.final.at < publishedAt)) expect(o.noAnswer, o.text).toBe(true);
    for (const o of fresh.filter((o) => o.answeredNew)) expect(o.final.at).toBeGreaterThanOrEqual(publishedAt);
    for (const o of fresh.filter((o) => o.x.sentAt > summary.at)) expect(o.answeredNew, o.text).toBe(true);
    expect(fresh.filter((o) => o.noAnswer).length, 'questions answered from the old index during the reindex').toBeGreaterThan(0);

    currentAfterA = readFileSync(join(h.indexDir, 'CURRENT'), 'utf8');
    documentsAfterA = (await statusFacts(h)).documents;
    expect(documentsAfterA).toBe(322);
  }, 150_000);

  it('(b) after kill -9 during a reindex the previous index serves, and the next /herindexeer completes', async () => {
    expect(currentAfterA, 'runs after (a)').not.toBe('');
    // 500 more documents: the reindex after the restart reads, chunks and embeds long enough to report progress.
    writeSyntheticQuestions(h.corpusDir, 500, 6000);
    const killed = h.bot!;
    const reindex = h.slash('herindexeer', {}, ADMIN);
    expect((await reindex.callback()).callbackType).toBe(5);
    // The build holds the index lock (with the bot's pid) from its first step to its last.
    const lock = join(h.indexDir, '.lock');
    await waitUntil(() => indexLockHolder(h.indexDir) === killed.pid, 10_000, 'the index lock');
    expect(await killed.kill9()).toEqual({ code: null, signal: 'SIGKILL' });
    expect(indexLockHolder(h.indexDir), 'a stale lock of the killed process is left behind').toBe(killed.pid);
    expect(readFileSync(join(h.indexDir, 'CURRENT'), 'utf8'), 'killed before the new generation was published').toBe(currentAfterA);

    const bot = await h.startBot({ env });
    expect(bot.stdout).toMatch(/Klaar: 322 documenten, \d+ passages, modus hybride/);
    expect(bot.stdout).not.toMatch(/Index opbouwen/); // the previous index was opened, not rebuilt
    expect((await statusFacts(h)).documents).toBe(documentsAfterA);
    const answer = h.slash('vraag', { tekst: NEW_QUESTION });
    expect(messageText(await finish(h.fake, answer))).toContain(`nr. ${NEW_QUESTION_NUMBER}`);

    const again = h.slash('herindexeer', {}, ADMIN);
    const summary = await finish(h.fake, again, { match: isFinalReindex, timeoutMs: 120_000 });
    expect(summary['content']).toMatch(/^✅ Herindexering klaar/);
    expect(summary['content']).toMatch(/Documenten: 822 — nieuw 500, gewijzigd 0, ongewijzigd 322/);
    // Progress edits (at most one per 3 s), then the summary.
    const edits = again.responses().filter((r) => r.kind === 'edit');
    expect(edits.length, 'at least one progress edit before the summary').toBeGreaterThan(1);
    for (const e of edits.slice(0, -1)) expect(e.body.content).toMatch(/^⏳ Herindexering bezig \(\d+ s\) — (Documenten lezen|Passages inbedden|Index schrijven): \d+\/\d+\nAntwoorden komen intussen nog uit de huidige index\.$/);
    // At most one per 3 s, by the bot's own clock (the elapsed seconds it reports, rounded), not by
    // when the edits arrived here: no wall-clock measurement of the test decides this.
    const elapsed = edits.slice(0, -1).map((e) => Number(/\((\d+) s\)/.exec(String(e.body.content))![1]));
    for (let i = 1; i < elapsed.length; i++) expect(elapsed[i]! - elapsed[i - 1]!, `progress at ${elapsed.join(', ')} s`).toBeGreaterThanOrEqual(2);
    expect((await statusFacts(h)).documents).toBe(822);
    expect(existsSync(lock)).toBe(false);
  }, 150_000);

  it('SIGTERM during a reindex: the admin hears it was aborted, the process exits 0, the index is unchanged', async () => {
    const current = readFileSync(join(h.indexDir, 'CURRENT'), 'utf8');
    const reindex = h.slash('herindexeer', {}, ADMIN);
    expect((await reindex.callback()).callbackType).toBe(5);
    await waitUntil(() => indexLockHolder(h.indexDir) === h.bot!.pid, 10_000, 'the index lock');
    await h.stopBot(); // asserts exit code 0 without a kill
    const final = reindex.responses().filter((r) => r.kind === 'edit').at(-1);
    expect(final?.body.content).toMatch(/^❌ Herindexering mislukt: afgebroken omdat de bot wordt afgesloten\.\nDe vorige index blijft actief\.$/);
    expect(readFileSync(join(h.indexDir, 'CURRENT'), 'utf8')).toBe(current);
    expect(existsSync(join(h.indexDir, '.lock'))).toBe(false);
    expect(h.bot!.stdout).toMatch(/SIGTERM ontvangen: de bot stopt\.[\s\S]*Gestopt\./);
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------

describe('(c) model files missing or corrupt at start-up (RETRIEVAL_MODE=auto)', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await Harness.create({ fixtures: false });
  });

  afterAll(async () => h && (await h.close()));

  /** /status gives the short reason; no server path reaches Discord (the details are in the bot's log). */
  async function expectKeywordService(reason: string): Promise<void> {
    const status = await statusFacts(h);
    expect(status.mode).toBe(`alleen trefwoorden — ${reason}`);
    expect(status.text).not.toContain(h.dir);
    expect(status.text).not.toMatch(/\.onnx|config\.json|local:/);
    expect(h.bot!.running).toBe(true);
    const x = h.slash('vraag', { tekst: 'Wanneer wordt beslist over de goedkeuring van de projecten?' });
    const m = await finish(h.fake, x);
    expect(embeds(m)[0]!['title']).toContain('nr. 455');
    expect(embeds(m)[0]!['footer']['text']).toMatch(/^Zoekmodus: alleen trefwoorden/);
  }

  it('EMBEDDING_MODEL_PATH is an empty folder: the bot starts and /status says keyword mode', async () => {
    const empty = join(h.dir, 'empty-model');
    mkdirSync(empty);
    const bot = await h.startBot({ env: { RETRIEVAL_MODE: 'auto', EMBEDDING_MODEL_PATH: empty, INDEX_DIR: join(h.dir, 'index-empty-model') } });
    expect(bot.stdout).toMatch(/Klaar: 1 documenten, \d+ passages, modus trefwoorden, model geen/);
    await expectKeywordService('modelbestanden niet gevonden');
    // What the loader said, with the path, is in the log instead.
    expect(bot.stdout).toMatch(/ INFO Status: alleen trefwoorden — modelbestanden niet gevonden .*empty-model\/config\.json/);
    expect(bot.stderr).toBe('');
    await h.stopBot();
  }, 60_000);

  it('a corrupt onnx file: a fresh index is built keyword-only; an index built with the model falls back to keywords', async () => {
    const model = await createTinyModel(join(h.dir, 'model'));
    const hybridIndex = join(h.dir, 'index-hybrid');
    let bot = await h.startBot({ env: { RETRIEVAL_MODE: 'auto', EMBEDDING_MODEL_PATH: model.dir, INDEX_DIR: hybridIndex } });
    expect(bot.stdout).toMatch(/modus hybride/);
    await h.stopBot();

    writeFileSync(join(model.dir, 'onnx', 'model.onnx'), Buffer.from('dit is geen onnx-model\n'.repeat(50)));

    bot = await h.startBot({ env: { RETRIEVAL_MODE: 'auto', EMBEDDING_MODEL_PATH: model.dir, INDEX_DIR: hybridIndex } });
    expect(bot.stdout).toMatch(/Klaar: 1 documenten, \d+ passages, modus trefwoorden, model geen/);
    // One warning line, no stack trace.
    expect(bot.stderr.trim().split('\n')).toEqual([expect.stringMatching(/ WARN Taalmodel niet geladen \(.*model\.onnx.*\); alleen trefwoorden\.$/)]);
    await expectKeywordService('taalmodel niet geladen');
    // The index still has the model's vectors; /status names that model (by its folder, not its path) and says it is not loaded.
    expect((await statusFacts(h)).model).toBe('lokaal model model (niet geladen)');
    await h.stopBot();

    bot = await h.startBot({ env: { RETRIEVAL_MODE: 'auto', EMBEDDING_MODEL_PATH: model.dir, INDEX_DIR: join(h.dir, 'index-corrupt-model') } });
    expect(bot.stdout).toMatch(/Klaar: 1 documenten, \d+ passages, modus trefwoorden, model geen/);
    await expectKeywordService('taalmodel kon niet geladen worden');
    expect(bot.stdout).toMatch(/ INFO Status: alleen trefwoorden — .*model\.onnx/);
    await h.stopBot();
  }, 90_000);
});

// ---------------------------------------------------------------------------------------------

describe('(d–h) gateway drops, REST faults and bad input (one keyword bot)', () => {
  let h: Harness;
  /** A message with the bot's buttons, for forging. */
  let answer: JsonObject;
  /** `455.<hash>` of the real document, and of a fixture. */
  let doc455 = '';
  let doc1017 = '';

  beforeAll(async () => {
    h = await Harness.create({ fixtures: true });
    await h.startBot();
    const x = h.slash('vraag', { tekst: 'Hoeveel projecten werden ingediend voor de AMIF-oproep?' });
    // A snapshot: button updates edit their source message in place.
    answer = structuredClone(await finish(h.fake, x));
    const ids = ((answer['components'] ?? []) as JsonObject[]).flatMap((r) => (r['components'] as JsonObject[]).map((c) => String(c['custom_id'])));
    doc455 = /^ip1:full:(455\.[0-9a-f]{8})$/.exec(ids.find((id) => id.startsWith('ip1:full:455.'))!)![1]!;
    doc1017 = /^ip1:full:(1017\.[0-9a-f]{8})$/.exec(ids.find((id) => id.startsWith('ip1:full:1017.'))!)![1]!;
  });

  afterAll(async () => h && (await h.close({ stillRunning: 'the bot survived every fault' })));

  describe('(d) gateway', () => {
    it.each([
      ['an abnormal drop (1006)', undefined],
      ['a resumable close code (4000)', 4000],
    ])('after %s the bot resumes and answers the next interaction', async (_label, code) => {
      const before = h.fake.gatewayLog.filter((e) => e.event === 'resumed').length;
      h.fake.dropConnection(code);
      const ready = await h.fake.waitForReady(15_000);
      expect(ready.kind).toBe('resume');
      expect(h.fake.gatewayLog.filter((e) => e.event === 'resumed').length).toBe(before + 1);
      const x = h.slash('vraag', { tekst: 'Wanneer wordt beslist over de goedkeuring van de projecten?' });
      expect(embeds(await finish(h.fake, x))[0]!['title']).toContain('nr. 455');
      expect(h.bot!.running).toBe(true);
    });

    it('after a non-resumable INVALID_SESSION the bot identifies again and answers', async () => {
      const before = await h.fake.waitForReady();
      h.fake.invalidateSession(false);
      // discord.js waits for its identify throttle (up to 5 s) before identifying again.
      await h.fake.waitForGateway((e) => e.event === 'identify' && e.connectionId > before.connectionId, 20_000);
      const ready = await h.fake.waitForReady(15_000);
      expect(ready.kind).toBe('identify');
      const x = h.slash('vraag', { tekst: 'Wanneer wordt beslist over de goedkeuring van de projecten?' });
      expect(embeds(await finish(h.fake, x))[0]!['title']).toContain('nr. 455');
      expect(h.bot!.stderr).not.toMatch(/geen herverbinding/);
    }, 30_000);

    it('an interaction sent while the connection is down is replayed on resume and answered', async () => {
      h.fake.dropConnection();
      const x = h.slash('status');
      await h.fake.waitForReady(15_000);
      expect(embeds(await finish(h.fake, x))[0]!['title']).toMatch(/Status/);
    });
  });

  describe('(e) REST faults on the answer', () => {
    const ask = (tekst = 'Wanneer wordt beslist over de goedkeuring van de projecten?') => h.slash('vraag', { tekst }, { userId: Harness.newUserId() });
    /** Faults only for this interaction's own webhook calls. */
    const editOf = (x: Exchange) => new RegExp(`^/webhooks/[^/]+/${x.ix.token}/messages/@original$`);

    it('429 with retry_after on the edit: discord.js waits and the answer arrives', async () => {
      const x = ask();
      const fault = h.fake.failNext({ method: 'PATCH', path: editOf(x), status: 429, retryAfter: 0.4 });
      const m = await finish(h.fake, x);
      expect(fault.hits).toHaveLength(1);
      expect(embeds(m)[0]!['title']).toContain('nr. 455');
      const patches = h.fake.requests.filter((r) => r.method === 'PATCH' && editOf(x).test(r.path));
      expect(patches.map((r) => r.status)).toEqual([429, 200]);
      expect(patches[1]!.at - patches[0]!.at).toBeGreaterThanOrEqual(350);
    });

    it('500 on the edit: retried and delivered', async () => {
      const x = ask();
      const fault = h.fake.failNext({ method: 'PATCH', path: editOf(x), status: 500, count: 2 });
      const m = await finish(h.fake, x);
      expect(fault.hits).toHaveLength(2);
      expect(embeds(m)[0]!['title']).toContain('nr. 455');
    });

    it('500 on every retry of the edit: the user gets the error message with an error id, which is in the log', async () => {
      const x = ask();
      // discord.js makes one attempt and three retries; the fifth request (the error message) gets through.
      const fault = h.fake.failNext({ method: 'PATCH', path: editOf(x), status: 500, count: 4 });
      const m = await finish(h.fake, x, { match: (r) => CRASHED.test(String(r.body?.content)), allowError: true });
      expect(fault.remaining).toBe(0);
      const id = CRASHED.exec(String(m['content']))![1]!;
      await h.bot!.waitForLine(new RegExp(`ERROR Fout ${id} in /vraag`), { stream: 'stderr', timeoutMs: 5_000 });
      expect(h.bot!.running).toBe(true);
      expect(embeds(await finish(h.fake, ask()))[0]!['title']).toContain('nr. 455');
    });

    it('429 and 500 on a button update: retried and delivered', async () => {
      const open = h.button(`ip1:full:${doc455}`, answer['id']);
      const page1 = await finish(h.fake, open);
      const next = h.button(findButton(page1, 'Volgende ▶')!['custom_id'], page1['id']);
      const callback = new RegExp(`^/interactions/${next.ix.id}/[^/]+/callback$`);
      h.fake.failNext({ method: 'POST', path: callback, status: 429, retryAfter: 0.2 });
      h.fake.failNext({ method: 'POST', path: callback, status: 500 });
      const page2 = await finish(h.fake, next);
      expect(embeds(page2)[0]!['footer']['text']).toMatch(/^Pagina 2\//);
    });

    it('429 and 500 on a mention reply: retried and delivered; 500 on every retry: the error message is posted instead', async () => {
      h.fake.failNext({ method: 'POST', path: '/channels/:id/messages', status: 429, retryAfter: 0.3 });
      h.fake.failNext({ method: 'POST', path: '/channels/:id/messages', status: 500 });
      const ok = await h.post({ content: `${h.mention} Wanneer wordt beslist over de goedkeuring van de projecten?` });
      expect(embeds(ok.reply)[0]!['title']).toContain('nr. 455');
      expect(h.repliesTo(ok.sent['id']).map((r) => r.status)).toEqual([429, 500, 200]);

      h.fake.failNext({ method: 'POST', path: '/channels/:id/messages', status: 500, count: 4 });
      const failed = await h.post({ content: `${h.mention} Wanneer wordt beslist over de goedkeuring van de projecten?` });
      expect(failed.reply['content']).toMatch(CRASHED);
      expect(h.repliesTo(failed.sent['id']).map((r) => r.status)).toEqual([500, 500, 500, 500, 200]);
      expect(h.bot!.running).toBe(true);
    });
  });

  describe('(f) bad queries', () => {
    const cases: [string, string, RegExp | null][] = [
      ['whitespace only', '   \t  ', /Je vraag is leeg/],
      ['one character', 'x', /te kort/],
      ['6000 characters', 'Integratiepact '.repeat(400), /te lang \(6000 tekens; maximaal 1000\)/],
      ['only emoji', '🤔🙈🎉🇧🇪', /geen zoekwoorden/],
      ['zero-width characters only', '\u200B\u200C\u200D\u2060\uFEFF', /Je vraag is leeg/],
      ['zero-width characters inside words', 'Wan\u200Bneer wordt be\u200Dslist over de goed\uFEFFkeuring van de projecten?', null],
      ['right-to-left text', 'ما هو ميثاق الاندماج في فلاندرن؟ \u202Eטקסט הפוך\u202C', null],
      ['markdown', '**Wanneer** wordt _beslist_ over de ~~goedkeuring~~ van de `projecten`? > [link](https://example.com) # kop', null],
      ['@everyone', '@everyone @here Hoeveel projecten werden ingediend voor de AMIF-oproep?', null],
      ['role and channel mentions', '<@&123> <#123> <@1400000000000000001> Wanneer wordt beslist over de goedkeuring?', null],
      ['a code block', '```js\nconst projecten = await db.query("SELECT * FROM vragen");\n```', null],
      ['SQL-like junk', "' OR '1'='1'; DROP TABLE documenten; -- projecten", null],
      ['regex-like junk', '(a+)+$ .*? [^\\w]{2,} \\d{999} ^((?!x).)*$ (?<=y) \\', null],
    ];

    /** Nobody can be pinged: neutralised in the text, and allowed_mentions parse [] (checked by expectSound). */
    function expectNoPing(text: string): void {
      expect(text).not.toMatch(/@(everyone|here)/);
      expect(text).not.toMatch(/<@[!&]?\d+>|<#\d+>/);
    }

    it.each(cases)('/vraag with %s gets a clear reply', async (_label, tekst, expected) => {
      const x = h.slash('vraag', { tekst }, { userId: Harness.newUserId() });
      const m = await finish(h.fake, x);
      const text = messageText(m);
      expect(text.trim().length).toBeGreaterThan(0);
      expect(text).not.toMatch(CRASHED);
      if (expected) {
        expect(isEphemeral(m)).toBe(true);
        expect(text).toMatch(expected);
      } else {
        expect(embeds(m).length > 0 || NO_ANSWER.test(text), text).toBe(true);
      }
      expectNoPing(text);
    });

    it.each(cases)('an @mention with %s gets a clear reply', async (label, tekst, expected) => {
      const { reply, request } = await h.post({ content: `${h.mention} ${tekst}`, authorId: Harness.newUserId() });
      const text = messageText(reply);
      expect(text.trim().length).toBeGreaterThan(0);
      expect(text).not.toMatch(CRASHED);
      // Only whitespace after the mention: the help text. Invisible characters are no whitespace to the
      // mention parser, so they reach the query check ("leeg"); a message is capped at 2000 characters.
      if (label === 'whitespace only') expect(text).toMatch(/^Hallo! Ik beantwoord vragen/);
      else if (label === '6000 characters') expect(text).toMatch(/te lang \(5999 tekens; maximaal 2000\)/); // without the mention and its space
      else if (expected) expect(text).toMatch(expected);
      else expect(embeds(reply).length > 0 || NO_ANSWER.test(text), text).toBe(true);
      expectNoPing(text);
      expect(request.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
      expect(reply['mentions']).toEqual([]);
      expect(reply['mention_everyone']).toBe(false);
    });

    it('the markdown and @everyone questions are still answered from the corpus', async () => {
      const md = h.slash('vraag', { tekst: cases[7]![1] }, { userId: Harness.newUserId() });
      expect(embeds(await finish(h.fake, md))[0]!['title']).toContain('nr. 455');
      const everyone = h.slash('vraag', { tekst: cases[8]![1] }, { userId: Harness.newUserId() });
      const m = await finish(h.fake, everyone);
      expect(embeds(m).map((e) => e['title']).join()).toContain('nr. 455');
      expect(m['content']).toMatch(/^\*\*Vraag:\*\* Hoeveel projecten werden ingediend voor de AMIF-oproep\?/);
    });
  });

  describe('(g) /vraagnr with impossible numbers', () => {
    it.each([
      ['0', 0],
      ['-1', -1],
      ['-2^53', -(2 ** 53)],
      ['2^53', 2 ** 53],
      ['1e6 (over the maximum)', 1_000_000],
      ['4.5 (not an integer)', 4.5],
    ])('%s is rejected clearly', async (_label, nummer) => {
      const x = h.slash('vraagnr', { nummer });
      const m = await finish(h.fake, x);
      expect(isEphemeral(m)).toBe(true);
      expect(m['content']).toBe('Geef een vraagnummer van 1 tot 999999.');
    });

    it('an unknown number says it is not in the corpus', async () => {
      const x = h.slash('vraagnr', { nummer: 99999 });
      const m = await finish(h.fake, x);
      expect(m['content']).toMatch(/Vraag nr\. 99999 staat niet in het corpus/);
    });
  });

  describe('(h) forged button custom_ids', () => {
    it.each([
      ['unknown', 'hallo'],
      ['unknown action', 'ip1:zap:455.00000000'],
      ['old version', 'ip0:full:455.60d8d5ea'],
      ['too long', `ip1:full:${'9'.repeat(100)}`],
      ['bad document hash', 'ip1:full:455.ZZZZZZZZ'],
      ['question number 0', 'ip1:full:0.00000000'],
      ['extra parts', 'ip1:txt:455.00000000:1:2'],
      ['negative page', 'ip1:pg:455.00000000:-1'],
      ['page over the maximum', 'ip1:pg:455.00000000:1000'],
      ['malformed session', 'ip1:more:ABC:3'],
      ['bad vote', 'ip1:fb:abcdefghij:0:x'],
      ['offset over the maximum', 'ip1:more:abcdefghij:1001'],
    ])('%s → a clear ephemeral message', async (_label, customId) => {
      const x = h.button(customId);
      const m = await finish(h.fake, x);
      expect(isEphemeral(m)).toBe(true);
      expect(m['content']).toMatch(INVALID_BUTTON);
    });

    it('a document hash that belongs to another question number: "not in the index"', async () => {
      const [, hash] = doc455.split('.');
      for (const forged of [`ip1:full:1017.${hash}`, `ip1:pg:1017.${hash}:1`, `ip1:txt:1017.${hash}`, 'ip1:full:455.00000000']) {
        const x = h.button(forged);
        const m = await finish(h.fake, x);
        expect(isEphemeral(m)).toBe(true);
        expect(m['content']).toMatch(/staat niet \(meer\) in de index/);
      }
    });

    it('a valid id of another question simply opens that question', async () => {
      const x = h.button(`ip1:full:${doc1017}`);
      const m = await finish(h.fake, x);
      expect(embeds(m)[0]!['title']).toContain('nr. 1017');
    });

    it('a page out of range shows the last page', async () => {
      const x = h.button(`ip1:pg:${doc455}:999`);
      const m = await finish(h.fake, x);
      const footer = String(embeds(m)[0]!['footer']['text']);
      const [, page, total] = /^Pagina (\d+)\/(\d+)/.exec(footer)!;
      expect(page).toBe(total);
      expect(findButton(m, 'Volgende ▶')).toBeUndefined();
    });

    it('sessions that do not exist, and offsets without results', async () => {
      for (const forged of ['ip1:more:zzzzzzzzzz:3', 'ip1:fb:zzzzzzzzzz:0:u']) {
        const x = h.button(forged);
        expect((await finish(h.fake, x))['content']).toMatch(/Dit antwoord is verlopen/);
      }
      const session = /^ip1:fb:([0-9a-z]{10}):0:u$/.exec(String(findButton(answer, '👍')!['custom_id']))![1]!;
      const vote = h.button(`ip1:fb:${session}:999:u`);
      expect((await finish(h.fake, vote))['content']).toMatch(/Bij deze knop hoort geen antwoord meer/);
      const far = h.button(`ip1:more:${session}:1000`, undefined, { userId: Harness.newUserId() });
      const m = await finish(h.fake, far);
      expect(messageText(m)).not.toMatch(CRASHED);
      expect(messageText(m).trim().length).toBeGreaterThan(0);
    });
  });
});
