/** Types of the fake: the public ones (re-exported by index.ts) and the internal shapes its layers share. */
import type { WebSocket } from 'ws';

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
// Internal types (shared by the layers; not re-exported by index.ts)
// ---------------------------------------------------------------------------------------------

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RouteCtx {
  req: RecordedRequest;
  params: Record<string, string>;
}

export interface Route {
  method: string;
  template: string;
  regex: RegExp;
  names: string[];
  auth: boolean;
  handler: (ctx: RouteCtx) => Reply;
}

export interface Conn {
  id: number;
  ws: WebSocket;
  path: string;
  query: Record<string, string>;
  session: Session | null;
  state: 'connected' | 'ready' | 'closed';
}

export interface Session {
  id: string;
  seq: number;
  intents: number;
  identify: JsonObject;
  conn: Conn | null;
  buffer: JsonObject[];
  valid: boolean;
}

export interface InteractionState {
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

export interface StoredMessage {
  message: JsonObject;
  deleted: boolean;
  interactionId?: string;
}

export interface Fault {
  spec: FaultSpec;
  method: string | null;
  regex: RegExp;
  remaining: number;
  hits: RecordedRequest[];
}
