/**
 * The in-memory state of the fake (bot, guild, roles, channels, members, messages, interactions,
 * commands, recorded requests, gateway sessions) and the entity factories. The lowest layer: every
 * field lives here so that the subclasses add behaviour only (no field-initialisation order issues).
 */
import { EventEmitter } from 'node:events';
import type { Server } from 'node:http';
import type { WebSocket, WebSocketServer } from 'ws';
import { DEFAULT_APP_PERMISSIONS, DEFAULT_MEMBER_PERMISSIONS, DISCORD_EPOCH, PRIVILEGED_INTENTS } from './constants.js';
import type {
  ChannelMessageRecord,
  Conn,
  FakeDiscordOptions,
  Fault,
  GatewayLogEntry,
  InteractionState,
  JsonObject,
  RecordedRequest,
  Route,
  Session,
  StoredMessage,
} from './types.js';
import { apiError, clone, toBigInt } from './util.js';

export abstract class FakeDiscordState {
  readonly token: string;
  readonly botUserId: string;
  readonly applicationId: string;
  readonly guildId: string;
  readonly channelId: string;
  readonly userId: string;

  /** Every REST request, in arrival order of completion. */
  readonly requests: RecordedRequest[] = [];
  /** Gateway traffic and lifecycle events. */
  readonly gatewayLog: GatewayLogEntry[] = [];

  protected readonly opts: Required<
    Pick<
      FakeDiscordOptions,
      | 'heartbeatIntervalMs'
      | 'interactionDeadlineMs'
      | 'validate'
      | 'acceptAnyRestToken'
      | 'allowedPrivilegedIntents'
      | 'enforceMessageContentIntent'
      | 'echoBotMessages'
    >
  > &
    FakeDiscordOptions;
  protected server: Server | null = null;
  protected wss: WebSocketServer | null = null;
  protected port = 0;
  protected readonly routes: Route[] = [];
  protected readonly changes = new EventEmitter();
  protected readonly conns = new Set<Conn>();
  protected readonly sockets = new Set<WebSocket>();
  protected readonly sessions = new Map<string, Session>();
  protected currentSession: Session | null = null;
  protected connCounter = 0;
  protected reqCounter = 0;
  private snowflakeLast = 0n;
  protected readonly faults: Fault[] = [];

  protected readonly botUser: JsonObject;
  protected readonly users = new Map<string, JsonObject>();
  protected readonly members = new Map<string, JsonObject>(); // userId → member (without user)
  protected readonly roles = new Map<string, JsonObject>();
  protected readonly channels = new Map<string, JsonObject>();
  protected readonly guild: JsonObject;
  protected readonly messages = new Map<string, StoredMessage>();
  protected readonly channelPosts: ChannelMessageRecord[] = [];
  protected readonly interactions = new Map<string, InteractionState>();
  protected readonly interactionsByToken = new Map<string, InteractionState>();
  protected readonly commandStore = new Map<string, JsonObject[]>(); // 'global' | guildId
  protected readonly commandIdsByName = new Map<string, string>();

  constructor(options: FakeDiscordOptions = {}) {
    this.opts = {
      heartbeatIntervalMs: 41_250,
      interactionDeadlineMs: 3_000,
      validate: true,
      acceptAnyRestToken: false,
      allowedPrivilegedIntents: PRIVILEGED_INTENTS,
      enforceMessageContentIntent: true,
      echoBotMessages: true,
      ...options,
    };
    this.token = options.token ?? 'fake-bot-token.for-tests.only';
    this.botUserId = options.botUserId ?? '1100000000000000001';
    this.applicationId = options.applicationId ?? this.botUserId;
    this.guildId = options.guildId ?? '1200000000000000001';
    this.channelId = options.channelId ?? '1300000000000000001';
    this.userId = options.userId ?? '1400000000000000001';

    this.botUser = {
      id: this.botUserId,
      username: options.botUsername ?? 'integratiepact-bot',
      discriminator: '0',
      global_name: null,
      avatar: null,
      bot: true,
      system: false,
      public_flags: 0,
      flags: 0,
      verified: true,
      mfa_enabled: false,
    };
    this.users.set(this.botUserId, this.botUser);
    this.ensureUser(this.userId, 'testuser', 'Test User');

    this.roles.set(this.guildId, this.makeRole(this.guildId, '@everyone', DEFAULT_MEMBER_PERMISSIONS, 0));
    for (const r of options.roles ?? []) {
      this.roles.set(r.id, this.makeRole(r.id, r.name ?? `role-${r.id}`, toBigInt(r.permissions, 0n), this.roles.size));
    }
    this.addChannel(this.channelId, options.channelName ?? 'algemeen', 0);
    for (const c of options.extraChannels ?? []) this.addChannel(c.id, c.name ?? `kanaal-${c.id}`, c.type ?? 0);

    this.members.set(this.botUserId, this.makeMember([], '2024-01-01T00:00:00.000000+00:00'));
    this.members.set(this.userId, this.makeMember([], '2024-01-02T00:00:00.000000+00:00'));

    this.guild = {
      id: this.guildId,
      name: options.guildName ?? 'Testserver',
      icon: null,
      icon_hash: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: this.userId,
      afk_channel_id: null,
      afk_timeout: 300,
      widget_enabled: false,
      widget_channel_id: null,
      verification_level: 1,
      default_message_notifications: 1,
      explicit_content_filter: 2,
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: this.channelId,
      system_channel_flags: 0,
      rules_channel_id: null,
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      max_presences: null,
      max_members: 500000,
      vanity_url_code: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      preferred_locale: options.guildLocale ?? 'nl',
      max_video_channel_users: 25,
      max_stage_video_channel_users: 50,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      emojis: [],
      stickers: [],
    };

    // Every pending waitFor*/waitForResponse listens here; dozens at once are normal in load tests.
    this.changes.setMaxListeners(0);
  }

  // ------------------------------------------------------------------ addresses and status

  /** `http://127.0.0.1:PORT/api` — pass as `rest.api` (discord.js appends `/v10`). */
  get apiUrl(): string {
    this.assertStarted();
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** Gateway URL returned by GET /gateway/bot. */
  get gatewayUrl(): string {
    this.assertStarted();
    return `ws://127.0.0.1:${this.port}`;
  }

  /** `resume_gateway_url` sent in READY (a distinct path, so tests can see that a resume used it). */
  get resumeGatewayUrl(): string {
    this.assertStarted();
    return `ws://127.0.0.1:${this.port}/resume`;
  }

  get botUserObject(): JsonObject {
    return clone(this.botUser);
  }

  /** Whether a gateway client is connected and has completed IDENTIFY→READY or RESUME→RESUMED. */
  get isClientReady(): boolean {
    return this.currentSession?.conn?.state === 'ready';
  }

  // ------------------------------------------------------------------ notification, guards, logging

  protected notify(): void {
    this.changes.emit('change');
  }

  private assertStarted(): void {
    if (!this.port) throw new Error('FakeDiscord not started — await fake.start() first');
  }

  protected debug(line: string): void {
    this.opts.log?.(`[fake-discord] ${line}`);
  }

  // ------------------------------------------------------------------ entities

  protected applicationObject(): JsonObject {
    return {
      id: this.applicationId,
      name: this.botUser['username'],
      icon: null,
      description: '',
      summary: '',
      type: null,
      bot_public: false,
      bot_require_code_grant: false,
      verify_key: '0'.repeat(64),
      flags: 0,
      owner: { id: this.userId, username: 'owner', discriminator: '0', avatar: null, public_flags: 0, flags: 0, global_name: null },
      team: null,
      bot: clone(this.botUser),
      install_params: { scopes: ['bot', 'applications.commands'], permissions: DEFAULT_APP_PERMISSIONS.toString() },
      integration_types_config: { '0': {} },
      approximate_guild_count: 1,
    };
  }

  private makeRole(id: string, name: string, permissions: bigint, position: number): JsonObject {
    return {
      id,
      name,
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      icon: null,
      unicode_emoji: null,
      position,
      permissions: permissions.toString(),
      managed: false,
      mentionable: false,
      flags: 0,
    };
  }

  private addChannel(id: string, name: string, type: number): void {
    this.channels.set(id, {
      id,
      type,
      guild_id: this.guildId,
      name,
      position: this.channels.size,
      permission_overwrites: [],
      parent_id: null,
      topic: null,
      nsfw: false,
      last_message_id: null,
      rate_limit_per_user: 0,
      flags: 0,
    });
  }

  protected dmChannelFor(user: JsonObject): JsonObject {
    const existing = [...this.channels.values()].find((c) => c['type'] === 1 && c['recipients']?.[0]?.['id'] === user['id']);
    if (existing) return existing;
    const ch: JsonObject = { id: this.snowflake(), type: 1, last_message_id: null, flags: 0, recipients: [clone(user)] };
    this.channels.set(ch['id'], ch);
    return ch;
  }

  private makeMember(roles: string[], joinedAt = new Date().toISOString()): JsonObject {
    return {
      roles,
      nick: null,
      avatar: null,
      banner: null,
      joined_at: joinedAt,
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      communication_disabled_until: null,
      unusual_dm_activity_until: null,
    };
  }

  protected ensureUser(id: string, username?: string, globalName?: string): JsonObject {
    let u = this.users.get(id);
    if (!u) {
      u = {
        id,
        username: username ?? `user${id.slice(-4)}`,
        discriminator: '0',
        global_name: globalName ?? null,
        avatar: null,
        public_flags: 0,
        flags: 0,
        bot: false,
      };
      this.users.set(id, u);
    } else {
      if (username) u['username'] = username;
      if (globalName) u['global_name'] = globalName;
    }
    return u;
  }

  protected ensureMember(userId: string, roles?: string[]): JsonObject {
    let m = this.members.get(userId);
    if (!m) {
      m = this.makeMember([]);
      this.members.set(userId, m);
    }
    if (roles) {
      for (const r of roles) {
        if (!this.roles.has(r)) {
          const role = this.makeRole(r, `role-${r}`, 0n, this.roles.size);
          this.roles.set(r, role);
          const s = this.currentSession;
          if (s?.valid) this.dispatchTo(s, 'GUILD_ROLE_CREATE', { guild_id: this.guildId, role: clone(role) });
        }
      }
      m['roles'] = [...roles];
    }
    return m;
  }

  protected requireChannel(id: string | undefined): JsonObject {
    const c = id ? this.channels.get(id) : undefined;
    if (!c) throw apiError(404, 10003, 'Unknown Channel');
    return c;
  }

  protected snowflake(): string {
    let v = ((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (1n << 17n);
    if (v <= this.snowflakeLast) v = this.snowflakeLast + 1n;
    this.snowflakeLast = v;
    return v.toString();
  }

  /** Implemented by the gateway layer; entity helpers announce new roles through it. */
  protected abstract dispatchTo(session: Session, t: string, d: JsonObject): number;
}
