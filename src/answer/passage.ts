import { itemLabelNl } from '../corpus/chunk.js';
import type { CitedQuestion, ParsedDocument } from '../corpus/types.js';
import type { LoadedIndex } from '../search/loaded-index.js';
import { foldDiacritics, terms } from '../search/analyze.js';
import { asksBound, asksExtreme, asksTotal, holdsAnswerType, holdsNumber, originNamed, statesBound, statesExtreme, statesTotal } from './answer-type.js';
import { asksAboutCompetence, asksWhetherKnown, leavesToAnother, saysUnavailable } from './gaps.js';
import { FIGURE_TYPES } from './checks.js';
import { figureOwnedBy, mentions } from './named.js';
import { wordsOf } from './passage-analysis.js';
import { countsBefore } from './counted.js';
import { askedWhichOf, speaksOfDimension } from './breakdown.js';
import { LIST_ITEM } from './evidence.js';
import { highlightSpans } from './highlight.js';
import type { AnalysedQuery } from './query.js';
import { opensWithTable, selectQuote, type QuoteScorer } from './quote.js';
import { itemSpan, questionIntro, quotableSpan, type Target } from './targets.js';
import { isTableCell, isTableLine, withOwnYearsOnly, YEAR } from './dating.js';
import type { AnswerGroup, AnswerResult, Passage, QuestionRef } from './types.js';
import type { Verdict } from './verdict.js';

/**
 * The passage stage: a selected target becomes what the user sees (the
 * verbatim quote, its highlights, the source question's facts), grouped by
 * written question.
 */

/** A quote scorer that also knows what frames a passage (its title, introduction and question item). */
export interface PassageQuoteScorer extends QuoteScorer {
  framedBy(framing: string): QuoteScorer;
}

/** How quotes are chosen for a question: its terms weighted by idf, sentences of the asked kind preferred. */
export function quoteScorer(index: LoadedIndex, query: AnalysedQuery): PassageQuoteScorer {
  const wanted = query.answerType;
  const base: QuoteScorer = {
    weight: (t: string) => index.keyword.idf(t),
    // The words searched, and their Dutch synonyms: "beperking" in the question, "handicap" in the answer.
    queryTerms: [...new Set([...query.keyword.terms, ...query.queryTerms.flatMap((q) => q.alternatives)])],
    queryGrams: new Set(query.keyword.grams),
    compounds: query.queryTerms.flatMap((q) => (q.parts?.length === 2 ? [{ term: q.term, parts: q.parts }] : [])),
    // A sentence of the kind asked for that names only other years than the one asked speaks of another time:
    // "Op 1 januari 2023 sloten vier gemeenten aan: …" does not name those that join in 2025.
    prefers: wanted ? (sentence: string) => holdsAnswerType(sentence, wanted, query.clean.text) && !onlyOtherYears(sentence, query.years) : undefined,
    // Whose matter it is ("Which minister is competent for …") is answered by the sentence that leaves it to another.
    // Whether it is known ("Is it known how many …") is answered as well by the sentence that says it is not kept.
    prefersMost: asksAboutCompetence(query.clean.text) ? leavesToAnother : asksWhetherKnown(query.clean.text) ? knownOrNot(exactAnswer(query)) : exactAnswer(query),
    // Of those, the sentence that names the minister ("… behoren tot de bevoegdheid van de federale minister van
    // Sociale Zaken") over one that only refers ("Ik verwijs de vraagsteller naar mijn federale collega").
    prefersFirst: namedRow(query) ?? (asksAboutCompetence(query.clean.text) ? (sentence: string) => leavesToAnother(sentence) && NAMES_PORTFOLIO.test(sentence) : undefined),
    // "Waar slagen het minst kandidaten?" asks for an extreme: a sentence that names one ("het laagst in …");
    // "the combined grant" a total: a sentence that states one.
    favours: favouredSentences(query.clean.text, wholeCountAsked(query)),
    // A question for kinds, or for reasons ("Waarom …", "Wat verklaart …"), is answered by a whole list (of kinds,
    // of causes), quoted with the line that opens it.
    wholeLists: asksKinds(query.clean.text) || wanted === 'reason',
  };
  const namedFigure = namedFigureAnswer(query);
  return {
    ...base,
    // A place or body the passage's frame names holds for all of it (a programme in the title): only a
    // name some sentences give and others do not marks the sentence that answers.
    framedBy: (framing) => {
      if (!namedFigure) return base;
      const framingWords = wordsOf(framing);
      const exact = namedFigure(query.entities.filter((n) => !mentions(framingWords, n)));
      return exact ? { ...base, prefersMost: exact } : base;
    },
  };
}

/** A minister named by portfolio: "de federale minister van Sociale Zaken", "de Vlaamse minister bevoegd voor Inburgering". */
const NAMES_PORTFOLIO = /\b(?:minister|staatssecretaris)\s+(?:bevoegd\s+)?(?:van|voor)\s+\p{Lu}/u;

const knownOrNot = (exact: ((sentence: string) => boolean) | undefined) => (sentence: string) => saysUnavailable(sentence) || (exact?.(sentence) ?? false);

/** Whether a sentence names years of its own, none of them asked: it speaks of another time. */
export const onlyOtherYears = (sentence: string, asked: readonly string[]) => {
  // The year of a figure it is set against does not date the sentence ("14 procent, tegenover 9.112 leerlingen in 2024").
  const named = withOwnYearsOnly(sentence, asked).match(YEAR) ?? [];
  return asked.length > 0 && named.length > 0 && !named.some((y) => asked.includes(y));
};

/**
 * A count asked of no one part ("How many letters were rewritten?", no domain, place or body named) is the
 * whole: the sentence that states the total, not the breakdown that follows it ("- 46 brieven in het domein …").
 */
function wholeCountAsked(query: AnalysedQuery): boolean {
  return query.answerType === 'count' && query.entities.length === 0 && query.places.length === 0;
}

/** A question for the kinds of something: "What kinds of …", "Which types of …", "Welke soorten …", "Wat voor …". */
const ASKS_KINDS = /\b(?:what|which)\s+(?:kinds?|types?|sorts?)\s+of\b|\b(?:welke|welk)\s+(?:soorten|soort|types?)\b|\bwat\s+voor\b/;
const asksKinds = (question: string) => ASKS_KINDS.test(foldDiacritics(question).toLowerCase());
/** A sentence that opens a list (ends in a colon) or is one of its lines. */
const opensList = (sentence: string) => /:\s*$/.test(sentence.split('\n')[0]!) || sentence.split('\n').some((line) => LIST_ITEM.test(line));

/** Sentences that answer the question's manner: an extreme, a total, a bound. */
function favouredSentences(question: string, wholeCount: boolean): ((sentence: string) => boolean) | undefined {
  const bound = asksBound(question);
  const manners = [asksExtreme(question) && statesExtreme, (wholeCount || asksTotal(question)) && statesTotal, bound !== null && ((s: string) => statesBound(s, bound))].filter((m) => m !== false);
  return manners.length ? (sentence) => manners.some((states) => states(sentence)) : undefined;
}

/**
 * The sentences that give exactly what is asked, when the question says:
 * for a figure of a place or body ("hoeveel Limburgse clubs", "hoeveel kreeg
 * Leuven"), the figure the sentence gives that name ("47 in Limburg", "Leuven
 * (1,9 miljoen euro)"), not a total beside it; for a count, a figure of what is
 * counted ("47 projecten"), not any figure near the question's words; for where
 * people come from, a name of their origin ("uit Oekraïne"), not any name; for a
 * total, the sentence that states it.
 */
function exactAnswer(query: AnalysedQuery): ((sentence: string) => boolean) | undefined {
  // "the combined 2023 grant": the sentence that states the total sum, not the parts listed before it.
  const wanted = query.answerType;
  // "In welke regio was de wachttijd het langst?": the sentence that states the extreme, or else the table by that
  // dimension (quoted with the sentence that announces it), not a sentence whose compound only holds the dimension's
  // word ("de sectorfondsen").
  const over = asksExtreme(query.clean.text) ? askedWhichOf(query.clean.text) : null;
  // A table after a colon is part of the sentence that announces it.
  if (over) return (sentence) => statesExtreme(sentence) || (speaksOfDimension(sentence, over) && sentence.split(/:\s+/).some(opensWithTable));
  // "Welke soorten klachten …": the list that sets them out ("De klachten betroffen vooral:").
  if (asksKinds(query.clean.text)) return opensList;
  if ((wanted === 'money' || wanted === 'count') && asksTotal(query.clean.text)) return (sentence) => statesTotal(sentence) && holdsAnswerType(sentence, wanted);
  if (query.answerType === 'count' && query.places.length > 0) return (sentence) => holdsNumber(sentence) && query.places.some((p) => figureOwnedBy(sentence, p));
  const focus = query.focus;
  if (query.answerType === 'count' && focus) return (sentence) => countsBefore(sentence, focus);
  return originNamed(query.clean.text) ?? undefined;
}

/**
 * "Hoeveel nieuwkomers … in de schoonmaak?": a table row the question names ("Schoonmaak 211 174") counts exactly
 * that part, where a sentence that counts what was counted gives the whole.
 */
function namedRow(query: AnalysedQuery): ((sentence: string) => boolean) | undefined {
  const focus = query.focus;
  if (query.answerType !== 'count' || !focus) {
    // Another question for figures, or keywords, names a row by a name it gives ("kleuters … Limburg schooljaar
    // 2022-2023"); a row gives no reason, date or name ("Waarom werden er in Oost-Vlaanderen zoveel …").
    const names = new Set(query.entities.flatMap((e) => terms(e)));
    const figuresAsked = query.answerType === null || FIGURE_TYPES.has(query.answerType);
    // A share is given by a table that holds one ("%", "procent"), not by rows of counts: "Antwerpen 1.642 447". (The
    // sentence splitter reads a table without full stops as one unit, its heading with its rows.)
    const holdsKind = (table: string) => query.answerType !== 'share' || holdsAnswerType(table, 'share');
    return names.size > 0 && figuresAsked ? (sentence) => labelsTableRow(sentence, names) && holdsKind(sentence) : undefined;
  }
  const labels = new Set(query.queryTerms.filter((q) => !/\d/.test(q.term) && !terms(focus).includes(q.term)).flatMap((q) => [q.term, ...q.alternatives]));
  return (sentence) => labelsTableRow(sentence, labels);
}

/** The whole label, not a part of it: "West-Vlaanderen" is no row of "Vlaanderen". */
const labelOf = (token: string, labels: ReadonlySet<string>) => {
  const words = terms(token);
  return words.length > 0 && words.every((w) => labels.has(w));
};

/** A row of a table whose label is one of `labels`: the word stands right before the row's figures. */
function labelsTableRow(unit: string, labels: ReadonlySet<string>): boolean {
  if (!isTableLine(unit)) return false;
  const tokens = unit.split(/\s+/).filter(Boolean);
  return tokens.some((t, i) => i + 1 < tokens.length && isTableCell(tokens[i + 1]!) && !isTableCell(t) && labelOf(t, labels));
}

/**
 * For a sum or share of a named place or body ("hoeveel kreeg Leuven"), the
 * sentences that give that name its own figure ("Leuven (1,9 miljoen euro)"),
 * not a total beside it; a figure of the name in another year than the one
 * asked is not it. Given the names that do not frame the whole passage.
 */
function namedFigureAnswer(query: AnalysedQuery): ((names: string[]) => ((sentence: string) => boolean) | undefined) | undefined {
  const wanted = query.answerType;
  if ((wanted !== 'money' && wanted !== 'share') || query.entities.length === 0) return undefined;
  const otherYear = (sentence: string) => query.years.length > 0 && (sentence.match(YEAR) ?? []).some((y) => !query.years.includes(y));
  return (names) => (names.length === 0 ? undefined : (sentence) => holdsAnswerType(sentence, wanted) && !otherYear(sentence) && names.some((n) => figureOwnedBy(sentence, n)));
}

/**
 * The document a citation names. Question numbers restart, so one number can
 * name several documents: the cited date decides. With a date, only a
 * document of that date; without one, only a number that names one document.
 * Otherwise none (ambiguous when candidates exist).
 */
export function resolveCitation(documents: readonly ParsedDocument[], cited: CitedQuestion, citing?: ParsedDocument): { target: ParsedDocument | null; ambiguous: boolean } {
  const candidates = documents.filter((d) => d.questionNumber === cited.number && d.id !== citing?.id);
  if (cited.date) {
    const sameDate = candidates.filter((d) => d.date === cited.date);
    if (sameDate.length === 1) return { target: sameDate[0]!, ambiguous: false };
    // Two files of that number and date, or one without a date that may be it.
    return { target: null, ambiguous: sameDate.length > 1 || candidates.some((d) => d.date === null) };
  }
  if (candidates.length === 1) return { target: candidates[0]!, ambiguous: false };
  return { target: null, ambiguous: candidates.length > 1 };
}

function citedQuestionRefs(index: LoadedIndex, doc: ParsedDocument): QuestionRef[] {
  return doc.citesEarlier.map((c) => {
    const { target, ambiguous } = resolveCitation(index.documents, c, doc);
    return { questionNumber: c.number, date: c.date, title: target?.title ?? null, inCorpus: target !== null || ambiguous, docId: target?.id ?? null, ...(ambiguous ? { ambiguous: true as const } : {}) };
  });
}

function questionRef(doc: ParsedDocument): QuestionRef {
  return { questionNumber: doc.questionNumber, date: doc.date, title: doc.title, inCorpus: true, docId: doc.id };
}

/**
 * An item this short is quoted whole, question or answer: a reader who cites the minister's answer to a point
 * gets all of it, caveats included, with the matching words in bold. Longer items are quoted by their best sentences.
 */
const WHOLE_ITEM_CHARS = 500;

export function toPassage(index: LoadedIndex, t: Target, confidence: number, scorer: PassageQuoteScorer, verdict: Verdict): Passage {
  const { doc } = t;
  const barriers = [...doc.question.items, ...(doc.answer?.items ?? [])].map((i) => i.start);
  const framing = `${doc.title}\n${questionIntro(doc)}\n${t.answersQuestion?.text ?? ''}`;
  const quote =
    t.span.end - t.span.start <= WHOLE_ITEM_CHARS ? quotableSpan(doc.text, t.span) : selectQuote(doc.text, t.span, scorer.framedBy(framing), barriers);
  return {
    rank: 0,
    score: t.score,
    confidence,
    verdict,
    docId: doc.id,
    file: doc.file,
    questionNumber: doc.questionNumber,
    date: doc.date,
    questioner: doc.questioner,
    minister: doc.minister,
    title: doc.title,
    part: t.part,
    item: t.item?.label ?? null,
    itemDescription: itemLabelNl(t.part, t.item?.label ?? null),
    answersQuestion: t.answersQuestion,
    quote: { text: doc.text.slice(quote.start, quote.end), start: quote.start, end: quote.end },
    highlights: highlightSpans(doc.text.slice(quote.start, quote.end), new Set(scorer.queryTerms)),
    passage: { text: doc.text.slice(t.span.start, t.span.end), start: t.span.start, end: t.span.end },
    chunkId: t.chunk.id,
    unanswered: t.unanswered,
    citedQuestions: citedQuestionRefs(index, doc),
  };
}

export function closestQuestions(candidates: { target: Target }[], docs: Map<string, ParsedDocument>): QuestionRef[] {
  const out: QuestionRef[] = [];
  for (const { target } of candidates) {
    if (out.some((q) => q.docId === target.doc.id)) continue;
    out.push(questionRef(docs.get(target.doc.id)!));
    if (out.length === 3) break;
  }
  return out;
}

/** "vraag 455" and nothing else: the answer items of that question, in order. */
export function numberOnlyAnswer(index: LoadedIndex, questionNumber: number, limit: number, offset: number): Partial<AnswerResult> {
  const passages: Passage[] = [];
  for (const doc of index.documents.filter((d) => d.questionNumber === questionNumber)) {
    const section = doc.answer ?? doc.question;
    for (const item of section.items.filter((i) => i.level !== 'sub')) {
      const span = itemSpan(item);
      const chunk = index.chunks.find((c) => c.docId === doc.id && c.part === section.part && c.start <= span.start && c.end >= span.start);
      if (!chunk) continue;
      const target: Target = { doc, chunk, part: section.part, item, span, answersQuestion: null, unanswered: !doc.answer, score: 1 };
      const quoteAll: PassageQuoteScorer = { weight: () => 0, queryTerms: [], queryGrams: new Set<string>(), framedBy: () => quoteAll };
      passages.push(toPassage(index, target, 1, quoteAll, { kind: 'answers' }));
    }
  }
  const page = passages.slice(offset, offset + limit).map((p, i) => ({ ...p, rank: offset + i + 1 }));
  return { status: 'answered', passages: page, groups: groupByQuestion(page), hasMore: passages.length > offset + limit };
}

export function groupByQuestion(passages: Passage[]): AnswerGroup[] {
  const groups: AnswerGroup[] = [];
  for (const p of passages) {
    let g = groups.find((x) => x.docId === p.docId);
    if (!g) {
      g = { questionNumber: p.questionNumber, docId: p.docId, title: p.title, date: p.date, passages: [] };
      groups.push(g);
    }
    g.passages.push(p);
  }
  return groups;
}

export interface QuestionLookup {
  document: ParsedDocument;
  questionText: string;
  answerText: string | null;
  citedQuestions: QuestionRef[];
}

/** A written question by number; several when two files share the number. */
export function lookupQuestion(index: LoadedIndex, questionNumber: number): QuestionLookup[] {
  return index.documents
    .filter((d) => d.questionNumber === questionNumber)
    .map((d) => ({
      document: d,
      questionText: d.text.slice(d.question.start, d.question.end),
      answerText: d.answer ? d.text.slice(d.answer.start, d.answer.end) : null,
      citedQuestions: citedQuestionRefs(index, d),
    }));
}
