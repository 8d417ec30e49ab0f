import { ButtonStyle, type APIEmbed, type APIEmbedField } from 'discord.js';
import type { QuestionLookup, QuestionRef } from '../../answer/index.js';
import { formatDateNl } from '../../present/dates.js';
import { displayName } from '../../present/names.js';
import { citedQuestionText, ministerText, questionFullText, questionHeading, questionSections } from '../../present/question.js';
import { docKey, encodeCustomId, MAX_PAGE } from '../dispatch/custom-id.js';
import { EMBED_COLOR } from './answer.js';
import { LIMITS } from './limits.js';
import { button, message, notice, rows, type MessagePayload } from './payload.js';
import { escapeText, fitText, takeFitting } from './text.js';

/**
 * The full question and answer of one written question, split into pages of
 * one embed each (for "Volledige vraag en antwoord" and /vraagnr), or as a
 * .txt attachment.
 */

/** Room for the text on one page; leaves space for title, fields and footer within 6000. */
const PAGE_CHARS = 3600;
/** Beyond this many pages a text file reads better than clicking through. */
export const MAX_INLINE_PAGES = 15;

/** Pages of rendered (escaped) text; a section continues on the next page under "(vervolg)". */
export function fullTextPages(l: QuestionLookup, pageChars = PAGE_CHARS): string[] {
  const pages: string[] = [];
  let current: string[] = [];
  let room = pageChars;
  const flush = () => {
    if (current.length) pages.push(current.join('\n\n'));
    current = [];
    room = pageChars;
  };
  for (const s of questionSections(l)) {
    let rest = s.text;
    let first = true;
    while (rest) {
      const heading = `**${s.heading}${first ? '' : ' (vervolg)'}**\n`;
      const available = room - heading.length - (current.length ? 2 : 0);
      // Do not start a section in the last few lines of a page.
      if (available < 300 && current.length) {
        flush();
        continue;
      }
      const { head, rest: tail } = takeFitting(rest, available, escapeText);
      if (!head) break;
      const block = heading + escapeText(head);
      current.push(block);
      room -= block.length + (current.length > 1 ? 2 : 0);
      rest = tail;
      first = false;
      if (rest) flush();
    }
  }
  flush();
  return pages;
}

function citedValue(refs: QuestionRef[]): string {
  return refs.map((r) => citedQuestionText(r, escapeText)).join('\n');
}

interface FullTextView {
  page: number;
  ephemeral: boolean;
  /** Other documents that share the question number. */
  siblings?: QuestionLookup[];
}

export function renderFullText(l: QuestionLookup, view: FullTextView): MessagePayload {
  const d = l.document;
  const pages = fullTextPages(l);
  const total = Math.min(pages.length, MAX_PAGE + 1);
  const page = Math.min(Math.max(0, view.page), total - 1);
  const key = docKey(d);
  const fields: APIEmbedField[] =
    page === 0
      ? [
          { name: 'Vraagsteller', value: escapeText(displayName(d.questioner)), inline: true },
          { name: 'Minister', value: fitText(ministerText(d.minister, '\n'), 300, escapeText), inline: true },
          { name: 'Datum', value: formatDateNl(d.date), inline: true },
          ...(l.citedQuestions.length ? [{ name: 'Verwijst naar', value: fitText(citedValue(l.citedQuestions), 700) }] : []),
        ]
      : [];
  const embed: APIEmbed = {
    title: fitText(questionHeading(d.questionNumber, d.title), LIMITS.embedTitle, escapeText),
    description: pages[page] ?? '(leeg)',
    color: EMBED_COLOR,
    fields,
    footer: { text: fitText(`Pagina ${page + 1}/${total} · bestand ${d.file}`, 200) },
  };

  const nav = [];
  if (page > 0) nav.push(button({ customId: encodeCustomId({ action: 'pg', doc: key, page: page - 1 }), label: '◀ Vorige' }));
  if (page < total - 1) nav.push(button({ customId: encodeCustomId({ action: 'pg', doc: key, page: page + 1 }), label: 'Volgende ▶', style: ButtonStyle.Primary }));
  nav.push(button({ customId: encodeCustomId({ action: 'txt', doc: key }), label: 'Als tekstbestand' }));
  const cited = l.citedQuestions
    .filter((r): r is QuestionRef & { docId: string } => r.inCorpus && r.docId !== null)
    .map((r) => button({ customId: encodeCustomId({ action: 'full', doc: docKey({ id: r.docId, questionNumber: r.questionNumber }) }), label: `Open nr. ${r.questionNumber}` }));
  const siblings = (view.siblings ?? [])
    .filter((s) => s.document.id !== d.id)
    .map((s) => button({ customId: encodeCustomId({ action: 'full', doc: docKey(s.document) }), label: `Ander document nr. ${s.document.questionNumber} (${s.document.file})` }));
  return message({
    embeds: [embed],
    components: [...rows(nav), ...rows(cited).slice(0, 2), ...rows(siblings).slice(0, 1)],
    ephemeral: view.ephemeral,
  });
}

/** Plain text of a written question, for the attachment. */
export function fullTextFile(l: QuestionLookup): { name: string; text: string } {
  return { name: `schriftelijke-vraag-${l.document.questionNumber}.txt`, text: questionFullText(l) };
}

export function renderFullTextFile(l: QuestionLookup): MessagePayload {
  const { name, text } = fullTextFile(l);
  return message({
    content: fitText(`${questionHeading(l.document.questionNumber, l.document.title)} — volledige tekst als bijlage.`, LIMITS.content, escapeText),
    files: [{ attachment: Buffer.from(text, 'utf8'), name }],
    ephemeral: true,
  });
}

/** "Volledige vraag en antwoord": pages, or a file when there would be too many. */
export function renderFullTextOpen(l: QuestionLookup, siblings: QuestionLookup[] = []): MessagePayload {
  return fullTextPages(l).length > MAX_INLINE_PAGES ? renderFullTextFile(l) : renderFullText(l, { page: 0, ephemeral: true, siblings });
}

const unknownQuestionMessage = (n: number) =>
  notice(`Vraag nr. ${n} staat niet in het corpus. Typ een paar cijfers of woorden in het veld "nummer" om de beschikbare vragen te zien.`);

export const documentGoneMessage = () =>
  notice('Dit document staat niet (meer) in de index, bijvoorbeeld na een herindexering. Zoek het opnieuw op met /vraagnr.');

export function renderLookup(found: QuestionLookup[], questionNumber: number): MessagePayload {
  const first = found[0];
  if (!first) return unknownQuestionMessage(questionNumber);
  const payload = renderFullText(first, { page: 0, ephemeral: false, siblings: found });
  if (found.length > 1) payload.content = `Er zijn ${found.length} documenten met nummer ${questionNumber}; dit is ${escapeText(first.document.file)}.`;
  return payload;
}
