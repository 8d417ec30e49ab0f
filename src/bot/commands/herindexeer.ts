import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { IndexProgress } from '../../indexer.js';
import { adminOnly, replyRateLimit } from '../dispatch/preconditions.js';
import { editOptions, respond } from '../dispatch/respond.js';
import type { MessagePayload } from '../render/payload.js';
import { reindexBusy, renderReindexFailure, renderReindexProgress, renderReindexSummary } from '../render/reindex.js';
import { Throttle } from '../state/reindexer.js';
import { executeUpdate } from '../sync/bijwerken.js';
import { corpusUpdater } from '../sync/updater.js';
import type { Command } from './command.js';
import { named } from './locales.js';

/** Progress edits at most this often: Discord rate-limits message edits. */
const PROGRESS_INTERVAL_MS = 3000;

const data = named(
  new SlashCommandBuilder(),
  'herindexeer',
  'reindex',
  'Bouw de index opnieuw op uit de corpusmap (alleen voor beheerders).',
  'Rebuild the index from the corpus folder (admins only).',
)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild) // the permission check needs a server member
  .addBooleanOption((o) =>
    named(o, 'bijwerken', 'update', 'Haal eerst nieuwe en gewijzigde vragen op bij het Vlaams Parlement', 'First fetch new and changed questions from the Flemish Parliament'),
  );

export const herindexeer: Command = {
  data,
  preconditions: [adminOnly, replyRateLimit],
  async execute(i, ctx) {
    if (i.options.getBoolean('bijwerken')) return executeUpdate(i, ctx);
    if (ctx.reindexer.running || corpusUpdater(ctx).running) return respond(i, reindexBusy());
    await i.deferReply();
    const started = ctx.now();
    const throttle = new Throttle(PROGRESS_INTERVAL_MS, ctx.now);
    throttle.ready(); // the deferred "thinking…" counts as the first update
    // One edit in flight at a time; progress that arrives meanwhile is dropped, the next one will carry it.
    let editing: Promise<unknown> | null = null;
    const edit = (p: MessagePayload) =>
      i.editReply(editOptions(p)).catch((err: unknown) => ctx.log.warn('Voortgang van de herindexering niet bijgewerkt', err));
    const onProgress = (p: IndexProgress) => {
      if (editing || !throttle.ready()) return;
      editing = edit(renderReindexProgress(p, ctx.now() - started)).finally(() => (editing = null));
    };
    const outcome = await ctx.reindexer.run(onProgress);
    await editing;
    if (outcome.ok) await edit(renderReindexSummary(outcome.summary));
    else if (outcome.busy) await respond(i, reindexBusy());
    else await edit(renderReindexFailure(outcome.reason));
  },
};
