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
 *
 * Layout: the class is built as a chain of abstract layers, one concern per file, so the
 * method bodies kept using `this` when the former single file was split:
 *   state.ts → gateway.ts → messages.ts → http.ts → rest-interactions.ts → rest-commands.ts
 *   → rest-routes.ts → fake-discord.ts (FakeDiscord).
 * types.ts, constants.ts, util.ts and limits.ts hold the types, Discord numbers, helpers and
 * payload limits they share. Import from this file (`…/fake-discord/index.js`) only.
 */
export { FakeDiscord } from './fake-discord.js';
export {
  DEFAULT_APP_PERMISSIONS,
  DEFAULT_MEMBER_PERMISSIONS,
  GatewayOp,
  MANAGE_GUILD_PERMISSIONS,
  PermissionBits,
} from './constants.js';
export type {
  AutocompleteOptions,
  ChannelMessageRecord,
  ChatInputOptions,
  CommandOptionInput,
  ComponentOptions,
  FakeDiscordOptions,
  FaultHandle,
  FaultSpec,
  GatewayLogEntry,
  InteractionHandle,
  InteractionResponseKind,
  InteractionResponseRecord,
  InteractionUserOptions,
  JsonObject,
  MessageCreateOptions,
  ModalSubmitOptions,
  ReadyInfo,
  RecordedFile,
  RecordedRequest,
} from './types.js';
