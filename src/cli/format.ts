import type { AnswerResult, Passage, QuestionLookup, QuestionRef } from '../answer/index.js';
import type { IndexSummary } from '../indexer.js';
import { answerTexts, verdictText } from '../present/answer.js';
import { sourceFacts, type DocumentLookup } from '../present/citation.js';
import { formatDateNl } from '../present/dates.js';
import { indexSummaryLines } from '../present/indexing.js';
import { displayName } from '../present/names.js';
import { citedQuestionText, questionFullText, questionHeading } from '../present/question.js';

/** Plain-text renderings for the terminal, in the bot's Dutch wording. Pure. */

const indent = (text: string, prefix = '  > ') =>
  text
    .split('\n')
    .map((l) => prefix + l)
    .join('\n');

function refLine(r: QuestionRef): string {
  return r.inCorpus ? `${citedQuestionText(r)} (in het corpus: npm run ask -- --number ${r.questionNumber})` : citedQuestionText(r);
}

function passageText(p: Passage, documents?: DocumentLookup): string {
  const lines = [
    `[${p.rank}] ${questionHeading(p.questionNumber, p.title)}`,
    `    Vraagsteller: ${displayName(p.questioner)} · Minister: ${displayName(p.minister.name)} · Datum: ${formatDateNl(p.date)}`,
    `    Onderdeel: ${p.itemDescription}${p.unanswered ? ' (nog niet beantwoord)' : ''}`,
  ];
  if (p.answersQuestion) lines.push(`    Gevraagd (${p.answersQuestion.label}): ${p.answersQuestion.text}`);
  lines.push(indent(p.quote.text));
  lines.push(`    Beoordeling: ${verdictText(p.verdict)} · score ${p.score.toFixed(3)}`);
  if (p.citedQuestions.length) lines.push(`    Verwijst naar: ${p.citedQuestions.map(refLine).join('; ')}`);
  const source = sourceFacts(documents?.(p.docId), p.itemDescription);
  if (source) {
    if (source.url) lines.push(`    Bron: ${source.url}`);
    lines.push(`    Citeer: ${source.citation}`);
  }
  return lines.join('\n');
}

/** `documents` finds a passage's document, for the source link and citation of questions from the Parliament's open data. */
export function formatAnswer(result: AnswerResult, documents?: DocumentLookup): string {
  const texts = answerTexts(result);
  const out: string[] = [];
  if (texts.modeNote) out.push(texts.modeNote);
  out.push(...texts.notes);
  if (result.status !== 'answered') {
    out.push(texts.message ?? 'Geen antwoord gevonden.');
    if (result.closest.length) {
      out.push('Vragen die er het dichtst bij komen:');
      for (const q of result.closest) out.push(`  - nr. ${q.questionNumber} — ${q.title ?? ''} (${formatDateNl(q.date)})`);
    }
    return out.join('\n');
  }
  out.push(`Vraag: ${result.searchedQuery}`, '');
  if (texts.lead) out.push(texts.lead, '');
  out.push(result.passages.map((p) => passageText(p, documents)).join('\n\n'));
  if (result.hasMore) out.push('', 'Er zijn meer resultaten (gebruik --limit).');
  return out.join('\n');
}

/** The result with its texts, as `--json` prints it: the structured reason and the words for it; each passage with its source link and citation (null when unknown). */
export function answerJson(result: AnswerResult, documents?: DocumentLookup): object {
  const withSource = (p: Passage) => {
    const source = sourceFacts(documents?.(p.docId), p.itemDescription);
    return { ...p, sourceUrl: source?.url ?? null, citation: source?.citation ?? null };
  };
  return {
    ...result,
    passages: result.passages.map(withSource),
    groups: result.groups.map((g) => ({ ...g, passages: g.passages.map(withSource) })),
    ...answerTexts(result),
  };
}

export function formatLookup(found: QuestionLookup[], questionNumber: number): string {
  if (found.length === 0) return `Vraag nr. ${questionNumber} staat niet in het corpus.`;
  const text = (l: QuestionLookup) => {
    const source = sourceFacts(l.document);
    return [questionFullText(l).trimEnd(), ...(source ? ['', ...(source.url ? [`Bron: ${source.url}`] : []), `Citeer: ${source.citation}`] : [])].join('\n');
  };
  return found.map(text).join('\n\n────────\n\n');
}

export function formatIndexSummary(s: IndexSummary): string {
  const lines = [`Index ${s.generation} klaar in ${s.seconds.toFixed(1)} s.`, ...indexSummaryLines(s)];
  for (const sk of s.skipped) lines.push(`  overgeslagen: ${sk.file} — ${sk.detail}`);
  for (const w of s.warnings) lines.push(`  waarschuwing: ${w}`);
  return lines.join('\n');
}
