import type { ParsedDocument } from '../corpus/types.js';
import { foldDiacritics } from '../search/analyze.js';
import type { LoadedIndex } from '../search/loaded-index.js';
import type { ChunkFilter } from '../search/retriever.js';
import type { AnswerFilters } from './types.js';

const fold = (s: string) => foldDiacritics(s).toLowerCase();

function matchesFilters(doc: ParsedDocument, f: AnswerFilters): boolean {
  if (f.questionNumber !== undefined && doc.questionNumber !== f.questionNumber) return false;
  if (f.questioner && !fold(doc.questioner ?? '').includes(fold(f.questioner).trim())) return false;
  if (f.minister && !fold(`${doc.minister.name ?? ''} ${doc.minister.title ?? ''}`).includes(fold(f.minister).trim())) return false;
  if (f.year !== undefined && !doc.date?.startsWith(String(f.year))) return false;
  if (f.from && (!doc.date || doc.date < f.from)) return false;
  if (f.to && (!doc.date || doc.date > f.to)) return false;
  return true;
}

const filtersAnything = (f: AnswerFilters): boolean =>
  f.questionNumber !== undefined || !!f.questioner || !!f.minister || f.year !== undefined || !!f.from || !!f.to;

/** The documents the filters allow, and a chunk filter for retrieval (undefined when they allow all). */
export function filterIndex(index: LoadedIndex, filters: AnswerFilters): { documents: number; chunkFilter: ChunkFilter | undefined } {
  // Most questions name no filter: no pass over every document for them.
  if (!filtersAnything(filters)) return { documents: index.documents.length, chunkFilter: undefined };
  const allowed = new Set(index.documents.filter((d) => matchesFilters(d, filters)).map((d) => d.id));
  const filtered = allowed.size < index.documents.length;
  return { documents: allowed.size, chunkFilter: filtered ? (i) => allowed.has(index.chunks[i]!.docId) : undefined };
}
