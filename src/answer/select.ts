import type { ParsedDocument } from '../corpus/types.js';
import type { LoadedIndex } from '../search/loaded-index.js';
import type { Ranked } from '../search/retriever.js';
import { terms } from '../search/analyze.js';
import { asksBound, asksExtreme, holdsAnswerType, originNamed, statesBound, statesExtreme, type AnswerType } from './answer-type.js';
import { evidenceSentences, mentionsTerm, sentencesOf, sentencesSharing } from './evidence.js';
import { FIGURE_TYPES, type Shortfall } from './checks.js';
import { termsOf } from './passage-analysis.js';
import type { AnalysedQuery } from './query.js';
import { coverage, coverages, keepOrderWithinDocuments, preferAnswerTypeWithinDocument, preferWithinDocument, rerankByCoverage, type Scored } from './rerank.js';
import { countsBefore, focusPresent, namesCountOf, questionFocus } from './counted.js';
import { tableIntroduction } from './dating.js';
import { givesAskedPeriod, givesYearSoFar, missesAskedPeriod } from './year-part.js';
import { asksAboutFollowUp, asksLatestState, asksOriginalPlan } from './asking.js';
import { orderAskedItems } from './asked-items.js';
import { asksIfMetBy, asksWhenItWill, givesDateAhead } from './tense.js';
import { asksAboutCompetence, asksWhetherKnown, leavesToAnother, saysUnavailable } from './gaps.js';
import { quantitiesIn, timeUnitAsked } from './named.js';
import { namesElapsed } from './elapsed.js';
import { preferTargetCount } from './target-count.js';
import { preferLeadOverUnaskedPart } from './narrowed-count.js';
import { answerContext, isLeadAlone, questionIntro, targetsFor, type Target } from './targets.js';
import { readClosely, writtenOn } from './read-closely.js';

/**
 * The select stage: walks the ranking, turns chunks into passages (targets),
 * re-ranks the head by coverage and keeps the passages that pass the
 * answerability checks, reading each closely only when its turn comes.
 */

/** A passage that covers less of the question is only related to it (as verdict.ts says). */
const HALF_THE_QUESTION = 0.5;

/** The share of the threshold a question item must cover when a named person scopes what was asked. */
const SCOPED_ASKING_SHARE = 0.5;
/** How much less of the question an item naming the extreme asked may cover than the sibling it passes. */
const EXTREME_MARGIN = 0.2;
/** How much less of the question an item counting what is asked may cover than the sibling it passes. */
const COUNT_MARGIN = 0.15;
/** The retrieval score's share of the re-rank for what was asked (see rerankByCoverage). */
const ASKED_SCORE_WEIGHT = 0.35;

/** Passages re-ranked by how much of the question they cover. */
const RERANK_DEPTH = 20;

export interface Candidate extends Scored {
  target: Target;
  /** Its coverage with the names the document's introduction gives (see Framing): what decides that it answers. */
  framed: number;
  /** What keeps the passage from answering, when something does; read on first need (undefined until then). */
  shortfall?: Shortfall | null;
}

export type Selection =
  /** `shown`: the requested page of answering passages (empty past the last one). */
  | { answered: true; shown: Candidate[]; hasMore: boolean }
  /** `top`: the passage that came closest; `why` it does not answer, when a check can tell. */
  | { answered: false; top: Candidate | undefined; why: Shortfall | null; candidates: Candidate[] };

export interface SelectOptions {
  threshold: number;
  limit: number;
  offset: number;
}

export function selectPassages(ranking: Ranked[], query: AnalysedQuery, index: LoadedIndex, docs: Map<string, ParsedDocument>, options: SelectOptions): Selection {
  const { threshold, limit, offset } = options;
  const weight = (t: string) => index.keyword.idf(t);
  const wanted = query.answerType;
  // Where people come from is named by an origin ("komen uit Oekraïne"), not by any name ("aangeworven door ‘Proper Thuis’").
  const origin = wanted === 'name' ? originNamed(query.clean.text) : null;
  const holdsWanted = (text: string, type: AnswerType) => (origin ? origin(text) : holdsAnswerType(text, type, query.clean.text));
  // A user who names the question number has chosen the document: its best
  // item is shown as long as it shares anything with the question.
  const pinned = query.filters.questionNumber !== undefined;
  // Names in words ("Naald en Draad"), not codes ("A1", a language level the introduction may name beside the matter).
  const entityTerms = new Set(query.entities.filter((e) => /^\p{Lu}\p{Ll}/u.test(e)).flatMap((e) => terms(e)));
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  let next = 0;
  const collectUntil = (enough: () => boolean) => {
    while (!enough() && next < ranking.length) {
      const hit = ranking[next++]!;
      const chunk = index.chunks[hit.chunk]!;
      const doc = docs.get(chunk.docId)!;
      for (const t of targetsFor(chunk, doc, query, hit.score, weight)) {
        // A lead shown alone (targetsFor) starts where its whole item does, and is another passage.
        const leadAlone = isLeadAlone(t);
        const key = `${doc.id}|${t.part}|${t.span.start}${leadAlone ? '|lead' : ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        // What the passage stands for: the item, the question it answers (or the
        // answer it got), and the title.
        // What was asked is in the question's own words: the answer paired with it in the chunk says nothing of it.
        const text = doc.text.slice(t.span.start, t.span.end);
        const evidence = [t.part === 'vraag' ? '' : answerContext(chunk, doc, t), text, t.answersQuestion?.text ?? '', doc.title];
        // `framed`, with a name the introduction frames it with, decides that it answers and the document's place. The
        // checks below that let one passage take another's place read its own words (`confidence`): a programme named
        // in a follow-up's introduction must not let that follow-up replace the first answer's honest gap.
        const framing = entityTerms.size > 0 ? { text: questionIntro(doc), names: entityTerms } : undefined;
        const { own: confidence, framed } = coverages(index, query.queryTerms, query.years, evidence, doc, framing);
        const typed = wanted !== null && wanted !== 'count' && holdsWanted(text, wanted);
        let asked: number | undefined;
        // For ties among siblings: the question item answered. A lead shown alone answers none of their
        // sub-questions: its own words count beside its question's lead.
        const askedConfidence = () => (asked ??= coverage(index, query.queryTerms, query.years, [t.answersQuestion?.text ?? '', leadAlone ? text : ''], doc));
        candidates.push({ target: t, score: t.score, confidence, framed, holdsAnswerType: typed, askedConfidence });
      }
    }
  };
  // What a named questioner (or the minister she asked) asked is searched among that person's questions only: the
  // name did part of the matching, so a question item needs half the coverage ("What did X want to know about
  // subcontractors exploiting newcomers …" against "… door onderaannemers worden uitgebuit").
  const scopedAsking = query.clean.asksForQuestion && (query.filters.questioner !== undefined || query.filters.minister !== undefined);
  const needed = scopedAsking ? threshold * SCOPED_ASKING_SHARE : threshold;
  const covers = (c: Candidate) => c.framed >= needed || (pinned && c.framed > 0);
  // Read closely only a passage that could answer, and only when it is needed.
  const shortfallOf = (c: Candidate): Shortfall | null => {
    if (c.shortfall === undefined) c.shortfall = covers(c) ? readClosely(c.target, query) : null;
    return c.shortfall;
  };
  const answerable = (c: Candidate) => covers(c) && (!c.target.unanswered || query.clean.asksForQuestion) && !shortfallOf(c);
  /** The first `n` answerable candidates, in order, reading no further than needed. */
  const firstAnswerable = (n: number) => {
    const out: Candidate[] = [];
    for (const c of candidates) if (out.length < n && answerable(c)) out.push(c);
    return out;
  };
  // The same head is re-ranked for every page, and later candidates follow in
  // retrieval order, so "more results" pages never overlap or skip.
  collectUntil(() => candidates.length >= RERANK_DEPTH);
  const scoreWeight = query.clean.asksForQuestion ? ASKED_SCORE_WEIGHT : undefined;
  rerankByCoverage(candidates, scoreWeight);
  if (entityTerms.size > 0) {
    // A name the introduction gives places its document among the others, not one item of it above another: an
    // item that names the programme itself still comes before one that leaves it to the introduction.
    const own = [...candidates];
    rerankByCoverage(candidates, scoreWeight, (c) => c.framed);
    keepOrderWithinDocuments(candidates, own, (c) => c.target.doc.id);
  }
  if (wanted !== null && wanted !== 'count') preferAnswerTypeWithinDocument(candidates, (c) => c.target.doc.id);
  // A figure asked at a delay after an event ("een half jaar na afloop"): of one document's items, the one that gives
  // a figure at that delay ("zes maanden later") before one that gives none at it.
  const elapsed = query.elapsed ?? [];
  if (elapsed.length > 0) preferWithinDocument(candidates, (c) => c.target.doc.id, (c) => namesElapsed(c.target.doc.text.slice(c.target.span.start, c.target.span.end), elapsed), (above, c) => covers(c) && c.confidence >= above.confidence - COUNT_MARGIN);
  // "When will …": an answer that gives its date as still to come, in any document, before one whose dates are past.
  if (wanted === 'date' && asksWhenItWill(query.clean.text)) {
    const known = new Map<Candidate, boolean>();
    const givesAhead = (c: Candidate) => c.target.part === 'antwoord' && givesDateAhead(sentencesOf(c.target.doc.text, c.target.span).map((text) => ({ text })), { ...writtenOn(c.target.doc), asksDecision: false });
    const ahead = (c: Candidate) => known.get(c) ?? (known.set(c, givesAhead(c)), known.get(c)!);
    preferWithinDocument(candidates, () => 'any', ahead, (above, c) => covers(c) && c.confidence >= above.confidence - COUNT_MARGIN);
  }
  // "Hield het agentschap bij hoeveel deelnemers vroegtijdig stopten?": of one document's items, the one that says
  // whether it is kept, where it speaks of the matter asked ("Het aantal deelnemers dat de cursus voortijdig verlaat,
  // wordt momenteel niet geregistreerd"), over one that gives other figures and covers no more.
  if (asksWhetherKnown(query.clean.text)) {
    const saysIfKept = (c: Candidate) => evidenceSentences(c.target.doc.text, c.target.span, query.queryTerms, weight).some(saysUnavailable);
    preferWithinDocument(candidates, (c) => c.target.doc.id, saysIfKept, (above, c) => above.confidence <= c.confidence);
  }
  // "Wie beslist welke vluchtelingen België overbrengt?": of one document's items, the one that leaves the matter to
  // another government ("De selectie van de vluchtelingen … zijn een federale bevoegdheid"), over a broader one that
  // names nobody whose matter it is, by the margin an item naming an extreme has.
  if (asksAboutCompetence(query.clean.text)) {
    const leaves = (c: Candidate) => sentencesOf(c.target.doc.text, c.target.span).some(leavesToAnother);
    preferWithinDocument(candidates, (c) => c.target.doc.id, leaves, (above, c) => covers(c) && c.confidence >= above.confidence - EXTREME_MARGIN);
  }
  // "Which are the biggest weekend schools?": of one document's items, the one that names the extreme in a sentence
  // ("De grootste weekendscholen zijn ‘Twee Oevers’ in Brakeldonk …"), over a broader one that names none.
  if (wanted === 'name' && asksExtreme(query.clean.text)) {
    const namesExtreme = (c: Candidate) => sentencesOf(c.target.doc.text, c.target.span).some((s) => statesExtreme(s) && holdsWanted(s, 'name'));
    preferWithinDocument(candidates, (c) => c.target.doc.id, namesExtreme, (above, c) => covers(c) && c.confidence >= above.confidence - EXTREME_MARGIN);
  }
  // "Hoeveel uur werkten inburgeraars …", "How many days …": of one document's items, the one with a figure in the unit
  // of time asked ("Samen werkten zij 312.400 uren") over one whose figures are in other units ("zes maanden later").
  const unit = wanted === 'count' ? timeUnitAsked(query.clean.text) : null;
  if (unit) {
    const givesUnit = (c: Candidate) => quantitiesIn(c.target.doc.text.slice(c.target.span.start, c.target.span.end)).some((q) => q.unit === unit);
    preferWithinDocument(candidates, (c) => c.target.doc.id, givesUnit, (above, c) => covers(c) && c.confidence >= above.confidence - COUNT_MARGIN);
  }
  // "Hoeveel acties moet een ondertekenaar minimaal kiezen?", "What's the most a small town can get?": of one
  // document's items, the one that states a bound ("minstens twee", "maximaal 50.000 euro"), as for an extreme.
  const bound = asksBound(query.clean.text);
  if (bound) {
    const statesOne = (c: Candidate) => sentencesOf(c.target.doc.text, c.target.span).some((s) => statesBound(s, bound));
    preferWithinDocument(candidates, (c) => c.target.doc.id, statesOne, (above, c) => covers(c) && c.confidence >= above.confidence - EXTREME_MARGIN);
  }
  // "Hoeveel transitwoningen zijn er?": of one document's items, the one with a sentence whose figure counts what is
  // asked ("Er zijn 42 transitwoningen") before a broader one whose figures count other things, when it covers half
  // the question and not much less than the sibling it passes.
  const focus = query.focus;
  if (wanted === 'count' && focus) {
    // The terms of each candidate's sentences whose figure counts what is asked, read once per candidate.
    const countingTerms = new Map<Candidate, ReadonlySet<string>[]>();
    const counting = (c: Candidate) => {
      let terms = countingTerms.get(c);
      if (!terms) countingTerms.set(c, (terms = sentencesOf(c.target.doc.text, c.target.span).filter((s) => countsBefore(s, focus)).map(termsOf)));
      return terms;
    };
    // An answer counts what its question item asks to count, however it words the figure: "Hoeveel ouders weigerden
    // een inhaalvaccinatie?" is answered by "de ouders van 356 kinderen weigerden".
    // Read once per question item: the items of one document are candidates together.
    const countedByItem = new Map<string, string | null>();
    const itemCounts = (c: Candidate) => {
      const asked = c.target.part === 'antwoord' ? c.target.answersQuestion?.text : undefined;
      if (!asked) return false;
      if (!countedByItem.has(asked)) countedByItem.set(asked, questionFocus(asked));
      const counted = countedByItem.get(asked)!;
      return counted !== null && focusPresent(focus, [counted]);
    };
    // A table counts what its introduction names: "De onderstaande tabel geeft het aantal ontvangen aanvragen …".
    const countsFocus = (c: Candidate) => {
      const table = tableIntroduction(c.target.doc.text.slice(c.target.span.start, c.target.span.end));
      return (table !== '' && namesCountOf(table, focus)) || counting(c).length > 0 || itemCounts(c);
    };
    // Not past a sibling that says, where it speaks of the question's words, that a figure is not kept or not known:
    // "Het aantal toegekende vrijstellingen wordt niet centraal bijgehouden" may be the answer.
    // A gap about what the counting sentence speaks of too ("de resultaten van die proef worden in november verwacht"
    // beside "In 2024 voerden de peereducators 733 individuele gesprekken") is about something else.
    const saysMissing = (above: Candidate, c: Candidate) => {
      const uncounted = (gap: ReadonlySet<string>) => query.queryTerms.some((q) => mentionsTerm(gap, q) && !counting(c).some((t) => mentionsTerm(t, q)));
      return sentencesSharing(above.target.doc.text, above.target.span, query.queryTerms).some((s) => saysUnavailable(s) && uncounted(termsOf(s)));
    };
    preferWithinDocument(candidates, (c) => c.target.doc.id, countsFocus, (above, c) => c.confidence >= HALF_THE_QUESTION && c.confidence >= above.confidence - COUNT_MARGIN && !saysMissing(above, c));
  }
  // "Hoeveel mensen stonden op een wachtlijst?": an item's lead that counts the whole group before its sub-item that
  // counts a part the question does not single out (narrowed-count.ts).
  preferLeadOverUnaskedPart(candidates, query, covers, COUNT_MARGIN);
  preferTargetCount(candidates, query, covers, COUNT_MARGIN);
  // "In her follow-up …": of a question and the later one that cites it, the later one's best passage of the same part.
  // So does a question about how things stand now, or when something is still to happen (a later answer revises
  // the plan), when the later one's passage answers it.
  const latest = asksLatestState(query.clean.text) || (wanted === 'date' && asksWhenItWill(query.clean.text)) || asksIfMetBy(query.clean.text);
  const first = candidates[0];
  // How things stand now is the follow-up's only where it answers and covers nearly as much as the first.
  const asMuch = (c: Candidate) => answerable(c) && c.confidence >= first!.confidence - COUNT_MARGIN;
  const ofSamePart = (c: Candidate) => c.target.part === first!.target.part;
  if ((asksAboutFollowUp(query.clean.text) || latest) && first) {
    const followUp = candidates.find((c) => cites(c.target.doc, first.target.doc) && ofSamePart(c) && covers(c) && (!latest || asMuch(c)));
    if (followUp) candidates.unshift(...candidates.splice(candidates.indexOf(followUp), 1));
  } else if (asksOriginalPlan(query.clean.text) && first) {
    // The plan as first announced is the cited question's, where it answers nearly as well as its follow-up.
    const earlier = candidates.find((c) => cites(first.target.doc, c.target.doc) && ofSamePart(c) && asMuch(c));
    if (earlier) candidates.unshift(...candidates.splice(candidates.indexOf(earlier), 1));
  }
  if (query.clean.asksForQuestion) orderAskedItems(candidates, query, covers);
  // "In welke sector deed de inspectie de meeste onderzoeken?": of one document's items, the one whose question
  // asks about sectors comes before a broader one whose question does not, though its answer may say "sector".
  // A measure's population is no kind asked ("Welk aandeel van de deelnemers …" asks a share of all of them): any item
  // with the figure answers, whether or not its question item names them.
  const kind = wanted !== null && FIGURE_TYPES.has(wanted) ? null : query.kind;
  if (kind) {
    // Only a kind that sets items apart: one the document's question items mostly do not name. "Welke ziekenhuizen"
    // in a document about hospitals names what every item is about.
    const distinguishing = new Map<string, boolean>();
    const setsApart = (doc: ParsedDocument) => {
      let known = distinguishing.get(doc.id);
      if (known === undefined) {
        const naming = doc.question.items.filter((item) => focusPresent(kind, [doc.text.slice(item.start, item.end)])).length;
        known = naming > 0 && naming * 3 <= doc.question.items.length;
        distinguishing.set(doc.id, known);
      }
      return known;
    };
    const speaksOfKind = (c: Candidate) => !!c.target.answersQuestion && setsApart(c.target.doc) && focusPresent(kind, [c.target.answersQuestion.text]);
    preferWithinDocument(candidates, (c) => c.target.doc.id, speaksOfKind, (above, c) => covers(c) && c.confidence >= above.confidence - 0.1);
  }
  // Bounded: past a page plus a re-rank depth of weak candidates, stop looking.
  collectUntil(() => candidates.length >= offset + limit + RERANK_DEPTH || firstAnswerable(offset + limit + 1).length > offset + limit);
  // A better-matching passage about another year, or without what was counted,
  // points retrieval elsewhere: the next passage that answers takes its place.
  // One that says the information is not given, or a question not yet
  // answered, is the answer's last word: no lesser passage replaces it.
  const givesWay = (c: Candidate) => !answerable(c) && ['year', 'focus', 'entity', 'place-figures', 'figure', 'quantity', 'ordinal-figures', 'off-topic', 'opposite', 'breakdown'].includes(shortfallOf(c)?.kind ?? '');
  let top = candidates.find((c) => !givesWay(c)) ?? candidates[0];
  /** Moves `replacement` to where `replaced` stands in the ranking; it is the new top. */
  const inPlaceOf = (replaced: Candidate, replacement: Candidate) => {
    candidates.splice(candidates.indexOf(replacement), 1);
    candidates.splice(candidates.indexOf(replaced), 0, replacement);
    return replacement;
  };
  // A figure for part of the year asked ("in de eerste negen maanden van 2022" for all of 2022, or the whole
  // year for "tussen januari en september 2022") gives way to a passage that gives the part asked, when that
  // one answers at least half the question; without one, the part is the best the corpus has. A question about a
  // part that the top passage gives only the whole year for ("de eerste helft van 2023") is answered by a passage
  // that gives that part, or not at all.
  const otherPart = top !== undefined && shortfallOf(top)?.kind === 'period-figures';
  if (top && (answerable(top) || otherPart) && wanted !== null && FIGURE_TYPES.has(wanted) && query.years.length) {
    const passage = (c: Candidate) => c.target.doc.text.slice(c.target.span.start, c.target.span.end);
    if (missesAskedPeriod(passage(top), query.clean.text, query.years)) {
      const soFar = givesYearSoFar(passage(top), query.clean.text, query.years, top.target.doc.date?.slice(0, 4) ?? null);
      const enough = soFar ? top.confidence : HALF_THE_QUESTION;
      const asked = candidates.find((c) => c !== top && answerable(c) && c.confidence >= enough && givesAskedPeriod(passage(c), query.clean.text, query.years));
      if (asked) top = inPlaceOf(top, asked);
    }
  }
  // The last word of an answer, not of the dossier: a later question that cites this one ("Met schriftelijke vraag
  // nr. 18003 vroeg ik …") follows it up, and what was missing or still to come then may be answered there, by a
  // passage that covers the question at least as well as the gap.
  // What the gap names of the question, the follow-up must say in the passage itself: its title repeats the dossier
  // ("Nieuwkomers als maaltijdkoerier (2)"), not the count that was missing ("Hoeveel maaltijdkoeriers nieuwkomer zijn").
  const topShortfall = top ? shortfallOf(top) : null;
  if (top && topShortfall && saysNotGiven(topShortfall)) {
    const gap = top;
    const gapTerms = termsOf(gap.target.doc.text.slice(topShortfall.sentence.start, topShortfall.sentence.end));
    const named = query.queryTerms.filter((q) => mentionsTerm(gapTerms, q));
    const saysItself = (c: Candidate) => named.every((q) => mentionsTerm(termsOf(c.target.doc.text.slice(c.target.span.start, c.target.span.end)), q));
    const followUp = candidates.find((c) => cites(c.target.doc, gap.target.doc) && c.confidence >= gap.confidence && answerable(c) && saysItself(c));
    if (followUp) top = inPlaceOf(top, followUp);
  }
  // The figures of another year than asked may stand in the question this one follows up or is followed up by
  // ("Hoeveel laptops werden in 2023 niet teruggebracht?" of an earlier question about 2022): that passage
  // takes the place of the better match, when it answers at least half the question. So may those at another day
  // or delay ("a year later" where the first answer gave "binnen drie maanden"): a follow-up reports what came after.
  if (top && ['year-figures', 'date-figures', 'elapsed-figures'].includes(shortfallOf(top)?.kind ?? '')) {
    const other = top.target.doc;
    const linked = (c: Candidate) => cites(c.target.doc, other) || cites(other, c.target.doc);
    const sameDossier = candidates.find((c) => c.target.doc !== other && linked(c) && c.confidence >= HALF_THE_QUESTION && answerable(c));
    if (sameDossier) top = inPlaceOf(top, sameDossier);
  }
  // What takes the place of a better match about another year must answer at least half the question; a passage
  // that is only related ("In 2024 behaalden 214 jongeren …" for a 2023 figure of a camp fund) is no answer to the
  // year the better match lacks. (A better match that lacks a name is often just another document: not so there.)
  // So for a group: a better match whose place figure counts all ("Antwerpen 452" for all participants, when a group
  // of them is asked) is not answered by another document's related table.
  const bestFails = candidates[0] !== undefined ? shortfallOf(candidates[0]) : null;
  // So for a group narrowed by sex ("Hoeveel vrouwen …") that the better match does not speak of.
  const missesSexGroup = bestFails?.kind === 'focus' && query.sexGroup != null && bestFails.word === query.sexGroup.name;
  // And for a level of education the better match's document does not speak of.
  const missesSchoolLevel = bestFails?.kind === 'entity' && (query.schoolLevels ?? []).some((level) => level === bestFails.word);
  const bestMissesScope = bestFails?.kind === 'year' || (bestFails?.kind === 'place-figures' && bestFails.subgroup === true) || missesSexGroup || missesSchoolLevel;
  // Unless it alone holds the kind of answer asked: "Hoeveel trekt de minister in 2026 uit …" is answered by the item
  // with the sums ("Voor 2026 en 2027 wordt telkens 2,6 miljoen euro ingeschreven"), not by items without any.
  const aloneTyped = (c: Candidate) => c.holdsAnswerType && !candidates[0]!.holdsAnswerType;
  if (top && top !== candidates[0] && bestMissesScope && answerable(top) && top.confidence < HALF_THE_QUESTION && !aloneTyped(top)) top = candidates[0];
  /**
   * Nothing answers, and the best-ranked passage gives a count of something other than what was
   * counted ("2.600 seizoenarbeiders" for "hoeveel plukkers"): shown as a partial answer, as the
   * verdict says, rather than hidden, since the other word may be a synonym no list knows. Only when
   * it covers at least half of the question and fails on the counted word alone; a passage that says
   * the information is missing, or a question not answered yet, keeps the last word.
   */
  const countsSomethingElse = (closest: Candidate | undefined): Candidate | undefined => {
    if (closest && (closest.target.unanswered || saysNotGiven(shortfallOf(closest)))) return undefined;
    const best = candidates[0];
    if (!best || best.target.unanswered || best.confidence < HALF_THE_QUESTION || shortfallOf(best)?.kind !== 'focus') return undefined;
    return readClosely(best.target, { ...query, focus: null }) ? undefined : best;
  };
  // Nothing answers, and the passage that stands as closest is only weaker or about something else, while the better
  // match is about the matter asked but misses its scope (a place, a group, a year): the reason to give is the better
  // match's ("gelden voor Limburg voor iedereen"), not why a weaker passage is about something else.
  // (No reason at all is coverage alone.)
  const aboutSomethingElse = (kind: string | undefined) => kind === undefined || ['focus', 'entity', 'off-topic', 'opposite'].includes(kind);
  const bestMatch = candidates[0];
  if (top && bestMatch && top !== bestMatch && !answerable(top) && !top.target.unanswered && givesWay(bestMatch) && !aboutSomethingElse(shortfallOf(bestMatch)?.kind)) {
    if (aboutSomethingElse((shortfallOf(top) ?? readClosely(top.target, query))?.kind)) top = bestMatch;
  }
  if (!top || !answerable(top)) {
    const shown = offset === 0 ? countsSomethingElse(top) : undefined;
    if (shown) return { answered: true, shown: [shown], hasMore: false };
    // Why the closest passage does not answer, when a check can tell (also for
    // one whose coverage alone kept it out: "another year" says more).
    const why = top && !top.target.unanswered ? (shortfallOf(top) ?? readClosely(top.target, query)) : null;
    return { answered: false, top, why, candidates };
  }
  const kept = firstAnswerable(offset + limit + 1);
  return { answered: true, shown: kept.slice(offset, offset + limit), hasMore: kept.length > offset + limit };
}

/** The passage's own word that it does not give what is asked: a gap it states, or a list without a count. */
const saysNotGiven = (shortfall: Shortfall | null): shortfall is Extract<Shortfall, { sentence: unknown }> => shortfall?.kind === 'unavailable' || shortfall?.kind === 'listed';

/** Whether `later` cites `earlier` ("Met schriftelijke vraag nr. 18003 vroeg ik …"): it follows it up. */
function cites(later: ParsedDocument, earlier: ParsedDocument): boolean {
  return later.citesEarlier.some((cited) => cited.number === earlier.questionNumber);
}
