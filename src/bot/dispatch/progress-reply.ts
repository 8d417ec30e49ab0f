import type { ChatInputCommandInteraction, MessageCreateOptions } from 'discord.js';
import type { MessagePayload } from '../render/payload.js';
import type { BotContext } from '../state/context.js';
import { Throttle } from '../state/reindexer.js';
import { editOptions } from './respond.js';

/** Progress edits at most this often: Discord rate-limits message edits. */
const PROGRESS_INTERVAL_MS = 3000;
/** An interaction's token works for 15 minutes; past this, its reply can no longer be edited. */
const TOKEN_LIFETIME_MS = 15 * 60_000;
/** Leave room for the edit itself to arrive in time. */
const TOKEN_MARGIN_MS = 30_000;

/**
 * A long job's reply (a reindex, a sync): progress edits of the deferred
 * reply, one in flight at a time and throttled; the final word in the reply,
 * or, once the interaction's token has expired (a job longer than 15
 * minutes), as a new message in the channel.
 */
export function progressReply(i: ChatInputCommandInteraction, ctx: BotContext, what: string) {
  const started = ctx.now();
  const throttle = new Throttle(PROGRESS_INTERVAL_MS, ctx.now);
  throttle.ready(); // the deferred "thinking…" counts as the first update
  let editing: Promise<unknown> | null = null;
  const tokenExpired = () => ctx.now() - i.createdTimestamp > TOKEN_LIFETIME_MS - TOKEN_MARGIN_MS;
  const edit = (p: MessagePayload) => i.editReply(editOptions(p)).catch((err: unknown) => ctx.log.warn(`Voortgang van ${what} niet getoond`, err));
  return {
    elapsedMs: () => ctx.now() - started,
    progress(render: () => MessagePayload): void {
      if (editing || tokenExpired() || !throttle.ready()) return;
      editing = edit(render()).finally(() => (editing = null));
    },
    async finish(p: MessagePayload): Promise<void> {
      await editing;
      if (!tokenExpired()) {
        await edit(p);
        return;
      }
      const channel = i.channel;
      if (channel && 'send' in channel) {
        await channel.send({ ...(editOptions(p) as MessageCreateOptions), allowedMentions: { parse: [] } }).catch((err: unknown) => ctx.log.error(`Resultaat van ${what} niet in het kanaal geplaatst`, err));
      } else ctx.log.warn(`Resultaat van ${what} niet getoond: de interactie is verlopen en het kanaal is onbekend`);
    },
  };
}
