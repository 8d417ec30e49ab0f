import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, Interaction } from 'discord.js';
import type { ButtonHandlers, Command } from '../commands/command.js';
import { SHUTTING_DOWN_MESSAGE } from '../render/help.js';
import { notice, type MessagePayload } from '../render/payload.js';
import type { BotContext } from '../state/context.js';
import type { InFlight } from '../state/inflight.js';
import { decodeCustomId, INVALID_BUTTON_MESSAGE, type CustomId } from './custom-id.js';
import { reportingFailures } from './failures.js';
import { admitted, type Guarded } from './preconditions.js';
import { respond, respondAutocomplete } from './respond.js';

/**
 * Routes interactions to command modules: slash commands and autocomplete by
 * command name, buttons by the action in their custom id. Each handler's
 * preconditions run first; a refusal is answered here, ephemerally.
 */

type AnyButtonHandler = Guarded<(i: ButtonInteraction, id: CustomId, ctx: BotContext) => Promise<void>>;

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

export function createInteractionHandler(ctx: BotContext, commands: readonly Command[], inflight: InFlight) {
  const byName = new Map(commands.map((c) => [c.data.name, c]));
  const buttons = buttonRoutes(commands);
  const refuse = (i: ChatInputCommandInteraction | ButtonInteraction) => (message: string) => respond(i, notice(message));

  async function onCommand(i: ChatInputCommandInteraction): Promise<void> {
    const command = byName.get(i.commandName);
    if (!command) return respond(i, notice('Dit commando ken ik niet (meer). Probeer /vraag.'));
    if (!(await admitted(command.preconditions, i, ctx, refuse(i)))) return;
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
    if (!(await admitted(handler.preconditions, i, ctx, refuse(i)))) return;
    await handler.run(i, decoded.id, ctx);
  }

  async function onAutocomplete(i: AutocompleteInteraction): Promise<void> {
    // Autocomplete cannot show a message: a refusal or a failure is an empty list.
    const nothing = () => respondAutocomplete(i, []);
    try {
      const handler = byName.get(i.commandName)?.autocomplete;
      if (!handler || ctx.stopping) return await nothing();
      if (!(await admitted(handler.preconditions, i, ctx, nothing))) return;
      await handler.run(i, ctx);
    } catch (err) {
      ctx.log.warn(`Autocomplete voor /${i.commandName} mislukt`, err);
      await nothing().catch(() => {});
    }
  }

  return async (i: Interaction): Promise<void> => {
    if (i.isAutocomplete()) return inflight.track(() => onAutocomplete(i));
    if (!i.isChatInputCommand() && !i.isButton()) return;
    if (ctx.stopping) {
      await respond(i, notice(SHUTTING_DOWN_MESSAGE)).catch(() => {});
      return;
    }
    const tell = (p: MessagePayload) => respond(i, p);
    if (i.isChatInputCommand()) return inflight.track(() => reportingFailures(ctx, `in /${i.commandName} (interactie ${i.id})`, tell, () => onCommand(i)));
    return inflight.track(() => reportingFailures(ctx, `in knop ${i.customId.slice(0, 40)} (interactie ${i.id})`, tell, () => onButton(i)));
  };
}
