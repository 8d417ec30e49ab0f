import type { Span } from '../corpus/sentences.js';
import type { AnswerType } from './answer-type.js';
import type { Dimension, SexGroup } from './breakdown.js';
import type { NamedDay } from './dating.js';
import type { SchoolLevel } from './school-level.js';
import type { Elapsed } from './elapsed.js';
import type { Quantity } from './named.js';
import type { AskedRate } from './rate.js';
import type { AskedPart } from './year-part.js';

// What the answerability checks (checks.ts) read: the question's traits, computed once per question, and the passage.

/** A query word: its stem, Dutch alternatives (for English words), its n-grams. */
export interface QueryTerm {
  term: string;
  alternatives: string[];
  grams: string[];
  /** For a compound, the stems of its modifier and head. */
  parts?: string[];
  /** An English word with no Dutch equivalent known. */
  foreign?: boolean;
  /** For a foreign word, the stems of its wordnet senses the documents use: they share a topic, they answer nothing. */
  senses?: string[];
}

/** What the checks read of the question; computed once per question (see query.ts). */
export interface QuestionTraits {
  queryTerms: QueryTerm[];
  /** An English question: its words are renderings, not the documents' own. */
  english?: boolean;
  years: string[];
  /** Spans of two consecutive years the question names as one period ("2025-2026"), from yearSpansIn(). */
  yearSpans?: [string, string][];
  /** The terms of the reason a count is narrowed by ("omdat de opleiding te weinig lesuren telde"), from askedReasonTerms(). */
  reasonTerms?: string[];
  /** The kind of answer asked for. */
  answerType: AnswerType | null;
  /** What a counting question counts ("leerkrachten"), from questionFocus(). */
  focus: string | null;
  /** The outcome a count asks of ("haalden het brevet", "found a job"), from askedOutcome() (outcome.ts). */
  outcome?: string | null;
  /** Whether it counts part of a group it names ("Hoeveel van de cursisten …"), from asksPartOf(). */
  asksPart?: boolean;
  /** A question for content (a figure, a name), not about a gap: from asksForContent(). */
  asksForContent: boolean;
  /** Whether it asks the exact figure ("precies"), which an estimate does not give: from asksExact(). */
  asksExact?: boolean;
  /** Terms the question excludes ("non-EU", "niet-Belgische"): a gap the passage names for them is not the question's. */
  excluded?: string[];
  /** Terms the question negates by their prefix ("niet-anonieme"): it asks their complement, from complementTerms(). */
  complements?: string[];
  /** Names of places, bodies and programmes the question gives (from namedEntities()). */
  entities: string[];
  /** The occupation a training the question names leads to ("opgeleid tot portier"), from trainedAs(). */
  trainedAs?: string | null;
  /** Quoted titles of several words the question gives ("via ‘Samen aan Zet’"), from quotedTitles(). */
  titles?: string[];
  /** Places the question restricts to ("in Gent"), from placesIn(): the passage itself must be about them. */
  places: string[];
  /** Figures the question gives, not years (from questionFigures()). */
  figures: string[];
  /** The figures among them that come with a unit of measure (from quantitiesIn()). */
  quantities: Quantity[];
  /** Years the question asks about the time before ("vóór 2024"), from yearsBefore(). */
  yearsBefore?: string[];
  /** Years the question asks about the time after ("na 2027"), from yearsAfter(). */
  yearsAfter?: string[];
  /** Dimensions the question asks its figures broken down by ("per provincie"), from askedBreakdown(). */
  breakdown?: Dimension[];
  /** The group by sex the question narrows to ("vrouwelijke vrijwilligers"), from askedSexGroup(). */
  sexGroup?: SexGroup | null;
  /** The levels of education the question is about ("het secundair onderwijs"), from schoolLevelsIn(). */
  schoolLevels?: SchoolLevel[];
  /** Parts of years the question asks about ("de eerste helft van 2023"), from askedParts(). */
  parts?: AskedPart[];
  /** Days the question asks its figures at ("op 31 december 2018"), from askedDays(). */
  days?: NamedDay[];
  /** Whether it asks what happened, in the past tense ("When did the site open?", "Hoeveel … waren effectief …"), from asksWhatHappened(). */
  pastEvent?: boolean;
  /** Whether it asks when something was decided ("Wanneer besliste …"), from asksAboutDeciding(). */
  asksDecision?: boolean;
  /** Delays after an event the question asks its figures at ("zes maanden na het traject"), from elapsedIn(). */
  elapsed?: Elapsed[];
  /** The rate the question asks its figure as ("per maand", "gemiddeld"), from askedRate(). */
  rate?: AskedRate | null;
}

export interface AnswerabilityInput extends QuestionTraits {
  /** The document's normalised text and the answer passage in it. */
  text: string;
  span: Span;
  /** Whether the passage is an answer (checks on content) or a question shown as such. */
  isAnswer: boolean;
  /** The question item the passage answers, as context. */
  askedText: string;
  /** The question's introduction and title: they set the time frame of every item. */
  contextText: string;
  /** What the item falls under without the introduction: its parent items and the question's title. */
  headings?: string;
  /** The year the question was asked: "the campaign of autumn 2017" in a question of November 2017. */
  askedInYear: string | null;
  /** The day it was asked (ISO): a date well after it is one the answer could only expect. */
  askedOn?: string | null;
  /** The day it was answered (ISO), when the Parliament's record says. */
  answeredOn?: string | null;
  /** The years the written question names anywhere, items and introduction. */
  questionYears?: readonly string[];
}
