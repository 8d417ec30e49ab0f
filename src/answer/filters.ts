import type { ParsedDocument } from '../corpus/types.js';
import { foldDiacritics } from '../search/analyze.js';
import type { LoadedIndex } from '../search/loaded-index.js';
import type { ChunkFilter } from '../search/retriever.js';
import type { AnswerFilters } from './types.js';

const fold = (s: string) => foldDiacritics(s).toLowerCase();

/** The checks of the filters a question names, one per filter set; none when it names none. */
function checksOf(f: AnswerFilters): ((doc: ParsedDocument) => boolean)[] {
  const checks: ((doc: ParsedDocument) => boolean)[] = [];
  const { questionNumber, questioner, minister, year, from, to } = f;
  if (questionNumber !== undefined) checks.push((doc) => doc.questionNumber === questionNumber);
  if (questioner) checks.push((doc) => fold(doc.questioner ?? '').includes(fold(questioner).trim()));
  if (minister) checks.push((doc) => fold(`${doc.minister.name ?? ''} ${doc.minister.title ?? ''}`).includes(fold(minister).trim()));
  if (year !== undefined) checks.push((doc) => doc.date?.startsWith(String(year)) === true);
  if (from) checks.push((doc) => !!doc.date && doc.date >= from);
  if (to) checks.push((doc) => !!doc.date && doc.date <= to);
  return checks;
}

/** The documents the filters allow, and a chunk filter for retrieval (undefined when they allow all). */
export function filterIndex(index: LoadedIndex, filters: AnswerFilters): { documents: number; chunkFilter: ChunkFilter | undefined } {
  const checks = checksOf(filters);
  // Most questions name no filter: no pass over every document for them.
  if (checks.length === 0) return { documents: index.documents.length, chunkFilter: undefined };
  const allowed = new Set(index.documents.filter((d) => checks.every((matches) => matches(d))).map((d) => d.id));
  const filtered = allowed.size < index.documents.length;
  return { documents: allowed.size, chunkFilter: filtered ? (i) => allowed.has(index.chunks[i]!.docId) : undefined };
}
