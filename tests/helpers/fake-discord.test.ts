/**
 * Smoke tests for the FakeDiscord test double: a real discord.js v14 Client, in-process, talks to it.
 */
import { once } from 'node:events';
import {
  ApplicationCommandOptionType,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  MessageFlags,
  PermissionFlagsBits,
  type ClientOptions,
  type Interaction,
  type Message,
} from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeDiscord, MANAGE_GUILD_PERMISSIONS, type FakeDiscordOptions } from './fake-discord/index.js';

const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.fake.token-for-tests';

let fake: FakeDiscord | undefined;
let client: Client | undefined;

afterEach(async () => {
  await client?.destroy();
  await fake?.stop();
  client = undefined;
  fake = undefined;
});

function makeClient(f: FakeDiscord, extra: Partial<ClientOptions> = {}): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    rest: { api: f.apiUrl },
    ...extra,
  });
}

async function setup(
  opts: FakeDiscordOptions = {},
  clientOpts: Partial<ClientOptions> = {},
): Promise<{ fake: FakeDiscord; client: Client }> {
  const f = new FakeDiscord({ token: TOKEN, ...opts });
  await f.start();
  fake = f;
  const c = makeClient(f, clientOpts);
  client = c;
  const ready = once(c, Events.ClientReady);
  await c.login(TOKEN);
  await ready;
  await f.waitForReady();
  return { fake: f, client: c };
}

function nextInteraction(c: Client): Promise<Interaction> {
  return once(c, Events.InteractionCreate).then(([i]) => i as Interaction);
}

function nextMessage(c: Client, filter: (m: Message) => boolean = () => true): Promise<Message> {
  return new Promise((resolve) => {
    const on = (m: Message): void => {
      if (!filter(m)) return;
      c.off(Events.MessageCreate, on);
      resolve(m);
    };
    c.on(Events.MessageCreate, on);
  });
}

describe('FakeDiscord + real discord.js Client', () => {
  it('logs in: GET /gateway/bot, plain-JSON gateway, READY with the bot user and GUILD_CREATE', async () => {
    const { fake, client } = await setup();
    expect(client.user?.id).toBe(fake.botUserId);
    expect(client.user?.bot).toBe(true);
    expect(client.application?.id).toBe(fake.applicationId);
    expect(client.guilds.cache.get(fake.guildId)?.name).toBe('Testserver');
    expect(client.channels.cache.get(fake.channelId)?.isTextBased()).toBe(true);

    // The only REST call discord.js makes at login.
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /gateway/bot']);
    expect(fake.requests[0]?.headers['authorization']).toBe(`Bot ${TOKEN}`);

    const open = fake.gatewayLog.find((e) => e.event === 'open');
    expect(open?.query).toEqual({ v: '10', encoding: 'json' }); // no compress=zlib-stream
    const identify = fake.gatewayLog.find((e) => e.direction === 'in' && e.op === 2);
    expect(identify?.d).toMatchObject({ intents: 513, compress: false, shard: [0, 1] });
    const dispatches = fake.gatewayLog.filter((e) => e.direction === 'out' && e.op === 0);
    expect(dispatches.map((e) => [e.t, e.s])).toEqual([
      ['READY', 1],
      ['GUILD_CREATE', 2],
    ]);
  });

  it('chat input: deferReply + editReply are recorded with paths and bodies', async () => {
    const { fake, client } = await setup();
    const got = nextInteraction(client);
    const ix = fake.sendChatInput({
      name: 'vraag',
      options: [{ name: 'tekst', type: 3, value: 'Wat is het Integratiepact?' }],
      locale: 'nl',
    });
    const interaction = await got;
    if (!interaction.isChatInputCommand()) throw new Error(`expected chat input, got type ${interaction.type}`);
    expect(interaction.commandName).toBe('vraag');
    expect(interaction.options.getString('tekst', true)).toBe('Wat is het Integratiepact?');
    expect(interaction.user.id).toBe(fake.userId);
    expect(interaction.guildId).toBe(fake.guildId);
    expect(interaction.channelId).toBe(fake.channelId);
    expect(interaction.locale).toBe('nl');
    expect(interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)).toBe(false);

    await interaction.deferReply();
    await interaction.editReply({
      content: 'Antwoord',
      embeds: [{ title: 'Bron', description: 'Schriftelijke vraag 123' }],
    });

    const first = await ix.callback;
    expect(first.callbackType).toBe(5);
    expect(first.path).toBe(`/interactions/${ix.id}/${ix.token}/callback`);
    expect(first.request.query).toEqual({ with_response: 'false' });
    expect(first.request.headers['authorization']).toBeUndefined(); // discord.js sends callbacks with auth: false

    const responses = fake.interactionResponses(ix.id);
    expect(responses.map((r) => r.kind)).toEqual(['callback', 'edit']);
    const edit = responses[1];
    expect(edit?.path).toBe(`/webhooks/${fake.applicationId}/${ix.token}/messages/@original`);
    expect(edit?.method).toBe('PATCH');
    expect(edit?.body).toMatchObject({
      content: 'Antwoord',
      embeds: [{ title: 'Bron', description: 'Schriftelijke vraag 123' }],
    });
    expect(edit?.message?.['flags'] ?? 0).toBe(0); // LOADING flag cleared by the edit
    expect((edit?.at ?? 0) >= first.at).toBe(true);
  });

  it('chat input with map options, Manage Guild permission and a follow-up', async () => {
    const { fake, client } = await setup();
    const got = nextInteraction(client);
    const ix = fake.sendChatInput({ name: 'beheer', options: { aantal: 3 }, permissions: MANAGE_GUILD_PERMISSIONS });
    const interaction = await got;
    if (!interaction.isChatInputCommand()) throw new Error('expected chat input');
    expect(interaction.options.getInteger('aantal')).toBe(3);
    expect(interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)).toBe(true);
    await interaction.reply({ content: 'ok', withResponse: true }).then((r) => {
      expect(r.interaction.responseMessageId).toBeTruthy();
      expect(r.resource?.message?.content).toBe('ok');
    });
    const follow = await interaction.followUp({ content: 'meer', flags: MessageFlags.Ephemeral });
    expect(follow.flags.has(MessageFlags.Ephemeral)).toBe(true);
    const kinds = fake.interactionResponses(ix.id).map((r) => [r.kind, r.callbackType ?? null, r.ephemeral, r.withResponse]);
    expect(kinds).toEqual([
      ['callback', 4, false, true],
      ['followup', null, true, true],
    ]);
  });

  it('autocomplete: respond([...]) is recorded as callback type 8', async () => {
    const { fake, client } = await setup();
    const got = nextInteraction(client);
    const ix = fake.sendAutocomplete({ name: 'vraag', options: [{ name: 'tekst', type: 3, value: 'inbu', focused: true }] });
    const interaction = await got;
    if (!interaction.isAutocomplete()) throw new Error('expected autocomplete');
    expect(interaction.options.getFocused(true)).toMatchObject({ name: 'tekst', value: 'inbu' });
    await interaction.respond([
      { name: 'inburgering', value: 'inburgering' },
      { name: 'inburgeringsplicht', value: 'inburgeringsplicht' },
    ]);
    const cb = await ix.callback;
    expect(cb.callbackType).toBe(8);
    expect(cb.data).toEqual({
      choices: [
        { name: 'inburgering', value: 'inburgering' },
        { name: 'inburgeringsplicht', value: 'inburgeringsplicht' },
      ],
    });
  });

  it('buttons: update() edits the source message; reply with the ephemeral flag (64)', async () => {
    const { fake, client } = await setup();

    let got = nextInteraction(client);
    const b1 = fake.sendButton({ customId: 'fb:up:abc' });
    let interaction = await got;
    if (!interaction.isButton()) throw new Error('expected button');
    expect(interaction.customId).toBe('fb:up:abc');
    expect(interaction.message.author.id).toBe(fake.botUserId);
    await interaction.update({ content: 'Bedankt voor je feedback', components: [] });
    const upd = await b1.callback;
    expect(upd.callbackType).toBe(7);
    expect(upd.data).toMatchObject({ content: 'Bedankt voor je feedback', components: [] });
    const sourceId = b1.payload['message']['id'] as string;
    expect(fake.getMessage(sourceId)?.['content']).toBe('Bedankt voor je feedback');

    got = nextInteraction(client);
    const b2 = fake.sendButton({ customId: 'fb:down:abc', messageId: sourceId, userId: '1400000000000000099' });
    interaction = await got;
    if (!interaction.isButton()) throw new Error('expected button');
    expect(interaction.user.id).toBe('1400000000000000099');
    await interaction.reply({ content: 'Alleen voor jou', flags: MessageFlags.Ephemeral });
    const eph = await b2.callback;
    expect(eph.callbackType).toBe(4);
    expect(eph.data).toMatchObject({ content: 'Alleen voor jou', flags: 64 });
    expect(eph.ephemeral).toBe(true);
  });

  it('MESSAGE_CREATE with a bot mention → message.reply() posts with message_reference; attachments are parsed', async () => {
    const { fake, client } = await setup();
    const got = nextMessage(client, (m) => !m.author.bot);
    const sent = fake.sendMessageCreate({ content: `<@${fake.botUserId}> wat zegt het pact over taal?` });
    const message = await got;
    expect(message.id).toBe(sent['id']);
    expect(message.content).toBe(`<@${fake.botUserId}> wat zegt het pact over taal?`);
    expect(client.user && message.mentions.has(client.user)).toBe(true);

    const reply = await message.reply('Zie schriftelijke vraag 42.');
    expect(reply.reference?.messageId).toBe(sent['id']);
    const posts = fake.channelMessages(fake.channelId);
    expect(posts).toHaveLength(1);
    expect(posts[0]?.request.path).toBe(`/channels/${fake.channelId}/messages`);
    expect(posts[0]?.body).toMatchObject({
      content: 'Zie schriftelijke vraag 42.',
      message_reference: { message_id: sent['id'] },
    });
    expect(posts[0]?.message['type']).toBe(19);

    await message.reply({ content: 'bijlage', files: [{ attachment: Buffer.from('x'), name: 'a.txt' }] });
    const withFile = fake.channelMessages()[1];
    expect(withFile?.request.multipart).toBe(true);
    expect(withFile?.body).toMatchObject({ content: 'bijlage', attachments: [{ id: '0' }] });
    expect(withFile?.files).toHaveLength(1);
    expect(withFile?.files[0]).toMatchObject({ field: 'files[0]', name: 'a.txt', text: 'x', size: 1 });
    expect(withFile?.message['attachments'][0]).toMatchObject({ filename: 'a.txt', size: 1 });
  });

  it('without the MESSAGE_CONTENT intent, non-mentioning messages arrive with empty content', async () => {
    const { fake, client } = await setup();
    const got = nextMessage(client, (m) => !m.author.bot);
    fake.sendMessageCreate({ content: 'gewoon een bericht' });
    const message = await got;
    expect(message.content).toBe('');
    expect(client.user && message.mentions.has(client.user)).toBe(false);
  });

  it('dropConnection() → the client resumes (events sent meanwhile are replayed) and handles the next interaction', async () => {
    const { fake, client } = await setup();
    for (const code of [undefined, 4000]) {
      fake.dropConnection(code);
      // Sent while the client is disconnected: buffered and replayed on RESUME.
      const got = nextInteraction(client);
      const ix = fake.sendChatInput({ name: 'vraag', options: { tekst: `na ${code ?? 1006}` } });
      const ready = await fake.waitForReady(4_000);
      expect(ready.kind).toBe('resume');
      const interaction = await got;
      if (!interaction.isChatInputCommand()) throw new Error('expected chat input');
      expect(interaction.options.getString('tekst')).toBe(`na ${code ?? 1006}`);
      await interaction.reply('nog steeds hier');
      expect((await ix.callback).callbackType).toBe(4);
    }
    const opens = fake.gatewayLog.filter((e) => e.event === 'open');
    expect(opens.map((e) => e.path)).toEqual(['/', '/resume', '/resume']); // resume_gateway_url is used
    expect(fake.gatewayLog.filter((e) => e.event === 'identify')).toHaveLength(1);
  });

  it('a non-resumable INVALID_SESSION makes the client re-identify (identify throttle disabled)', async () => {
    const { fake, client } = await setup(
      {},
      { ws: { buildIdentifyThrottler: async () => ({ waitForIdentify: async () => {} }) } },
    );
    fake.invalidateSession(false);
    await fake.waitForGateway((e) => e.event === 'identify' && e.connectionId === 2, 4_000);
    const ready = await fake.waitForReady();
    expect(ready.kind).toBe('identify');
    const got = nextInteraction(client);
    fake.sendChatInput({ name: 'vraag' });
    expect((await got).isChatInputCommand()).toBe(true);
  });

  it('a 429 on the webhook PATCH is retried by discord.js and the edit arrives', async () => {
    const { fake, client } = await setup();
    const fault = fake.failNext({ method: 'PATCH', path: '/webhooks/:app/:token/messages/@original', status: 429, retryAfter: 0.2 });
    const got = nextInteraction(client);
    const ix = fake.sendChatInput({ name: 'vraag', options: { tekst: 'x' } });
    const interaction = await got;
    if (!interaction.isChatInputCommand()) throw new Error('expected chat input');
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const started = Date.now();
    await interaction.editReply({ content: 'na rate limit' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    expect(fault.remaining).toBe(0);
    expect(fault.hits).toHaveLength(1);
    expect(fault.hits[0]?.status).toBe(429);
    const edits = fake.interactionResponses(ix.id).filter((r) => r.kind === 'edit');
    expect(edits).toHaveLength(1);
    expect(edits[0]?.body).toMatchObject({ content: 'na rate limit' });
    expect(edits[0]?.ephemeral).toBe(true);
    const patches = fake.requests.filter((r) => r.method === 'PATCH');
    expect(patches.map((r) => r.status)).toEqual([429, 200]);
  });

  it('a 500 on a channel POST is retried; Discord limits are enforced (empty message, 2000 chars, double ack)', async () => {
    const { fake, client } = await setup();
    fake.failNext({ method: 'POST', path: '/channels/:id/messages', status: 500 });
    const channel = client.channels.cache.get(fake.channelId);
    if (!channel?.isSendable()) throw new Error('channel not sendable');
    await channel.send('hallo');
    expect(fake.requests.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([500, 200]);

    const tooLong = await channel.send('x'.repeat(2001)).catch((e: unknown) => e);
    expect(tooLong).toBeInstanceOf(DiscordAPIError);
    expect((tooLong as DiscordAPIError).code).toBe(50035);

    const got = nextInteraction(client);
    fake.sendChatInput({ name: 'vraag' });
    const interaction = await got;
    if (!interaction.isChatInputCommand()) throw new Error('expected chat input');
    await interaction.deferReply();
    const empty = await interaction.editReply({ content: '' }).catch((e: unknown) => e);
    expect((empty as DiscordAPIError).code).toBe(50006);
    interaction.deferred = false; // force a second callback past discord.js' own guard
    const twice = await interaction.deferReply().catch((e: unknown) => e);
    expect((twice as DiscordAPIError).code).toBe(40060);
  });

  it('a callback after the interaction deadline gets 10062 Unknown interaction', async () => {
    const { fake, client } = await setup({ interactionDeadlineMs: 50 });
    const got = nextInteraction(client);
    const ix = fake.sendChatInput({ name: 'vraag' });
    const interaction = await got;
    if (!interaction.isChatInputCommand()) throw new Error('expected chat input');
    await new Promise((r) => setTimeout(r, 120));
    const err = await interaction.deferReply().catch((e: unknown) => e);
    expect((err as DiscordAPIError).code).toBe(10062);
    expect(fake.interactionResponses(ix.id)).toEqual([]);
  });

  it('registers commands (PUT guild commands) and uses their ids in interactions', async () => {
    const { fake, client } = await setup();
    const created = await client.application!.commands.set(
      [
        {
          name: 'vraag',
          description: 'Stel een vraag',
          options: [{ name: 'tekst', description: 'Je vraag', type: ApplicationCommandOptionType.String, required: true, autocomplete: true }],
        },
      ],
      fake.guildId,
    );
    const stored = fake.commands(fake.guildId);
    expect(stored).toHaveLength(1);
    expect(created.first()?.id).toBe(stored[0]?.['id']);
    expect(fake.requests.at(-1)?.route).toBe('PUT /applications/:appId/guilds/:guildId/commands');

    const got = nextInteraction(client);
    fake.sendChatInput({ name: 'vraag', options: { tekst: 'hoi' } });
    const interaction = await got;
    if (!interaction.isChatInputCommand()) throw new Error('expected chat input');
    expect(interaction.commandId).toBe(stored[0]?.['id']);
    expect(interaction.commandGuildId).toBe(fake.guildId);
  });

  it('a wrong token: REST 401 makes client.login() reject; gateway IDENTIFY gets close 4004', async () => {
    const f = new FakeDiscord({ token: TOKEN });
    await f.start();
    fake = f;
    const c1 = makeClient(f);
    client = c1;
    await expect(c1.login('wrong-token')).rejects.toMatchObject({ code: 'TokenInvalid' });
    expect(f.requests.map((r) => [r.path, r.status])).toEqual([['/gateway/bot', 401]]);
    expect(f.requests[0]?.response).toEqual({ message: '401: Unauthorized', code: 0 });

    const f2 = new FakeDiscord({ token: TOKEN, acceptAnyRestToken: true });
    await f2.start();
    try {
      const c2 = makeClient(f2);
      await expect(c2.login('wrong-token')).rejects.toThrow(/Authentication failed/);
      await c2.destroy();
      expect(f2.gatewayLog.find((e) => e.event === 'rejected')?.code).toBe(4004);
    } finally {
      await f2.stop();
    }
  });

  it('unknown routes answer 404 and are listed', async () => {
    const { fake, client } = await setup();
    const err = await client.rest.get('/nonexistent/route' as `/${string}`).catch((e: unknown) => e);
    expect((err as DiscordAPIError).status).toBe(404);
    expect(fake.unhandledRequests().map((r) => r.path)).toEqual(['/nonexistent/route']);
  });
});
