import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Command } from './command.js';
import { herindexeer } from './herindexeer.js';
import { status } from './status.js';
import { tijdlijn } from './tijdlijn.js';
import { vraag } from './vraag.js';
import { vraagnr } from './vraagnr.js';

export const commands: readonly Command[] = [vraag, vraagnr, herindexeer, status, tijdlijn];

/** The JSON registered with Discord (deploy script and REGISTER_COMMANDS_ON_START). */
export function commandsJson(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map((c) => c.data.toJSON());
}
