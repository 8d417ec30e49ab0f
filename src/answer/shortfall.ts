import type { Span } from '../corpus/sentences.js';
import type { AnswerType } from './answer-type.js';

/** What keeps the closest passage from answering: each kind names what is missing, for the reply to say. */
export type Shortfall =
  /** The question names a year that neither the answer nor the question it answers mentions. */
  | { kind: 'year'; year: string }
  /** It asks for a figure in a year; the passage's figures belong to other years. */
  | { kind: 'year-figures'; year: string }
  /** It asks for a figure before a year ("vóór 2024"); the passage's figures hold from that year on ("Sinds 1 januari 2024 …"). */
  | { kind: 'since-figures'; year: string }
  /** It asks for a figure after a year ("na 2027"); the passage's figures run up to that year ("2025-2027"). */
  | { kind: 'until-figures'; year: string }
  /** It asks for a figure in a place ("in Gent"); the passage names the place, but its figures belong elsewhere. */
  | {
      kind: 'place-figures';
      place: string;
      /** Its figures are those of a list of places or names together ('Pasjtoe en Somalisch'). */
      shared?: boolean;
      /** Its figures count another kind than the one asked ("Meerhagem (2 samentuinen)" for newcomers). */
      counted?: string;
      /** Its figures count all of them: the group the question narrows to, the passage gives only as a share of all. */
      subgroup?: boolean;
    }
  /** What the question asks about ("Hoeveel leerkrachten") does not occur in the passage. */
  | { kind: 'focus'; word: string }
  /** A place, body or programme the question names ("in Brussel", "de VDAB") occurs neither in the passage nor in what frames it. */
  | { kind: 'entity'; word: string }
  /** A figure the question names ("binnen twaalf maanden") is not the passage's ("zes maanden"). */
  | { kind: 'figure'; value: string }
  /** The figure is the passage's, but with another unit: "binnen twaalf maanden" against "12 uur". */
  | { kind: 'quantity'; value: string; unit: string }
  /** It asks for a figure of the n-th of something ("de derde Pactdag"); the passage names that one, with no figure. */
  | { kind: 'ordinal-figures'; ordinal: number; /** When not a figure: the kind of answer the n-th one lacks. */ wanted?: AnswerType }
  /** The passage itself says the asked information is not given. */
  | { kind: 'unavailable'; sentence: Span }
  /** The passage shares only names, places or years with the question, none of what it is about ("het weer morgen in Gent"). */
  | { kind: 'off-topic' }
  /** The passage reports the opposite outcome of the one asked ("goedgekeurd" for "afgekeurd"): `found` as the passage writes it. */
  | { kind: 'opposite'; found: string }
  /** It asks for figures of part of a year ("de eerste helft van 2023"); the passage gives that year's for other parts. */
  | { kind: 'period-figures'; year: string }
  /** It asks for a figure at a day ("op 31 december 2018"); the passage gives that year's at another day. */
  | { kind: 'date-figures'; date: string; given: string }
  /** It asks for a figure at a delay after an event ("zes maanden na het getuigschrift"); the passage gives it at other delays only. */
  | { kind: 'elapsed-figures'; asked: string; given: string }
  /** It asks for a figure for each one ("per maand", "gemiddeld"); the passage's figures are totals or per another unit. */
  | { kind: 'rate'; words: string }
  /** It counts part of a group by a word the passage names only in a list without figures, beside a figure for the whole group. */
  | { kind: 'listed'; word: string; sentence: Span }
  /** It asks for figures broken down by a dimension ("per provincie"); the passage never speaks of that dimension. */
  | { kind: 'breakdown'; dimension: string };
