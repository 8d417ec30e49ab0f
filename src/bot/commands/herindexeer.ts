import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { IndexProgress } from '../../indexer.js';
import { adminOnly, replyRateLimit } from '../dispatch/preconditions.js';
import { progressReply } from '../dispatch/progress-reply.js';
import { respond } from '../dispatch/respond.js';
import { reindexBusy, renderReindexFailure, renderReindexProgress, renderReindexSummary } from '../render/reindex.js';
import { executeUpdate } from '../sync/bijwerken.js';
import { corpusUpdater } from '../sync/updater.js';
import type { Command } from './command.js';
import { named } from './locales.js';

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
    const reply = progressReply(i, ctx, 'de herindexering');
    const outcome = await ctx.reindexer.run((p: IndexProgress) => reply.progress(() => renderReindexProgress(p, reply.elapsedMs())));
    if (outcome.ok) await reply.finish(renderReindexSummary(outcome.summary));
    else if (outcome.busy) await respond(i, reindexBusy());
    else await reply.finish(renderReindexFailure(outcome.reason));
  },
};
