import { speaksOfGroup } from './breakdown.js';
import { HAS_YEAR, isTableCell, isTableLine, tableIntroduction } from './dating.js';
import { mentionsTerm } from './evidence.js';
import { mentions } from './named.js';
import { termsOf, wordsOf } from './passage-analysis.js';
import type { AnswerabilityInput } from './checks.js';
import type { Shortfall } from './shortfall.js';

/**
 * A table's rows, as the normaliser joins its cells into one line ("Thuistaal 2022-2023 2023-2024 Arabisch 614 903
 * Oekraïens 402 688 …"): the words before a run of figures name a row, those before years or school years head the
 * columns. A row the question names restricts its figure as a place does.
 */
export function tableRowLabels(passage: string): string[] {
  const labels: string[] = [];
  for (const line of passage.split('\n')) {
    if (!isTableLine(line)) continue;
    let words: string[] = [];
    for (const token of line.split(/\s+/).filter(Boolean)) {
      if (!isTableCell(token)) words.push(token);
      else if (words.length > 0) {
        if (!HAS_YEAR.test(token)) labels.push(words.join(' '));
        words = [];
      }
    }
  }
  return labels;
}

/**
 * What frames a passage's figures as a group's: the question item, its parent items or the question's introduction,
 * and the introduction of its table; not the introduction's sketch when the item has headings of its own.
 */
export const groupFrameOf = (input: AnswerabilityInput, passage: string): string =>
  `${input.askedText}\n${input.headings ?? input.contextText}\n${tableIntroduction(passage)}`;

/** Rows that sum up or gather the rest ("Totaal", "andere talen"): they are no restriction of their own. */
const GATHERING_ROW = /^(?:totaal|total|samen|andere|overige|other)\b/i;

/**
 * A group by sex counted in a table row the question names ("How many of the Arabic-speaking pupils are girls?"
 * against "Arabisch 614 903" beside "ongeveer 54 procent van hen is een meisje"): the row counts all of that row,
 * unless the table, what introduces it or frames the item, or a sentence that names the row speaks of the group.
 * Places go through the place check (checks.ts), which reads the same for them.
 */
export function rowCountsAll(input: AnswerabilityInput, passage: string, sentences: readonly { text: string }[]): Shortfall | null {
  const group = input.sexGroup;
  if (!group) return null;
  const rows = tableRowLabels(passage).filter(
    (label) => !GATHERING_ROW.test(label) && !input.places.some((p) => mentions(wordsOf(label), p)) && input.queryTerms.some((q) => mentionsTerm(termsOf(label), q)),
  );
  if (rows.length === 0 || speaksOfGroup(groupFrameOf(input, passage), group)) return null;
  for (const row of rows) {
    const said = sentences.some((s) => speaksOfGroup(s.text, group) && (isTableLine(s.text) || mentions(wordsOf(s.text), row)));
    if (!said) return { kind: 'place-figures', place: row, counted: group.name };
  }
  return null;
}
