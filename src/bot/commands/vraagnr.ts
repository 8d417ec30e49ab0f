import { SlashCommandBuilder, type ButtonInteraction } from 'discord.js';
import { lookupQuestion, type QuestionLookup } from '../../answer/index.js';
import { docHash, type DocKey } from '../dispatch/custom-id.js';
import { replyRateLimit } from '../dispatch/preconditions.js';
import { respond, respondAutocomplete, updateOptions } from '../dispatch/respond.js';
import { questionChoices } from '../render/autocomplete.js';
import { documentGoneMessage, renderFullText, renderFullTextFile, renderFullTextOpen, renderLookup } from '../render/full.js';
import { notice } from '../render/payload.js';
import type { BotContext } from '../state/context.js';
import type { Command } from './command.js';
import { named } from './locales.js';

const MAX_QUESTION_NUMBER = 999_999;

const data = named(
  new SlashCommandBuilder(),
  'vraagnr',
  'question',
  'Toon een schriftelijke vraag met het volledige antwoord, op nummer.',
  'Show a written question and its full answer, by number.',
)
  .addIntegerOption((o) =>
    named(o, 'nummer', 'number', 'Het nummer van de schriftelijke vraag (typ cijfers of woorden uit de titel)', 'The written question number (type digits or words from the title)')
      .setRequired(true)
      .setMinValue(1)
      .setMaxValue(MAX_QUESTION_NUMBER)
      .setAutocomplete(true),
  );

/** The document a button points at, in the index serving now. */
function resolveDoc(ctx: BotContext, key: DocKey): { found: QuestionLookup; siblings: QuestionLookup[] } | null {
  const all = lookupQuestion(ctx.holder.current.index, key.questionNumber);
  const found = all.find((l) => docHash(l.document.id) === key.hash);
  return found ? { found, siblings: all } : null;
}

const isEphemeral = (i: ButtonInteraction) => i.message.flags.has('Ephemeral');

export const vraagnr: Command = {
  data,
  preconditions: [replyRateLimit],
  async execute(i, ctx) {
    const nummer = i.options.getInteger('nummer', true);
    if (!Number.isSafeInteger(nummer) || nummer < 1 || nummer > MAX_QUESTION_NUMBER) {
      return respond(i, notice(`Geef een vraagnummer van 1 tot ${MAX_QUESTION_NUMBER}.`));
    }
    await respond(i, renderLookup(lookupQuestion(ctx.holder.current.index, nummer), nummer));
  },
  autocomplete: {
    preconditions: [replyRateLimit],
    async run(i, ctx) {
      const focused = i.options.getFocused(true);
      if (focused.name !== 'nummer') return respondAutocomplete(i, []);
      await respondAutocomplete(i, questionChoices(ctx.holder.current.index.documents, String(focused.value)));
    },
  },
  // The full text of a question: open it, turn its pages, download it.
  buttons: {
    full: {
      preconditions: [replyRateLimit],
      async run(i, id, ctx) {
        const doc = resolveDoc(ctx, id.doc);
        await respond(i, doc ? renderFullTextOpen(doc.found, doc.siblings) : documentGoneMessage());
      },
    },
    pg: {
      preconditions: [replyRateLimit],
      async run(i, id, ctx) {
        const doc = resolveDoc(ctx, id.doc);
        if (!doc) return respond(i, documentGoneMessage());
        // Turn the page in place; the message keeps its visibility.
        await i.update(updateOptions(renderFullText(doc.found, { page: id.page, ephemeral: isEphemeral(i), siblings: doc.siblings })));
      },
    },
    txt: {
      preconditions: [replyRateLimit],
      async run(i, id, ctx) {
        const doc = resolveDoc(ctx, id.doc);
        await respond(i, doc ? renderFullTextFile(doc.found) : documentGoneMessage());
      },
    },
  },
};
