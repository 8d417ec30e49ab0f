import { SlashCommandBuilder, type ButtonInteraction } from 'discord.js';
import { lookupQuestion, type QuestionLookup } from '../../answer/index.js';
import type { BotContext, Command } from '../context.js';
import { docHash, type DocKey } from '../custom-id.js';
import { questionChoices } from '../render/autocomplete.js';
import { documentGoneMessage, renderFullText, renderFullTextFile, renderFullTextOpen, renderLookup } from '../render/full.js';
import { notice } from '../render/payload.js';
import { respond, respondAutocomplete, updateOptions } from '../respond.js';

export const MAX_QUESTION_NUMBER = 999_999;

const data = new SlashCommandBuilder()
  .setName('vraagnr')
  .setNameLocalizations({ 'en-US': 'question', 'en-GB': 'question' })
  .setDescription('Toon een schriftelijke vraag met het volledige antwoord, op nummer.')
  .setDescriptionLocalizations({
    'en-US': 'Show a written question and its full answer, by number.',
    'en-GB': 'Show a written question and its full answer, by number.',
  })
  .addIntegerOption((o) =>
    o
      .setName('nummer')
      .setNameLocalizations({ 'en-US': 'number', 'en-GB': 'number' })
      .setDescription('Het nummer van de schriftelijke vraag (typ cijfers of woorden uit de titel)')
      .setDescriptionLocalizations({
        'en-US': 'The written question number (type digits or words from the title)',
        'en-GB': 'The written question number (type digits or words from the title)',
      })
      .setRequired(true)
      .setMinValue(1)
      .setMaxValue(MAX_QUESTION_NUMBER)
      .setAutocomplete(true),
  );

/** The document a button points at, in the index serving now. */
export function resolveDoc(ctx: BotContext, key: DocKey): { found: QuestionLookup; siblings: QuestionLookup[] } | null {
  const all = lookupQuestion(ctx.holder.current.index, key.questionNumber);
  const found = all.find((l) => docHash(l.document.id) === key.hash);
  return found ? { found, siblings: all } : null;
}

const isEphemeral = (i: ButtonInteraction) => i.message.flags.has('Ephemeral');

export const vraagnr: Command = {
  data,
  async execute(i, ctx) {
    const nummer = i.options.getInteger('nummer', true);
    if (!Number.isSafeInteger(nummer) || nummer < 1 || nummer > MAX_QUESTION_NUMBER) {
      return respond(i, notice(`Geef een vraagnummer van 1 tot ${MAX_QUESTION_NUMBER}.`));
    }
    await respond(i, renderLookup(lookupQuestion(ctx.holder.current.index, nummer), nummer));
  },
  async autocomplete(i, ctx) {
    const focused = i.options.getFocused(true);
    if (focused.name !== 'nummer') return respondAutocomplete(i, []);
    await respondAutocomplete(i, questionChoices(ctx.holder.current.index.documents, String(focused.value)));
  },
  buttons: {
    async full(i, id, ctx) {
      const doc = resolveDoc(ctx, id.doc);
      await respond(i, doc ? renderFullTextOpen(doc.found, doc.siblings) : documentGoneMessage());
    },
    async pg(i, id, ctx) {
      const doc = resolveDoc(ctx, id.doc);
      if (!doc) return respond(i, documentGoneMessage());
      // Turn the page in place; the message keeps its visibility.
      await i.update(updateOptions(renderFullText(doc.found, { page: id.page, ephemeral: isEphemeral(i), siblings: doc.siblings })));
    },
    async txt(i, id, ctx) {
      const doc = resolveDoc(ctx, id.doc);
      await respond(i, doc ? renderFullTextFile(doc.found) : documentGoneMessage());
    },
  },
};
