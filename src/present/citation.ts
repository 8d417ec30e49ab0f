import type { ParsedDocument } from '../corpus/types.js';
import { longDateNl } from '../corpus/dates.js';
import { displayName } from './names.js';

/**
 * Where a quote comes from, for questions the Parliament's open data
 * delivered: the question's page on its website and a citation line to copy:
 * "Schriftelijke vraag nr. 455 van 23 mei 2018 van Yasmine Kherbache aan
 * minister Liesbeth Homans, antwoord op punt 2."
 */


interface Citable {
  questionNumber: number;
  date: string | null;
  questioner: string | null;
  minister: { name: string | null };
}

/** The citation line; `item` is the part quoted ("antwoord op punt 2"), when there is one. */
export function citationText(q: Citable, item?: string | null): string {
  const date = longDateNl(q.date);
  const parts = [`Schriftelijke vraag nr. ${q.questionNumber}`];
  if (date) parts.push(`van ${date}`);
  if (q.questioner) parts.push(`van ${displayName(q.questioner)}`);
  if (q.minister.name) parts.push(`aan minister ${displayName(q.minister.name)}`);
  return `${parts.join(' ')}${item ? `, ${item}` : ''}.`;
}

export interface SourceFacts {
  /** The question's page on the Parliament's website (else its document). */
  url: string | null;
  citation: string;
}

/** Link and citation for a passage of `doc`; null for a document without a known source (dropped in by hand). */
export function sourceFacts(doc: ParsedDocument | undefined, item?: string | null): SourceFacts | null {
  if (!doc?.source) return null;
  return { url: doc.source.pageUrl ?? doc.source.documentUrl, citation: citationText(doc, item) };
}

export type DocumentLookup = (docId: string) => ParsedDocument | undefined;

const lookups = new WeakMap<readonly ParsedDocument[], DocumentLookup>();

/** The index's documents by id, for the presentation to find a passage's source; built once per index. */
export function documentLookup(documents: readonly ParsedDocument[]): DocumentLookup {
  let lookup = lookups.get(documents);
  if (!lookup) {
    const byId = new Map(documents.map((d) => [d.id, d]));
    lookup = (id) => byId.get(id);
    lookups.set(documents, lookup);
  }
  return lookup;
}
