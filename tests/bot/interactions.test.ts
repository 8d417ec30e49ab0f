import { readFile } from 'node:fs/promises';
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../src/bot/commands/index.js';
import { decodeCustomId } from '../../src/bot/dispatch/custom-id.js';
import { createInteractionHandler } from '../../src/bot/dispatch/interactions.js';
import { questionRateLimit, replyRateLimit } from '../../src/bot/dispatch/preconditions.js';
import type { BotContext } from '../../src/bot/state/context.js';
import { InFlight } from '../../src/bot/state/inflight.js';
import { RateLimiter } from '../../src/bot/state/rate-limit.js';
import type { ReindexDeps } from '../../src/bot/state/reindexer.js';
import type { IndexSummary } from '../../src/indexer.js';
import { useTempIndexes, type TempIndex } from './fixtures.js';
import { autocomplete, buttonPress, chatInput, isEphemeralReply, lastSent, makeContext, type Stub } from './stubs.js';

const temp = useTempIndexes();

async function setup(index = temp.small.index, env: Record<string, string> = {}, deps?: ReindexDeps) {
  const ctx = await makeContext(index, env, deps);
  const handle = createInteractionHandler(ctx, commands, new InFlight());
  return { ctx, run: (i: unknown) => handle(i as never) };
}

const buttonIds = (o: Record<string, unknown>) =>
  ((o.components ?? []) as { components: { custom_id?: string }[] }[]).flatMap((r) => r.components.map((b) => b.custom_id ?? ''));

describe('/vraag', () => {
  it('defers, then edits the reply with embeds, buttons and no mentions', async () => {
    const { run } = await setup();
    const i = chatInput('vraag', { tekst: 'Hoeveel projecten werden ingediend voor de AMIF-oproep?' });
    await run(i);
    expect(i.calls.map((c) => c.method)).toEqual(['deferReply', 'editReply']);
    const sent = lastSent(i);
    expect(sent.allowedMentions).toEqual({ parse: [], repliedUser: false });
    const embeds = sent.embeds as { title: string }[];
    expect(embeds[0]!.title).toMatch(/^Schriftelijke vraag nr. 455/);
    expect(buttonIds(sent).some((id) => id.startsWith('ip1:fb:'))).toBe(true);
  });

  it('answers an unusable query ephemerally without deferring', async () => {
    const { run } = await setup();
    const i = chatInput('vraag', { tekst: '?!' });
    await run(i);
    expect(i.calls.map((c) => c.method)).toEqual(['reply']);
    expect(isEphemeralReply(lastSent(i))).toBe(true);
  });

  it('refuses out-of-range options a client might forge', async () => {
    const { run } = await setup();
    for (const values of [{ tekst: 'projecten', aantal: 99 }, { tekst: 'projecten', jaar: 20180 }, { tekst: 'x'.repeat(1001) }]) {
      const i = chatInput('vraag', values);
      await run(i);
      expect(isEphemeralReply(lastSent(i))).toBe(true);
    }
  });

  it('rate-limits per user, politely and ephemerally', async () => {
    const { run } = await setup(temp.small.index, { RATE_LIMIT_QUESTIONS: '2', RATE_LIMIT_WINDOW_SECONDS: '60' });
    for (let n = 0; n < 2; n++) await run(chatInput('vraag', { tekst: 'projecten' }));
    const third = chatInput('vraag', { tekst: 'projecten' });
    await run(third);
    expect(third.calls.map((c) => c.method)).toEqual(['reply']);
    expect(isEphemeralReply(lastSent(third))).toBe(true);
    expect(String(lastSent(third).content)).toMatch(/Probeer het over \d+ seconden opnieuw/);
    const other = chatInput('vraag', { tekst: 'projecten' }, { user: { id: '200000000000000002' } });
    await run(other);
    expect(other.calls[0]!.method).toBe('deferReply');
  });

  it('pages with "Meer resultaten" and records feedback without user ids', async () => {
    const { run, ctx } = await setup(temp.many.index);
    const first = chatInput('vraag', { tekst: 'inburgering', aantal: 1 });
    await run(first);
    const ids = buttonIds(lastSent(first));
    const more = ids.find((id) => id.startsWith('ip1:more:'));
    expect(more, JSON.stringify(ids)).toBeDefined();

    const next = buttonPress(more!);
    await run(next);
    expect(next.calls.map((c) => c.method)).toEqual(['deferReply', 'editReply']);
    expect(String(lastSent(next).content)).toMatch(/Resultaten 2–2/);

    const up = buttonPress(ids.find((id) => id.endsWith(':u'))!);
    await run(up);
    expect(isEphemeralReply(lastSent(up))).toBe(true);
    expect(String(lastSent(up).content)).toMatch(/Bedankt/);
    const again = buttonPress(ids.find((id) => id.endsWith(':d'))!);
    await run(again);
    expect(String(lastSent(again).content)).toMatch(/al je mening gegeven/);

    const lines = (await readFile(ctx.feedbackFile, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0]!);
    expect(Object.keys(record)).toEqual(['query', 'questionNumber', 'item', 'vote', 'time']);
    expect(record).toMatchObject({ query: 'inburgering', vote: 'up' });
    expect(lines[0]).not.toContain('100000000000000001');
  });

  it('says "verlopen" for a session it no longer knows', async () => {
    const { run } = await setup();
    for (const id of ['ip1:more:zzzzzzzzzz:3', 'ip1:fb:zzzzzzzzzz:0:u']) {
      const i = buttonPress(id);
      await run(i);
      expect(isEphemeralReply(lastSent(i))).toBe(true);
      expect(String(lastSent(i).content)).toMatch(/verlopen/);
    }
  });

  it('autocompletes questioners', async () => {
    const { run } = await setup();
    const a = autocomplete('vraag', { name: 'vraagsteller', value: 'kher' });
    await run(a);
    expect(a.choices).toEqual([{ name: 'Yasmine Kherbache', value: 'Yasmine Kherbache' }]);
  });
});

describe('buttons', () => {
  it('answers forged and malformed ids with a clear ephemeral message', async () => {
    const { run } = await setup();
    for (const id of ['', 'hack', 'ip1:full:455.zzzzzzzz', 'ip1:pg:455.60d8d5ea:99999', 'ip9:full:455.60d8d5ea', 'x'.repeat(200)]) {
      const i = buttonPress(id);
      await run(i);
      expect(i.calls.map((c) => c.method)).toEqual(['reply']);
      expect(isEphemeralReply(lastSent(i))).toBe(true);
      expect(String(lastSent(i).content)).toMatch(/knop is ongeldig/);
    }
  });

  it('opens the full text ephemerally, turns pages in place and attaches a .txt', async () => {
    const { run } = await setup();
    const ask = chatInput('vraag', { tekst: 'Hoeveel projecten werden ingediend voor de AMIF-oproep?' });
    await run(ask);
    const full = buttonIds(lastSent(ask)).find((id) => id.startsWith('ip1:full:'))!;

    const open = buttonPress(full);
    await run(open);
    const opened = lastSent(open);
    expect(isEphemeralReply(opened)).toBe(true);
    const next = buttonIds(opened).find((id) => id.startsWith('ip1:pg:'))!;
    expect(decodeCustomId(next)).toMatchObject({ ok: true, id: { page: 1 } });

    const turn = buttonPress(next);
    await run(turn);
    expect(turn.calls.map((c) => c.method)).toEqual(['update']);
    expect(String((lastSent(turn).embeds as { footer: { text: string } }[])[0]!.footer.text)).toMatch(/^Pagina 2\//);

    const txt = buttonPress(buttonIds(opened).find((id) => id.startsWith('ip1:txt:'))!);
    await run(txt);
    const files = lastSent(txt).files as { name: string; attachment: Buffer }[];
    expect(files[0]!.name).toBe('schriftelijke-vraag-455.txt');
    expect(files[0]!.attachment.toString()).toContain('Hoeveel projecten werden ingediend?');
  });

  it('says so when the document is no longer in the index', async () => {
    const { run } = await setup();
    const i = buttonPress('ip1:full:455.00000000');
    await run(i);
    expect(String(lastSent(i).content)).toMatch(/niet \(meer\) in de index/);
  });
});

describe('rate limit on every reply path, by precondition', () => {
  const USER = '100000000000000001';
  /** A limiter this user has already used up. */
  const spent = () => {
    const limiter = new RateLimiter(1, 60_000);
    limiter.take(USER);
    return limiter;
  };
  const refusedPolitely = (stub: Stub) => {
    expect(stub.calls.map((c) => c.method)).toEqual(['reply']);
    expect(isEphemeralReply(lastSent(stub))).toBe(true);
    expect(lastSent(stub).allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(String(lastSent(stub).content)).toMatch(/^Rustig aan: .*Probeer het over \d+ seconden opnieuw\.$/);
  };

  it('refuses every button beyond the limit before its handler runs', async () => {
    const { run, ctx } = await setup(temp.many.index);
    const asked = chatInput('vraag', { tekst: 'inburgering', aantal: 1 });
    await run(asked);
    const answerIds = buttonIds(lastSent(asked));
    const open = buttonPress(answerIds.find((id) => id.startsWith('ip1:full:'))!);
    await run(open);
    // A one-page text has no page buttons; page 0 of it is a valid id all the same.
    const full = answerIds.find((id) => id.startsWith('ip1:full:'))!;
    const ids = [...answerIds, ...buttonIds(lastSent(open)), full.replace(':full:', ':pg:') + ':0'];
    const actions = ['more', 'fb', 'full', 'pg', 'txt'];
    expect(actions.every((a) => ids.some((id) => id.startsWith(`ip1:${a}:`))), JSON.stringify(ids)).toBe(true);

    ctx.rateLimits = { questions: spent(), replies: spent() };
    for (const action of actions) {
      const press = buttonPress(ids.find((id) => id.startsWith(`ip1:${action}:`))!);
      await run(press);
      refusedPolitely(press);
    }
    await expect(readFile(ctx.feedbackFile, 'utf8')).rejects.toThrow(); // no vote was written
  });

  it('"Meer resultaten" spends a question; showing stored text spends the lighter budget', async () => {
    const { run } = await setup(temp.many.index, { RATE_LIMIT_QUESTIONS: '1', RATE_LIMIT_WINDOW_SECONDS: '60' });
    const asked = chatInput('vraag', { tekst: 'inburgering', aantal: 1 });
    await run(asked);
    const ids = buttonIds(lastSent(asked));
    const more = buttonPress(ids.find((id) => id.startsWith('ip1:more:'))!);
    await run(more);
    refusedPolitely(more);
    const open = buttonPress(ids.find((id) => id.startsWith('ip1:full:'))!);
    await run(open);
    expect(String((lastSent(open).embeds as { title: string }[])[0]!.title)).toMatch(/^Schriftelijke vraag nr\./);
  });

  it('answers autocomplete beyond the limit with no choices (it cannot show a message), other users unaffected', async () => {
    const { run } = await setup(temp.small.index, { RATE_LIMIT_QUESTIONS: '1', RATE_LIMIT_WINDOW_SECONDS: '60' });
    // One question's worth of budget still leaves room for typing: ten requests pass.
    for (let n = 0; n < 10; n++) {
      const a = autocomplete('vraag', { name: 'vraagsteller', value: 'kher' });
      await run(a);
      expect(a.choices).toHaveLength(1);
    }
    for (const a of [autocomplete('vraag', { name: 'vraagsteller', value: 'kher' }), autocomplete('vraagnr', { name: 'nummer', value: '455' })]) {
      await run(a);
      expect(a.choices).toEqual([]);
    }
    const other = autocomplete('vraag', { name: 'vraagsteller', value: 'kher' });
    other.user = { id: '200000000000000002' };
    await run(other);
    expect(other.choices).toHaveLength(1);
  });

  it('refuses /vraagnr and /status beyond the limit too', async () => {
    const { run, ctx } = await setup();
    ctx.rateLimits.replies = spent();
    for (const i of [chatInput('vraagnr', { nummer: 455 }), chatInput('status', {})]) {
      await run(i);
      refusedPolitely(i);
    }
  });

  it('every command, autocomplete and button declares a rate limit beside its handler', () => {
    const limits = [questionRateLimit, replyRateLimit];
    const declares = (h: { preconditions: readonly unknown[] }) => h.preconditions.some((p) => limits.includes(p as never));
    for (const c of commands) {
      expect(declares(c), `/${c.data.name}`).toBe(true);
      if (c.autocomplete) expect(declares(c.autocomplete), `/${c.data.name} autocomplete`).toBe(true);
      for (const [action, handler] of Object.entries(c.buttons ?? {})) expect(declares(handler!), `button ${action}`).toBe(true);
    }
  });
});

describe('/vraagnr', () => {
  it('shows a known question publicly', async () => {
    const { run } = await setup();
    const i = chatInput('vraagnr', { nummer: 455 });
    await run(i);
    const sent = lastSent(i);
    expect(isEphemeralReply(sent)).toBe(false);
    expect((sent.embeds as { title: string }[])[0]!.title).toMatch(/nr. 455/);
  });

  it.each([0, -3, 2 ** 53, 1_000_000, 12345])('answers %d clearly and ephemerally', async (nummer) => {
    const { run } = await setup();
    const i = chatInput('vraagnr', { nummer });
    await run(i);
    expect(isEphemeralReply(lastSent(i))).toBe(true);
    expect(String(lastSent(i).content)).toMatch(/vraagnummer van 1 tot 999999|staat niet in het corpus/);
  });

  it('autocompletes by digits and by words', async () => {
    const { run } = await setup(temp.many.index);
    const digits = autocomplete('vraagnr', { name: 'nummer', value: '100' });
    await run(digits);
    expect((digits.choices as { value: number }[]).every((c) => String(c.value).startsWith('100'))).toBe(true);
    const words = autocomplete('vraagnr', { name: 'nummer', value: 'wachtlijsten' });
    await run(words);
    expect((words.choices as unknown[]).length).toBeGreaterThan(0);
  });
});

describe('/herindexeer', () => {
  const summary = (): IndexSummary => ({
    generation: 'gen-new',
    documents: 1,
    added: ['nieuw.txt'],
    changed: [],
    unchanged: 0,
    removed: [],
    skipped: [{ file: 'kapot.pdf', reason: 'pdf-without-text', detail: 'PDF zonder tekstlaag' }],
    warnings: [],
    chunks: 8,
    embeddedChunks: 0,
    mode: 'keyword',
    model: null,
    modelUnavailable: null,
    fullRebuild: false,
    seconds: 0.5,
  });

  function fakeDeps(gate: Promise<void>, index: TempIndex['index']): ReindexDeps {
    return {
      buildIndex: async (_config, options) => {
        options.onProgress?.({ phase: 'read', done: 1, total: 1 });
        await gate;
        return summary();
      },
      loadIndex: async () => ({ ...index, generation: 'gen-new' }),
      queryEmbedder: async () => ({ embedder: null, problem: null }),
      loadEmbedder: () => async () => ({ ok: false, reason: 'test' }),
    };
  }

  const admin = { memberPermissions: { bitfield: PermissionFlagsBits.ManageGuild } };

  it('refuses non-admins at run time even if Discord let them through', async () => {
    const { run, ctx } = await setup();
    const i = chatInput('herindexeer', {});
    await run(i);
    expect(i.calls.map((c) => c.method)).toEqual(['reply']);
    expect(isEphemeralReply(lastSent(i))).toBe(true);
    expect(String(lastSent(i).content)).toMatch(/Alleen beheerders/);
    expect(ctx.reindexer.running).toBe(false);
  });

  it('accepts an ADMIN_ROLE_IDS role', async () => {
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const { run, ctx } = await setup(temp.small.index, { ADMIN_ROLE_IDS: '777' }, fakeDeps(gate, temp.small.index));
    const i = chatInput('herindexeer', {}, { member: { roles: ['777'] } });
    const done = run(i);
    await new Promise((r) => setTimeout(r, 10));
    expect(ctx.reindexer.running).toBe(true);
    open();
    await done;
    expect(String(lastSent(i).content)).toMatch(/Herindexering klaar/);
  });

  it('keeps serving the old index while it runs, refuses a second run, then swaps', async () => {
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const { run, ctx } = await setup(temp.small.index, {}, fakeDeps(gate, temp.small.index));
    const before = ctx.holder.current;
    const first = chatInput('herindexeer', {}, admin);
    const running = run(first);
    await new Promise((r) => setTimeout(r, 10));

    const second = chatInput('herindexeer', {}, admin);
    await run(second);
    expect(String(lastSent(second).content)).toBe('Er loopt al een herindexering.');
    expect(isEphemeralReply(lastSent(second))).toBe(true);

    // Questions are still answered from the old index.
    const q = chatInput('vraag', { tekst: 'projecten AMIF' });
    await run(q);
    expect(q.calls.map((c) => c.method)).toEqual(['deferReply', 'editReply']);
    expect(ctx.holder.current).toBe(before);

    open();
    await running;
    expect(ctx.holder.current).not.toBe(before);
    expect(ctx.holder.current.index.generation).toBe('gen-new');
    const final = String(lastSent(first).content);
    expect(final).toMatch(/Herindexering klaar/);
    expect(final).toMatch(/nieuw 1/);
    expect(final).toMatch(/kapot\.pdf — PDF zonder tekstlaag \(pdf-without-text\)/);
  });

  it('posts the summary in the channel when the reindex outlived the interaction token (15 minutes)', async () => {
    const { run, ctx } = await setup(temp.small.index, {}, fakeDeps(Promise.resolve(), temp.small.index));
    const posted: Record<string, unknown>[] = [];
    // The interaction is 16 minutes old by the time the summary is ready: its reply can no longer be edited.
    const i = chatInput('herindexeer', {}, { ...admin, createdTimestamp: ctx.now() - 16 * 60_000, channel: { send: async (o: Record<string, unknown>) => posted.push(o) } });
    await run(i);
    expect(i.calls.map((c) => c.method)).toEqual(['deferReply']);
    expect(posted).toHaveLength(1);
    expect(String(posted[0]!.content)).toMatch(/Herindexering klaar/);
    expect(posted[0]!.allowedMentions).toEqual({ parse: [] });
  });

  it('reports a failure and keeps the old index', async () => {
    const deps: ReindexDeps = {
      buildIndex: async () => {
        throw Object.assign(new Error("EACCES: permission denied, open '/srv/ipbot/index/x'"), { code: 'EACCES', path: '/srv/ipbot/index/x' });
      },
      loadIndex: async () => {
        throw new Error('not reached');
      },
      queryEmbedder: async () => ({ embedder: null, problem: null }),
      loadEmbedder: () => async () => ({ ok: false, reason: 'test' }),
    };
    const { run, ctx } = await setup(temp.small.index, {}, deps);
    const before = ctx.holder.current;
    const i = chatInput('herindexeer', {}, admin);
    await run(i);
    // The admin reads a short reason; the path is only in the log.
    expect(String(lastSent(i).content)).toMatch(/Herindexering mislukt: geen schrijfrechten voor de indexmap\./);
    expect(String(lastSent(i).content)).not.toContain('/srv/ipbot');
    expect(ctx.log.lines.some((l) => l.startsWith('error Herindexering mislukt: geen schrijfrechten voor /srv/ipbot/index/x.'))).toBe(true);
    expect(String(lastSent(i).content)).toMatch(/vorige index blijft actief/);
    expect(ctx.holder.current).toBe(before);
  });
});

describe('/status', () => {
  it('shows documents, passages, mode, model, last indexed, version and uptime', async () => {
    const { run } = await setup();
    const i = chatInput('status', {});
    await run(i);
    const embed = (lastSent(i).embeds as { fields: { name: string; value: string }[] }[])[0]!;
    const fields = Object.fromEntries(embed.fields.map((f) => [f.name, f.value]));
    expect(fields.Documenten).toBe('1');
    expect(Number(fields.Passages)).toBeGreaterThan(0);
    expect(fields.Zoekmodus).toMatch(/alleen trefwoorden/);
    expect(fields.Model).toMatch(/geen/);
    expect(fields['Laatst geïndexeerd']).toMatch(/<t:\d+:f>/);
    expect(fields.Versie).toBe('0.1.0-test');
    expect(fields.Uptime).toMatch(/\d+ s/);
  });
});

describe('failures', () => {
  it('turns an exception into an ephemeral "fout-id" reply and a log line with the same id', async () => {
    const { ctx } = await setup();
    const broken = { ...commands[3]!, execute: async () => Promise.reject(new Error('kapot')) };
    const handle = createInteractionHandler(ctx as BotContext, [broken], new InFlight());
    const i = chatInput('status', {});
    await handle(i as never);
    const content = String(lastSent(i).content);
    const id = /fout-id ([A-Z0-9]{4})/.exec(content)?.[1];
    expect(id).toBeDefined();
    expect(isEphemeralReply(lastSent(i))).toBe(true);
    expect(ctx.log.lines.some((l) => l.startsWith('error') && l.includes(id!) && l.includes('kapot'))).toBe(true);
  });

  it('after a public defer, the error replaces the "thinking…" placeholder (a follow-up would become that placeholder and be deleted)', async () => {
    const { ctx } = await setup();
    const broken = {
      ...commands[3]!,
      execute: async (i: { deferReply: () => Promise<unknown> }) => {
        await i.deferReply();
        throw new Error('na uitstel');
      },
    };
    const handle = createInteractionHandler(ctx as BotContext, [broken as never], new InFlight());
    const i = chatInput('status', {});
    await handle(i as never);
    expect(i.calls.map((c) => c.method)).toEqual(['deferReply', 'editReply']);
    expect(String(i.calls[1]!.options!.content)).toMatch(/fout-id [A-Z0-9]{4}/);
  });

  it('a failing autocomplete answers with no choices', async () => {
    const { ctx } = await setup();
    const broken = { ...commands[0]!, autocomplete: { preconditions: [], run: async () => Promise.reject(new Error('x')) } };
    const handle = createInteractionHandler(ctx as BotContext, [broken], new InFlight());
    const a = autocomplete('vraag', { name: 'vraagsteller', value: 'a' });
    await handle(a as never);
    expect(a.choices).toEqual([]);
  });

  it('refuses new work while stopping', async () => {
    const { run, ctx } = await setup();
    ctx.stopping = true;
    const i: Stub = chatInput('vraag', { tekst: 'projecten' });
    await run(i);
    expect(isEphemeralReply(lastSent(i))).toBe(true);
    expect(String(lastSent(i).content)).toMatch(/herstart/);
  });
});
