import { ButtonStyle, ComponentType, type APIButtonComponent, type APIEmbed, type APIEmbedField } from 'discord.js';
import type { AnswerGroup, AnswerResult, Passage, QuestionRef } from '../../answer/index.js';
import { answerTexts, verdictText } from '../../present/answer.js';
import { publicModeNote } from '../../present/errors.js';
import { sourceFacts, type DocumentLookup } from '../../present/citation.js';
import { formatDateNl } from '../../present/dates.js';
import { displayName } from '../../present/names.js';
import { ministerText, questionHeading } from '../../present/question.js';
import { docKey, encodeCustomId, MAX_OFFSET } from '../dispatch/custom-id.js';
import { LIMITS } from './limits.js';
import { button, embedsLength, message, notice, rows, type MessagePayload } from './payload.js';
import { clamp, escapeText, fitText, formatNumberNl, highlightedQuote } from './text.js';

/** Renders an AnswerResult as one Discord message: one embed per source question. */

export const EMBED_COLOR = 0x2b6cb0;

interface AnswerView {
  /** Session for "Meer resultaten" and feedback; null → no such buttons. */
  sessionId: string | null;
  /** Offset of this page (passages before it). */
  offset: number;
  limit: number;
  /** Finds a passage's document: questions from the Parliament's open data get a link and a citation line. */
  documents?: DocumentLookup;
}

function footerText(result: AnswerResult, top: Passage): string {
  const mode = result.mode === 'hybrid' ? 'Zoekmodus: hybride (trefwoorden + taalmodel)' : (publicModeNote(result.keywordOnly) ?? 'Zoekmodus: alleen trefwoorden').replace(/\.$/, '');
  const score = formatNumberNl(top.score, result.mode === 'hybrid' ? 4 : 2);
  return `${mode} · score ${score}`;
}

function partField(p: Passage, name: string, max: number): APIEmbedField {
  const head = `${p.itemDescription}${p.unanswered ? ' (nog niet beantwoord)' : ''} · ${verdictText(p.verdict)}`;
  const asked = p.answersQuestion ? `\n*Gevraagd:* ${fitText(p.answersQuestion.text, Math.max(20, max - head.length - 12), escapeText)}` : '';
  return { name, value: escapeText(head) + asked };
}

/** The citation line(s) to copy, one per quoted part; null for a document without a known source. */
function citationField(group: AnswerGroup, documents: DocumentLookup | undefined): APIEmbedField | null {
  const doc = documents?.(group.docId);
  const lines = group.passages.map((p) => sourceFacts(doc, p.itemDescription)?.citation).filter((c): c is string => Boolean(c));
  if (!lines.length) return null;
  return { name: 'Bronvermelding', value: escapeText(lines.join('\n')) };
}

/** A link button to the question's page on the Parliament's website. */
function sourceButton(group: AnswerGroup, documents: DocumentLookup | undefined, single: boolean): APIButtonComponent | null {
  const url = sourceFacts(documents?.(group.docId))?.url;
  if (!url) return null;
  return { type: ComponentType.Button, style: ButtonStyle.Link, url, label: single ? 'Bekijk bij het Vlaams Parlement' : `Bron nr. ${group.questionNumber}` };
}

/** One source question; `descMax` and `fieldMax` shrink when the message would be too long. */
function groupEmbed(result: AnswerResult, group: AnswerGroup, descMax: number, fieldMax: number, documents?: DocumentLookup): APIEmbed {
  const first = group.passages[0]!;
  const many = group.passages.length > 1;
  const perPassage = Math.floor(descMax / group.passages.length) - (many ? 60 : 0);
  const description = group.passages
    .map((p, i) => {
      const quote = fitText(p.quote.text, Math.max(40, perPassage), highlightedQuote(p.highlights));
      return many ? `**${i + 1}. ${escapeText(p.itemDescription)}**\n${quote}` : quote;
    })
    .join('\n\n');
  const minister = ministerText(first.minister, '\n');
  const fields: APIEmbedField[] = [
    { name: 'Vraagsteller', value: escapeText(displayName(first.questioner)), inline: true },
    { name: 'Minister', value: fitText(minister, Math.min(fieldMax, 300), escapeText), inline: true },
    { name: 'Datum', value: formatDateNl(group.date), inline: true },
    ...group.passages.map((p, i) => partField(p, many ? `Onderdeel ${i + 1}` : 'Onderdeel', fieldMax)),
    ...[citationField(group, documents)].filter((f): f is APIEmbedField => f !== null),
  ].slice(0, LIMITS.embedFields);
  return {
    title: fitText(questionHeading(group.questionNumber, group.title), LIMITS.embedTitle, escapeText),
    description: fitText(description, LIMITS.embedDescription),
    color: EMBED_COLOR,
    fields: fields.map((f) => ({ ...f, value: fitText(f.value, LIMITS.fieldValue) })),
    footer: { text: clamp(footerText(result, first), LIMITS.footerText) },
  };
}

/** Embeds for the groups, shrinking quotes evenly until the message fits 6000 characters. */
export function answerEmbeds(result: AnswerResult, groups: AnswerGroup[], documents?: DocumentLookup): APIEmbed[] {
  const shown = groups.slice(0, LIMITS.embeds);
  if (shown.length === 0) return [];
  let descMax = Math.min(LIMITS.embedDescription, Math.floor((LIMITS.embedTotal - 400) / shown.length));
  let fieldMax: number = LIMITS.fieldValue;
  for (;;) {
    const embeds = shown.map((g) => groupEmbed(result, g, descMax, fieldMax, documents));
    if (embedsLength(embeds) <= LIMITS.embedTotal || descMax <= 80) return embeds;
    descMax = Math.floor(descMax * 0.8);
    fieldMax = Math.max(120, Math.floor(fieldMax * 0.8));
  }
}

function refLine(q: QuestionRef): string {
  const date = q.date ? ` (${formatDateNl(q.date)})` : '';
  return `• nr. ${q.questionNumber}${q.title ? ` — ${escapeText(q.title)}` : ''}${date}`;
}

function openButtons(refs: QuestionRef[]) {
  return refs
    .filter((q): q is QuestionRef & { docId: string } => q.inCorpus && q.docId !== null)
    .slice(0, LIMITS.buttonsPerRow)
    .map((q) => button({ customId: encodeCustomId({ action: 'full', doc: docKey({ id: q.docId, questionNumber: q.questionNumber }) }), label: `Open nr. ${q.questionNumber}` }));
}

export function renderAnswer(result: AnswerResult, view: AnswerView): MessagePayload {
  const texts = answerTexts(result);
  if (result.status === 'invalid-query') return notice(texts.message ?? 'Deze vraag kan ik niet zoeken.');
  const notes = texts.notes.map(escapeText);

  if (result.status === 'no-answer') {
    const lines = [escapeText(texts.message ?? 'Ik vond geen passage die deze vraag beantwoordt.'), ...notes];
    if (result.closest.length) lines.push('', 'Vragen die er het dichtst bij komen:', ...result.closest.map(refLine));
    // The short reason, never the model loader's message with its paths.
    const modeNote = result.mode === 'keyword' ? publicModeNote(result.keywordOnly) : null;
    if (modeNote) lines.push('', `-# ${escapeText(modeNote)}`);
    return message({ content: lines.join('\n'), components: rows(openButtons(result.closest)) });
  }

  const shownGroups = result.groups.slice(0, LIMITS.embeds);
  const hidden = result.groups.length - shownGroups.length;
  const from = view.offset + 1;
  const to = view.offset + result.passages.length;
  const header = [
    `**Vraag:** ${fitText(result.searchedQuery || result.query, 300, escapeText)}`,
    view.offset > 0 ? `Resultaten ${from}–${to}` : null,
    texts.lead ? escapeText(texts.lead) : null,
    ...notes,
    hidden > 0 ? `(nog ${hidden} ${hidden === 1 ? 'bron' : 'bronnen'} niet getoond)` : null,
  ].filter((l): l is string => l !== null);

  const fullButtons = shownGroups.slice(0, LIMITS.buttonsPerRow).map((g) =>
    button({
      customId: encodeCustomId({ action: 'full', doc: docKey({ id: g.docId, questionNumber: g.questionNumber }) }),
      label: shownGroups.length === 1 ? 'Volledige vraag en antwoord' : `Volledig: nr. ${g.questionNumber}`,
    }),
  );
  const links = shownGroups
    .map((g) => sourceButton(g, view.documents, shownGroups.length === 1))
    .filter((b): b is APIButtonComponent => b !== null)
    .slice(0, LIMITS.buttonsPerRow);
  const actions = [];
  const nextOffset = view.offset + view.limit;
  if (view.sessionId) {
    if (result.hasMore && nextOffset <= MAX_OFFSET) {
      actions.push(button({ customId: encodeCustomId({ action: 'more', session: view.sessionId, offset: nextOffset }), label: 'Meer resultaten', style: ButtonStyle.Primary }));
    }
    actions.push(button({ customId: encodeCustomId({ action: 'fb', session: view.sessionId, offset: view.offset, vote: 'up' }), emoji: '👍' }));
    actions.push(button({ customId: encodeCustomId({ action: 'fb', session: view.sessionId, offset: view.offset, vote: 'down' }), emoji: '👎' }));
  }
  return message({
    content: header.join('\n'),
    embeds: answerEmbeds(result, shownGroups, view.documents),
    components: [...rows(fullButtons), ...rows(links), ...rows(actions)],
  });
}
