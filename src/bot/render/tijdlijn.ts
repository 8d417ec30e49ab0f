import { ButtonStyle, type APIEmbed } from 'discord.js';
import type { ParsedDocument } from '../../corpus/types.js';
import { formatDateNl } from '../../present/dates.js';
import { displayName } from '../../present/names.js';
import { foldForMatch } from '../../sync/values.js';
import { encodeCustomId, MAX_PAGE } from '../dispatch/custom-id.js';
import { EMBED_COLOR } from './answer.js';
import { LIMITS } from './limits.js';
import { button, message, notice, rows, type MessagePayload } from './payload.js';
import { clamp, escapeText, fitText } from './text.js';

/** /tijdlijn: the dossier's questions in date order, ten to a page. */

const TIMELINE_PAGE_SIZE = 10;

export interface TimelineRow {
  questionNumber: number;
  date: string | null;
  title: string;
  questioner: string | null;
  minister: string | null;
  answered: boolean;
  answerDate: string | null;
}

/** Answered as the Parliament records it; for a file without source facts, whether it has an answer. */
const isAnswered = (d: ParsedDocument) => d.source?.answered ?? d.answer !== null;

/** The questions about `topic` (title, subject or question text; empty: all), oldest first. */
export function timelineRows(documents: readonly ParsedDocument[], topic: string): TimelineRow[] {
  const wanted = foldForMatch(topic);
  const about = (d: ParsedDocument) =>
    !wanted || foldForMatch([d.title, d.source?.subject ?? '', d.text.slice(d.question.start, d.question.end)].join(' ')).includes(wanted);
  return documents
    .filter(about)
    .map((d) => ({
      questionNumber: d.questionNumber,
      date: d.date,
      title: d.title,
      questioner: d.questioner,
      minister: d.minister.name,
      answered: isAnswered(d),
      answerDate: d.source?.answerDate ?? null,
    }))
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.questionNumber - b.questionNumber);
}

function rowText(r: TimelineRow): string {
  const head = `**nr. ${r.questionNumber}** · ${formatDateNl(r.date)} · ${escapeText(clamp(r.title, 150))}`;
  const status = r.answered ? `✅ beantwoord${r.answerDate ? ` op ${formatDateNl(r.answerDate)}` : ''}` : '⏳ nog niet beantwoord';
  return `${head}\n${escapeText(`${displayName(r.questioner)} → ${displayName(r.minister)}`)} · ${status}`;
}

export function renderTimeline(all: TimelineRow[], view: { page: number; topic: string }): MessagePayload {
  const about = view.topic ? ` over "${view.topic}"` : '';
  if (all.length === 0) return notice(fitText(`Er staan geen vragen${about} in het corpus.`, LIMITS.content, escapeText));
  const pages = Math.min(Math.ceil(all.length / TIMELINE_PAGE_SIZE), MAX_PAGE + 1);
  const page = Math.min(Math.max(0, view.page), pages - 1);
  const shown = all.slice(page * TIMELINE_PAGE_SIZE, (page + 1) * TIMELINE_PAGE_SIZE);
  const answered = all.filter((r) => r.answered).length;
  const embed: APIEmbed = {
    title: fitText(`Tijdlijn van het dossier${about}`, LIMITS.embedTitle, escapeText),
    description: fitText(shown.map(rowText).join('\n\n'), LIMITS.embedDescription),
    color: EMBED_COLOR,
    footer: { text: `Pagina ${page + 1}/${pages} · ${all.length} ${all.length === 1 ? 'vraag' : 'vragen'}, ${answered} beantwoord` },
  };
  const nav = [];
  if (page > 0) nav.push(button({ customId: encodeCustomId({ action: 'tl', page: page - 1, topic: view.topic }), label: '◀ Vorige' }));
  if (page < pages - 1) nav.push(button({ customId: encodeCustomId({ action: 'tl', page: page + 1, topic: view.topic }), label: 'Volgende ▶', style: ButtonStyle.Primary }));
  return message({ embeds: [embed], components: rows(nav) });
}
