import type { Message } from 'discord.js';
import { mentionHelp } from '../render/help.js';
import { message, type MessagePayload } from '../render/payload.js';
import type { BotContext } from '../state/context.js';
import type { InFlight } from '../state/inflight.js';
import { ask, queryProblem } from './ask.js';
import { reportingFailures } from './failures.js';
import { admitted, questionRateLimit, replyRateLimit, type Guarded } from './preconditions.js';
import { messageReplyOptions } from './respond.js';

/**
 * "@bot <vraag>" in a channel, or a reply to one of the bot's answers (a
 * follow-up question): answered as a reply with the same embeds as /vraag.
 * Messages cannot be ephemeral, so every answer here is public.
 */

const MENTION_LIMIT = 3;

type MentionHandler = Guarded<(m: Message, text: string, ctx: BotContext) => Promise<void>>;

const reply = (m: Message, p: MessagePayload) => m.reply(messageReplyOptions(p));

/** A mention without a question: how to use the bot. */
const help: MentionHandler = {
  preconditions: [replyRateLimit],
  async run(m) {
    await reply(m, mentionHelp());
  },
};

const question: MentionHandler = {
  preconditions: [questionRateLimit],
  async run(m, text, ctx) {
    await reply(m, queryProblem(text) ?? (await ask(ctx, { query: text, limit: MENTION_LIMIT })));
  },
};

/** The question without the mentions that addressed the bot (user or its managed role). */
export function mentionText(content: string, botId: string, botRoleIds: readonly string[] = []): string {
  let text = content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ');
  for (const role of botRoleIds) text = text.split(`<@&${role}>`).join(' ');
  return text.replace(/\s+/g, ' ').trim();
}

/** Edge: how a message addresses the bot, if at all. */
async function addressing(m: Message, botId: string): Promise<{ mentioned: boolean; repliedToBot: boolean; botRoleIds: string[] }> {
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
  return async (m: Message): Promise<void> => {
    if (m.author.bot || m.webhookId || m.system || ctx.stopping) return;
    const botId = m.client.user?.id;
    if (!botId) return;
    // Cheap pre-check before any await: most messages are not for the bot.
    if (!m.mentions.users.has(botId) && !m.mentions.roles.size && !m.reference) return;

    await inflight.track(() =>
      reportingFailures(ctx, `bij bericht ${m.id}`, (p) => reply(m, p), async () => {
        const how = await addressing(m, botId);
        if (!how.mentioned && !how.repliedToBot) return;
        const text = mentionText(m.content, botId, how.botRoleIds);
        const handler = text ? question : help;
        if (!(await admitted(handler.preconditions, m, ctx, (refusal) => reply(m, message({ content: refusal }))))) return;
        await handler.run(m, text, ctx);
      }),
    );
  };
}
