import type { ParsedDocument } from '../corpus/types.js';
import { foldDiacritics } from '../search/analyze.js';
import { quotedTitles, unquoted } from './named.js';

/**
 * The documents write a programme's or body's name in quotes ("het project ‘Op Zicht’"); users type it without
 * ("the Op Zicht project"). A title the documents quote, typed with its capital in the question, names that one
 * thing as a quoted title does (see quotedTitles): its words one by one ("op", "zicht") are found anywhere.
 */
const titlesOf = new WeakMap<readonly ParsedDocument[], string[]>();

function documentTitles(documents: readonly ParsedDocument[]): string[] {
  let titles = titlesOf.get(documents);
  if (!titles) titlesOf.set(documents, (titles = [...new Set(documents.flatMap((d) => quotedTitles(d.text).map(flat)))]));
  return titles;
}

const flat = (text: string) => foldDiacritics(text).replace(/\s+/g, ' ').trim();
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The titles the documents quote that the question names, unquoted, with a capital. */
export function titlesNamedUnquoted(query: string, documents: readonly ParsedDocument[]): string[] {
  const text = flat(unquoted(query));
  const lower = text.toLowerCase();
  return documentTitles(documents).filter((title) => {
    const at = lower.indexOf(title.toLowerCase());
    if (at < 0) return false;
    const end = at + title.length;
    return /\p{Lu}/u.test(text[at]!) && !LETTER_OR_DIGIT.test(text[at - 1] ?? ' ') && !LETTER_OR_DIGIT.test(text[end] ?? ' ');
  });
}
