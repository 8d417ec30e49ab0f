/** The two sides of a written question. */
export type Part = 'vraag' | 'antwoord';

/** A numbered item ("2.", "a)", "1 en 2.") or the untitled introduction of a side. */
export interface Item {
  /** "1", "2a", "1 en 2"; null for the introduction before the first numbered item. */
  label: string | null;
  level: 'intro' | 'top' | 'sub';
  /** For sub-items ("2a"), the top-level label ("2"). */
  parent: string | null;
  /** Offsets into the normalised text: the item's own text, up to the next item of any level. */
  start: number;
  end: number;
  /** For top-level items: up to the next top-level item, so sub-items included. */
  fullEnd: number;
}

export interface Section {
  part: Part;
  start: number;
  end: number;
  items: Item[];
}

export interface CitedQuestion {
  number: number;
  /** ISO date when the document gives one. */
  date: string | null;
}

export interface Minister {
  name: string | null;
  title: string | null;
}

export interface ParsedDocument {
  /** Stable id derived from the file path; distinguishes two files with the same question number. */
  id: string;
  /** Path relative to the corpus folder. */
  file: string;
  contentHash: string;
  /** The source's own version of the document, when it has one (see CorpusSource). */
  sourceVersion?: string;
  questionNumber: number;
  date: string | null;
  /** As written in the document (often upper case). */
  questioner: string | null;
  minister: Minister;
  title: string;
  citesEarlier: CitedQuestion[];
  /** Normalised text; every offset refers to it. */
  text: string;
  question: Section;
  answer: Section | null;
  /** Question item label → the answer item labels that answer it. */
  pairing: Record<string, string[]>;
  /** Where the question was published, when a source knows it (the Parliament's open data). */
  source?: DocumentSource;
}

/** The published question behind a document: for links, citations, the timeline and announcements. */
export interface DocumentSource {
  origin: 'vlaams-parlement';
  /** The Parliament's id of the question (stable across answers and corrections). */
  id: string;
  /** The question's page on the Parliament's website. */
  pageUrl: string | null;
  documentUrl: string | null;
  /** "2017-2018". */
  sessionYear: string | null;
  subject: string | null;
  /** As the Parliament records it; null when it does not say. */
  answered: boolean | null;
  /** ISO date of the answer. */
  answerDate: string | null;
}

export type SkipReason =
  | 'empty'
  | 'binary'
  | 'invalid-utf8'
  | 'too-large'
  | 'pdf-without-text'
  | 'pdf-unreadable'
  | 'unsupported-type'
  | 'no-question-number'
  | 'not-a-question'
  | 'several-questions'
  | 'symlink-outside-corpus'
  | 'unreadable';

export interface SkippedFile {
  file: string;
  reason: SkipReason;
  detail: string;
}
