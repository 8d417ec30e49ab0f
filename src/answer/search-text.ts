import { foldDiacritics } from '../search/analyze.js';
import { joinedAsGlossary } from './english.js';

/** A reference to a written question by its number: "vraag 1004", "nr. 455", "question 3101". */
export const QUESTION_NUMBER = /\b(?:vraag|vragen|nr|nummer|question)\.?\s*(?:nr\.?\s*)?(\d{1,6})\b/i;

/**
 * Words that say where to look rather than what to find ("wat antwoordde de
 * minister op vraag 1004 …"): dropped from the search terms. Verbs of saying
 * ("zei", "noemde", "vermeldde", "schreef", "recalled") report the text, as asking and
 * answering do; a follow-up question ("vervolgvraag") is a written question too.
 */
const META_WORDS = new Set(
  'minister ministers vraag vragen vroeg vroegen vraagt antwoord antwoorden antwoordde antwoordt zei zegt noemde noemden noemt vermeldde vermeldt schreef schrijft indiener indienster vraagsteller parlementslid precies wilde wou weten question questions answer answered ask asks asked mention mentioned mentions wrote mp schetst schetste verwijst verwees geeft gaf gaven refer refers referred give gives gave recall recalls recalled herinnert herinnerde inleiding introduction followup vervolgvraag opvolgingsvraag opvolgvraag'.split(' '),
);
/** A minister named by portfolio ("de werkminister", "onderwijsminister") is whom the question asks, as "minister" is. */
const PORTFOLIO_MINISTER = /^\p{L}{3,}ministers?$/u;
const isMetaOrName = (word: string, names: ReadonlySet<string>) => META_WORDS.has(word) || PORTFOLIO_MINISTER.test(word) || names.has(word);
/** The verb a question is posed with ("Welke vraag stelde …", "the question she raised"): meta beside the noun only. */
const POSING = new Set('stelde stelden stelt stellen gesteld pose poses posed raise raises raised'.split(' '));
const QUESTION_NOUN = /^(?:vraag|vragen|question|questions)$/i;
/** Words between the verb and the noun it poses: "Welke vraag heeft het parlementslid gesteld". */
const POSING_REACH = 4;

/**
 * An ordinal that counts the document's parts ("in haar tweede vraag", "the third question") says where to look,
 * like the part itself: it is no figure the passage must give.
 */
const ORDINAL_OF_DOCUMENT_PART = /\b(?:eerste|tweede|derde|vierde|vijfde|zesde|laatste|first|second|third|fourth|fifth|sixth|last)\s+(?=(?:schriftelijke\s+|written\s+)?(?:vraag|vragen|deelvraag|antwoord|punt|question|answer|point)\b)/giu;

/**
 * The search text without meta words; without the question number reference
 * too when it pins a document (otherwise "2018" may just be a year).
 */
export function searchTerms(text: string, dropQuestionNumber: boolean, names: ReadonlySet<string> = new Set()): string {
  return (dropQuestionNumber ? text.replace(QUESTION_NUMBER, ' ') : text)
    .replace(ORDINAL_OF_DOCUMENT_PART, ' ')
    .split(/\s+/)
    .filter((w, k, words) => {
      const word = foldDiacritics(w.toLowerCase()).replace(/[^\p{L}]/gu, '');
      // A verb its particle makes another verb the glossary renders is no meta word: "give up" is to stop.
      const pair = `${word} ${(words[k + 1] ?? '').toLowerCase().replace(/\W+$/, '')}`;
      if (META_WORDS.has(word) && joinedAsGlossary(pair) !== pair) return true;
      const posesQuestion = POSING.has(word) && words.slice(Math.max(0, k - POSING_REACH), k + POSING_REACH + 1).some((n) => QUESTION_NOUN.test(n.replace(/\W+/g, '')));
      return !isMetaOrName(word, names) && !posesQuestion;
    })
    .join(' ');
}
