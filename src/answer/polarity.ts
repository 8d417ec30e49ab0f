import { terms, tokenize } from '../search/analyze.js';
import type { QueryTerm } from './checks.js';
import { termsOf } from './passage-analysis.js';

/**
 * Outcomes that come in opposite pairs: approved or rejected, signed or
 * withdrawn, passed or failed, up or down. "Hoeveel diversiteitsplannen werden
 * afgekeurd?" shares every word but one with "In 2016 werden 412
 * diversiteitsplannen goedgekeurd", and that one word turns the fact around.
 * Each group lists the forms of one side (Dutch, and English for questions the
 * glossary does not render); the pairs are the genre's outcomes of calls,
 * signatures, exams, trends and programmes (continued or stopped), not
 * phrasings of any one document.
 */
const OPPOSITES: [string, string][] = [
  [
    'goedgekeurd goedgekeurde goedkeuring keurde keurden aanvaard aanvaarde geselecteerd geselecteerde selecteerde selecteerden toegekend approved accepted selected granted',
    'afgekeurd afgekeurde afkeuring afgewezen afwijzing wees weigerde weigerden geweigerd geweigerde rejected refused declined',
  ],
  ['ondertekend ondertekende tekenden ondertekenden getekend signed', 'opgezegd opgezegde zegden ingetrokken trokken withdrew withdrawn cancelled'],
  ['geslaagd geslaagde slaagde slaagden behaalden behaald passed', 'gezakt gezakte zakte zakten failed'],
  ['gestegen steeg stegen stijging toegenomen toename increased increase rose', 'gedaald daalde daalden daling afgenomen afname decreased decrease fell'],
  [
    'voortgezet voortzetten voortzetting verlengd verlenging continued extended',
    'stopgezet stopzetten stopzetting beëindigd beëindiging afgeschaft afschaffing discontinued stopped ended abolished',
  ],
];

const opposite = new Map<string, Set<string>>();
for (const [a, b] of OPPOSITES) {
  const sideA = new Set(terms(a));
  const sideB = new Set(terms(b));
  for (const t of sideA) opposite.set(t, sideB);
  for (const t of sideB) opposite.set(t, sideA);
}
const sameSide = new Map<string, Set<string>>();
for (const side of OPPOSITES.flat()) {
  const stems = new Set(terms(side));
  for (const t of stems) sameSide.set(t, stems);
}

/** The stems that say the opposite of a stem ("afgekeurd" → goedgekeurd, aanvaard, …); empty when it has none. */
export function oppositesOf(stem: string): ReadonlySet<string> {
  return opposite.get(stem) ?? new Set();
}

/** The stems that say the same as a stem ("afgekeurd" → afgewezen, geweigerd, …), itself included. */
export function sameOutcomeAs(stem: string): ReadonlySet<string> {
  return sameSide.get(stem) ?? new Set([stem]);
}

/**
 * An outcome the question asks about ("afgekeurd") that neither the passage
 * nor its question item reports, where the passage reports its opposite
 * ("goedgekeurd"): the passage word, as written, or null.
 */
export function oppositeOutcome(queryTerms: QueryTerm[], passage: string, asked: string): string | null {
  for (const q of queryTerms) {
    const stems = [q.term, ...q.alternatives];
    const opposites = new Set(stems.flatMap((t) => [...oppositesOf(t)]));
    if (opposites.size === 0) continue;
    // Each text analysed once and kept (the memo): the same passages and question items recur.
    const inPassage = termsOf(passage);
    const inAsked = termsOf(asked);
    if (stems.some((t) => [...sameOutcomeAs(t)].some((same) => inPassage.has(same) || inAsked.has(same)))) continue;
    const found = tokenize(passage).find((w) => terms(w).some((t) => opposites.has(t)));
    if (found) return found;
  }
  return null;
}
