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

/** The header fields a test rarely cares about. */
const DEFAULTS = { date: '3 maart 2025', questioner: 'EVA VOORBEELDIG', minister: 'TOM TESTMINISTER', ministerTitle: 'VLAAMS MINISTER VAN WERK' };

export function writtenQuestion(fields: Partial<typeof DEFAULTS> & Omit<WrittenQuestion, keyof typeof DEFAULTS>): string {
  const q: WrittenQuestion = { ...DEFAULTS, ...fields };
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
