import { ButtonStyle, ComponentType, type APIButtonComponent, type APIEmbed } from 'discord.js';
import { splitSentences } from '../../corpus/sentences.js';
import type { ParsedDocument } from '../../corpus/types.js';
import { formatDateNl } from '../../present/dates.js';
import { displayName } from '../../present/names.js';
import { docKey, encodeCustomId } from '../dispatch/custom-id.js';
import { EMBED_COLOR } from './answer.js';
import { LIMITS } from './limits.js';
import { button, message, rows, type MessagePayload } from './payload.js';
import { blockquote, escapeText, fitText } from './text.js';

/** A post in the announcement channel: a new question, or one that was answered since. */

export type AnnouncementKind = 'new' | 'new-answered' | 'answered';

const HEADINGS: Record<AnnouncementKind, string> = {
  new: 'Nieuwe schriftelijke vraag',
  'new-answered': 'Nieuwe schriftelijke vraag, met antwoord',
  answered: 'Beantwoord: schriftelijke vraag',
};

/** The answer's first sentence, as written; null without an answer. */
function firstAnswerSentence(doc: ParsedDocument): string | null {
  if (!doc.answer) return null;
  const first = splitSentences(doc.text, doc.answer.start, doc.answer.end).find((s) => doc.text.slice(s.start, s.end).trim());
  return first ? doc.text.slice(first.start, first.end).replace(/\s+/g, ' ').trim() : null;
}

export function renderAnnouncement(doc: ParsedDocument, kind: AnnouncementKind): MessagePayload {
  const answered = kind !== 'new';
  const sentence = answered ? firstAnswerSentence(doc) : null;
  const answerDate = doc.source?.answerDate ?? null;
  const description = [
    `**${escapeText(doc.title)}**`,
    sentence ? fitText(sentence, 600, (s) => blockquote(escapeText(s))) : answered ? '' : '*Nog niet beantwoord.*',
  ]
    .filter(Boolean)
    .join('\n\n');
  const embed: APIEmbed = {
    title: fitText(`${HEADINGS[kind]} nr. ${doc.questionNumber}`, LIMITS.embedTitle),
    description: fitText(description, LIMITS.embedDescription),
    color: EMBED_COLOR,
    fields: [
      { name: 'Vraagsteller → minister', value: fitText(`${displayName(doc.questioner)} → ${displayName(doc.minister.name)}`, 300, escapeText) },
      { name: 'Datum', value: formatDateNl(doc.date), inline: true },
      ...(answered ? [{ name: 'Beantwoord', value: answerDate ? formatDateNl(answerDate) : 'ja', inline: true }] : []),
      ...(doc.source?.sessionYear ? [{ name: 'Zittingsjaar', value: escapeText(doc.source.sessionYear), inline: true }] : []),
    ],
  };
  const buttons: APIButtonComponent[] = [button({ customId: encodeCustomId({ action: 'full', doc: docKey(doc) }), label: 'Volledige vraag en antwoord', style: ButtonStyle.Primary })];
  const url = doc.source?.pageUrl ?? doc.source?.documentUrl;
  if (url) buttons.push({ type: ComponentType.Button, style: ButtonStyle.Link, url, label: 'Bekijk bij het Vlaams Parlement' });
  return message({ embeds: [embed], components: rows(buttons) });
}
