import { withoutItemMarker } from '../corpus/normalize.js';
import { splitSentences, type Span } from '../corpus/sentences.js';
import { terms, tokenize } from '../search/analyze.js';
import { holdsAnswerType, type AnswerType } from './answer-type.js';
import { complementNotSpokenOf, onlyOutsideOf, oppositeOutcome } from './polarity.js';
import { missingBreakdown, speaksOfGroup } from './breakdown.js';
import { schoolLevelsOf, termsOf, unavailableIn, wordsOf } from './passage-analysis.js';
import { mentionsTerm } from './evidence.js';
import { countsBefore, countsOtherKindOnly, focusPresent, measuresTimeOnly, modifierNarrows, questionFocus } from './counted.js';
import { figureLocatedBy, figureOwnedBy, figuresIn, givesTitle, mentions, onlyAmongOthers, onlyListed, quantitiesIn, spelledOut } from './named.js';
import { listNamedWhole } from './name-lists.js';
import { sharesTopic } from './topic.js';
import { asksFinalStudy, namesStudy, studyByNamedBody, studyForms, studyStillPending } from './study.js';
import { countsPartOfCounted, gapShortfall, listedWithoutCount, subgroupNotCounted, termOrCompoundIn } from './gap-checks.js';
import { trainsForOthersOnly } from './training.js';
import { reasonNotCounted } from './reason-count.js';
import { yearFiguresShortfall } from './year-figures.js';
import { otherSchoolLevelOnly } from './school-level.js';
import { countedAsTargetOnly, datedAsExpectedOnly } from './tense.js';
import { placeNameForms } from '../search/glossary.js';
import { datedWithAntecedent, datingText, hasFigure, hasShareFigure, HAS_YEAR, holdsFrom, SPEAKS_OF_AFTER, SPEAKS_OF_BEFORE, tableIntroduction, otherDayGiven, YEAR } from './dating.js';
import type { Shortfall } from './shortfall.js';
import { otherElapsedGiven } from './elapsed.js';
import { givesRate } from './rate.js';
import { groupFrameOf, rowCountsAll } from './table-rows.js';
import { countsOtherThanOutcome } from './outcome.js';
import type { AnswerabilityInput, QueryTerm } from './traits.js';

/**
 * Does the passage that retrieval found really answer the question? Word
 * overlap alone cannot tell: the unanswerable questions that matter share
 * nearly every word with a real passage ("Hoeveel inburgeringsattesten in
 * Brussel?" against a table that leaves Brussels out). These checks read the
 * passage the way a careful reader would and name what is missing.
 */

export type { Shortfall };
export type { AnswerabilityInput, QueryTerm, QuestionTraits } from './traits.js';

/** Answers that are figures: a count, a sum, a share. */
export const FIGURE_TYPES = new Set<AnswerType>(['count', 'money', 'share']);
/** Answers dated as figures are, and a length of time: "In 2025 was de gemiddelde wachttijd … 7,9 weken" is no wait of 2024. */
const YEAR_DATED_TYPES = new Set<AnswerType>([...FIGURE_TYPES, 'duration']);
/** Answers other than figures that a sentence shows or not, as a figure: a result, a date, a duration. */
const ORDINAL_SCOPED_TYPES = new Set<AnswerType>(['outcome', 'date', 'duration']);
/** How figuresIn() writes an ordinal: "derde" → "3e". */
const ORDINAL_FIGURE = /^\d+e$/;
/** A figure other than a year or an ordinal, in digits or written out ("vijf gemeenten"). */
const writesFigure = (text: string) => figuresIn(text.replace(YEAR, ' ')).some((f) => !ORDINAL_FIGURE.test(f));

/** A follow-up's number in its title: "Kinderopvang - Plaatsen voor nieuwkomers (2)". */
const SEQUEL_NUMBER = /\(\d{1,2}\)\s*$/gmu;
/**
 * The text without what numbers the document's parts: an item's label ("4. Hoe verloopt …", "2. a)") and a
 * follow-up's number in the title ("… (2)") count nothing, so they give no figure a question names.
 */
const withoutNumbering = (text: string): string =>
  text
    .split('\n')
    .map(withoutItemMarker)
    .join('\n')
    .replace(SEQUEL_NUMBER, ' ');

/**
 * A figure the question gives with its words ("drie schoolgaande kinderen") is given where the passage writes it in
 * a sentence with one of those words, or the question item or title names it: "drie weken" or "drie kleinere
 * klassen" has the figure, not the matter. The words are the next two of the question after the figure.
 */
function figureWithItsWords(figure: string, queryTerms: readonly QueryTerm[], sentences: readonly { text: string }[], framing: string): boolean {
  const at = queryTerms.findIndex((q) => q.term === figure || q.alternatives.includes(figure));
  const words = at < 0 ? [] : queryTerms.slice(at + 1).filter((q) => !/\d/.test(q.term)).slice(0, 2);
  if (words.length === 0 || figuresIn(framing).includes(figure)) return true;
  return sentences.some(({ text }) => figuresIn(text).includes(figure) && words.some((q) => mentionsTerm(termsOf(text), q)));
}

// --- The checks ---------------------------------------------------------------

/**
 * What keeps the passage from answering the question, or null when nothing
 * does. Every check reads the passage with the question item it answers, and
 * the question's introduction for the time frame; other items of the same
 * document do not count ("in 2017" in item 1 does not date item 2, unless "van die 38" points back to its figure).
 */
export function answerShortfall(input: AnswerabilityInput): Shortfall | null {
  const passage = input.text.slice(input.span.start, input.span.end);
  const framing = `${input.askedText}\n${input.contextText}`;
  // The passage's sentences, split on first need and shared by the checks below.
  let split: (Span & { text: string })[] | undefined;
  const sentences = () => (split ??= splitSentences(input.text, input.span.start, input.span.end).map((s) => ({ ...s, text: input.text.slice(s.start, s.end) })));

  for (const year of input.years) {
    if (!passage.includes(year) && !framing.includes(year) && year !== input.askedInYear && !datedWithAntecedent(input.text, { ...input.span, text: passage }, '').includes(year)) return { kind: 'year', year };
  }
  if (!input.isAnswer) return null;
  if (input.figures.length) {
    const framingWithoutNumbers = withoutNumbering(framing);
    const given = new Set(figuresIn(`${withoutNumbering(passage)}\n${framingWithoutNumbers}`));
    for (const figure of input.figures) if (!given.has(figure)) return { kind: 'figure', value: figure };
    if (input.quantities.length) {
      const measured = quantitiesIn(`${passage}\n${framing}`);
      for (const q of input.quantities) {
        if (!measured.some((m) => m.value === q.value && m.unit === q.unit)) return { kind: 'quantity', value: q.value, unit: q.unit };
      }
    }
    // Read for a figure asked under a condition of figures ("voor een huishouden met drie kinderen"), in the documents'
    // language: an English word's rendering need not be the word the document writes beside the figure.
    const conditions = !input.english && input.answerType !== null && FIGURE_TYPES.has(input.answerType) ? input.figures.filter((f) => !ORDINAL_FIGURE.test(f)) : [];
    const unpaired = conditions.find((f) => !figureWithItsWords(f, input.queryTerms, sentences(), framingWithoutNumbers));
    if (unpaired !== undefined) return { kind: 'figure', value: unpaired };
  }

  // "In Gent" restricts where the figure holds: the passage, its question or its frame must say Gent.
  if (input.places.length) {
    const words = wordsOf(`${passage}\n${framing}`);
    for (const place of input.places) if (!mentions(words, place)) return { kind: 'entity', word: place };
  }

  // A place, body or programme scopes a whole document ("TaalJob" named in item 1 holds for item 2), unlike a year.
  if (input.entities.length) {
    const words = wordsOf(input.text);
    for (const entity of input.entities) if (!mentions(words, entity) && !spelledOut(entity, words)) return { kind: 'entity', word: entity };
    // A name the document gives only as one of a list ("Arabisch, Dari, Oekraïens, Tigrinya en Turks") is one of
    // several, not what the document is about: a figure for it stands where the passage or its frame names it.
    if (input.answerType && FIGURE_TYPES.has(input.answerType)) {
      const near = wordsOf(`${passage}\n${framing}`);
      for (const entity of input.entities) {
        if (!mentions(near, entity) && !spelledOut(entity, near) && (onlyListed(input.text, entity) || onlyAmongOthers(input.text, entity))) return { kind: 'entity', word: entity };
      }
    }
  }

  // A level of education scopes a whole document, as a place does (school-level.ts).
  const level = otherSchoolLevelOnly(input.schoolLevels ?? [], input.text, schoolLevelsOf);
  if (level) return { kind: 'entity', word: level };
  // A training leads to the occupation it names: "opgeleid tot portier" is not answered by a document whose trainings
  // lead to bewakingsagent only.
  if (input.trainedAs && trainsForOthersOnly(input.text, input.trainedAs)) return { kind: 'entity', word: input.trainedAs };
  // A quoted title names one programme or body whole: its words one by one are found anywhere, the title only in a
  // document about it ("Hoeveel sportclubs bieden een plaats aan via ‘Samen aan Zet’?" against another project's clubs).
  for (const title of input.titles ?? []) if (!givesTitle(input.text, title)) return { kind: 'entity', word: title };
  const wanted = input.answerType;
  if (wanted && YEAR_DATED_TYPES.has(wanted)) {
    const dated = yearFiguresShortfall(input, wanted, passage, framing, sentences);
    if (dated) return dated;
  }

  // A figure asked for the time before a year ("Hoeveel betaalde een bestuur vóór 2024 …?") is not one that holds from
  // that year on ("Sinds 1 januari 2024 betaalt een lokaal bestuur 24 euro …"), unless the passage speaks of before too.
  if (wanted && FIGURE_TYPES.has(wanted) && input.yearsBefore?.length) {
    const figures = sentences().filter((s) => hasFigure(s.text) && holdsAnswerType(s.text, wanted));
    for (const year of input.yearsBefore) {
      const naming = figures.filter((s) => s.text.includes(year));
      const earlier = figures.some((s) => SPEAKS_OF_BEFORE.test(s.text) || (s.text.match(YEAR) ?? []).some((y) => y < year));
      if (naming.length > 0 && naming.every((s) => holdsFrom(s.text, year)) && !earlier) return { kind: 'since-figures', year };
    }
  }

  // The same after a year: "Hoeveel trekt Vlaanderen uit voor Talentbrug na 2027?" is not answered by a sum for
  // "2025-2027", where no figure names a later year or what follows.
  if (wanted && FIGURE_TYPES.has(wanted) && input.yearsAfter?.length) {
    const figures = sentences().filter((s) => hasFigure(s.text) && holdsAnswerType(s.text, wanted));
    for (const year of input.yearsAfter) {
      const later = figures.some((s) => holdsFrom(s.text, year) || SPEAKS_OF_AFTER.test(s.text) || (s.text.match(YEAR) ?? []).some((y) => y > year));
      if (figures.some((s) => s.text.includes(year)) && !later) return { kind: 'until-figures', year };
    }
  }

  // Names are dated as figures are: "Welke gemeenten werden geselecteerd voor de oproep van 2017?" against "Op de
  // oproep van 2016 dienden negen besturen een aanvraag in. Vier besturen werden geselecteerd: …". The sentences that
  // name, each dated by its own year or the one before it, all belong to other years.
  if (wanted === 'name' && input.years.length) {
    const naming = sentences().filter((s) => holdsAnswerType(s.text, 'name'));
    const dates = naming.map((s) => datingText(sentences(), s));
    if (naming.length > 0 && dates.every((d) => d !== null && !input.years.some((y) => d.includes(y)))) return { kind: 'year', year: input.years[0]! };
  }

  // "Hoeveel deelnemers had de derde Pactdag?" against "De tweede Pactdag trok 810 deelnemers. Voor 2019 staat een
  // derde Pactdag gepland.": the passage names the third one, but its figure belongs to another.
  if (wanted && FIGURE_TYPES.has(wanted)) {
    for (const ordinal of input.figures.filter((f) => ORDINAL_FIGURE.test(f))) {
      const naming = sentences().filter((s) => figuresIn(s.text).includes(ordinal));
      if (naming.length > 0 && !naming.some((s) => figuresIn(s.text).some((f) => !ORDINAL_FIGURE.test(f)))) return { kind: 'ordinal-figures', ordinal: parseInt(ordinal, 10) };
    }
  }
  // The same for results and dates: "Wat leverden de projecten van de tweede oproep op?" against a passage whose
  // results belong to the first call and whose sentences on the second say only when it started. A result may
  // follow in the next sentence ("Het eerste rapport werd in september voorgesteld. Het toont …").
  if (wanted && ORDINAL_SCOPED_TYPES.has(wanted)) {
    const all = sentences();
    for (const ordinal of input.figures.filter((f) => ORDINAL_FIGURE.test(f))) {
      // The sentence after, and what a colon opens ("De belangrijkste vaststellingen zijn:\n- 71 procent …").
      const reach = (k: number) => (all[k + 1]?.text.trimEnd().endsWith(':') ? 3 : 2);
      const naming = all.flatMap((s, k) => (figuresIn(s.text).includes(ordinal) ? all.slice(k, k + reach(k)) : []));
      if (naming.length > 0 && !naming.some((s) => holdsAnswerType(s.text, wanted))) return { kind: 'ordinal-figures', ordinal: parseInt(ordinal, 10), wanted };
    }
  }

  const turned = oppositeOutcome(input.queryTerms, passage, input.askedText, input.answerType === 'count' || input.answerType === 'share');
  if (turned) return { kind: 'opposite', found: turned };
  const other = complementNotSpokenOf(input.complements ?? [], passage, input.askedText);
  if (other) return { kind: 'opposite', found: other };
  const outside = onlyOutsideOf(input.queryTerms, input.excluded ?? [], passage);
  if (outside) return { kind: 'opposite', found: outside };

  const focus = input.focus;
  if (focus) {
    // People named by where they come from ("Oekraïners") are counted as people of that place: a passage about
    // "ontheemden" in a document framed by Oekraïne counts them.
    const demonymFramed = placeNameForms(focus).length > 0 && mentions(wordsOf(`${passage}\n${framing}`), focus);
    // A passage that says the figure asked is not kept, of part of the group it counts ("Hoeveel van hen voortijdig
    // stopten, houdt VDAB niet bij" after "1.947 wijk-werkers volgden een inburgeringstraject"), has the last word,
    // whatever it calls the group: a lesser passage must not take its place.
    if (!demonymFramed && !focusPresent(focus, [passage, input.askedText], input.text)) {
      const gap = input.asksForContent ? gapShortfall(input, sentences(), passage) : null;
      return gap?.kind === 'unavailable' && countsPartOfCounted(input.text.slice(gap.sentence.start, gap.sentence.end)) ? gap : { kind: 'focus', word: focus };
    }
    const subgroup = subgroupNotCounted(input, sentences(), () => documentSentences(input.text));
    if (subgroup) return subgroup;
  }
  // A group narrowed by sex ("mannelijke nieuwkomers") is one the passage or its frame speaks of.
  if (input.sexGroup && !speaksOfGroup(`${passage}\n${framing}`, input.sexGroup)) return { kind: 'focus', word: input.sexGroup.name };
  if (wanted && FIGURE_TYPES.has(wanted)) {
    const figured = sentences().filter((s) => hasFigure(s.text) && holdsAnswerType(s.text, wanted));
    const otherDay = otherDayGiven(figured, input.days ?? []);
    if (otherDay) return { kind: 'date-figures', ...otherDay };
    const otherDelay = otherElapsedGiven(figured, input.elapsed ?? []);
    if (otherDelay) return { kind: 'elapsed-figures', ...otherDelay };
    // A count's rate is given in words as often as in digits ("zes uur Nederlands per week").
    // (Only a count: a sum is written in digits, and "zeventien rondleidingen per maand" is no wage per month.)
    const rated = wanted === 'count' ? [...figured, ...sentences().filter((s) => !figured.includes(s) && writesFigure(s.text))] : figured;
    if (input.rate && figured.length > 0 && !givesRate(rated.map((s) => s.text), input.rate)) return { kind: 'rate', words: input.rate.words };
  }

  // A breakdown asked is given where the passage speaks of its dimension, not only to say it is not available.
  // Asked of figures only: "Naar wie verwijst de minister voor de cijfers per sector?" asks for the referral.
  const asksFigures = input.asksForContent && (wanted === null || FIGURE_TYPES.has(wanted));
  const breakdown = asksFigures ? missingBreakdown(sentences(), input.breakdown ?? [], unavailableIn, input.contextText) : null;
  if (breakdown) return 'sentence' in breakdown ? { kind: 'unavailable', sentence: breakdown.sentence } : { kind: 'breakdown', dimension: breakdown.dimension };

  // When the question and its answer were written: what a study still to start, or a date expected, is read against.
  const frame = { askedOn: input.askedOn ?? null, answeredOn: input.answeredOn ?? null, asksDecision: input.asksDecision === true };
  // The findings of a study are found where the study is spoken of: the passage, its question or introduction.
  // A question that names who studies, not the study ("Wat concludeert de Hogeschool …"), asks that body's study.
  const namedStudy = wanted === 'outcome' && input.asksForContent ? studyForms(input.queryTerms) : [];
  const bodyNamed = (text: string) => input.entities.some((e) => mentions(wordsOf(text), e));
  const study = wanted === 'outcome' && input.asksForContent && namedStudy.length === 0 ? studyByNamedBody(sentences(), bodyNamed) : namedStudy;
  if (study.length > 0) {
    if (!namesStudy(study, `${passage}\n${framing}`)) return { kind: 'focus', word: study[0]! };
    const pending = studyStillPending(study, sentences(), asksFinalStudy(input.queryTerms), frame);
    if (pending) return { kind: 'unavailable', sentence: { start: pending.start, end: pending.end } };
  }
  // A date asked of what happened is not one the passage gives as expected (tense.ts). The matter dated is what the
  // question names ("the Lindebeke site"), or else what its words speak of.
  const speaksOfIt = (text: string) =>
    input.entities.length > 0 ? input.entities.some((e) => mentions(wordsOf(text), e)) : input.queryTerms.some((q) => mentionsTerm(termsOf(text), q));
  // A date is read in the sentences that speak most of it: the names first, then the question's words.
  const overlapWithQuestion = (text: string) => input.entities.filter((e) => mentions(wordsOf(text), e)).length * 100 + input.queryTerms.filter((q) => mentionsTerm(termsOf(text), q)).length;
  const expected = !input.pastEvent ? null : wanted === 'date' ? datedAsExpectedOnly(sentences(), overlapWithQuestion, frame) : wanted === 'count' ? countedAsTargetOnly(sentences(), speaksOfIt) : null;
  if (expected) return { kind: 'unavailable', sentence: { start: expected.start, end: expected.end } };
  // What the passage itself says is missing, unknown or another minister's (gap-checks.ts).
  const gap = input.asksForContent ? (gapShortfall(input, sentences(), passage) ?? listedWithoutCount(input, sentences()) ?? reasonNotCounted(input, sentences())) : null;
  if (gap) return gap;
  // What came of taking part (outcome.ts), after the passage's own words about a gap: "haalden het brevet" is not "volgden".
  if (focus && input.outcome && wanted === 'count' && countsOtherThanOutcome(sentences(), focus, input.outcome)) return { kind: 'focus', word: input.outcome };
  // A place restricts a figure as a year does: "Hoeveel buddykoppelingen in Rozemeer?" against a passage that names
  // Rozemeer in one sentence and gives its figures, for all municipalities, in others. Last, so that a passage's own
  // words about a gap ("Clubs in Brussel zijn niet in deze cijfers opgenomen") speak first.
  if (wanted && FIGURE_TYPES.has(wanted) && input.places.length) {
    // A number written out is a figure too: "Het proefproject loopt in vijf gemeenten: Zwaluwdonk, Merelbroek, …"
    // counts the places listed, none of them on its own.
    const figures = sentences().filter((s) => hasFigure(s.text) || writesFigure(s.text));
    for (const place of input.places) {
      // A place the question item or introduction names frames every figure of the item.
      // Not one the parent item gives only in a list of names ("De meeste residenties vonden plaats in ‘De Vonk’ in
      // Waterdonk, ‘Klankkast’ in Bramzele en …"): that frames none of a sub-item's figures.
      const framedBy = mentions(wordsOf(input.askedText), place) || (mentions(wordsOf(input.contextText), place) && !onlyAmongOthers(input.contextText, place));
      if (framedBy || figures.length === 0) continue;
      const owned = figures.filter((s) => figureOwnedBy(s.text, place) || figureLocatedBy(s.text, sentences()[sentences().indexOf(s) - 1]?.text, place));
      // A place's figures that count another kind ("Meerhagem (2 samentuinen)"), in a passage that counts what was
      // asked nowhere, are no count of it.
      // (A place is named outside a quoted title: "‘Taal op de Dienst’" is a programme's name.)
      const placeOf = (s: { text: string }) => mentions(wordsOf(s.text.replace(/[‘“][^’”]*[’”]/gu, ' ')), place);
      const ownedAll = (test: (text: string) => boolean) => input.focus !== null && owned.length > 0 && owned.every((s) => placeOf(s) && test(s.text));
      const otherKind = ownedAll((text) => countsOtherKindOnly(text, input.focus!));
      // So are its lengths of time ("in Limburg … binnen het jaar"), however the passage counts what was asked elsewhere.
      const timeOnly = ownedAll(measuresTimeOnly);
      const countedWithPlace = () => figures.some((s) => countsBefore(s.text, input.focus!) && (!timeOnly || placeOf(s)));
      if (wanted === 'count' && (otherKind || timeOnly) && !countedWithPlace()) return { kind: 'place-figures', place, counted: input.focus! };
      if (owned.length > 0) {
        // A group narrowed by sex ("hoeveel vrouwen … in Antwerpen") is counted where the place's figure is the group's
        // (or the whole item is about it), not by the figure for all ("Antwerpen 612") beside a share of women for all.
        // The introduction's sketch ("Toch zouden vrouwen minder deelnemen") says nothing of what the figures count.
        const group = input.sexGroup;
        if (group && !speaksOfGroup(groupFrameOf(input, passage), group) && !owned.some((s) => speaksOfGroup(s.text, group))) return { kind: 'place-figures', place, counted: group.name };
        // So is any group a count narrows to that the passage speaks of only as a share of all, in a sentence
        // without the place ("Ongeveer 74 procent van de deelnemers had zijn zaak al geopend" beside "Antwerpen 452"
        // for "Hoeveel deelnemers in Antwerpen hadden hun zaak al geopend?"): the place's figure counts all of them.
        if (wanted === 'count') {
          // What the figure counts is said where it stands, in the frame, or in the introduction of its table.
          const saidTexts = [...owned.map((s) => s.text), framing, tableIntroduction(passage)];
          const saidOnlyAsShare = (q: QueryTerm) => sentences().some((s) => !owned.includes(s) && mentionsTerm(termsOf(s.text), q) && hasShareFigure(s.text) && !placeOf(s));
          // A word said as part of a compound is said too: "language screening" is the "taalscreening" the table counts.
          const saidIn = (q: QueryTerm) => saidTexts.some((text) => termOrCompoundIn(q, text));
          const narrows = (q: QueryTerm) => !/\d/.test(q.term) && !(input.focus && focusPresent(input.focus, [q.term])) && !saidIn(q);
          if (input.queryTerms.some((q) => narrows(q) && saidOnlyAsShare(q))) return { kind: 'place-figures', place, counted: input.focus ?? undefined, subgroup: true };
          // The counted word's own modifier narrows the same way: "eenoudergezinnen" where the place's figure counts
          // "gezinnen" and another sentence says "39 procent van de gezinnen is een eenoudergezin".
          const sharesElsewhere = sentences().filter((s) => !owned.includes(s) && hasShareFigure(s.text) && !placeOf(s)).map((s) => s.text).join('\n');
          const whole = input.focus && modifierNarrows(input.focus, saidTexts, sharesElsewhere);
          if (whole) return { kind: 'place-figures', place, counted: whole, subgroup: true };
        }
        // A year restricts the place's figure too: "in 2023 in West-Vlaanderen" against figures per province that
        // are 2024's only ("In 2024 … 640 in Antwerpen, 330 in West-Vlaanderen"), whatever the passage gives for 2023.
        // Any of the question's years will do: "het schooljaar 2022-2023" is one period. A sentence without a year
        // goes on in the year of the sentence before it ("Het slaagpercentage lag het hoogst in West-Vlaanderen").
        const datedBy = (s: Span & { text: string }) => datingText(sentences(), s) ?? '';
        const datedElsewhere = input.years.length > 0 && owned.every((s) => HAS_YEAR.test(datedBy(s)) && !input.years.some((y) => datedBy(s).includes(y)));
        if (datedElsewhere) return { kind: 'year-figures', year: input.years[0]! };
        continue;
      }
      return { kind: 'place-figures', place, shared: figures.some((s) => mentions(wordsOf(s.text), place)) };
    }
  }
  // A table row the question names restricts a group's figure as a place does (table-rows.ts).
  const row = wanted && FIGURE_TYPES.has(wanted) ? rowCountsAll(input, passage, sentences()) : null;
  if (row) return row;
  // Any other name the figures give only together with others ("3 procent, vooral voor Pasjtoe en Somalisch")
  // has no figure of its own; one the figures do not name at all may frame them, as a programme's name does.
  if (wanted && FIGURE_TYPES.has(wanted)) {
    // A list member the question names, as a name or as one of its words ("Nederlands" is no entity, but asked).
    const askedName = (member: string) => input.entities.some((e) => mentions(wordsOf(member), e)) || (terms(member).length > 0 && terms(member).every((t) => input.queryTerms.some((q) => q.term === t || q.alternatives.includes(t))));
    for (const name of input.entities.filter((e) => !input.places.includes(e))) {
      const naming = sentences().filter((s) => hasFigure(s.text) && mentions(wordsOf(s.text), name));
      if (naming.length > 0 && !naming.some((s) => figureOwnedBy(s.text, name) || listNamedWhole(s.text, name, askedName))) return { kind: 'place-figures', place: name, shared: true };
      // A name given only as one of several in a sentence without figures ("de grootste deelnemers zijn het
      // bouwbedrijf ‘Steenhout’ in Haverzele, het schoonmaakbedrijf ‘Glansrijk’ …") has no figure in the passage; a
      // programme's name that frames the figures stands in the frame, or alone.
      if (naming.length === 0 && !mentions(wordsOf(framing), name) && sentences().some((s) => hasFigure(s.text)) && onlyAmongOthers(passage, name)) {
        return { kind: 'place-figures', place: name, shared: false };
      }
    }
  }
  // Last: every other check names more precisely what is missing.
  const sumGiven = input.answerType === 'money' && holdsAnswerType(passage, 'money');
  if (!sharesTopic({ ...input, sumGiven }, [passage, input.askedText, input.contextText])) return { kind: 'off-topic' };
  return null;
}

/** The sentences of a whole document, read once for the few documents a question's checks look through. */
const documentSentenceCache = new Map<string, (Span & { text: string })[]>();
function documentSentences(text: string): (Span & { text: string })[] {
  let found = documentSentenceCache.get(text);
  if (!found) {
    if (documentSentenceCache.size >= 64) documentSentenceCache.clear();
    documentSentenceCache.set(text, (found = splitSentences(text, 0, text.length).map((s) => ({ ...s, text: text.slice(s.start, s.end) }))));
  }
  return found;
}
