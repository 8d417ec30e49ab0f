import { SlashCommandBuilder } from 'discord.js';
import type { RetrievalState } from '../../answer/index.js';
import { keywordOnlyText } from '../../present/answer.js';
import { publicKeywordOnlyText, publicModelName } from '../../present/errors.js';
import { replyRateLimit } from '../dispatch/preconditions.js';
import { respond } from '../dispatch/respond.js';
import { renderStatus, type StatusFacts } from '../render/status.js';
import type { BotContext } from '../state/context.js';
import type { Command } from './command.js';
import { named } from './locales.js';

const data = named(
  new SlashCommandBuilder(),
  'status',
  'status',
  'Toon de toestand van de bot: index, zoekmodus, model, versie en uptime.',
  'Show the bot’s state: index, retrieval mode, model, version and uptime.',
);

/** Serving states whose keyword-only details are in the log already: one line per state, not per /status. */
const logged = new WeakSet<RetrievalState>();

function statusFacts(ctx: BotContext): StatusFacts {
  const { index, retrieval } = ctx.holder.current;
  // Discord gets the short reason; what the model loader said (paths included) goes to the log.
  if (retrieval.keywordOnly && !logged.has(retrieval)) {
    logged.add(retrieval);
    ctx.log.info(`Status: alleen trefwoorden — ${keywordOnlyText(retrieval.keywordOnly, { details: true })}`);
  }
  return {
    documents: index.documents.length,
    chunks: index.manifest.chunkCount,
    mode: retrieval.mode,
    modeReason: retrieval.keywordOnly ? publicKeywordOnlyText(retrieval.keywordOnly) : null,
    model: publicModelName(index.manifest.embedding?.modelId ?? null),
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
  preconditions: [replyRateLimit],
  async execute(i, ctx) {
    await respond(i, renderStatus(statusFacts(ctx)));
  },
};
