import { Client, Events, GatewayIntentBits, RESTEvents } from 'discord.js';
import { commands, commandsJson } from '../commands/index.js';
import { createInteractionHandler } from '../dispatch/interactions.js';
import { createMessageHandler } from '../dispatch/mentions.js';
import type { BotContext } from '../state/context.js';
import type { InFlight } from '../state/inflight.js';
import type { BotConfig } from './config.js';
import { registerCommands, registeredWhere } from './register.js';
import { GATEWAY_AUTHENTICATION_FAILED, isInteractionUrl, isTokenRejection, TOKEN_REJECTED_MESSAGE } from './token.js';

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

/** Interactions and messages to the dispatchers; a rejected token anywhere is `fatal`. */
export function wireClient(client: Client, ctx: BotContext, inflight: InFlight, fatal: (message: string, code: number) => void): void {
  const { log, config } = ctx;
  client.on(Events.InteractionCreate, createInteractionHandler(ctx, commands, inflight));
  client.on(Events.MessageCreate, createMessageHandler(ctx, inflight));
  client.on(Events.Error, (err) => log.error('Discord-clientfout', err));
  client.on(Events.Warn, (message) => log.warn(`Discord: ${message}`));
  client.on(Events.Debug, (message) => log.debug(`discord.js: ${message}`));
  client.on(Events.ShardDisconnect, (event, shardId) => {
    if (event.code === GATEWAY_AUTHENTICATION_FAILED) fatal(TOKEN_REJECTED_MESSAGE, 1);
    else log.warn(`Gatewayverbinding ${shardId} gesloten (code ${event.code}); geen herverbinding.`);
  });
  // A 401 on any call made with the bot token: the token was revoked while running.
  client.rest.on(RESTEvents.Response, (request, response) => {
    const headers = (request.options.headers ?? {}) as Record<string, string>;
    if (response.status === 401 && headers.Authorization && !isInteractionUrl(String(request.path))) fatal(TOKEN_REJECTED_MESSAGE, 1);
  });
  client.once(Events.ClientReady, async (ready) => {
    log.info(`Verbonden met Discord als ${ready.user.tag} (${ready.guilds.cache.size} servers).`);
    if (!config.REGISTER_COMMANDS_ON_START) return;
    const clientId = config.DISCORD_CLIENT_ID ?? ready.application.id;
    try {
      const n = await registerCommands(client.rest, clientId, config.DISCORD_GUILD_ID, commandsJson());
      log.info(`${n} commando's geregistreerd ${registeredWhere(config.DISCORD_GUILD_ID)}.`);
    } catch (err) {
      if (isTokenRejection(err)) fatal(TOKEN_REJECTED_MESSAGE, 1);
      else log.error("Commando's registreren mislukt", err);
    }
  });
}
