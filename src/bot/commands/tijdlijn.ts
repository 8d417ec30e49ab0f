import { SlashCommandBuilder } from 'discord.js';
import { MAX_TOPIC_BYTES } from '../dispatch/custom-id.js';
import { replyRateLimit } from '../dispatch/preconditions.js';
import { respond, updateOptions } from '../dispatch/respond.js';
import { notice } from '../render/payload.js';
import { renderTimeline, timelineRows } from '../render/tijdlijn.js';
import type { Command } from './command.js';
import { named } from './locales.js';

const MAX_TOPIC_CHARS = 40;

const data = named(
  new SlashCommandBuilder(),
  'tijdlijn',
  'timeline',
  'Toon de schriftelijke vragen van het dossier in volgorde van datum.',
  'List the dossier’s written questions in date order.',
)
  .addStringOption((o) =>
    named(o, 'onderwerp', 'topic', 'Alleen vragen over dit onderwerp (woorden uit titel of vraag)', 'Only questions about this topic (words from title or question)')
      .setMaxLength(MAX_TOPIC_CHARS),
  );

export const tijdlijn: Command = {
  data,
  preconditions: [replyRateLimit],
  async execute(i, ctx) {
    const topic = (i.options.getString('onderwerp') ?? '').trim();
    // The page buttons carry the topic; Discord enforces the length, a client may not.
    if (topic.length > MAX_TOPIC_CHARS || Buffer.byteLength(topic, 'utf8') > MAX_TOPIC_BYTES) {
      return respond(i, notice(`Het onderwerp is te lang (maximaal ${MAX_TOPIC_CHARS} tekens).`));
    }
    await respond(i, renderTimeline(timelineRows(ctx.holder.current.index.documents, topic), { page: 0, topic }));
  },
  buttons: {
    tl: {
      preconditions: [replyRateLimit],
      async run(i, id, ctx) {
        const payload = renderTimeline(timelineRows(ctx.holder.current.index.documents, id.topic), { page: id.page, topic: id.topic });
        // No questions any more (after a reindex): say so without touching the list.
        if (payload.ephemeral) return respond(i, payload);
        await i.update(updateOptions(payload));
      },
    },
  },
};
