import { SlashCommandBuilder } from 'discord.js';
import { effectiveMode } from '../../answer.js';
import type { BotContext, Command } from '../context.js';
import { renderStatus, type StatusFacts } from '../render/status.js';
import { respond } from '../respond.js';

const data = new SlashCommandBuilder()
  .setName('status')
  .setNameLocalizations({ 'en-US': 'status', 'en-GB': 'status' })
  .setDescription('Toon de toestand van de bot: index, zoekmodus, model, versie en uptime.')
  .setDescriptionLocalizations({
    'en-US': 'Show the bot’s state: index, retrieval mode, model, version and uptime.',
    'en-GB': 'Show the bot’s state: index, retrieval mode, model, version and uptime.',
  });

export function statusFacts(ctx: BotContext): StatusFacts {
  const { index, embedder, embedderProblem } = ctx.holder.current;
  const mode = effectiveMode(index, embedder);
  return {
    documents: index.documents.length,
    chunks: index.manifest.chunkCount,
    mode,
    modeReason:
      mode === 'keyword'
        ? (embedderProblem ?? index.manifest.embeddingUnavailable ?? (ctx.config.RETRIEVAL_MODE === 'keyword' ? 'RETRIEVAL_MODE=keyword' : null))
        : null,
    model: index.manifest.embedding?.modelId ?? null,
    indexedAt: index.manifest.createdAt,
    generation: index.generation,
    skipped: index.manifest.skipped.length,
    version: ctx.version,
    uptimeMs: ctx.now() - ctx.startedAt,
    reindexing: ctx.reindexer.running,
  };
}

export const status: Command = {
  data,
  async execute(i, ctx) {
    await respond(i, renderStatus(statusFacts(ctx)));
  },
};
