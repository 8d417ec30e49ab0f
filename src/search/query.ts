import { foldDiacritics, isStopword, tokenize } from './analyze.js';

export const MAX_QUERY_CHARS = 2000;

export type QueryProblem = 'leeg' | 'te-kort' | 'te-lang' | 'geen-zoekwoorden';

export interface CleanQuery {
  /** The question as searched: mentions, markdown and invisible characters removed. */
  text: string;
  /** A question number the user named ("vraag 455", "nr. 455"). */
  questionNumber: number | null;
  /** The user asks what was asked ("wat vroeg de indiener…"), not what was answered. */
  asksForQuestion: boolean;
  problem: QueryProblem | null;
}

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u00AD]/g;
const DISCORD_MENTION = /<(?:@[!&]?|#|a?:\w+:)\d+>|@(?:everyone|here)\b/g;
const QUESTION_NUMBER = /\b(?:vraag|vragen|nr|nummer|question)\.?\s*(?:nr\.?\s*)?(\d{1,6})\b/i;
const ASKS_FOR_QUESTION =
  /\b(?:vroeg|vroegen|vraagsteller|vraagstelster|indiener|indienster|parlementslid|deelvragen|deelvraag|wilde weten|wou weten|asked|questioner)\b/i;

/**
 * Words that say where to look rather than what to find ("wat antwoordde de
 * minister op vraag 1004 …"): dropped from the search terms.
 */
const META_WORDS = new Set(
  'minister ministers vraag vragen vroeg vroegen vraagt antwoord antwoorden antwoordde antwoordt zei zegt indiener indienster vraagsteller parlementslid precies wilde weten question questions answer answered asked'.split(' '),
);

/**
 * The search text without meta words; without the question number reference
 * too when it pins a document (otherwise "2018" may just be a year).
 */
export function searchTerms(text: string, dropQuestionNumber: boolean): string {
  return (dropQuestionNumber ? text.replace(QUESTION_NUMBER, ' ') : text)
    .split(/\s+/)
    .filter((w) => !META_WORDS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')))
    .join(' ');
}

/** Markdown markers carry no meaning for the search; their content does. */
function stripMarkdown(s: string): string {
  return s
    .replace(/```[\w-]*\n?([\s\S]*?)```/g, ' $1 ')
    .replace(/`([^`]*)`/g, ' $1 ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_~|>#]+/g, ' ');
}

export function cleanQuery(raw: string): CleanQuery {
  // Length first: the markdown patterns below must never see an oversized input.
  if (raw.length > MAX_QUERY_CHARS) return { text: '', questionNumber: null, asksForQuestion: false, problem: 'te-lang' };
  const text = stripMarkdown(raw.replace(INVISIBLE, '').replace(DISCORD_MENTION, ' '))
    .replace(/\s+/g, ' ')
    .trim();
  const numberMatch = QUESTION_NUMBER.exec(text) ?? (/^\s*(\d{1,6})\s*$/.exec(text) as RegExpExecArray | null);
  const questionNumber = numberMatch ? Number(numberMatch[1]) : null;
  const base = { text, questionNumber, asksForQuestion: ASKS_FOR_QUESTION.test(foldDiacritics(text)) };

  if (text === '') return { ...base, problem: 'leeg' };
  const contentWords = tokenize(text).filter((t) => !isStopword(t));
  if (questionNumber === null && contentWords.length === 0) {
    const wordChars = text.replace(/[^\p{L}\p{N}]/gu, '').length;
    return { ...base, problem: wordChars === 1 || [...text].length === 1 ? 'te-kort' : 'geen-zoekwoorden' };
  }
  if (questionNumber === null && contentWords.join('').length <= 1) return { ...base, problem: 'te-kort' };
  return { ...base, problem: null };
}

/** The reply for a query that cannot be searched, in the bot's Dutch. */
export function queryProblemMessage(problem: QueryProblem, rawLength: number): string {
  switch (problem) {
    case 'leeg':
      return 'Je vraag is leeg. Stel een vraag over het Integratiepact, bijvoorbeeld: "Wanneer wordt beslist over de goedkeuring van de projecten?"';
    case 'te-kort':
      return 'Je vraag is te kort om te zoeken. Gebruik een paar woorden, bijvoorbeeld: "Hoeveel projecten werden ingediend?"';
    case 'te-lang':
      return `Je vraag is te lang (${rawLength} tekens; maximaal ${MAX_QUERY_CHARS}). Stel een kortere vraag.`;
    case 'geen-zoekwoorden':
      return 'Ik vond geen zoekwoorden in je vraag (alleen leestekens, emoji of veelgebruikte woorden). Stel je vraag in woorden.';
  }
}
