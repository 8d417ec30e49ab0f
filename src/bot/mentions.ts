import type { Message } from 'discord.js';
import { ask, queryProblem } from './ask.js';
import type { BotContext } from './context.js';
import { newErrorId } from './errors.js';
import type { InFlight } from './inflight.js';
import { takeQuestion } from './preconditions.js';
import { errorMessage, mentionHelp } from './render/help.js';
import { message as plainMessage, type MessagePayload } from './render/payload.js';
import { messageReplyOptions } from './respond.js';

/**
 * "@bot <vraag>" in a channel, or a reply to one of the bot's answers (a
 * follow-up question): answered as a reply with the same embeds as /vraag.
 */

export const MENTION_LIMIT = 3;

/** The question without the mentions that addressed the bot (user or its managed role). */
export function mentionText(content: string, botId: string, botRoleIds: readonly string[] = []): string {
  let text = content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ');
  for (const role of botRoleIds) text = text.split(`<@&${role}>`).join(' ');
  return text.replace(/\s+/g, ' ').trim();
}

export interface Addressing {
  mentioned: boolean;
  repliedToBot: boolean;
}

/** Edge: how a message addresses the bot, if at all. */
export async function addressing(m: Message, botId: string): Promise<Addressing & { botRoleIds: string[] }> {
  const botRoleIds = [...m.mentions.roles.values()].filter((r) => r.tags?.botId === botId).map((r) => r.id);
  const explicit = new RegExp(`<@!?${botId}>`).test(m.content);
  const mentioned = explicit || botRoleIds.length > 0;
  let repliedToBot = m.mentions.repliedUser?.id === botId;
  if (!repliedToBot && m.reference?.messageId && !m.mentions.repliedUser) {
    // The referenced message was not included: fetch it (at most once per message).
    const referenced = await m.fetchReference().catch(() => null);
    repliedToBot = referenced?.author.id === botId;
  }
  // A pinging reply puts the bot in mentions.users without a mention in the text.
  if (!mentioned && !repliedToBot && m.mentions.users.has(botId) && m.reference) repliedToBot = true;
  return { mentioned, repliedToBot, botRoleIds };
}

export function createMessageHandler(ctx: BotContext, inflight: InFlight) {
  const reply = (m: Message, p: MessagePayload) => m.reply(messageReplyOptions(p));

  return async (m: Message): Promise<void> => {
    if (m.author.bot || m.webhookId || m.system || ctx.stopping) return;
    const botId = m.client.user?.id;
    if (!botId) return;
    // Cheap pre-check before any await: most messages are not for the bot.
    if (!m.mentions.users.has(botId) && !m.mentions.roles.size && !m.reference) return;

    await inflight.track(async () => {
      try {
        const how = await addressing(m, botId);
        if (!how.mentioned && !how.repliedToBot) return;
        const text = mentionText(m.content, botId, how.botRoleIds);
        if (!text) return void (await reply(m, mentionHelp()));
        const allowed = takeQuestion(ctx, m.author.id);
        if (!allowed.ok) return void (await reply(m, plainMessage({ content: allowed.message })));
        const problem = queryProblem(text);
        if (problem) return void (await reply(m, { ...problem, ephemeral: false }));
        const { payload } = await ask(ctx, { query: text, limit: MENTION_LIMIT });
        await reply(m, { ...payload, ephemeral: false });
      } catch (err) {
        const errorId = newErrorId();
        ctx.log.error(`Fout ${errorId} bij bericht ${m.id}`, err);
        await reply(m, { ...errorMessage(errorId), ephemeral: false }).catch((e: unknown) => ctx.log.warn(`Foutmelding ${errorId} niet verstuurd`, e));
      }
    });
  };
}
