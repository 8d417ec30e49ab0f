import type { ParsedDocument } from '../corpus/types.js';
import { yearsIn } from '../search/analyze.js';
import { answerShortfall, type Shortfall } from './checks.js';
import { withRelativeYearsNamed } from './dating.js';
import type { AnalysedQuery } from './query.js';
import { askedWithAntecedent, parentItemsText, questionIntro, type Target } from './targets.js';

/** The years each document's question names, read once per document: every candidate of it is read with them. */
const questionYearsOf = new WeakMap<ParsedDocument, string[]>();
function questionYears(doc: ParsedDocument): string[] {
  let years = questionYearsOf.get(doc);
  if (!years) questionYearsOf.set(doc, (years = yearsIn(doc.text.slice(doc.question.start, doc.question.end))));
  return years;
}

/** What keeps a passage from answering: read with its question item, introduction and date. */
export function readClosely(t: Target, query: AnalysedQuery): Shortfall | null {
  const headings = `${parentItemsText(t.doc, t)}\n${t.doc.title}`;
  return answerShortfall({
    ...query,
    text: t.doc.text,
    span: t.span,
    isAnswer: t.part === 'antwoord',
    askedText: withRelativeYearsNamed(askedWithAntecedent(t.doc, t.answersQuestion), t.doc.date?.slice(0, 4) ?? null),
    contextText: `${questionIntro(t.doc)}\n${headings}`,
    headings,
    askedInYear: t.doc.date?.slice(0, 4) ?? null,
    ...writtenOn(t.doc),
    questionYears: questionYears(t.doc),
  });
}

/** When a document's question was asked and answered (ISO): what its dates are read against. */
export const writtenOn = (doc: ParsedDocument) => ({ askedOn: doc.date ?? null, answeredOn: doc.source?.answerDate ?? null });
