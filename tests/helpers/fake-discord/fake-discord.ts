/** FakeDiscord itself: the test-facing API (waiting, inspection, simulated user actions) on top of the layers. */
import { DEFAULT_APP_PERMISSIONS, DEFAULT_MEMBER_PERMISSIONS } from './constants.js';
import { FakeDiscordRoutes } from './rest-routes.js';
import type {
  AutocompleteOptions,
  ChannelMessageRecord,
  ChatInputOptions,
  CommandOptionInput,
  ComponentOptions,
  GatewayLogEntry,
  InteractionHandle,
  InteractionResponseRecord,
  InteractionState,
  InteractionUserOptions,
  JsonObject,
  MessageCreateOptions,
  ModalSubmitOptions,
  ReadyInfo,
  RecordedRequest,
} from './types.js';
import { clone, toBigInt } from './util.js';

export class FakeDiscord extends FakeDiscordRoutes {
  // ------------------------------------------------------------------ waiting helpers

  /**
   * Resolve with the first truthy value of `check(requests)`; re-evaluated after every REST request
   * and gateway event (and every 25 ms). Rejects after `timeoutMs` with a summary of recent requests.
   */
  waitFor<T>(
    check: (requests: readonly RecordedRequest[]) => T | undefined | null | false,
    timeoutMs = 2_000,
    label = 'condition',
  ): Promise<Exclude<T, undefined | null | false>> {
    return this.waitUntil(() => check(this.requests), timeoutMs, label);
  }

  /** Resolve with the first recorded request (already recorded or future) matching `match`. */
  waitForRequest(match: (r: RecordedRequest) => boolean, timeoutMs = 2_000): Promise<RecordedRequest> {
    return this.waitUntil(() => this.requests.find(match), timeoutMs, 'matching REST request');
  }

  /** Resolve when a client is connected and READY (or RESUMED). After dropConnection() this waits for the reconnect. */
  waitForReady(timeoutMs = 5_000): Promise<ReadyInfo> {
    return this.waitUntil(
      () => {
        const s = this.currentSession;
        if (!s?.conn || s.conn.state !== 'ready') return undefined;
        const last = [...this.gatewayLog]
          .reverse()
          .find((e) => e.connectionId === s.conn?.id && (e.event === 'ready' || e.event === 'resumed'));
        const info: ReadyInfo = {
          kind: last?.event === 'resumed' ? 'resume' : 'identify',
          sessionId: s.id,
          connectionId: s.conn.id,
          intents: s.intents,
        };
        return info;
      },
      timeoutMs,
      'gateway client READY',
    );
  }

  /** Resolve with the first gateway log entry matching `match` (including past ones). */
  waitForGateway(match: (e: GatewayLogEntry) => boolean, timeoutMs = 5_000): Promise<GatewayLogEntry> {
    return this.waitUntil(() => this.gatewayLog.find(match), timeoutMs, 'gateway event');
  }

  private waitUntil<T>(
    check: () => T | undefined | null | false,
    timeoutMs: number,
    label: string,
  ): Promise<Exclude<T, undefined | null | false>> {
    return new Promise((resolve, reject) => {
      const evaluate = (): boolean => {
        let v: T | undefined | null | false;
        try {
          v = check();
        } catch (err) {
          cleanup();
          reject(err);
          return true;
        }
        if (v !== undefined && v !== null && v !== false) {
          cleanup();
          resolve(v as Exclude<T, undefined | null | false>);
          return true;
        }
        return false;
      };
      const onChange = (): void => void evaluate();
      const poll = setInterval(onChange, 25);
      const timer = setTimeout(() => {
        cleanup();
        const recent = this.requests
          .slice(-8)
          .map((r) => `  ${r.method} ${r.path} → ${r.status}`)
          .join('\n');
        reject(new Error(`FakeDiscord: timed out after ${timeoutMs} ms waiting for ${label}. Recent requests:\n${recent || '  (none)'}`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        clearInterval(poll);
        this.changes.off('change', onChange);
      };
      this.changes.on('change', onChange);
      evaluate();
    });
  }

  // ------------------------------------------------------------------ inspection

  /** Callbacks, follow-ups, edits and deletes for an interaction, in order (injected faults excluded). */
  interactionResponses(interactionId: string): InteractionResponseRecord[] {
    return [...(this.interactions.get(interactionId)?.responses ?? [])];
  }

  /** Messages the bot POSTed to /channels/:id/messages (default channel if omitted). */
  channelMessages(channelId: string = this.channelId): ChannelMessageRecord[] {
    return this.channelPosts.filter((p) => p.channelId === channelId);
  }

  /** Any message the fake knows (bot or user), current state; undefined if unknown/deleted. */
  getMessage(messageId: string): JsonObject | undefined {
    const m = this.messages.get(messageId);
    return m && !m.deleted ? m.message : undefined;
  }

  /** Registered application commands (global if no guildId). */
  commands(guildId?: string): JsonObject[] {
    return clone(this.commandStore.get(guildId ?? 'global') ?? []);
  }

  /** Requests that hit no known route (answered 404). */
  unhandledRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.route === null);
  }

  /** Forget recorded requests (not state). */
  clearRequests(): void {
    this.requests.length = 0;
  }

  // ------------------------------------------------------------------ simulated user actions

  /** A user runs a slash command. */
  sendChatInput(o: ChatInputOptions): InteractionHandle {
    const scopeGuild = o.dm ? null : this.guildId;
    const cmd = this.findCommand(o.name, 1, scopeGuild);
    const options = this.normalizeOptions(o.options, cmd, undefined);
    const data: JsonObject = {
      id: o.commandId ?? cmd?.['id'] ?? this.commandIdFor(o.name),
      name: o.name,
      type: 1,
      ...(options.length ? { options } : {}),
      ...(cmd?.['guild_id'] ? { guild_id: cmd['guild_id'] } : {}),
      ...(o.resolved ? { resolved: o.resolved } : {}),
    };
    return this.createInteraction(2, data, o, { commandName: o.name });
  }

  /** A user types in an autocomplete option. The focused option value is always sent as a string, like Discord. */
  sendAutocomplete(o: AutocompleteOptions): InteractionHandle {
    const scopeGuild = o.dm ? null : this.guildId;
    const cmd = this.findCommand(o.name, 1, scopeGuild);
    const options = this.normalizeOptions(o.options, cmd, o.focused ?? true);
    const data: JsonObject = {
      id: o.commandId ?? cmd?.['id'] ?? this.commandIdFor(o.name),
      name: o.name,
      type: 1,
      options,
      ...(cmd?.['guild_id'] ? { guild_id: cmd['guild_id'] } : {}),
    };
    return this.createInteraction(4, data, o, { commandName: o.name });
  }

  /** A user clicks a button (or uses a select menu with `componentType`/`values`). */
  sendButton(o: ComponentOptions): InteractionHandle {
    const componentType = o.componentType ?? 2;
    const message = this.sourceMessageFor(o.messageId, o.channelId, o.customId, componentType);
    const data: JsonObject = {
      custom_id: o.customId,
      component_type: componentType,
      ...(componentType !== 2 ? { values: o.values ?? [] } : {}),
    };
    return this.createInteraction(3, data, o, { message });
  }

  /** Alias of sendButton for select menus. */
  sendComponent(o: ComponentOptions): InteractionHandle {
    return this.sendButton(o);
  }

  /** A user submits a modal. */
  sendModalSubmit(o: ModalSubmitOptions): InteractionHandle {
    const data: JsonObject = {
      custom_id: o.customId,
      components: Object.entries(o.fields).map(([customId, value]) => ({
        type: 1,
        components: [{ type: 4, custom_id: customId, value }],
      })),
    };
    const stored = o.messageId ? this.messages.get(o.messageId) : undefined;
    return this.createInteraction(5, data, o, stored ? { message: clone(stored.message) } : {});
  }

  /** A user posts a message (MESSAGE_CREATE). Returns the full message object (also stored, so the bot can reply to it). */
  sendMessageCreate(o: MessageCreateOptions): JsonObject {
    const author = this.ensureUser(o.authorId ?? this.userId, o.username, o.globalName);
    if (o.authorIsBot) author['bot'] = true;
    const channelId = o.dm ? this.dmChannelFor(author)['id'] : (o.channelId ?? this.channelId);
    const channel = this.channels.get(channelId);
    if (!channel) throw new Error(`FakeDiscord.sendMessageCreate: unknown channel ${channelId}`);
    const guildId = o.dm ? null : this.guildId;
    const member = guildId ? this.ensureMember(author['id'], o.roles) : null;

    const mentioned = new Map<string, JsonObject>();
    for (const m of o.content.matchAll(/<@!?(\d{15,21})>/g)) {
      const u = m[1] ? this.users.get(m[1]) : undefined;
      if (u) mentioned.set(u['id'], u);
    }
    const contentMentionsBot = mentioned.has(this.botUserId);
    const mentionsBot = o.mentionsBot ?? contentMentionsBot;
    if (mentionsBot) mentioned.set(this.botUserId, this.botUser);
    else mentioned.delete(this.botUserId);

    let referenced: JsonObject | undefined;
    let replyPingsBot = false;
    if (o.referencedMessageId) {
      const ref = this.messages.get(o.referencedMessageId);
      if (!ref || ref.deleted) throw new Error(`FakeDiscord.sendMessageCreate: unknown referenced message ${o.referencedMessageId}`);
      referenced = ref.message;
      const refAuthor = referenced['author'] as JsonObject;
      if ((o.replyPing ?? true) && refAuthor['id'] !== author['id']) {
        mentioned.set(refAuthor['id'], this.users.get(refAuthor['id']) ?? refAuthor);
        // Discord counts a pinging reply to one of the bot's ordinary messages as a mention, so the
        // bot receives its content without MESSAGE_CONTENT; a reply to an interaction response does not.
        replyPingsBot = refAuthor['id'] === this.botUserId && !referenced['interaction_metadata'];
      }
    }

    const message = this.buildMessage({
      channelId,
      guildId,
      author,
      member,
      content: o.content,
      embeds: o.embeds ?? [],
      attachments: o.attachments ?? [],
      mentions: [...mentioned.values()].map((u) => this.mentionUser(u, guildId)),
      referenced,
    });
    this.messages.set(message['id'], { message, deleted: false });
    channel['last_message_id'] = message['id'];

    const session = this.currentSession;
    if (!session || !session.valid) throw new Error('FakeDiscord.sendMessageCreate: no identified gateway session — call waitForReady() first');
    this.dispatchTo(session, 'MESSAGE_CREATE', this.gatewayMessage(message, session, mentionsBot || replyPingsBot));
    return clone(message);
  }

  // ------------------------------------------------------------------ interactions (internal)

  private createInteraction(
    type: number,
    data: JsonObject,
    o: InteractionUserOptions,
    extra: { commandName?: string; message?: JsonObject },
  ): InteractionHandle {
    const session = this.currentSession;
    if (!session || !session.valid) throw new Error('FakeDiscord: no identified gateway session — call waitForReady() first');
    const id = this.snowflake();
    // Interaction tokens are URL-safe (base64-like); discord.js puts them in the path unencoded.
    const token = Buffer.from(`interaction:${id}:${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`)
      .toString('base64url');
    const user = this.ensureUser(o.userId ?? this.userId, o.username, o.globalName);
    const dm = o.dm ?? false;
    const channel = dm ? this.dmChannelFor(user) : this.channels.get(o.channelId ?? this.channelId);
    if (!channel) throw new Error(`FakeDiscord: unknown channel ${o.channelId}`);
    const guildId = dm ? null : this.guildId;
    const locale = o.locale ?? 'nl';
    const appPermissions = toBigInt(o.appPermissions, DEFAULT_APP_PERMISSIONS).toString();

    const payload: JsonObject = {
      id,
      application_id: this.applicationId,
      type,
      data,
      token,
      version: 1,
      locale,
      app_permissions: appPermissions,
      entitlements: [],
      attachment_size_limit: 10 * 1024 * 1024,
      channel_id: channel['id'],
      channel: clone(channel),
    };
    if (guildId) {
      const member = this.ensureMember(user['id'], o.roles);
      const permissions = toBigInt(o.permissions, DEFAULT_MEMBER_PERMISSIONS).toString();
      payload['guild_id'] = guildId;
      payload['guild'] = { id: guildId, locale: o.guildLocale ?? this.guild['preferred_locale'], features: [] };
      payload['guild_locale'] = o.guildLocale ?? this.guild['preferred_locale'];
      payload['member'] = { ...clone(member), user: clone(user), permissions };
      payload['authorizing_integration_owners'] = { '0': guildId };
      payload['context'] = 0;
      payload['channel'] = { ...payload['channel'], permissions };
    } else {
      payload['user'] = clone(user);
      payload['authorizing_integration_owners'] = { '0': '0' };
      payload['context'] = 1;
    }
    if (extra.message) payload['message'] = clone(extra.message);

    let resolveCallback!: (r: InteractionResponseRecord) => void;
    const callback = new Promise<InteractionResponseRecord>((resolve) => {
      resolveCallback = resolve;
    });
    const state: InteractionState = {
      id,
      token,
      type,
      createdAt: Date.now(),
      channelId: channel['id'],
      guildId,
      acknowledged: false,
      followupIds: [],
      responses: [],
      resolveCallback,
      payload,
      user,
      ...(extra.commandName ? { commandName: extra.commandName } : {}),
      ...(extra.message ? { sourceMessageId: extra.message['id'] as string } : {}),
    };
    this.interactions.set(id, state);
    this.interactionsByToken.set(token, state);
    this.dispatchTo(session, 'INTERACTION_CREATE', payload);

    return {
      id,
      token,
      applicationId: this.applicationId,
      type,
      payload: clone(payload),
      callback,
      responses: () => [...state.responses],
      waitForResponse: (predicate = () => true, timeoutMs = 2_000) =>
        this.waitUntil(() => state.responses.find(predicate), timeoutMs, `response to interaction ${id}`),
    };
  }

  private normalizeOptions(
    input: ChatInputOptions['options'],
    cmd: JsonObject | undefined,
    focused: string | boolean | undefined,
  ): CommandOptionInput[] {
    if (!input) return [];
    if (Array.isArray(input)) {
      const out = clone(input);
      if (focused !== undefined && !JSON.stringify(out).includes('"focused":true') && out.length) {
        const last = out[out.length - 1];
        if (last) last.focused = true;
      }
      return out.map((opt) => (opt.focused ? { ...opt, value: String(opt.value ?? '') } : opt));
    }
    const defs: JsonObject[] = cmd?.['options'] ?? [];
    const entries = Object.entries(input);
    const focusName =
      typeof focused === 'string' ? focused : focused === true ? entries[entries.length - 1]?.[0] : undefined;
    return entries.map(([name, value]) => {
      const def = defs.find((d) => d['name'] === name);
      const type =
        (def?.['type'] as number | undefined) ??
        (typeof value === 'boolean' ? 5 : typeof value === 'number' ? (Number.isInteger(value) ? 4 : 10) : 3);
      return name === focusName ? { name, type, value: String(value), focused: true } : { name, type, value };
    });
  }

  private sourceMessageFor(messageId: string | undefined, channelId: string | undefined, customId: string, componentType: number): JsonObject {
    if (messageId) {
      const stored = this.messages.get(messageId);
      if (!stored || stored.deleted) throw new Error(`FakeDiscord: unknown message ${messageId}`);
      return clone(stored.message);
    }
    const component: JsonObject =
      componentType === 2
        ? { type: 2, style: 1, label: 'Knop', custom_id: customId }
        : { type: componentType, custom_id: customId, options: componentType === 3 ? [{ label: 'a', value: 'a' }] : undefined };
    const message = this.buildMessage({
      channelId: channelId ?? this.channelId,
      guildId: this.guildId,
      author: this.botUser,
      member: null,
      content: 'Bericht met knop',
      components: [{ type: 1, components: [component] }],
    });
    this.messages.set(message['id'], { message, deleted: false });
    return clone(message);
  }
}
