import { SlashCommandBuilder } from 'discord.js';
import { keywordOnlyText } from '../../present/answer.js';
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
  const { index, retrieval } = ctx.holder.current;
  return {
    documents: index.documents.length,
    chunks: index.manifest.chunkCount,
    mode: retrieval.mode,
    modeReason: retrieval.keywordOnly ? keywordOnlyText(retrieval.keywordOnly, { details: true }) : null,
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
