import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageHandler, mentionText } from '../../src/bot/dispatch/mentions.js';
import { InFlight } from '../../src/bot/state/inflight.js';
import { RateLimiter } from '../../src/bot/state/rate-limit.js';
import { tempIndex, type TempIndex } from './fixtures.js';
import { makeContext } from './stubs.js';

const BOT = '555555555555555555';
const USER = '100000000000000001';

let small: TempIndex;
beforeAll(async () => {
  small = await tempIndex('corpus');
});
afterAll(async () => {
  await small?.cleanup();
});

describe('mentionText', () => {
  it('removes the mentions that addressed the bot, keeps the question', () => {
    expect(mentionText(`<@${BOT}> Hoeveel projecten?`, BOT)).toBe('Hoeveel projecten?');
    expect(mentionText(`<@!${BOT}>   wat   nu`, BOT)).toBe('wat nu');
    expect(mentionText(`<@&42> vraag`, BOT, ['42'])).toBe('vraag');
    expect(mentionText(`<@${BOT}>`, BOT)).toBe('');
    expect(mentionText(`<@123> vraag`, BOT)).toBe('<@123> vraag');
  });
});

interface FakeMessage {
  replies: Record<string, unknown>[];
  [key: string]: unknown;
}

function fakeMessage(content: string, opts: { mentioned?: boolean; repliedTo?: string | null; bot?: boolean; reference?: boolean } = {}): FakeMessage {
  const replies: Record<string, unknown>[] = [];
  return {
    replies,
    id: '1',
    content,
    author: { id: USER, bot: opts.bot ?? false },
    member: null,
    inGuild: () => true,
    webhookId: null,
    system: false,
    client: { user: { id: BOT } },
    mentions: {
      users: new Map(opts.mentioned ? [[BOT, {}]] : []),
      roles: new Map(),
      repliedUser: opts.repliedTo ? { id: opts.repliedTo } : null,
    },
    reference: opts.reference || opts.repliedTo ? { messageId: '2' } : null,
    fetchReference: async () => ({ author: { id: opts.repliedTo ?? 'x' } }),
    reply: async (o: Record<string, unknown>) => {
      replies.push(o);
      return {};
    },
  };
}

async function setup(env: Record<string, string> = {}) {
  const ctx = await makeContext(small.index, env);
  return { ctx, handle: createMessageHandler(ctx, new InFlight()) };
}

const handler = async (env: Record<string, string> = {}) => (await setup(env)).handle;

describe('@mention handling', () => {
  it('answers "@bot <vraag>" as a reply with embeds and no pings', async () => {
    const handle = await handler();
    const m = fakeMessage(`<@${BOT}> Hoeveel projecten werden ingediend voor de AMIF-oproep?`, { mentioned: true });
    await handle(m as never);
    expect(m.replies).toHaveLength(1);
    const r = m.replies[0]!;
    expect(r.allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect((r.embeds as { title: string }[])[0]!.title).toMatch(/nr. 455/);
    expect(r.flags).toBeUndefined();
  });

  it('gives short help for a bare mention', async () => {
    const handle = await handler();
    const m = fakeMessage(`<@${BOT}>`, { mentioned: true });
    await handle(m as never);
    expect(String(m.replies[0]!.content)).toMatch(/Stel je vraag/);
  });

  it('treats a reply to the bot as a follow-up question', async () => {
    const handle = await handler();
    const m = fakeMessage('En wanneer wordt beslist over de goedkeuring van de projecten?', { repliedTo: BOT });
    await handle(m as never);
    expect((m.replies[0]!.embeds as unknown[]).length).toBeGreaterThan(0);
  });

  it('ignores bots, replies to others and messages without a mention', async () => {
    const handle = await handler();
    for (const m of [
      fakeMessage(`<@${BOT}> projecten`, { mentioned: true, bot: true }),
      fakeMessage('projecten', { repliedTo: '999' }),
      fakeMessage('projecten'),
      fakeMessage('@everyone projecten'),
    ]) {
      await handle(m as never);
      expect(m.replies).toEqual([]);
    }
  });

  it('refuses a mention beyond the limit by its precondition: one reply, no search, nobody pinged', async () => {
    const handle = await handler({ RATE_LIMIT_QUESTIONS: '1' });
    const a = fakeMessage(`<@${BOT}> Hoeveel projecten werden ingediend voor de AMIF-oproep?`, { mentioned: true });
    const b = fakeMessage(`<@${BOT}> Hoeveel projecten werden ingediend voor de AMIF-oproep?`, { mentioned: true });
    await handle(a as never);
    await handle(b as never);
    expect((a.replies[0]!.embeds as unknown[]).length).toBeGreaterThan(0);
    expect(b.replies).toHaveLength(1);
    expect(String(b.replies[0]!.content)).toMatch(/^Rustig aan: .*Probeer het over \d+ seconden opnieuw\.$/);
    expect(b.replies[0]!.embeds).toEqual([]);
    expect(b.replies[0]!.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  it('limits the help for a bare mention too', async () => {
    const { ctx, handle } = await setup();
    const limiter = new RateLimiter(1, 60_000);
    limiter.take(USER);
    ctx.rateLimits.replies = limiter;
    const m = fakeMessage(`<@${BOT}>`, { mentioned: true });
    await handle(m as never);
    expect(m.replies).toHaveLength(1);
    expect(String(m.replies[0]!.content)).toMatch(/^Rustig aan/);
  });
});
