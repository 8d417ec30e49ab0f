import type { AnswerResult, Passage, QuestionLookup, QuestionRef } from '../answer.js';
import { formatDateNl } from '../corpus/dates.js';
import { displayName } from '../format/names.js';
import type { IndexSummary } from '../indexer.js';

/** Plain-text renderings for the terminal, in the bot's Dutch wording. Pure. */

const indent = (text: string, prefix = '  > ') =>
  text
    .split('\n')
    .map((l) => prefix + l)
    .join('\n');

function refLine(r: QuestionRef): string {
  const date = r.date ? ` van ${formatDateNl(r.date)}` : '';
  const status = r.inCorpus ? `in het corpus: npm run ask -- --number ${r.questionNumber}` : 'niet in het corpus';
  return `nr. ${r.questionNumber}${date}${r.title ? ` — ${r.title}` : ''} (${status})`;
}

function passageText(p: Passage): string {
  const lines = [
    `[${p.rank}] Schriftelijke vraag nr. ${p.questionNumber} — ${p.title}`,
    `    Vraagsteller: ${displayName(p.questioner)} · Minister: ${displayName(p.minister.name)} · Datum: ${formatDateNl(p.date)}`,
    `    Onderdeel: ${p.itemDescription}${p.unanswered ? ' (nog niet beantwoord)' : ''}`,
  ];
  if (p.answersQuestion) lines.push(`    Gevraagd (${p.answersQuestion.label}): ${p.answersQuestion.text}`);
  lines.push(indent(p.quote.text));
  lines.push(`    Score ${p.score.toFixed(3)} · zekerheid ${(p.confidence * 100).toFixed(0)}%`);
  if (p.citedQuestions.length) lines.push(`    Verwijst naar: ${p.citedQuestions.map(refLine).join('; ')}`);
  return lines.join('\n');
}

export function formatAnswer(result: AnswerResult): string {
  const out: string[] = [];
  if (result.modeNote) out.push(result.modeNote);
  out.push(...result.notes);
  if (result.status !== 'answered') {
    out.push(result.message ?? 'Geen antwoord gevonden.');
    if (result.closest.length) {
      out.push('Vragen die er het dichtst bij komen:');
      for (const q of result.closest) out.push(`  - nr. ${q.questionNumber} — ${q.title ?? ''} (${formatDateNl(q.date)})`);
    }
    return out.join('\n');
  }
  out.push(`Vraag: ${result.searchedQuery}`, '');
  out.push(result.passages.map(passageText).join('\n\n'));
  if (result.hasMore) out.push('', 'Er zijn meer resultaten (gebruik --limit).');
  return out.join('\n');
}

export function formatLookup(found: QuestionLookup[], questionNumber: number): string {
  if (found.length === 0) return `Vraag nr. ${questionNumber} staat niet in het corpus.`;
  return found
    .map(({ document: d, questionText, answerText, citedQuestions }) =>
      [
        `Schriftelijke vraag nr. ${d.questionNumber} — ${d.title}`,
        `Vraagsteller: ${displayName(d.questioner)} · Minister: ${displayName(d.minister.name)} · Datum: ${formatDateNl(d.date)} · Bestand: ${d.file}`,
        ...(citedQuestions.length ? [`Verwijst naar: ${citedQuestions.map(refLine).join('; ')}`] : []),
        '',
        'VRAAG',
        questionText,
        '',
        'ANTWOORD',
        answerText ?? '(nog niet beantwoord)',
      ].join('\n'),
    )
    .join('\n\n────────\n\n');
}

export function formatIndexSummary(s: IndexSummary): string {
  const lines = [
    `Index ${s.generation} klaar in ${s.seconds.toFixed(1)} s.`,
    `Documenten: ${s.documents} (nieuw ${s.added.length}, gewijzigd ${s.changed.length}, ongewijzigd ${s.unchanged}, verwijderd ${s.removed.length}); overgeslagen ${s.skipped.length}.`,
    `Passages: ${s.chunks} (${s.embeddedChunks} opnieuw ingebed${s.fullRebuild ? ', volledige herbouw' : ''}).`,
    s.mode === 'hybrid' ? `Modus: hybride (trefwoorden + ${s.model}).` : `Modus: alleen trefwoorden${s.modelUnavailable ? ` — taalmodel niet beschikbaar: ${s.modelUnavailable}` : ''}.`,
  ];
  for (const sk of s.skipped) lines.push(`  overgeslagen: ${sk.file} — ${sk.detail}`);
  for (const w of s.warnings) lines.push(`  waarschuwing: ${w}`);
  return lines.join('\n');
}
