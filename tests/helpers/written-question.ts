/** A written question with its answer in the full layout (SCHRIFTELIJKE VRAAG … ANTWOORD), for tests that index a made-up document. */
export interface WrittenQuestion {
  number: number;
  /** As the document writes it: "3 maart 2025". */
  date: string;
  questioner: string;
  minister: string;
  ministerTitle: string;
  /** "Domain  -  Title". */
  title: string;
  /** Numbered question items, as written ("1. Hoeveel …?"). */
  questions: string[];
  /** Numbered answer items, as written. */
  answers: string[];
}

export function writtenQuestion(q: WrittenQuestion): string {
  return [
    'SCHRIFTELIJKE VRAAG',
    '',
    `nr. ${q.number}`,
    `van ${q.questioner}`,
    `datum: ${q.date}`,
    '',
    `aan ${q.minister}`,
    q.ministerTitle,
    '',
    q.title,
    '',
    q.questions.join('\n\n'),
    '',
    'ANTWOORD',
    '',
    `op vraag nr. ${q.number} van ${q.date}`,
    `van ${q.questioner}`,
    '',
    q.answers.join('\n\n'),
    '',
  ].join('\n');
}
