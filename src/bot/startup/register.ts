import { REST, Routes, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { BotConfig } from './config.js';

/** Guild-scoped when a guild id is given (instant), global otherwise (can take up to an hour to appear). */
function commandsRoute(clientId: string, guildId?: string): `/${string}` {
  return guildId ? Routes.applicationGuildCommands(clientId, guildId) : Routes.applicationCommands(clientId);
}

export function createRest(config: Pick<BotConfig, 'DISCORD_API_URL'>, token: string): REST {
  return new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(token);
}

/** Replaces the registered commands with `body` (a PUT is idempotent). Returns how many Discord now has. */
export async function registerCommands(
  rest: Pick<REST, 'put'>,
  clientId: string,
  guildId: string | undefined,
  body: RESTPostAPIChatInputApplicationCommandsJSONBody[],
): Promise<number> {
  const result = await rest.put(commandsRoute(clientId, guildId), { body });
  return Array.isArray(result) ? result.length : body.length;
}

export const registeredWhere = (guildId: string | undefined) => (guildId ? `in server ${guildId}` : 'globaal');
