import { Client, GatewayIntentBits } from 'discord.js';
import type { BotConfig } from './config.js';

/**
 * The discord.js client: only the Guilds and GuildMessages intents (no
 * privileged MessageContent: messages that mention the bot carry their text
 * anyway), nobody ever pinged by default, and the REST base URL from
 * DISCORD_API_URL so the bot can run against a fake Discord in tests.
 */
export function createClient(config: Pick<BotConfig, 'DISCORD_API_URL'>): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    allowedMentions: { parse: [], repliedUser: false },
    rest: config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {},
  });
}
