import { withoutItemMarker } from '../corpus/normalize.js';
import type { Span } from '../corpus/sentences.js';
import { holdsAnswerType, type AnswerType } from './answer-type.js';
import { missedPart } from './year-part.js';
import { unavailableIn } from './passage-analysis.js';
import { countingSentences, focusPresent } from './counted.js';
import { SHARE_OF_COUNTED } from './named.js';
import { datedWithAntecedent, datingText, datesInSpan, hasFigure, HAS_YEAR, OPENS_WITH_YEAR, SHARE_FIGURE, tableIntroduction, tableYears, withoutBaselineYears, withOwnYearsOnly, withoutPeriodsOpenIn, withoutSpansMissing } from './dating.js';
import type { Shortfall } from './shortfall.js';
import type { AnswerabilityInput } from './traits.js';

/**
 * Whether a passage's figures are those of the year asked: each figure is dated by its own sentence, the one before
 * it, a table's year labels, the question item or, failing all, the year the question was asked. A figure of another
 * year, or one only promised for the year asked, does not answer.
 */
export function yearFiguresShortfall(
  input: AnswerabilityInput,
  wanted: AnswerType,
  passage: string,
  framing: string,
  sentences: () => (Span & { text: string })[],
): Shortfall | null {
  // A period named only where figures are said to be lacking or still to come, with none given, is not given ("De
  // cijfers voor het volledige jaar 2026 verwacht ik in maart 2027" beside the first half's figures).
  const said = sentences().filter((s) => !unavailableIn(s.text) || hasFigure(s.text)).map((s) => s.text).join(' ');
  const missed = missedPart(said, input.askedText, input.parts ?? []);
  if (missed) return { kind: 'period-figures', year: missed };
  const anyFigures = input.years.length ? sentences().filter((s) => hasFigure(s.text)) : [];
  // A sum is dated by the sentences that give sums, not by "412 trainers" beside them; a count by those that
  // count, not by a share ("die in 2022-2023 nog 31 procent van de OKAN-leerlingen uitmaakten").
  const ofKind = anyFigures.filter((s) => holdsAnswerType(wanted === 'count' ? s.text.replace(SHARE_FIGURE, ' ') : s.text, wanted));
  const figures = ofKind.length > 0 ? ofKind : anyFigures;
  // A sum or share without a year goes on in the year of the sentence before it ("In 2015 startten 14.212
  // inburgeraars. Daarvan rondde 84 procent af."), a figure that points back ("van die 38") in that of the one it names.
  const yearOf = (s: Span & { text: string }) => datedWithAntecedent(input.text, s, figures !== ofKind || wanted === 'count' ? s.text : (datingText(sentences(), s) ?? s.text));
  // The sentences that give a figure for what is counted, when each names its year, date the count
  // ("In 2023 volgden 2.745 nieuwkomers" does not count 2022's, whatever else the answer dates).
  const counting = input.focus ? countingSentences(figures, input.focus) : [];
  // A year of a figure it is set against ("tegenover 9.112 leerlingen in september 2024") does not date a count.
  const countDated = counting.length > 0 && counting.every((s) => HAS_YEAR.test(withOwnYearsOnly(s.text, input.years)));
  let labelled: Set<string> | undefined;
  for (const year of input.years) {
    // A span of two years the question names is one period ("het schooljaar 2025-2026"): a figure dated within it
    // dates both its years.
    const span = input.yearSpans?.find((pair) => pair.includes(year));
    const datingTexts = () => (countDated ? counting.map((s) => s.text) : figures.map(yearOf));
    if (span && datingTexts().some((text) => datesInSpan(withOwnYearsOnly(text, input.years), span))) continue;
    // A table labelled with the year dates the count only when it holds what is counted (and, as below, not by a
    // school year that misses the day asked).
    if ((labelled ??= tableYears(withoutSpansMissing(passage, input.days ?? []))).has(year) && (!countDated || focusPresent(input.focus!, [tableIntroduction(passage)]))) continue;
    if (countDated && !counting.some((s) => withOwnYearsOnly(s.text, input.years).includes(year))) return { kind: 'year-figures', year };
    // A school year that ends before the day asked, or starts after it, does not date it.
    if (figures.some((s) => withoutSpansMissing(withoutBaselineYears(yearOf(s)), input.days ?? []).includes(year))) continue;
    // Figures that each name another year ("voor 2020 wordt 1,5 miljoen euro")
    // belong to those years, whatever year the question or title mentions.
    const allDatedElsewhere = figures.length > 0 && figures.every((s) => HAS_YEAR.test(yearOf(s)));
    // An answer that opens its figures with another year ("In 2024 gingen 38.420 kinderen …") sets
    // the year of the undated ones that follow, whatever year the question asked.
    const opening = anyFigures[0] ? withoutItemMarker(anyFigures[0].text) : '';
    const framedElsewhere = OPENS_WITH_YEAR.test(opening) && !opening.includes(year);
    // Figures without a year take theirs from the question item or, when it names none, the introduction
    // ("Hoeveel inburgeraars legden in 2023 en 2024 het examen af?" is not dated by "Sinds 1 januari 2022 …").
    const datedBy = HAS_YEAR.test(input.askedText) ? input.askedText : framing;
    // When neither names a year nor points back to another item, they hold when the question was asked ("Vlaanderen heeft 18 plaatsen").
    // A period the introduction opens ("Sinds 2021 …") runs on into the year asked, if the question speaks of that
    // year at all: one whose items ask only of 2018 keeps its undated figures in 2018.
    const undated = input.questionYears?.includes(year) ? withoutPeriodsOpenIn(datedBy, year) : datedBy;
    const heldWhenAsked = year === input.askedInYear && !HAS_YEAR.test(undated) && !SHARE_OF_COUNTED.test(`${input.askedText}\n${sentences()[0]?.text ?? ''}`);
    if ((!datedBy.includes(year) && !heldWhenAsked) || allDatedElsewhere || framedElsewhere) return { kind: 'year-figures', year };
  }
  return null;
}
