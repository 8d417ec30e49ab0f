import type { ParsedDocument } from '../corpus/types.js';
import { foldDiacritics } from '../search/analyze.js';
import { quotedTitles, unquoted } from './named.js';

/*
 * The documents write a programme's or body's name in quotes ("het project ‘Op Zicht’"); users type it without
 * ("the Op Zicht project"). A title the documents quote, typed as they write it, names that one thing as a quoted
 * title does (see quotedTitles): its words one by one ("op", "zicht") are found anywhere.
 */

const flat = (text: string) => foldDiacritics(text).replace(/\s+/g, ' ').trim();
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The titles each index's documents quote, gathered once per index on the first question. */
const titlesOf = new WeakMap<readonly ParsedDocument[], string[]>();

function documentTitles(documents: readonly ParsedDocument[]): string[] {
  let titles = titlesOf.get(documents);
  if (!titles) titlesOf.set(documents, (titles = [...new Set(documents.flatMap((d) => quotedTitles(d.text).map(flat)))]));
  return titles;
}

/**
 * The titles the documents quote that the question names, unquoted, as the documents write them, each capital in
 * place ("Hoe gaat het met …" does not name ‘Hoe Gaat Het’). For the check that a passage's document gives the
 * title only: its words still count as words of the question.
 */
export function titlesNamedUnquoted(query: string, documents: readonly ParsedDocument[]): string[] {
  const text = flat(unquoted(query));
  return documentTitles(documents).filter((title) => {
    for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) {
      if (!LETTER_OR_DIGIT.test(text[at - 1] ?? ' ') && !LETTER_OR_DIGIT.test(text[at + title.length] ?? ' ')) return true;
    }
    return false;
  });
}
