import type { ChatInputCommandInteraction } from 'discord.js';
import { progressReply } from '../dispatch/progress-reply.js';
import { respond } from '../dispatch/respond.js';
import { reindexBusy } from '../render/reindex.js';
import { renderUpdateFailure, renderUpdateProgress, renderUpdateSummary } from '../render/sync.js';
import type { BotContext } from '../state/context.js';
import { corpusUpdater, type UpdateProgress } from './updater.js';

/** `/herindexeer bijwerken:true`: sync with the Parliament, reindex, announce; progress in the reply. */
export async function executeUpdate(i: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const updater = corpusUpdater(ctx);
  if (updater.running || ctx.reindexer.running) return respond(i, reindexBusy());
  await i.deferReply();
  const reply = progressReply(i, ctx, 'het bijwerken');
  const outcome = await updater.run((p: UpdateProgress) => reply.progress(() => renderUpdateProgress(p, reply.elapsedMs())));
  if (outcome.ok) await reply.finish(renderUpdateSummary(outcome));
  else if (outcome.busy && !outcome.sync) await respond(i, reindexBusy());
  else await reply.finish(renderUpdateFailure(outcome));
}
