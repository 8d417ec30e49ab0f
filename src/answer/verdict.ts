import { asksExtreme, givesCount, holdsAnswerType, originNamed, statesExtreme, type AnswerType } from './answer-type.js';
import type { Shortfall } from './checks.js';
import { namesNoneAsked, evidenceSentences, sentencesOf, sentencesSharing } from './evidence.js';
import { asksAboutDeciding, decisionOpen } from './gaps.js';
import { joinedAsGlossary } from './english.js';
import type { AnalysedQuery } from './query.js';
import type { Target } from './targets.js';

/**
 * What the bot can honestly say of a passage it shows, instead of a
 * percentage: it answers the question, it answers only partly because the
 * kind of answer asked for (a number, a sum, a date, a name) is not in it,
 * or it is related but covers less than half of the question.
 */
export type Verdict =
  | { kind: 'answers' }
  /** `counted`: a count is given, but of something else than the question counts ("hoeveel plukkers"). */
  | { kind: 'partial'; missing: AnswerType | 'decision'; counted?: string; /** Names were asked; the passage gives only how many ("elf besturen"). */ countOnly?: true }
  | { kind: 'related' };

/** Below this share of the question's (idf-weighted) words a shown passage is only related. */
const RELATED_BELOW = 0.5;

/** `weight`: a query term's idf, which picks the sentences that carry the question's matter. */
export function verdictOf(t: Target, confidence: number, query: AnalysedQuery, shortfall: Shortfall | null | undefined, weight: (term: string) => number): Verdict {
  // What was asked is answered by the question item itself.
  if (t.part === 'vraag') return { kind: 'answers' };
  if (shortfall?.kind === 'focus') return { kind: 'partial', missing: 'count', counted: shortfall.word };
  const wanted = query.answerType;
  const text = t.doc.text.slice(t.span.start, t.span.end);
  if (wanted && !(wanted === 'count' ? givesCount(text, query.clean.text, query.figures) : holdsAnswerType(text, wanted, query.clean.text))) return { kind: 'partial', missing: wanted };
  const evidence = evidenceSentences(t.doc.text, t.span, query.queryTerms, weight);
  // A name elsewhere in the passage is not the name asked for when the sentences about the question's matter name none.
  // An extreme asked ("the biggest teams") is named where the passage states one ("De grootste ploegen werken in …"),
  // in its own words ("ploegen" for "teams").
  let split: string[] | undefined;
  const passageSentences = () => (split ??= sentencesOf(t.doc.text, t.span));
  const extremes = wanted === 'name' && asksExtreme(query.clean.text) ? passageSentences().filter(statesExtreme) : [];
  // Where people come from is named anywhere in the passage ("24 cursisten, die vooral uit Afghanistan … komen").
  const origin = wanted === 'name' ? originNamed(query.clean.text) : null;
  const origins = origin ? passageSentences().filter(origin) : [];
  // The kind asked as the glossary joins it: "which temp agencies" asks for uitzendkantoren by name, no agentschappen.
  const asked = query.english ? joinedAsGlossary(query.clean.text) : query.clean.text;
  const unnamed = wanted === 'name' ? namesNoneAsked([...evidence, ...extremes, ...origins], asked, passageSentences()) : null;
  if (unnamed) return unnamed.countOnly ? { kind: 'partial', missing: 'name', countOnly: true } : { kind: 'partial', missing: 'name' };
  // "Komt er een mondeling examen?" against "Of er een mondeling examen komt, beslis ik pas na de evaluatie": the
  // sentences about the question's matter say the decision is still to be taken.
  // A question of when is answered by a date in a sentence about its matter ("die worden verwacht in het najaar van
  // 2024"), whatever else is still to be decided; not by a date for something else ("Vanaf wanneer kunnen
  // vluchtelingen de lening aanvragen?" against "Ik verwacht een voorstel tegen het voorjaar van 2025").
  // Read only when the rest holds: most passages have no open decision.
  const dated = () => wanted === 'date' && sentencesSharing(t.doc.text, t.span, query.queryTerms).some((s) => holdsAnswerType(s, 'date', query.clean.text));
  if (evidence.length > 0 && evidence.every(decisionOpen) && !asksAboutDeciding(query.clean.text) && !dated()) return { kind: 'partial', missing: 'decision' };
  return confidence < RELATED_BELOW ? { kind: 'related' } : { kind: 'answers' };
}
