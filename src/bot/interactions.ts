import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, Interaction } from 'discord.js';
import type { BotContext, ButtonHandlers, Command } from './context.js';
import { decodeCustomId, INVALID_BUTTON_MESSAGE, type CustomId } from './custom-id.js';
import { newErrorId } from './errors.js';
import type { InFlight } from './inflight.js';
import { errorMessage, SHUTTING_DOWN_MESSAGE } from './render/help.js';
import { notice } from './render/payload.js';
import { respond, respondAutocomplete } from './respond.js';

/**
 * Routes interactions to command modules. Every handler runs inside
 * `guarded`: a failure is logged with an error id and the user gets an
 * ephemeral message with the same id; nothing escapes to crash the bot.
 */

type AnyButtonHandler = (i: ButtonInteraction, id: CustomId, ctx: BotContext) => Promise<void>;

export function buttonRoutes(commands: readonly Command[]): Map<CustomId['action'], AnyButtonHandler> {
  const routes = new Map<CustomId['action'], AnyButtonHandler>();
  for (const command of commands) {
    for (const [action, handler] of Object.entries(command.buttons ?? {}) as [CustomId['action'], ButtonHandlers[CustomId['action']]][]) {
      if (!handler) continue;
      if (routes.has(action)) throw new Error(`button action ${action} claimed twice`);
      routes.set(action, handler as AnyButtonHandler);
    }
  }
  return routes;
}

export async function guarded(ctx: BotContext, label: string, i: ChatInputCommandInteraction | ButtonInteraction, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (err) {
    const errorId = newErrorId();
    ctx.log.error(`Fout ${errorId} in ${label} (interactie ${i.id})`, err);
    await respond(i, errorMessage(errorId)).catch((e: unknown) => ctx.log.warn(`Foutmelding ${errorId} niet verstuurd`, e));
  }
}

export function createInteractionHandler(ctx: BotContext, commands: readonly Command[], inflight: InFlight) {
  const byName = new Map(commands.map((c) => [c.data.name, c]));
  const buttons = buttonRoutes(commands);

  async function onCommand(i: ChatInputCommandInteraction): Promise<void> {
    const command = byName.get(i.commandName);
    if (!command) return respond(i, notice('Dit commando ken ik niet (meer). Probeer /vraag.'));
    for (const precondition of command.preconditions ?? []) {
      const result = await precondition(i, ctx);
      if (!result.ok) return respond(i, notice(result.message));
    }
    ctx.log.debug(`/${i.commandName} door ${i.user.id}`);
    await command.execute(i, ctx);
  }

  async function onButton(i: ButtonInteraction): Promise<void> {
    const decoded = decodeCustomId(i.customId);
    if (!decoded.ok) {
      ctx.log.debug(`Ongeldige knop ${JSON.stringify(i.customId.slice(0, 120))}: ${decoded.reason}`);
      return respond(i, notice(INVALID_BUTTON_MESSAGE));
    }
    const handler = buttons.get(decoded.id.action);
    if (!handler) return respond(i, notice(INVALID_BUTTON_MESSAGE));
    await handler(i, decoded.id, ctx);
  }

  async function onAutocomplete(i: AutocompleteInteraction): Promise<void> {
    try {
      const command = byName.get(i.commandName);
      if (!command?.autocomplete || ctx.stopping) return await respondAutocomplete(i, []);
      await command.autocomplete(i, ctx);
    } catch (err) {
      // Autocomplete cannot show a message; an empty list is the honest answer.
      ctx.log.warn(`Autocomplete voor /${i.commandName} mislukt`, err);
      await respondAutocomplete(i, []).catch(() => {});
    }
  }

  return async (i: Interaction): Promise<void> => {
    if (i.isAutocomplete()) return inflight.track(() => onAutocomplete(i));
    if (!i.isChatInputCommand() && !i.isButton()) return;
    if (ctx.stopping) {
      await respond(i, notice(SHUTTING_DOWN_MESSAGE)).catch(() => {});
      return;
    }
    if (i.isChatInputCommand()) return inflight.track(() => guarded(ctx, `/${i.commandName}`, i, () => onCommand(i)));
    return inflight.track(() => guarded(ctx, `knop ${i.customId.slice(0, 40)}`, i, () => onButton(i)));
  };
}
