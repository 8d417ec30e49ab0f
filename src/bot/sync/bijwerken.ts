import type { ChatInputCommandInteraction } from 'discord.js';
import { editOptions, respond } from '../dispatch/respond.js';
import type { MessagePayload } from '../render/payload.js';
import { reindexBusy } from '../render/reindex.js';
import { renderUpdateFailure, renderUpdateProgress, renderUpdateSummary } from '../render/sync.js';
import type { BotContext } from '../state/context.js';
import { Throttle } from '../state/reindexer.js';
import { corpusUpdater, type UpdateProgress } from './updater.js';

/** Progress edits at most this often: Discord rate-limits message edits. */
const PROGRESS_INTERVAL_MS = 3000;

/** `/herindexeer bijwerken:true`: sync with the Parliament, reindex, announce; progress in the reply. */
export async function executeUpdate(i: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const updater = corpusUpdater(ctx);
  if (updater.running || ctx.reindexer.running) return respond(i, reindexBusy());
  await i.deferReply();
  const started = ctx.now();
  const throttle = new Throttle(PROGRESS_INTERVAL_MS, ctx.now);
  throttle.ready(); // the deferred "thinking…" counts as the first update
  let editing: Promise<unknown> | null = null;
  const edit = (p: MessagePayload) => i.editReply(editOptions(p)).catch((err: unknown) => ctx.log.warn('Voortgang van het bijwerken niet getoond', err));
  const onProgress = (p: UpdateProgress) => {
    if (editing || !throttle.ready()) return;
    editing = edit(renderUpdateProgress(p, ctx.now() - started)).finally(() => (editing = null));
  };
  const outcome = await updater.run(onProgress);
  await editing;
  if (outcome.ok) await edit(renderUpdateSummary(outcome));
  else if (outcome.busy && !outcome.sync) await respond(i, reindexBusy());
  else await edit(renderUpdateFailure(outcome));
}
