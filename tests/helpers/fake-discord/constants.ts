/** Discord numbers the fake uses: permission bits, gateway opcodes, intents, message flags, the API prefix. */

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

export const INTENT_GUILDS = 1 << 0;
export const INTENT_GUILD_MEMBERS = 1 << 1;
export const INTENT_GUILD_PRESENCES = 1 << 8;
export const INTENT_GUILD_MESSAGES = 1 << 9;
export const INTENT_DIRECT_MESSAGES = 1 << 12;
export const INTENT_MESSAGE_CONTENT = 1 << 15;
export const PRIVILEGED_INTENTS = INTENT_GUILD_MEMBERS | INTENT_GUILD_PRESENCES | INTENT_MESSAGE_CONTENT;

export const FLAG_EPHEMERAL = 64;
export const FLAG_LOADING = 128;
export const FLAG_SUPPRESS_EMBEDS = 4;
export const FLAG_SUPPRESS_NOTIFICATIONS = 4096;
export const FLAG_IS_COMPONENTS_V2 = 1 << 15;

export const DISCORD_EPOCH = 1420070400000n;
export const API_PREFIX = '/api/v10';
