import { SlashCommandBuilder } from 'discord.js';
import type { AnswerFilters } from '../../answer/index.js';
import { ask, queryProblem } from '../dispatch/ask.js';
import { questionRateLimit, replyRateLimit } from '../dispatch/preconditions.js';
import { respond, respondAutocomplete } from '../dispatch/respond.js';
import { questionerChoices } from '../render/autocomplete.js';
import { notice } from '../render/payload.js';
import { SESSION_EXPIRED_MESSAGE } from '../state/sessions.js';
import type { Command } from './command.js';
import { named } from './locales.js';

const MAX_QUESTION_CHARS = 1000;
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

const data = named(
  new SlashCommandBuilder(),
  'vraag',
  'ask',
  'Stel een vraag over het Integratiepact; je krijgt letterlijke citaten uit schriftelijke vragen.',
  'Ask about the Integratiepact; answers quote written parliamentary questions verbatim.',
)
  .addStringOption((o) =>
    named(o, 'tekst', 'text', 'Je vraag, in gewone woorden', 'Your question, in plain words')
      .setRequired(true)
      .setMaxLength(MAX_QUESTION_CHARS),
  )
  .addIntegerOption((o) =>
    named(o, 'aantal', 'count', 'Aantal passages (1–5, standaard 3)', 'Number of passages (1–5, default 3)')
      .setMinValue(1)
      .setMaxValue(5),
  )
  .addStringOption((o) =>
    named(o, 'vraagsteller', 'questioner', 'Alleen vragen van dit parlementslid', 'Only questions by this member of parliament')
      .setMaxLength(100)
      .setAutocomplete(true),
  )
  .addIntegerOption((o) =>
    named(o, 'jaar', 'year', 'Alleen vragen uit dit jaar', 'Only questions from this year')
      .setMinValue(MIN_YEAR)
      .setMaxValue(MAX_YEAR),
  );

export const vraag: Command = {
  data,
  preconditions: [questionRateLimit],
  async execute(i, ctx) {
    const tekst = i.options.getString('tekst', true);
    const aantal = i.options.getInteger('aantal') ?? 3;
    const jaar = i.options.getInteger('jaar');
    const vraagsteller = i.options.getString('vraagsteller')?.trim();
    // Discord enforces the option limits, but a client can send anything.
    if (tekst.length > MAX_QUESTION_CHARS) return respond(i, notice(`Je vraag is te lang (${tekst.length} tekens; maximaal ${MAX_QUESTION_CHARS}).`));
    if (!Number.isInteger(aantal) || aantal < 1 || aantal > 5) return respond(i, notice('Het aantal passages moet tussen 1 en 5 liggen.'));
    if (jaar !== null && (!Number.isInteger(jaar) || jaar < MIN_YEAR || jaar > MAX_YEAR)) return respond(i, notice(`Het jaar moet tussen ${MIN_YEAR} en ${MAX_YEAR} liggen.`));
    const problem = queryProblem(tekst);
    if (problem) return respond(i, problem);

    await i.deferReply();
    const filters: AnswerFilters = { questioner: vraagsteller || undefined, year: jaar ?? undefined };
    const payload = await ask(ctx, { query: tekst, filters, limit: aantal });
    await respond(i, payload);
  },
  autocomplete: {
    preconditions: [replyRateLimit],
    async run(i, ctx) {
      const focused = i.options.getFocused(true);
      if (focused.name !== 'vraagsteller') return respondAutocomplete(i, []);
      await respondAutocomplete(i, questionerChoices(ctx.holder.current.index.documents, String(focused.value)));
    },
  },
  buttons: {
    more: {
      // "Meer resultaten" runs another search: it counts as a question.
      preconditions: [questionRateLimit],
      async run(i, id, ctx) {
        const session = ctx.sessions.get(id.session);
        if (!session) return respond(i, notice(SESSION_EXPIRED_MESSAGE));
        await i.deferReply();
        const payload = await ask(ctx, { query: session.query, filters: session.filters, limit: session.limit, offset: id.offset, sessionId: id.session });
        await respond(i, payload);
      },
    },
    fb: {
      preconditions: [replyRateLimit],
      async run(i, id, ctx) {
        const session = ctx.sessions.get(id.session);
        if (!session) return respond(i, notice(SESSION_EXPIRED_MESSAGE));
        const top = session.shown.get(id.offset)?.[0];
        if (!top) return respond(i, notice('Bij deze knop hoort geen antwoord meer. Stel je vraag opnieuw met /vraag.'));
        const voteKey = `${id.offset}:${i.user.id}`;
        if (session.votes.has(voteKey)) return respond(i, notice('Je hebt over dit antwoord al je mening gegeven. Bedankt!'));
        session.votes.add(voteKey);
        await ctx.feedback.append({ query: session.query, questionNumber: top.questionNumber, item: top.item, vote: id.vote, time: new Date(ctx.now()).toISOString() });
        await respond(i, notice(id.vote === 'up' ? 'Bedankt voor je feedback! 👍' : 'Bedankt voor je feedback; we gebruiken het om de antwoorden te verbeteren. 👎'));
      },
    },
  },
};
