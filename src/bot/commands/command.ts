import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { CustomId } from '../dispatch/custom-id.js';
import type { Guarded, Precondition } from '../dispatch/preconditions.js';
import type { BotContext } from '../state/context.js';

/**
 * A slash command module (discord.js-guide style `{ data, execute }`), with
 * the autocomplete and the buttons it owns. Every entry point declares its
 * preconditions; the dispatcher runs them before the body.
 */

export type ButtonHandlers = {
  [A in CustomId['action']]?: Guarded<(interaction: ButtonInteraction, id: Extract<CustomId, { action: A }>, ctx: BotContext) => Promise<void>>;
};

export interface Command {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  preconditions: readonly Precondition[];
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?: Guarded<(interaction: AutocompleteInteraction, ctx: BotContext) => Promise<void>>;
  buttons?: ButtonHandlers;
}
