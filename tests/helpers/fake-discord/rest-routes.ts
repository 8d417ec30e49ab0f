/** The route table (first match wins, so the order is kept) with the identity, channel/message and guild routes. */
import { FLAG_EPHEMERAL, FLAG_IS_COMPONENTS_V2, FLAG_SUPPRESS_EMBEDS, FLAG_SUPPRESS_NOTIFICATIONS } from './constants.js';
import { json, noContent } from './http.js';
import { FakeDiscordCommandRoutes } from './rest-commands.js';
import type { FakeDiscordOptions, JsonObject, Reply, RouteCtx } from './types.js';
import { apiError, clone } from './util.js';

export abstract class FakeDiscordRoutes extends FakeDiscordCommandRoutes {
  constructor(options: FakeDiscordOptions = {}) {
    super(options);
    // Registered here: the state constructor runs before the layers above it and cannot reach their methods.
    this.registerRoutes();
  }

  private registerRoutes(): void {
    // --- login / identity
    this.route('GET', '/gateway', () => json({ url: this.gatewayUrl }), false);
    this.route('GET', '/gateway/bot', () =>
      json({
        url: this.gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      }),
    );
    this.route('GET', '/users/@me', () => json(clone(this.botUser)));
    this.route('GET', '/applications/@me', () => json(this.applicationObject()));
    this.route('GET', '/oauth2/applications/@me', () => json(this.applicationObject()));
    this.route('POST', '/users/@me/channels', ({ req }) => {
      const recipientId = String(req.body?.recipient_id ?? '');
      const user = this.users.get(recipientId);
      if (!user) throw apiError(400, 50035, 'Invalid Form Body', { recipient_id: { _errors: [{ code: 'USER_UNKNOWN', message: 'Unknown user' }] } });
      return json(clone(this.dmChannelFor(user)));
    });
    this.route('GET', '/users/:userId', ({ params }) => {
      const u = this.users.get(params['userId'] ?? '');
      if (!u) throw apiError(404, 10013, 'Unknown User');
      return json(clone(u));
    });

    this.registerCommandRoutes();
    this.registerInteractionRoutes();

    // --- channels & messages
    this.route('GET', '/channels/:channelId', ({ params }) => json(clone(this.requireChannel(params['channelId']))));
    this.route('GET', '/channels/:channelId/messages', ({ req, params }) => {
      const channel = this.requireChannel(params['channelId']);
      const limit = Math.min(100, Math.max(1, Number(req.query['limit'] ?? 50)));
      const list = [...this.messages.values()]
        .filter((m) => !m.deleted && m.message['channel_id'] === channel['id'] && !(m.message['flags'] & FLAG_EPHEMERAL))
        .map((m) => m.message)
        .sort((a, b) => (BigInt(b['id']) > BigInt(a['id']) ? 1 : -1))
        .slice(0, limit);
      return json(clone(list));
    });
    this.route('POST', '/channels/:channelId/messages', (ctx) => this.handleChannelPost(ctx));
    this.route('GET', '/channels/:channelId/messages/:messageId', ({ params }) => {
      const m = this.messages.get(params['messageId'] ?? '');
      if (!m || m.deleted || m.message['channel_id'] !== params['channelId'] || m.message['flags'] & FLAG_EPHEMERAL)
        throw apiError(404, 10008, 'Unknown Message');
      return json(clone(m.message));
    });
    this.route('PATCH', '/channels/:channelId/messages/:messageId', ({ req, params }) => {
      const m = this.messages.get(params['messageId'] ?? '');
      if (!m || m.deleted || m.message['channel_id'] !== params['channelId']) throw apiError(404, 10008, 'Unknown Message');
      if (m.message['author']?.['id'] !== this.botUserId) throw apiError(403, 50005, 'Cannot edit a message authored by another user');
      this.applyEdit(m.message, req.body ?? {}, req.files);
      return json(clone(m.message));
    });
    this.route('DELETE', '/channels/:channelId/messages/:messageId', ({ params }) => {
      const m = this.messages.get(params['messageId'] ?? '');
      if (!m || m.deleted || m.message['channel_id'] !== params['channelId']) throw apiError(404, 10008, 'Unknown Message');
      m.deleted = true;
      return noContent;
    });
    this.route('POST', '/channels/:channelId/typing', ({ params }) => {
      this.requireChannel(params['channelId']);
      return noContent;
    });
    for (const method of ['PUT', 'DELETE']) {
      this.route(method, '/channels/:channelId/messages/:messageId/reactions/:emoji/@me', ({ params }) => {
        this.requireChannel(params['channelId']);
        if (!this.messages.has(params['messageId'] ?? '')) throw apiError(404, 10008, 'Unknown Message');
        return noContent;
      });
    }

    // --- guild
    const guildOnly = (id: string | undefined): void => {
      if (id !== this.guildId) throw apiError(404, 10004, 'Unknown Guild');
    };
    this.route('GET', '/guilds/:guildId', ({ params }) => {
      guildOnly(params['guildId']);
      return json({ ...clone(this.guild), roles: clone([...this.roles.values()]) });
    });
    this.route('GET', '/guilds/:guildId/channels', ({ params }) => {
      guildOnly(params['guildId']);
      return json(clone([...this.channels.values()].filter((c) => c['guild_id'] === this.guildId)));
    });
    this.route('GET', '/guilds/:guildId/roles', ({ params }) => {
      guildOnly(params['guildId']);
      return json(clone([...this.roles.values()]));
    });
    this.route('GET', '/guilds/:guildId/members/:userId', ({ params }) => {
      guildOnly(params['guildId']);
      const uid = params['userId'] ?? '';
      const member = this.members.get(uid);
      const user = this.users.get(uid);
      if (!member || !user) throw apiError(404, 10007, 'Unknown Member');
      return json({ ...clone(member), user: clone(user) });
    });
    this.route('GET', '/guilds/:guildId/members', ({ params }) => {
      guildOnly(params['guildId']);
      return json([...this.members.entries()].map(([uid, m]) => ({ ...clone(m), user: clone(this.users.get(uid)) })));
    });
  }

  private handleChannelPost({ req, params }: RouteCtx): Reply {
    const channel = this.requireChannel(params['channelId']);
    const body = this.createdMessageBody(req);
    let referenced: JsonObject | undefined;
    const ref = body['message_reference'] as JsonObject | undefined;
    if (ref?.['message_id']) {
      const target = this.messages.get(String(ref['message_id']));
      const valid = target && !target.deleted && target.message['channel_id'] === (ref['channel_id'] ?? channel['id']);
      if (valid) referenced = target.message;
      else if (ref['fail_if_not_exists'] !== false) {
        throw apiError(400, 50035, 'Invalid Form Body', {
          message_reference: { _errors: [{ code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' }] },
        });
      }
    }
    const guildId = channel['guild_id'] ?? null;
    const mentions = this.outgoingMentions(body, referenced, guildId);
    const message = this.buildMessage({
      channelId: channel['id'],
      guildId,
      author: this.botUser,
      member: guildId ? this.members.get(this.botUserId) ?? null : null,
      content: body['content'] ?? '',
      embeds: body['embeds'] ?? [],
      components: body['components'] ?? [],
      attachments: this.makeAttachments(body, req.files, channel['id']),
      flags: Number(body['flags'] ?? 0) & (FLAG_SUPPRESS_EMBEDS | FLAG_SUPPRESS_NOTIFICATIONS | FLAG_IS_COMPONENTS_V2),
      referenced,
      mentions,
      tts: Boolean(body['tts']),
    });
    this.messages.set(message['id'], { message, deleted: false });
    channel['last_message_id'] = message['id'];
    this.channelPosts.push({ channelId: channel['id'], message, body: req.body, files: req.files, at: req.at, request: req });
    this.echo(message);
    return { status: 200, body: clone(message) };
  }
}
