import type { QuestionLookup, QuestionRef } from '../answer/index.js';
import type { Minister } from '../corpus/types.js';
import { formatDateNl } from './dates.js';
import { displayName, displayTitle } from './names.js';

/** A written question as people cite it: heading, who asked whom, and its full text. */

export function questionHeading(questionNumber: number, title: string | null): string {
  return `Schriftelijke vraag nr. ${questionNumber}${title ? ` — ${title}` : ''}`;
}

const NOT_ANSWERED_YET = '(nog niet beantwoord)';

/** The question's two sides, as they are to be shown. */
export function questionSections(l: QuestionLookup): { heading: string; text: string }[] {
  return [
    { heading: 'Vraag', text: l.questionText.trim() },
    { heading: 'Antwoord', text: l.answerText?.trim() || NOT_ANSWERED_YET },
  ];
}

/** "Liesbeth Homans" and the minister's title in sentence case, when known. */
export function ministerText(m: Minister, separator = ' — '): string {
  return [displayName(m.name), displayTitle(m.title)].filter(Boolean).join(separator);
}

/** "nr. 779 van 07-08-2017 — title (niet in het corpus)"; `escape` protects the title in markdown. */
export function citedQuestionText(r: QuestionRef, escape: (text: string) => string = (t) => t): string {
  return `nr. ${r.questionNumber}${r.date ? ` van ${formatDateNl(r.date)}` : ''}${r.title ? ` — ${escape(r.title)}` : ''}${r.ambiguous ? ' (meerdere vragen met dit nummer)' : r.inCorpus ? '' : ' (niet in het corpus)'}`;
}

/** The whole written question as plain text: for the bot's attachment and the CLI's look-up. */
export function questionFullText(l: QuestionLookup): string {
  const d = l.document;
  return [
    questionHeading(d.questionNumber, d.title),
    `Vraagsteller: ${displayName(d.questioner)}`,
    `Minister: ${ministerText(d.minister)}`,
    `Datum: ${formatDateNl(d.date)}`,
    `Bestand: ${d.file}`,
    ...(l.citedQuestions.length ? [`Verwijst naar: ${l.citedQuestions.map((r) => citedQuestionText(r)).join('; ')}`] : []),
    ...questionSections(l).flatMap((s) => ['', s.heading.toUpperCase(), s.text]),
    '',
  ].join('\n');
}
