/**
 * FakeDiscord — an in-memory stand-in for Discord's REST API v10 and JSON gateway, for tests.
 *
 * The real discord.js v14 `Client` runs against it unmodified except for the REST base URL:
 *
 *   const fake = new FakeDiscord({ token: 'test-token' });
 *   await fake.start();
 *   const client = new Client({ intents: [Guilds, GuildMessages], rest: { api: fake.apiUrl } });
 *   await client.login('test-token');     // GET /gateway/bot → ws://127.0.0.1:PORT → HELLO/IDENTIFY/READY
 *   await fake.waitForReady();
 *   const ix = fake.sendChatInput({ name: 'vraag', options: { tekst: 'hallo' } });
 *   const first = await ix.callback;       // POST /interactions/:id/:token/callback
 *
 * A bot running as a child process only needs `DISCORD_API_URL=${fake.apiUrl}` passed to
 * `rest.api` and the token. discord.js appends `/v10`; the gateway URL comes from GET /gateway/bot.
 *
 * What the fake enforces, like Discord does (so bot bugs show up in tests, not in production):
 *  - `Authorization: Bot <token>` on authenticated routes (401 otherwise); webhook/interaction
 *    routes are unauthenticated (discord.js sends them with `auth: false`), the token in the path is checked.
 *  - Gateway: IDENTIFY with a wrong token → close 4004; disallowed privileged intents → 4014;
 *    payload before IDENTIFY → 4003; second IDENTIFY → 4005; bad JSON → 4002; unknown op → 4001.
 *  - Interaction callbacks: one per interaction (40060), within `interactionDeadlineMs` (10062),
 *    callback type must fit the interaction type, follow-ups/edits only after the callback (10015).
 *  - Message limits (content 2000, 10 embeds, embed field limits, 6000 total, 5 rows × 5 buttons,
 *    custom_id ≤ 100, label ≤ 80, ≤ 25 autocomplete choices, empty message 50006) → 400/50035.
 *  - MESSAGE_CREATE only with the GUILD_MESSAGES (or DIRECT_MESSAGES) intent; without
 *    MESSAGE_CONTENT the content/embeds/attachments are blanked unless the bot is mentioned
 *    (a pinging reply to an ordinary bot message counts as a mention, as on Discord).
 *
 * Only 127.0.0.1 is used; nothing here touches the network beyond the loopback listener.
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer, type RawData } from 'ws';

// ---------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------

/** Loosely typed JSON object as Discord sends/receives it. */
export type JsonObject = Record<string, any>;

export interface FakeDiscordOptions {
  /** The only bot token accepted (REST `Authorization: Bot <token>` and gateway IDENTIFY/RESUME). */
  token?: string;
  botUserId?: string;
  botUsername?: string;
  /** Defaults to botUserId (as for every bot created in the developer portal). */
  applicationId?: string;
  guildId?: string;
  guildName?: string;
  /** Default text channel used by interactions and messages. */
  channelId?: string;
  channelName?: string;
  /** More text channels in the guild. */
  extraChannels?: Array<{ id: string; name?: string; type?: number }>;
  /** Extra guild roles (the @everyone role, id = guildId, always exists). */
  roles?: Array<{ id: string; name?: string; permissions?: bigint | string }>;
  /** Guild preferred_locale (also the interactions' guild_locale). Default 'nl'. */
  guildLocale?: string;
  /** Default id of the simulated human user. */
  userId?: string;
  /** HELLO heartbeat_interval (ms). Default 41250 like Discord. */
  heartbeatIntervalMs?: number;
  /** How long after INTERACTION_CREATE the initial callback is accepted (Discord: 3 s). Default 3000. */
  interactionDeadlineMs?: number;
  /** Validate payloads against Discord's limits. Default true. */
  validate?: boolean;
  /** Accept any `Bot …` token on REST (to exercise the gateway 4004 path). Default false. */
  acceptAnyRestToken?: boolean;
  /** Privileged intents enabled "in the developer portal". Default: all three (1<<1 | 1<<8 | 1<<15). */
  allowedPrivilegedIntents?: number;
  /** Blank message content without the MESSAGE_CONTENT intent unless the bot is mentioned. Default true. */
  enforceMessageContentIntent?: boolean;
  /** Send MESSAGE_CREATE over the gateway for messages the bot itself creates (as Discord does). Default true. */
  echoBotMessages?: boolean;
  /** Fixed port (default 0 = random). */
  port?: number;
  /** Debug logger. */
  log?: (line: string) => void;
}

export interface RecordedFile {
  /** Multipart field name, e.g. `files[0]`. */
  field: string;
  name: string;
  contentType: string;
  size: number;
  data: Buffer;
  /** `data` decoded as UTF-8. */
  text: string;
}

export interface RecordedRequest {
  /** Monotonic request number (1-based). */
  seq: number;
  method: string;
  /** Path below `/api/v10`, without query, e.g. `/channels/123/messages`. */
  path: string;
  /** Raw request URL (path + query) as received. */
  url: string;
  query: Record<string, string>;
  /** Matched route, e.g. `POST /channels/:channelId/messages`; null when unknown (answered 404). */
  route: string | null;
  headers: Record<string, string>;
  /** Parsed JSON body; for multipart, the parsed `payload_json` (plus any other text fields). */
  body: any;
  files: RecordedFile[];
  multipart: boolean;
  /** Arrival time (ms since epoch). */
  at: number;
  /** Status the fake answered with. */
  status: number;
  /** JSON the fake answered with (undefined for 204). */
  response: unknown;
  /** True when the answer came from `failNext()`. */
  injected: boolean;
}

export type InteractionResponseKind = 'callback' | 'followup' | 'edit' | 'delete';

export interface InteractionResponseRecord {
  kind: InteractionResponseKind;
  method: string;
  path: string;
  at: number;
  status: number;
  /** Interaction callback type (4 reply, 5 deferred, 6 deferred update, 7 update, 8 autocomplete, 9 modal). */
  callbackType?: number;
  /** `@original` or a message id, for edits/deletes. */
  target?: string;
  /** Id of the message created/edited/deleted, when there is one. */
  messageId?: string;
  /** The full request body (JSON or multipart payload_json). */
  body: any;
  /** For callbacks `body.data`; otherwise the body. */
  data: any;
  files: RecordedFile[];
  ephemeral: boolean;
  /** `?with_response=true` was requested. */
  withResponse: boolean;
  /** Resulting message object (after the change), if any. */
  message?: JsonObject;
  request: RecordedRequest;
}

export interface ChannelMessageRecord {
  channelId: string;
  /** Current state of the message (mutated by later edits). */
  message: JsonObject;
  body: any;
  files: RecordedFile[];
  at: number;
  request: RecordedRequest;
}

export interface GatewayLogEntry {
  at: number;
  connectionId: number;
  /** `in` = client → fake, `out` = fake → client, `event` = connection lifecycle. */
  direction: 'in' | 'out' | 'event';
  op?: number;
  t?: string | null;
  s?: number | null;
  d?: unknown;
  event?: 'open' | 'close' | 'identify' | 'resume' | 'ready' | 'resumed' | 'rejected';
  code?: number;
  reason?: string;
  query?: Record<string, string>;
  path?: string;
}

export interface CommandOptionInput {
  name: string;
  type: number;
  value?: string | number | boolean;
  focused?: boolean;
  options?: CommandOptionInput[];
}

export interface InteractionUserOptions {
  userId?: string;
  username?: string;
  globalName?: string;
  /** Role ids of the member (unknown ids are created and announced via GUILD_ROLE_CREATE). */
  roles?: string[];
  /** Member permissions in the channel (`member.permissions`). Default DEFAULT_MEMBER_PERMISSIONS. */
  permissions?: bigint | string;
  /** Bot permissions in the channel (`app_permissions`). Default DEFAULT_APP_PERMISSIONS. */
  appPermissions?: bigint | string;
  locale?: string;
  guildLocale?: string;
  channelId?: string;
  /** Interaction in a DM with the bot (no guild/member). */
  dm?: boolean;
}

export interface ChatInputOptions extends InteractionUserOptions {
  name: string;
  /** Array form (raw Discord options) or a name → value map (types taken from registered commands or inferred). */
  options?: CommandOptionInput[] | Record<string, string | number | boolean>;
  commandId?: string;
  resolved?: JsonObject;
}

export interface AutocompleteOptions extends ChatInputOptions {
  /** With the map form of `options`: which option is focused (default: the last one). */
  focused?: string;
}

export interface ComponentOptions extends InteractionUserOptions {
  customId: string;
  /** Message the component belongs to (a message the bot sent); otherwise a bot message is synthesized. */
  messageId?: string;
  /** 2 button (default), 3 string select, 5 user select, 6 role, 7 mentionable, 8 channel. */
  componentType?: number;
  values?: string[];
}

export interface ModalSubmitOptions extends InteractionUserOptions {
  customId: string;
  fields: Record<string, string>;
  messageId?: string;
}

export interface MessageCreateOptions {
  content: string;
  authorId?: string;
  username?: string;
  globalName?: string;
  authorIsBot?: boolean;
  channelId?: string;
  roles?: string[];
  /** Put the bot into `mentions`. Default: whether content contains `<@BOTID>` / `<@!BOTID>`. */
  mentionsBot?: boolean;
  /** Make it a reply (type 19) to this message (must be a message the fake knows). */
  referencedMessageId?: string;
  /** Whether a reply to a bot message pings the bot (adds it to mentions). Default true. */
  replyPing?: boolean;
  embeds?: JsonObject[];
  attachments?: JsonObject[];
  dm?: boolean;
}

export interface InteractionHandle {
  id: string;
  token: string;
  applicationId: string;
  /** Interaction type (2 command, 3 component, 4 autocomplete, 5 modal submit). */
  type: number;
  /** The INTERACTION_CREATE payload that was dispatched. */
  payload: JsonObject;
  /** Resolves with the first accepted callback (never rejects). */
  callback: Promise<InteractionResponseRecord>;
  /** All responses so far (callback, follow-ups, edits, deletes), in order. */
  responses(): InteractionResponseRecord[];
  /** Wait for a response matching `predicate` (default: any). */
  waitForResponse(
    predicate?: (r: InteractionResponseRecord) => boolean,
    timeoutMs?: number,
  ): Promise<InteractionResponseRecord>;
}

export interface FaultSpec {
  /** HTTP method (default: any). */
  method?: string;
  /** Path below /api/v10: a template with `:params` and `*` (e.g. `/webhooks/:app/:token/messages/@original`) or a RegExp. */
  path: string | RegExp;
  /** 429 (rate limit) or 5xx, or any other status. */
  status: number;
  /** Seconds (may be fractional) for 429 `retry_after` body + `Retry-After`/`X-RateLimit-Reset-After` headers. Default 0.1. */
  retryAfter?: number;
  /** How many matching requests to fail. Default 1. */
  count?: number;
  /** 429 with `X-RateLimit-Global`. */
  global?: boolean;
  scope?: 'user' | 'shared' | 'global';
  /** Override the JSON body. */
  body?: JsonObject;
}

export interface FaultHandle {
  readonly spec: FaultSpec;
  /** Failures still to be injected. */
  readonly remaining: number;
  /** Requests that were failed by this fault. */
  readonly hits: RecordedRequest[];
}

export interface ReadyInfo {
  kind: 'identify' | 'resume';
  sessionId: string;
  connectionId: number;
  intents: number;
}

// ---------------------------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------------------------

export const PermissionBits = {
  CreateInstantInvite: 1n << 0n,
  Administrator: 1n << 3n,
  ManageChannels: 1n << 4n,
  ManageGuild: 1n << 5n,
  AddReactions: 1n << 6n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  ManageMessages: 1n << 13n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  MentionEveryone: 1n << 17n,
  UseExternalEmojis: 1n << 18n,
  Connect: 1n << 20n,
  Speak: 1n << 21n,
  ChangeNickname: 1n << 26n,
  UseApplicationCommands: 1n << 31n,
  CreatePublicThreads: 1n << 35n,
  SendMessagesInThreads: 1n << 38n,
} as const;

const P = PermissionBits;
/** What a regular member typically has in a text channel (no Manage Guild). */
export const DEFAULT_MEMBER_PERMISSIONS =
  P.CreateInstantInvite |
  P.AddReactions |
  P.ViewChannel |
  P.SendMessages |
  P.EmbedLinks |
  P.AttachFiles |
  P.ReadMessageHistory |
  P.UseExternalEmojis |
  P.Connect |
  P.Speak |
  P.ChangeNickname |
  P.UseApplicationCommands |
  P.CreatePublicThreads |
  P.SendMessagesInThreads;
/** Member permissions with Manage Guild (0x20). */
export const MANAGE_GUILD_PERMISSIONS = DEFAULT_MEMBER_PERMISSIONS | P.ManageGuild;
/** What the bot gets in the channel by default (`app_permissions`). */
export const DEFAULT_APP_PERMISSIONS = DEFAULT_MEMBER_PERMISSIONS | P.ManageMessages;

export const GatewayOp = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  PresenceUpdate: 3,
  VoiceStateUpdate: 4,
  Resume: 6,
  Reconnect: 7,
  RequestGuildMembers: 8,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;

const INTENT_GUILDS = 1 << 0;
const INTENT_GUILD_MEMBERS = 1 << 1;
const INTENT_GUILD_PRESENCES = 1 << 8;
const INTENT_GUILD_MESSAGES = 1 << 9;
const INTENT_DIRECT_MESSAGES = 1 << 12;
const INTENT_MESSAGE_CONTENT = 1 << 15;
const PRIVILEGED_INTENTS = INTENT_GUILD_MEMBERS | INTENT_GUILD_PRESENCES | INTENT_MESSAGE_CONTENT;

const FLAG_EPHEMERAL = 64;
const FLAG_LOADING = 128;
const FLAG_SUPPRESS_EMBEDS = 4;
const FLAG_SUPPRESS_NOTIFICATIONS = 4096;
const FLAG_IS_COMPONENTS_V2 = 1 << 15;

const DISCORD_EPOCH = 1420070400000n;
const API_PREFIX = '/api/v10';

// ---------------------------------------------------------------------------------------------
// Internal types
// ---------------------------------------------------------------------------------------------

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface RouteCtx {
  req: RecordedRequest;
  params: Record<string, string>;
}

interface Route {
  method: string;
  template: string;
  regex: RegExp;
  names: string[];
  auth: boolean;
  handler: (ctx: RouteCtx) => Reply;
}

interface Conn {
  id: number;
  ws: WebSocket;
  path: string;
  query: Record<string, string>;
  session: Session | null;
  state: 'connected' | 'ready' | 'closed';
}

interface Session {
  id: string;
  seq: number;
  intents: number;
  identify: JsonObject;
  conn: Conn | null;
  buffer: JsonObject[];
  valid: boolean;
}

interface InteractionState {
  id: string;
  token: string;
  type: number;
  createdAt: number;
  channelId: string;
  guildId: string | null;
  commandName?: string;
  acknowledged: boolean;
  callbackType?: number;
  originalMessageId?: string;
  sourceMessageId?: string;
  followupIds: string[];
  responses: InteractionResponseRecord[];
  resolveCallback: (r: InteractionResponseRecord) => void;
  payload: JsonObject;
  user: JsonObject;
}

interface StoredMessage {
  message: JsonObject;
  deleted: boolean;
  interactionId?: string;
}

interface Fault {
  spec: FaultSpec;
  method: string | null;
  regex: RegExp;
  remaining: number;
  hits: RecordedRequest[];
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: JsonObject,
  ) {
    super(String(body['message'] ?? status));
  }
}

function apiError(status: number, code: number, message: string, errors?: JsonObject): HttpError {
  return new HttpError(status, errors ? { message, code, errors } : { message, code });
}

/** Collects Discord-style form errors: `{ field: { _errors: [{ code, message }] } }`. */
class FormErrors {
  readonly tree: JsonObject = {};
  count = 0;
  add(path: Array<string | number>, code: string, message: string): void {
    let node = this.tree;
    for (const key of path) {
      const k = String(key);
      node[k] ??= {};
      node = node[k];
    }
    (node['_errors'] ??= []).push({ code, message });
    this.count++;
  }
  throwIfAny(): void {
    if (this.count > 0) throw apiError(400, 50035, 'Invalid Form Body', this.tree);
  }
}

function compileTemplate(template: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const src = template
    .split('/')
    .map((seg) => {
      if (seg.startsWith(':')) {
        names.push(seg.slice(1));
        return '([^/]+)';
      }
      if (seg === '*') return '.*';
      return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return { regex: new RegExp(`^${src}/?$`), names };
}

function toBigInt(v: bigint | string | number | undefined, fallback: bigint): bigint {
  if (v === undefined) return fallback;
  return typeof v === 'bigint' ? v : BigInt(v);
}

function len(v: unknown): number {
  return typeof v === 'string' ? [...v].length : 0;
}

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

// ---------------------------------------------------------------------------------------------
// FakeDiscord
// ---------------------------------------------------------------------------------------------

export class FakeDiscord {
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

  private readonly opts: Required<
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
  private server: Server | null = null;
  private wss: WebSocketServer | null = null;
  private port = 0;
  private readonly routes: Route[] = [];
  private readonly changes = new EventEmitter();
  private readonly conns = new Set<Conn>();
  private readonly sockets = new Set<WebSocket>();
  private readonly sessions = new Map<string, Session>();
  private currentSession: Session | null = null;
  private connCounter = 0;
  private reqCounter = 0;
  private snowflakeLast = 0n;
  private readonly faults: Fault[] = [];

  private readonly botUser: JsonObject;
  private readonly users = new Map<string, JsonObject>();
  private readonly members = new Map<string, JsonObject>(); // userId → member (without user)
  private readonly roles = new Map<string, JsonObject>();
  private readonly channels = new Map<string, JsonObject>();
  private readonly guild: JsonObject;
  private readonly messages = new Map<string, StoredMessage>();
  private readonly channelPosts: ChannelMessageRecord[] = [];
  private readonly interactions = new Map<string, InteractionState>();
  private readonly interactionsByToken = new Map<string, InteractionState>();
  private readonly commandStore = new Map<string, JsonObject[]>(); // 'global' | guildId
  private readonly commandIdsByName = new Map<string, string>();

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

    this.registerRoutes();
    // Every pending waitFor*/waitForResponse listens here; dozens at once are normal in load tests.
    this.changes.setMaxListeners(0);
  }

  // ------------------------------------------------------------------ lifecycle

  /** Listen on 127.0.0.1 (random port unless `port` was given); HTTP and WebSocket share the server. */
  async start(): Promise<void> {
    if (this.server) throw new Error('FakeDiscord already started');
    const server = createServer((req, res) => {
      void this.onHttp(req, res);
    });
    const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, req));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.opts.port ?? 0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
    this.wss = wss;
    this.debug(`listening on ${this.apiUrl}`);
  }

  /** Close all gateway sockets and HTTP connections and stop listening. Safe to call twice. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    for (const ws of this.sockets) ws.terminate();
    this.sockets.clear();
    this.conns.clear();
    await new Promise<void>((resolve) => this.wss?.close(() => resolve()));
    this.wss = null;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    this.changes.removeAllListeners();
  }

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

  private notify(): void {
    this.changes.emit('change');
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

  // ------------------------------------------------------------------ fault injection

  /**
   * Fail the next `count` requests matching method/path with `status`. A 429 carries
   * `{ message, retry_after, global }` plus `Retry-After`, `X-RateLimit-Limit/Remaining/Reset/Reset-After/Bucket/Scope`
   * (and `X-RateLimit-Global`) headers that @discordjs/rest honours; 5xx are retried by discord.js up to `rest.retries` (3).
   */
  failNext(spec: FaultSpec): FaultHandle {
    const regex =
      spec.path instanceof RegExp ? spec.path : compileTemplate(spec.path.startsWith(API_PREFIX) ? spec.path.slice(API_PREFIX.length) : spec.path).regex;
    const fault: Fault = { spec, method: spec.method?.toUpperCase() ?? null, regex, remaining: spec.count ?? 1, hits: [] };
    this.faults.push(fault);
    return {
      spec,
      get remaining() {
        return fault.remaining;
      },
      get hits() {
        return fault.hits;
      },
    };
  }

  private takeFault(method: string, path: string): Fault | null {
    for (const f of this.faults) {
      if (f.remaining <= 0) continue;
      if (f.method && f.method !== method) continue;
      if (!f.regex.test(path)) continue;
      f.remaining--;
      return f;
    }
    return null;
  }

  private faultReply(f: Fault): Reply {
    const { status } = f.spec;
    if (status === 429) {
      const retryAfter = f.spec.retryAfter ?? 0.1;
      const global = f.spec.global ?? false;
      const headers: Record<string, string> = {
        'retry-after': String(retryAfter),
        'x-ratelimit-scope': f.spec.scope ?? (global ? 'global' : 'user'),
      };
      if (global) headers['x-ratelimit-global'] = 'true';
      else {
        headers['x-ratelimit-limit'] = '5';
        headers['x-ratelimit-remaining'] = '0';
        headers['x-ratelimit-reset'] = ((Date.now() + retryAfter * 1000) / 1000).toFixed(3);
        headers['x-ratelimit-reset-after'] = retryAfter.toFixed(3);
        headers['x-ratelimit-bucket'] = 'fakebucket0000000000000000000000';
      }
      return {
        status,
        headers,
        body: f.spec.body ?? { message: 'You are being rate limited.', retry_after: retryAfter, global, ...(global ? { code: 0 } : {}) },
      };
    }
    const text: Record<number, string> = { 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' };
    return { status, body: f.spec.body ?? { message: `${status}: ${text[status] ?? 'Error'}`, code: 0 } };
  }

  // ------------------------------------------------------------------ gateway control

  /**
   * Close the current client's gateway socket. No code / 1006 → abrupt TCP termination (client sees 1006
   * and resumes); 4000–4009 style codes → close frame with that code (discord.js resumes on resumable codes,
   * re-identifies on 1000/4007/4009, gives up on 4004/4010–4014).
   */
  dropConnection(code?: number, reason = 'fake-discord dropConnection'): void {
    const conn = this.currentSession?.conn ?? [...this.conns].pop();
    if (!conn) throw new Error('FakeDiscord.dropConnection: no gateway connection');
    // Detach synchronously so waitForReady()/dispatch() see the disconnect immediately
    // (events dispatched from now on are buffered and replayed on RESUME).
    conn.state = 'closed';
    this.conns.delete(conn);
    if (conn.session && conn.session.conn === conn) conn.session.conn = null;
    this.gwEvent(conn, { event: 'close', code: code ?? 1006, reason: `server: ${reason}` });
    if (code === undefined || code === 1006) conn.ws.terminate();
    else conn.ws.close(code, reason);
  }

  /** Send op 7 RECONNECT (client should reconnect and RESUME). */
  sendReconnect(): void {
    const conn = this.requireConn();
    this.sendRaw(conn, { op: GatewayOp.Reconnect, d: null, s: null, t: null });
  }

  /** Send op 9 INVALID_SESSION (`resumable=false` also invalidates the session server-side). */
  invalidateSession(resumable = false): void {
    const conn = this.requireConn();
    if (!resumable && conn.session) conn.session.valid = false;
    this.sendRaw(conn, { op: GatewayOp.InvalidSession, d: resumable, s: null, t: null });
  }

  /** Dispatch an arbitrary event to the current session (buffered for RESUME if the client is disconnected). */
  dispatch(t: string, d: JsonObject): number {
    const session = this.currentSession;
    if (!session || !session.valid) throw new Error(`FakeDiscord.dispatch(${t}): no identified gateway session — call waitForReady() first`);
    return this.dispatchTo(session, t, d);
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

  private recordInteractionResponse(state: InteractionState, r: Omit<InteractionResponseRecord, 'at'>): InteractionResponseRecord {
    const rec: InteractionResponseRecord = { ...r, at: r.request.at };
    state.responses.push(rec);
    if (rec.kind === 'callback' && rec.status < 300) state.resolveCallback(rec);
    return rec;
  }

  // ------------------------------------------------------------------ HTTP

  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = Date.now();
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of req) chunks.push(chunk as Buffer);
    } catch {
      res.destroy();
      return;
    }
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
    const versioned = url.pathname.startsWith(`${API_PREFIX}/`);
    // discord.js percent-encodes path segments (e.g. `@original` → `%40original`); record them decoded.
    const path = (versioned ? url.pathname.slice(API_PREFIX.length) : url.pathname)
      .split('/')
      .map((seg) => {
        try {
          return decodeURIComponent(seg);
        } catch {
          return seg;
        }
      })
      .join('/');
    const record: RecordedRequest = {
      seq: ++this.reqCounter,
      method,
      path,
      url: req.url ?? '/',
      query: Object.fromEntries(url.searchParams.entries()),
      route: null,
      headers,
      body: undefined,
      files: [],
      multipart: false,
      at,
      status: 0,
      response: undefined,
      injected: false,
    };

    let reply: Reply;
    try {
      await this.parseBody(record, raw, headers['content-type'] ?? '');
      reply = this.handle(record);
    } catch (err) {
      reply =
        err instanceof HttpError
          ? { status: err.status, body: err.body }
          : { status: 500, body: { message: `fake-discord internal error: ${(err as Error).message}`, code: 0 } };
      if (!(err instanceof HttpError)) this.debug(`internal error on ${method} ${path}: ${(err as Error).stack}`);
    }

    record.status = reply.status;
    record.response = reply.body;
    this.requests.push(record);
    this.debug(`${method} ${url.pathname}${url.search} → ${reply.status}`);
    this.notify();

    const outHeaders: Record<string, string> = { via: 'fake-discord', ...(reply.headers ?? {}) };
    if (reply.status === 204 || reply.body === undefined) {
      res.writeHead(reply.status, outHeaders);
      res.end();
    } else {
      res.writeHead(reply.status, { 'content-type': 'application/json', ...outHeaders });
      res.end(JSON.stringify(reply.body));
    }
  }

  private async parseBody(record: RecordedRequest, raw: Buffer, contentType: string): Promise<void> {
    if (raw.length === 0) return;
    if (contentType.startsWith('multipart/form-data')) {
      record.multipart = true;
      let form: FormData;
      try {
        form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData();
      } catch (err) {
        throw apiError(400, 50109, `The request body contains invalid multipart data (${(err as Error).message}).`);
      }
      const body: JsonObject = {};
      let hasBody = false;
      for (const [field, value] of form.entries()) {
        if (typeof value === 'string') {
          hasBody = true;
          if (field === 'payload_json') {
            try {
              Object.assign(body, JSON.parse(value));
            } catch {
              throw apiError(400, 50109, 'The request body contains invalid JSON.');
            }
          } else body[field] = value;
        } else {
          const data = Buffer.from(await value.arrayBuffer());
          record.files.push({
            field,
            name: value.name,
            contentType: value.type || 'application/octet-stream',
            size: data.length,
            data,
            text: data.toString('utf8'),
          });
        }
      }
      if (hasBody) record.body = body;
      return;
    }
    const text = raw.toString('utf8');
    if (contentType.startsWith('application/json')) {
      try {
        record.body = JSON.parse(text);
      } catch {
        throw apiError(400, 50109, 'The request body contains invalid JSON.');
      }
    } else {
      record.body = text;
    }
  }

  private handle(record: RecordedRequest): Reply {
    const fault = this.takeFault(record.method, record.path);
    if (fault) {
      record.injected = true;
      fault.hits.push(record);
      return this.faultReply(fault);
    }
    if (!record.url.startsWith(`${API_PREFIX}/`)) return { status: 404, body: { message: 'Unknown', code: 0 } };
    for (const route of this.routes) {
      if (route.method !== record.method) continue;
      const m = route.regex.exec(record.path);
      if (!m) continue;
      record.route = `${route.method} ${route.template}`;
      if (route.auth) this.checkAuth(record);
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        params[name] = m[i + 1] ?? '';
      });
      return route.handler({ req: record, params });
    }
    return { status: 404, body: { message: 'Unknown', code: 0 } };
  }

  private checkAuth(record: RecordedRequest): void {
    const auth = record.headers['authorization'];
    const ok = auth === `Bot ${this.token}` || (this.opts.acceptAnyRestToken && typeof auth === 'string' && auth.startsWith('Bot '));
    if (!ok) throw apiError(401, 0, '401: Unauthorized');
  }

  private route(method: string, template: string, handler: (ctx: RouteCtx) => Reply, auth = true): void {
    const { regex, names } = compileTemplate(template);
    this.routes.push({ method, template, regex, names, auth, handler });
  }

  private registerRoutes(): void {
    const json = (body: unknown, status = 200): Reply => ({ status, body });
    const noContent: Reply = { status: 204 };

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

    // --- application commands
    const cmdRoutes = (prefix: string, scope: (p: Record<string, string>) => string): void => {
      this.route('GET', `${prefix}/commands`, ({ params }) => {
        this.checkApp(params);
        return json(clone(this.commandStore.get(scope(params)) ?? []));
      });
      this.route('PUT', `${prefix}/commands`, ({ req, params }) => {
        this.checkApp(params);
        const key = scope(params);
        if (!Array.isArray(req.body)) throw apiError(400, 50035, 'Invalid Form Body', { _errors: [{ code: 'LIST_TYPE_CONVERT', message: 'Only iterables may be used in a ListType' }] });
        if (this.opts.validate) {
          const errs = new FormErrors();
          if (req.body.length > 100) errs.add([], 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
          req.body.forEach((c: JsonObject, i: number) => this.validateCommand(c, [i], errs));
          const seen = new Set<string>();
          req.body.forEach((c: JsonObject, i: number) => {
            const k = `${c['type'] ?? 1}:${c['name']}`;
            if (seen.has(k)) errs.add([i, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', `Application command names must be unique`);
            seen.add(k);
          });
          errs.throwIfAny();
        }
        const old = this.commandStore.get(key) ?? [];
        const stored = (req.body as JsonObject[]).map((c) => {
          const prev = old.find((o) => o['name'] === c['name'] && (o['type'] ?? 1) === (c['type'] ?? 1));
          return this.storeCommand(c, key, prev);
        });
        this.commandStore.set(key, stored);
        return json(clone(stored));
      });
      this.route('POST', `${prefix}/commands`, ({ req, params }) => {
        this.checkApp(params);
        const key = scope(params);
        if (this.opts.validate) {
          const errs = new FormErrors();
          this.validateCommand(req.body ?? {}, [], errs);
          errs.throwIfAny();
        }
        const list = this.commandStore.get(key) ?? [];
        const idx = list.findIndex((o) => o['name'] === req.body['name'] && (o['type'] ?? 1) === (req.body['type'] ?? 1));
        const stored = this.storeCommand(req.body, key, idx >= 0 ? list[idx] : undefined);
        if (idx >= 0) list[idx] = stored;
        else list.push(stored);
        this.commandStore.set(key, list);
        return json(clone(stored), idx >= 0 ? 200 : 201);
      });
      this.route('GET', `${prefix}/commands/:commandId`, ({ params }) => {
        this.checkApp(params);
        const c = (this.commandStore.get(scope(params)) ?? []).find((x) => x['id'] === params['commandId']);
        if (!c) throw apiError(404, 10063, 'Unknown application command');
        return json(clone(c));
      });
      this.route('PATCH', `${prefix}/commands/:commandId`, ({ req, params }) => {
        this.checkApp(params);
        const list = this.commandStore.get(scope(params)) ?? [];
        const idx = list.findIndex((x) => x['id'] === params['commandId']);
        const prev = list[idx];
        if (!prev) throw apiError(404, 10063, 'Unknown application command');
        const merged = { ...prev, ...req.body };
        if (this.opts.validate) {
          const errs = new FormErrors();
          this.validateCommand(merged, [], errs);
          errs.throwIfAny();
        }
        list[idx] = this.storeCommand(merged, scope(params), prev);
        return json(clone(list[idx]));
      });
      this.route('DELETE', `${prefix}/commands/:commandId`, ({ params }) => {
        this.checkApp(params);
        const list = this.commandStore.get(scope(params)) ?? [];
        const idx = list.findIndex((x) => x['id'] === params['commandId']);
        if (idx < 0) throw apiError(404, 10063, 'Unknown application command');
        list.splice(idx, 1);
        return noContent;
      });
    };
    cmdRoutes('/applications/:appId/guilds/:guildId', (p) => {
      if (p['guildId'] !== this.guildId) throw apiError(403, 50001, 'Missing Access');
      return p['guildId'] ?? '';
    });
    cmdRoutes('/applications/:appId', () => 'global');

    // --- interactions (unauthenticated; token in path)
    this.route('POST', '/interactions/:interactionId/:token/callback', (ctx) => this.handleCallback(ctx), false);
    this.route('POST', '/webhooks/:appId/:token', (ctx) => this.handleFollowup(ctx), false);
    this.route('GET', '/webhooks/:appId/:token/messages/:messageId', (ctx) => this.handleWebhookMessage(ctx, 'GET'), false);
    this.route('PATCH', '/webhooks/:appId/:token/messages/:messageId', (ctx) => this.handleWebhookMessage(ctx, 'PATCH'), false);
    this.route('DELETE', '/webhooks/:appId/:token/messages/:messageId', (ctx) => this.handleWebhookMessage(ctx, 'DELETE'), false);

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

  private checkApp(params: Record<string, string>): void {
    if (params['appId'] !== this.applicationId) throw apiError(403, 50001, 'Missing Access');
  }

  // ------------------------------------------------------------------ interaction REST handlers

  private handleCallback({ req, params }: RouteCtx): Reply {
    const state = this.interactions.get(params['interactionId'] ?? '');
    if (!state || state.token !== params['token']) throw apiError(404, 10062, 'Unknown interaction');
    if (state.acknowledged) throw apiError(400, 40060, 'Interaction has already been acknowledged.');
    if (Date.now() - state.createdAt > this.opts.interactionDeadlineMs) throw apiError(404, 10062, 'Unknown interaction');
    const body: JsonObject = req.body && typeof req.body === 'object' ? req.body : {};
    const type = body['type'];
    const allowed: Record<number, number[]> = { 2: [4, 5, 9, 10, 12], 3: [4, 5, 6, 7, 9, 10], 4: [8], 5: [4, 5, 6, 7] };
    if (typeof type !== 'number' || !(allowed[state.type] ?? []).includes(type)) {
      throw apiError(400, 50035, 'Invalid Form Body', {
        type: { _errors: [{ code: 'INTERACTION_CALLBACK_TYPE_INVALID', message: `Interaction callback type ${String(type)} is not valid for interaction type ${state.type}` }] },
      });
    }
    const data: JsonObject = body['data'] ?? {};
    const withResponse = req.query['with_response'] === 'true';
    let message: JsonObject | undefined;

    if (this.opts.validate) {
      const errs = new FormErrors();
      if (type === 4 || type === 7) this.validateMessage(data, req.files, errs, ['data'], type === 4 ? 'create' : 'edit');
      if (type === 8) this.validateChoices(data, errs);
      if (type === 9) this.validateModal(data, errs);
      errs.throwIfAny();
      if (type === 4 && this.isEmpty(data, req.files)) throw apiError(400, 50006, 'Cannot send an empty message');
    }

    if (type === 4 || type === 5) {
      const flags = Number(data['flags'] ?? 0);
      message = this.buildMessage({
        channelId: state.channelId,
        guildId: state.guildId,
        author: this.botUser,
        member: null,
        content: type === 4 ? (data['content'] ?? '') : '',
        embeds: type === 4 ? (data['embeds'] ?? []) : [],
        components: type === 4 ? (data['components'] ?? []) : [],
        attachments: type === 4 ? this.makeAttachments(data, req.files, state.channelId) : [],
        flags: type === 5 ? (flags & FLAG_EPHEMERAL) | FLAG_LOADING : flags & (FLAG_EPHEMERAL | FLAG_SUPPRESS_EMBEDS | FLAG_SUPPRESS_NOTIFICATIONS | FLAG_IS_COMPONENTS_V2),
        type: state.type === 2 ? 20 : 0,
        webhookId: this.applicationId,
        interaction: state,
        tts: type === 4 ? Boolean(data['tts']) : false,
      });
      this.messages.set(message['id'], { message, deleted: false, interactionId: state.id });
      state.originalMessageId = message['id'];
    } else if (type === 7) {
      const src = state.sourceMessageId ? this.messages.get(state.sourceMessageId) : undefined;
      if (src) {
        this.applyEdit(src.message, data, req.files);
        message = src.message;
      }
    } else if (type === 6) {
      message = state.sourceMessageId ? this.messages.get(state.sourceMessageId)?.message : undefined;
    }

    state.acknowledged = true;
    state.callbackType = type;
    const ephemeral = Boolean(Number(data['flags'] ?? message?.['flags'] ?? 0) & FLAG_EPHEMERAL);
    this.recordInteractionResponse(state, {
      kind: 'callback',
      method: req.method,
      path: req.path,
      status: withResponse ? 200 : 204,
      callbackType: type,
      ...(message ? { messageId: message['id'] as string, message: clone(message) } : {}),
      body: req.body,
      data: body['data'],
      files: req.files,
      ephemeral,
      withResponse,
      request: req,
    });
    if (message && (type === 4 || type === 5) && !ephemeral) this.echo(message);

    if (!withResponse) return { status: 204 };
    return {
      status: 200,
      body: {
        interaction: {
          id: state.id,
          type: state.type,
          activity_instance_id: null,
          response_message_id: type === 4 || type === 5 || type === 7 ? (message?.['id'] ?? null) : null,
          response_message_loading: type === 5,
          response_message_ephemeral: ephemeral,
        },
        resource: { type, ...(message && type !== 6 ? { message: clone(message) } : {}) },
      },
    };
  }

  private interactionForWebhook(params: Record<string, string>): InteractionState {
    const state = this.interactionsByToken.get(params['token'] ?? '');
    if (!state || params['appId'] !== this.applicationId) throw apiError(404, 10015, 'Unknown Webhook');
    if (!state.acknowledged) throw apiError(404, 10015, 'Unknown Webhook');
    return state;
  }

  /** The body of a new message (follow-up or channel post), validated as Discord does when validation is on. */
  private createdMessageBody(req: RouteCtx['req']): JsonObject {
    const body: JsonObject = req.body && typeof req.body === 'object' ? req.body : {};
    if (this.opts.validate) {
      const errs = new FormErrors();
      this.validateMessage(body, req.files, errs, [], 'create');
      errs.throwIfAny();
      if (this.isEmpty(body, req.files)) throw apiError(400, 50006, 'Cannot send an empty message');
    }
    return body;
  }

  private handleFollowup({ req, params }: RouteCtx): Reply {
    const state = this.interactionForWebhook(params);
    const body = this.createdMessageBody(req);
    const wait = req.query['wait'] === 'true';
    const original = state.originalMessageId ? this.messages.get(state.originalMessageId) : undefined;

    let message: JsonObject;
    let kind: InteractionResponseKind = 'followup';
    if (state.callbackType === 5 && original && original.message['flags'] & FLAG_LOADING) {
      // Discord: the first follow-up after a deferred reply edits the loading message (ephemeral flag ignored).
      this.applyEdit(original.message, body, req.files);
      message = original.message;
      kind = 'edit';
    } else {
      message = this.buildMessage({
        channelId: state.channelId,
        guildId: state.guildId,
        author: this.botUser,
        member: null,
        content: body['content'] ?? '',
        embeds: body['embeds'] ?? [],
        components: body['components'] ?? [],
        attachments: this.makeAttachments(body, req.files, state.channelId),
        flags: Number(body['flags'] ?? 0) & (FLAG_EPHEMERAL | FLAG_SUPPRESS_EMBEDS | FLAG_SUPPRESS_NOTIFICATIONS | FLAG_IS_COMPONENTS_V2),
        type: 0,
        webhookId: this.applicationId,
        interaction: state,
        tts: Boolean(body['tts']),
      });
      this.messages.set(message['id'], { message, deleted: false, interactionId: state.id });
      state.followupIds.push(message['id']);
    }
    const ephemeral = Boolean(message['flags'] & FLAG_EPHEMERAL);
    this.recordInteractionResponse(state, {
      kind,
      method: req.method,
      path: req.path,
      status: wait ? 200 : 204,
      ...(kind === 'edit' ? { target: '@original' } : {}),
      messageId: message['id'],
      body: req.body,
      data: req.body,
      files: req.files,
      ephemeral,
      withResponse: wait,
      message: clone(message),
      request: req,
    });
    if (kind === 'followup' && !ephemeral) this.echo(message);
    return wait ? { status: 200, body: clone(message) } : { status: 204 };
  }

  private handleWebhookMessage({ req, params }: RouteCtx, method: 'GET' | 'PATCH' | 'DELETE'): Reply {
    const state = this.interactionForWebhook(params);
    const target = params['messageId'] ?? '';
    let messageId: string | undefined;
    if (target === '@original') {
      messageId =
        state.originalMessageId ?? (state.callbackType === 6 || state.callbackType === 7 ? state.sourceMessageId : undefined);
    } else if (target === state.originalMessageId || state.followupIds.includes(target) || target === state.sourceMessageId) {
      messageId = target;
    }
    const stored = messageId ? this.messages.get(messageId) : undefined;
    if (!stored || stored.deleted) throw apiError(404, 10008, 'Unknown Message');
    if (method === 'GET') return { status: 200, body: clone(stored.message) };

    if (method === 'DELETE') {
      stored.deleted = true;
      this.recordInteractionResponse(state, {
        kind: 'delete',
        method: req.method,
        path: req.path,
        status: 204,
        target,
        messageId: stored.message['id'],
        body: undefined,
        data: undefined,
        files: [],
        ephemeral: Boolean(stored.message['flags'] & FLAG_EPHEMERAL),
        withResponse: false,
        request: req,
      });
      return { status: 204 };
    }

    const body: JsonObject = req.body && typeof req.body === 'object' ? req.body : {};
    if (this.opts.validate) {
      const errs = new FormErrors();
      this.validateMessage(body, req.files, errs, [], 'edit');
      errs.throwIfAny();
    }
    const before = clone(stored.message);
    this.applyEdit(stored.message, body, req.files);
    if (this.opts.validate && this.isEmpty(stored.message, [])) {
      Object.assign(stored.message, before);
      throw apiError(400, 50006, 'Cannot send an empty message');
    }
    this.recordInteractionResponse(state, {
      kind: 'edit',
      method: req.method,
      path: req.path,
      status: 200,
      target,
      messageId: stored.message['id'],
      body: req.body,
      data: req.body,
      files: req.files,
      ephemeral: Boolean(stored.message['flags'] & FLAG_EPHEMERAL),
      withResponse: false,
      message: clone(stored.message),
      request: req,
    });
    return { status: 200, body: clone(stored.message) };
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

  private outgoingMentions(body: JsonObject, referenced: JsonObject | undefined, guildId: string | null): JsonObject[] {
    const am = body['allowed_mentions'] as JsonObject | undefined;
    const parse: string[] = am?.['parse'] ?? ['users', 'roles', 'everyone'];
    const allowedUsers: string[] = am?.['users'] ?? [];
    const out = new Map<string, JsonObject>();
    const content = String(body['content'] ?? '');
    for (const m of content.matchAll(/<@!?(\d{15,21})>/g)) {
      const id = m[1] ?? '';
      const u = this.users.get(id);
      if (u && (!am || parse.includes('users') || allowedUsers.includes(id))) out.set(id, u);
    }
    const repliedAuthor = referenced?.['author'] as JsonObject | undefined;
    // Without allowed_mentions a reply pings the replied-to author; with it, only if replied_user: true.
    const pingReplied = am ? am['replied_user'] === true : true;
    if (repliedAuthor && pingReplied) {
      out.set(repliedAuthor['id'], this.users.get(repliedAuthor['id']) ?? repliedAuthor);
    }
    return [...out.values()].map((u) => this.mentionUser(u, guildId));
  }

  // ------------------------------------------------------------------ messages

  private buildMessage(o: {
    channelId: string;
    guildId: string | null;
    author: JsonObject;
    member: JsonObject | null;
    content?: string;
    embeds?: JsonObject[];
    components?: JsonObject[];
    attachments?: JsonObject[];
    mentions?: JsonObject[];
    flags?: number;
    type?: number;
    referenced?: JsonObject;
    webhookId?: string;
    interaction?: InteractionState;
    tts?: boolean;
  }): JsonObject {
    const id = this.snowflake();
    const message: JsonObject = {
      id,
      type: o.type ?? (o.referenced ? 19 : 0),
      channel_id: o.channelId,
      author: clone(o.author),
      content: o.content ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: o.tts ?? false,
      mention_everyone: false,
      mentions: o.mentions ?? [],
      mention_roles: [],
      attachments: o.attachments ?? [],
      embeds: (o.embeds ?? []).map((e) => ({ type: 'rich', ...clone(e) })),
      pinned: false,
      flags: o.flags ?? 0,
      components: clone(o.components ?? []),
    };
    if (o.guildId) message['guild_id'] = o.guildId;
    if (o.member) message['member'] = clone(o.member);
    if (o.webhookId) {
      message['webhook_id'] = o.webhookId;
      message['application_id'] = this.applicationId;
    }
    if (o.referenced) {
      message['message_reference'] = {
        type: 0,
        message_id: o.referenced['id'],
        channel_id: o.referenced['channel_id'],
        ...(o.referenced['guild_id'] ? { guild_id: o.referenced['guild_id'] } : {}),
      };
      const { referenced_message: _nested, ...rest } = o.referenced;
      message['referenced_message'] = clone(rest);
    }
    if (o.interaction) {
      const ix = o.interaction;
      message['interaction_metadata'] = {
        id: ix.id,
        type: ix.type,
        user: clone(ix.user),
        authorizing_integration_owners: clone(ix.payload['authorizing_integration_owners']),
        ...(ix.type === 3 && ix.sourceMessageId ? { interacted_message_id: ix.sourceMessageId } : {}),
        ...(ix.commandName ? { name: ix.commandName, command_type: 1 } : {}),
      };
      if (ix.commandName && ix.type === 2) {
        message['interaction'] = { id: ix.id, type: ix.type, name: ix.commandName, user: clone(ix.user) };
      }
    }
    return message;
  }

  private makeAttachments(body: JsonObject, files: RecordedFile[], channelId: string): JsonObject[] {
    const meta: JsonObject[] = Array.isArray(body['attachments']) ? body['attachments'] : [];
    return files.map((f, index) => {
      const m = f.field.match(/^files\[(\d+)\]$/);
      const n = m?.[1] ?? String(index);
      const desc = meta.find((a) => String(a['id']) === n);
      const id = this.snowflake();
      const url = `https://cdn.discordapp.com/attachments/${channelId}/${id}/${encodeURIComponent(f.name)}`;
      return {
        id,
        filename: f.name,
        size: f.size,
        url,
        proxy_url: url.replace('cdn.discordapp.com', 'media.discordapp.net'),
        content_type: f.contentType,
        ...(desc?.['description'] ? { description: desc['description'] } : {}),
      };
    });
  }

  private applyEdit(message: JsonObject, body: JsonObject, files: RecordedFile[]): void {
    if ('content' in body) message['content'] = body['content'] ?? '';
    if ('embeds' in body) message['embeds'] = (body['embeds'] ?? []).map((e: JsonObject) => ({ type: 'rich', ...clone(e) }));
    if ('components' in body) message['components'] = clone(body['components'] ?? []);
    if ('flags' in body && body['flags'] != null) {
      const keep = message['flags'] & FLAG_EPHEMERAL;
      message['flags'] = keep | (Number(body['flags']) & (FLAG_SUPPRESS_EMBEDS | FLAG_IS_COMPONENTS_V2));
    }
    if ('attachments' in body || files.length) {
      const keepIds = new Set<string>((Array.isArray(body['attachments']) ? body['attachments'] : []).map((a: JsonObject) => String(a['id'])));
      const kept = ('attachments' in body ? (message['attachments'] as JsonObject[]).filter((a) => keepIds.has(String(a['id']))) : message['attachments']) as JsonObject[];
      message['attachments'] = [...kept, ...this.makeAttachments(body, files, message['channel_id'])];
    }
    message['flags'] = message['flags'] & ~FLAG_LOADING;
    message['edited_timestamp'] = new Date().toISOString();
  }

  private isEmpty(body: JsonObject, files: RecordedFile[]): boolean {
    const content = typeof body['content'] === 'string' ? body['content'].trim() : '';
    const arr = (k: string): boolean => Array.isArray(body[k]) && body[k].length > 0;
    return !content && !arr('embeds') && !arr('components') && !arr('sticker_ids') && !body['poll'] && files.length === 0 && !arr('attachments');
  }

  /** MESSAGE_CREATE for messages the bot created (Discord echoes them back over the gateway). */
  private echo(message: JsonObject): void {
    if (!this.opts.echoBotMessages) return;
    const session = this.currentSession;
    if (!session || !session.valid) return;
    const mentionsBot = (message['mentions'] as JsonObject[]).some((u) => u['id'] === this.botUserId);
    this.dispatchTo(session, 'MESSAGE_CREATE', this.gatewayMessage(message, session, mentionsBot));
  }

  /** Gateway form of a message: content blanked without the MESSAGE_CONTENT intent (unless mention/DM/own). */
  private gatewayMessage(message: JsonObject, session: Session, mentionsBot: boolean): JsonObject {
    const m = clone(message);
    const dm = !m['guild_id'];
    const own = m['author']?.['id'] === this.botUserId;
    if (this.opts.enforceMessageContentIntent && !(session.intents & INTENT_MESSAGE_CONTENT) && !mentionsBot && !dm && !own) {
      m['content'] = '';
      m['embeds'] = [];
      m['attachments'] = [];
      m['components'] = [];
    }
    return m;
  }

  private mentionUser(u: JsonObject, guildId: string | null): JsonObject {
    const out = clone(u);
    const member = guildId ? this.members.get(u['id']) : undefined;
    if (member) out['member'] = clone(member);
    return out;
  }

  // ------------------------------------------------------------------ validation

  private validateMessage(body: JsonObject, files: RecordedFile[], errs: FormErrors, base: Array<string | number>, _mode: 'create' | 'edit'): void {
    const content = body['content'];
    if (content != null && typeof content !== 'string') errs.add([...base, 'content'], 'BASE_TYPE_STRING', 'Must be a string.');
    if (len(content) > 2000) errs.add([...base, 'content'], 'BASE_TYPE_MAX_LENGTH', 'Must be 2000 or fewer in length.');
    const embeds = body['embeds'];
    if (embeds != null) {
      if (!Array.isArray(embeds)) errs.add([...base, 'embeds'], 'LIST_TYPE_CONVERT', 'Only iterables may be used in a ListType');
      else {
        if (embeds.length > 10) errs.add([...base, 'embeds'], 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
        let total = 0;
        embeds.forEach((e: JsonObject, i: number) => {
          const p = [...base, 'embeds', i];
          const check = (v: unknown, max: number, key: Array<string | number>, required = false): void => {
            if (required && (typeof v !== 'string' || v.length === 0)) errs.add([...p, ...key], 'BASE_TYPE_REQUIRED', 'This field is required');
            if (len(v) > max) errs.add([...p, ...key], 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
            total += len(v);
          };
          check(e['title'], 256, ['title']);
          check(e['description'], 4096, ['description']);
          if (e['footer']) check(e['footer']['text'], 2048, ['footer', 'text'], true);
          if (e['author']) check(e['author']['name'], 256, ['author', 'name'], true);
          const fields = e['fields'];
          if (Array.isArray(fields)) {
            if (fields.length > 25) errs.add([...p, 'fields'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
            fields.forEach((f: JsonObject, j: number) => {
              check(f['name'], 256, ['fields', j, 'name'], true);
              check(f['value'], 1024, ['fields', j, 'value'], true);
            });
          }
          for (const key of ['url']) {
            const v = e[key];
            if (v != null && !/^https?:\/\//.test(String(v))) errs.add([...p, key], 'URL_TYPE_INVALID_URL', 'Not a well formed URL.');
          }
          for (const key of ['image', 'thumbnail']) {
            const v = e[key]?.['url'];
            if (v != null && !/^(https?|attachment):\/\//.test(String(v))) errs.add([...p, key, 'url'], 'URL_TYPE_INVALID_URL', 'Scheme must be one of (\'http\', \'https\', \'attachment\').');
          }
          const color = e['color'];
          if (color != null && (!Number.isInteger(color) || color < 0 || color > 0xffffff)) errs.add([...p, 'color'], 'NUMBER_TYPE_MAX', 'int value should be <= 16777215 and >= 0.');
        });
        if (total > 6000) errs.add([...base, 'embeds'], 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
      }
    }
    const components = body['components'];
    if (components != null && Array.isArray(components) && !(Number(body['flags'] ?? 0) & FLAG_IS_COMPONENTS_V2)) {
      if (components.length > 5) errs.add([...base, 'components'], 'BASE_TYPE_MAX_LENGTH', 'Must be 5 or fewer in length.');
      const ids = new Set<string>();
      components.forEach((row: JsonObject, i: number) => {
        const p = [...base, 'components', i];
        if (row['type'] !== 1) {
          errs.add([...p, 'type'], 'COMPONENT_LAYOUT_WIDTH_EXCEEDED', 'Top-level components must be action rows');
          return;
        }
        const children: JsonObject[] = Array.isArray(row['components']) ? row['components'] : [];
        if (children.length === 0 || children.length > 5) errs.add([...p, 'components'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 5 in length.');
        children.forEach((c, j) => {
          const cp = [...p, 'components', j];
          if (c['type'] === 2) {
            if (len(c['label']) > 80) errs.add([...cp, 'label'], 'BASE_TYPE_MAX_LENGTH', 'Must be 80 or fewer in length.');
            const style = c['style'];
            if (style === 5) {
              if (!c['url']) errs.add([...cp, 'url'], 'BASE_TYPE_REQUIRED', 'This field is required');
            } else if (style !== 6) {
              if (!c['custom_id']) errs.add([...cp, 'custom_id'], 'BASE_TYPE_REQUIRED', 'This field is required');
            }
            if (!c['label'] && !c['emoji'] && style !== 6) errs.add([...cp, 'label'], 'BASE_TYPE_REQUIRED', 'Button needs a label or an emoji');
          }
          const cid = c['custom_id'];
          if (cid != null) {
            if (len(cid) > 100) errs.add([...cp, 'custom_id'], 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
            if (ids.has(cid)) errs.add([...cp, 'custom_id'], 'COMPONENT_CUSTOM_ID_DUPLICATED', 'Component custom id cannot be duplicated');
            ids.add(cid);
          }
        });
      });
    }
    if (files.length > 10) errs.add([...base, 'files'], 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
    for (const f of files) {
      if (f.size > 10 * 1024 * 1024) throw apiError(413, 40005, 'Request entity too large');
    }
  }

  private validateChoices(data: JsonObject, errs: FormErrors): void {
    const choices = data['choices'];
    if (!Array.isArray(choices)) {
      errs.add(['data', 'choices'], 'BASE_TYPE_REQUIRED', 'This field is required');
      return;
    }
    if (choices.length > 25) errs.add(['data', 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
    choices.forEach((c: JsonObject, i: number) => {
      const name = c['name'];
      if (typeof name !== 'string' || len(name) < 1 || len(name) > 100) errs.add(['data', 'choices', i, 'name'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
      const value = c['value'];
      if (typeof value === 'string' ? len(value) > 100 : typeof value !== 'number') errs.add(['data', 'choices', i, 'value'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    });
  }

  private validateModal(data: JsonObject, errs: FormErrors): void {
    if (!data['custom_id'] || len(data['custom_id']) > 100) errs.add(['data', 'custom_id'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    if (!data['title'] || len(data['title']) > 45) errs.add(['data', 'title'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 45 in length.');
    const comps = data['components'];
    if (!Array.isArray(comps) || comps.length < 1 || comps.length > 5) errs.add(['data', 'components'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 5 in length.');
  }

  private validateCommand(c: JsonObject, path: Array<string | number>, errs: FormErrors): void {
    const type = c['type'] ?? 1;
    const name = c['name'];
    const nameRe = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
    if (typeof name !== 'string' || (type === 1 ? !nameRe.test(name) || name !== name.toLowerCase() : len(name) < 1 || len(name) > 32)) {
      errs.add([...path, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
    }
    if (type === 1) {
      const d = c['description'];
      if (typeof d !== 'string' || len(d) < 1 || len(d) > 100) errs.add([...path, 'description'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    }
    const validateOptions = (opts: unknown, p: Array<string | number>): void => {
      if (opts == null) return;
      if (!Array.isArray(opts)) {
        errs.add(p, 'LIST_TYPE_CONVERT', 'Only iterables may be used in a ListType');
        return;
      }
      if (opts.length > 25) errs.add(p, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
      let seenOptional = false;
      const names = new Set<string>();
      opts.forEach((o: JsonObject, i: number) => {
        const op = [...p, i];
        if (typeof o['name'] !== 'string' || !nameRe.test(o['name']) || o['name'] !== o['name'].toLowerCase()) errs.add([...op, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
        if (names.has(o['name'])) errs.add([...op, 'name'], 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS', 'Option names must be unique');
        names.add(o['name']);
        if (typeof o['description'] !== 'string' || len(o['description']) < 1 || len(o['description']) > 100) errs.add([...op, 'description'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
        if (o['type'] !== 1 && o['type'] !== 2) {
          if (o['required']) {
            if (seenOptional) errs.add([...op, 'required'], 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', 'Required options must be placed before non-required options');
          } else seenOptional = true;
        }
        if (Array.isArray(o['choices'])) {
          if (o['choices'].length > 25) errs.add([...op, 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
          if (o['autocomplete']) errs.add([...op, 'autocomplete'], 'APPLICATION_COMMAND_OPTION_CHOICES_AUTOCOMPLETE', 'Autocomplete cannot be set with choices');
        }
        if (o['type'] === 1 || o['type'] === 2) validateOptions(o['options'], [...op, 'options']);
      });
    };
    validateOptions(c['options'], [...path, 'options']);
  }

  private storeCommand(c: JsonObject, scope: string, prev: JsonObject | undefined): JsonObject {
    const type = c['type'] ?? 1;
    const id = prev?.['id'] ?? this.commandIdFor(c['name'], type, scope);
    return {
      name_localizations: null,
      description_localizations: null,
      default_member_permissions: null,
      dm_permission: true,
      nsfw: false,
      integration_types: [0],
      contexts: null,
      options: [],
      ...clone(c),
      id,
      application_id: this.applicationId,
      version: this.snowflake(),
      type,
      description: c['description'] ?? '',
      ...(scope !== 'global' ? { guild_id: scope } : {}),
    };
  }

  private commandIdFor(name: string, type = 1, scope = 'global'): string {
    const key = `${scope}:${type}:${name}`;
    let id = this.commandIdsByName.get(key) ?? this.commandIdsByName.get(`guess:${name}`);
    if (!id) {
      id = this.snowflake();
      this.commandIdsByName.set(key, id);
      this.commandIdsByName.set(`guess:${name}`, id);
    }
    return id;
  }

  private findCommand(name: string, type: number, guildId: string | null): JsonObject | undefined {
    const match = (c: JsonObject): boolean => c['name'] === name && (c['type'] ?? 1) === type;
    return (guildId ? this.commandStore.get(guildId)?.find(match) : undefined) ?? this.commandStore.get('global')?.find(match);
  }

  // ------------------------------------------------------------------ entities

  private applicationObject(): JsonObject {
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

  private dmChannelFor(user: JsonObject): JsonObject {
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

  private ensureUser(id: string, username?: string, globalName?: string): JsonObject {
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

  private ensureMember(userId: string, roles?: string[]): JsonObject {
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

  private requireChannel(id: string | undefined): JsonObject {
    const c = id ? this.channels.get(id) : undefined;
    if (!c) throw apiError(404, 10003, 'Unknown Channel');
    return c;
  }

  private snowflake(): string {
    let v = ((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (1n << 17n);
    if (v <= this.snowflakeLast) v = this.snowflakeLast + 1n;
    this.snowflakeLast = v;
    return v.toString();
  }

  // ------------------------------------------------------------------ gateway

  private onConnection(ws: WebSocket, req: IncomingMessage): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const conn: Conn = {
      id: ++this.connCounter,
      ws,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams.entries()),
      session: null,
      state: 'connected',
    };
    this.conns.add(conn);
    this.sockets.add(ws);
    ws.once('close', () => this.sockets.delete(ws));
    this.gwEvent(conn, { event: 'open', query: conn.query, path: conn.path });
    ws.on('message', (data: RawData, isBinary: boolean) => this.onGatewayMessage(conn, data, isBinary));
    ws.on('close', (code: number, reason: Buffer) => this.onGatewayClose(conn, code, reason.toString()));
    ws.on('error', (err) => this.debug(`gateway socket error: ${err.message}`));

    if (conn.query['v'] !== '10') {
      this.closeConn(conn, 4012, 'Invalid API version');
      return;
    }
    if ((conn.query['encoding'] ?? 'json') !== 'json') {
      this.closeConn(conn, 4002, 'fake-discord supports encoding=json only');
      return;
    }
    // compress=zlib-stream is tolerated: frames are sent as text, which discord.js parses without inflating.
    this.sendRaw(conn, { op: GatewayOp.Hello, d: { heartbeat_interval: this.opts.heartbeatIntervalMs, _trace: ['["fake-discord"]'] }, s: null, t: null });
  }

  private onGatewayMessage(conn: Conn, data: RawData, _isBinary: boolean): void {
    let payload: JsonObject;
    try {
      const text = Array.isArray(data) ? Buffer.concat(data).toString('utf8') : Buffer.from(data as ArrayBuffer).toString('utf8');
      payload = JSON.parse(text);
    } catch {
      this.closeConn(conn, 4002, 'Error while decoding payload.');
      return;
    }
    const op = payload['op'];
    const d = payload['d'];
    this.gatewayLog.push({ at: Date.now(), connectionId: conn.id, direction: 'in', op, d: op === GatewayOp.Identify || op === GatewayOp.Resume ? { ...d, token: '[redacted]' } : d });
    this.notify();

    switch (op) {
      case GatewayOp.Heartbeat:
        this.sendRaw(conn, { op: GatewayOp.HeartbeatAck, d: null, s: null, t: null });
        return;
      case GatewayOp.Identify:
        this.onIdentify(conn, d ?? {});
        return;
      case GatewayOp.Resume:
        this.onResume(conn, d ?? {});
        return;
      case GatewayOp.PresenceUpdate:
      case GatewayOp.VoiceStateUpdate:
        if (!conn.session) this.closeConn(conn, 4003, 'Not authenticated.');
        return;
      case GatewayOp.RequestGuildMembers: {
        if (!conn.session) {
          this.closeConn(conn, 4003, 'Not authenticated.');
          return;
        }
        const ids: string[] | undefined = d?.['user_ids'] ? [].concat(d['user_ids']) : undefined;
        const query = String(d?.['query'] ?? '');
        const found = [...this.members.entries()]
          .filter(([uid]) => (ids ? ids.includes(uid) : String(this.users.get(uid)?.['username'] ?? '').startsWith(query)))
          .map(([uid, m]) => ({ ...clone(m), user: clone(this.users.get(uid)) }));
        this.dispatchTo(conn.session, 'GUILD_MEMBERS_CHUNK', {
          guild_id: this.guildId,
          members: found,
          chunk_index: 0,
          chunk_count: 1,
          not_found: ids ? ids.filter((id) => !this.members.has(id)) : [],
          ...(d?.['nonce'] ? { nonce: d['nonce'] } : {}),
        });
        return;
      }
      default:
        this.closeConn(conn, 4001, 'Unknown opcode.');
    }
  }

  /** IDENTIFY and RESUME: one session per connection, and the bot's own token. */
  private authenticate(conn: Conn, d: JsonObject): boolean {
    if (conn.session) {
      this.closeConn(conn, 4005, 'Already authenticated.');
      return false;
    }
    const token = String(d['token'] ?? '').replace(/^Bot\s+/i, '');
    if (token !== this.token) {
      this.gwEvent(conn, { event: 'rejected', code: 4004, reason: 'Authentication failed.' });
      this.closeConn(conn, 4004, 'Authentication failed.');
      return false;
    }
    return true;
  }

  private onIdentify(conn: Conn, d: JsonObject): void {
    if (!this.authenticate(conn, d)) return;
    const intents = Number(d['intents']);
    if (!Number.isInteger(intents) || intents < 0) {
      this.closeConn(conn, 4013, 'Invalid intent(s).');
      return;
    }
    if (intents & PRIVILEGED_INTENTS & ~this.opts.allowedPrivilegedIntents) {
      this.gwEvent(conn, { event: 'rejected', code: 4014, reason: 'Disallowed intent(s).' });
      this.closeConn(conn, 4014, 'Disallowed intent(s).');
      return;
    }
    const shard = d['shard'];
    if (shard !== undefined && (!Array.isArray(shard) || shard[0] !== 0 || shard[1] !== 1)) {
      this.closeConn(conn, 4010, 'Invalid shard.');
      return;
    }
    const session: Session = {
      id: this.snowflake().slice(-12) + Math.random().toString(16).slice(2, 22),
      seq: 0,
      intents,
      identify: { ...d, token: '[redacted]' },
      conn,
      buffer: [],
      valid: true,
    };
    this.sessions.set(session.id, session);
    conn.session = session;
    this.currentSession = session;
    this.gwEvent(conn, { event: 'identify', d: session.identify });

    this.dispatchTo(session, 'READY', {
      v: 10,
      user_settings: {},
      user: clone(this.botUser),
      guilds: [{ id: this.guildId, unavailable: true }],
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.resumeGatewayUrl,
      shard: [0, 1],
      application: { id: this.applicationId, flags: 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      auth: {},
      _trace: ['["fake-discord-gateway"]'],
    });
    this.dispatchTo(session, 'GUILD_CREATE', this.guildCreatePayload());
    conn.state = 'ready';
    this.gwEvent(conn, { event: 'ready' });
  }

  private onResume(conn: Conn, d: JsonObject): void {
    if (!this.authenticate(conn, d)) return;
    const session = this.sessions.get(String(d['session_id'] ?? ''));
    const seq = Number(d['seq'] ?? 0);
    if (!session || !session.valid || seq > session.seq) {
      this.gwEvent(conn, { event: 'rejected', reason: 'invalid session on RESUME' });
      this.sendRaw(conn, { op: GatewayOp.InvalidSession, d: false, s: null, t: null });
      return;
    }
    if (session.conn && session.conn !== conn) {
      const old = session.conn;
      old.session = null;
      old.ws.terminate();
    }
    session.conn = conn;
    conn.session = session;
    this.currentSession = session;
    this.gwEvent(conn, { event: 'resume', d: { session_id: session.id, seq } });
    for (const p of session.buffer) if ((p['s'] as number) > seq) this.sendRaw(conn, p);
    this.dispatchTo(session, 'RESUMED', { _trace: ['["fake-discord-gateway"]'] });
    conn.state = 'ready';
    this.gwEvent(conn, { event: 'resumed' });
  }

  private onGatewayClose(conn: Conn, code: number, reason: string): void {
    const wasOpen = conn.state !== 'closed';
    conn.state = 'closed';
    this.conns.delete(conn);
    const session = conn.session;
    if (session && session.conn === conn) {
      session.conn = null;
      // A client closing with 1000/1001 ends its session (Discord semantics); 4200 etc. keep it resumable.
      if (code === 1000 || code === 1001) session.valid = false;
    }
    if (wasOpen) this.gwEvent(conn, { event: 'close', code, reason });
  }

  private guildCreatePayload(): JsonObject {
    const channels = [...this.channels.values()]
      .filter((c) => c['guild_id'] === this.guildId)
      .map((c) => {
        const { guild_id: _g, ...rest } = c;
        return clone(rest);
      });
    return {
      ...clone(this.guild),
      roles: clone([...this.roles.values()]),
      joined_at: '2024-01-01T00:00:00.000000+00:00',
      large: false,
      unavailable: false,
      member_count: this.members.size,
      voice_states: [],
      members: [{ ...clone(this.members.get(this.botUserId)), user: clone(this.botUser) }],
      channels,
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      embedded_activities: [],
      lazy: true,
    };
  }

  private dispatchTo(session: Session, t: string, d: JsonObject): number {
    if (t === 'MESSAGE_CREATE') {
      const need = d['guild_id'] ? INTENT_GUILD_MESSAGES : INTENT_DIRECT_MESSAGES;
      if (!(session.intents & need)) return -1;
    }
    if (t.startsWith('GUILD_ROLE_') && !(session.intents & INTENT_GUILDS)) return -1;
    const s = ++session.seq;
    const payload = { op: GatewayOp.Dispatch, t, s, d };
    session.buffer.push(payload);
    if (session.buffer.length > 2000) session.buffer.shift();
    const conn = session.conn;
    if (conn && conn.ws.readyState === WebSocket.OPEN) this.sendRaw(conn, payload);
    else this.gatewayLog.push({ at: Date.now(), connectionId: 0, direction: 'out', op: 0, t, s, d: '[buffered for RESUME]' });
    return s;
  }

  private sendRaw(conn: Conn, payload: JsonObject): void {
    if (conn.ws.readyState !== WebSocket.OPEN) return;
    conn.ws.send(JSON.stringify(payload));
    this.gatewayLog.push({
      at: Date.now(),
      connectionId: conn.id,
      direction: 'out',
      op: payload['op'],
      t: payload['t'] ?? null,
      s: payload['s'] ?? null,
      d: payload['d'],
    });
    this.notify();
  }

  private closeConn(conn: Conn, code: number, reason: string): void {
    this.debug(`gateway close ${code} ${reason}`);
    conn.ws.close(code, reason);
  }

  private gwEvent(conn: Conn, e: Omit<GatewayLogEntry, 'at' | 'connectionId' | 'direction'>): void {
    this.gatewayLog.push({ at: Date.now(), connectionId: conn.id, direction: 'event', ...e });
    this.debug(`gateway #${conn.id} ${e.event}${e.code ? ` ${e.code}` : ''}${e.reason ? ` (${e.reason})` : ''}`);
    this.notify();
  }

  private requireConn(): Conn {
    const conn = this.currentSession?.conn;
    if (!conn) throw new Error('FakeDiscord: no gateway connection');
    return conn;
  }

  private assertStarted(): void {
    if (!this.port) throw new Error('FakeDiscord not started — await fake.start() first');
  }

  private debug(line: string): void {
    this.opts.log?.(`[fake-discord] ${line}`);
  }
}
