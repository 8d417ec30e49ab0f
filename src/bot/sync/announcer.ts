import type { ParsedDocument } from '../../corpus/types.js';
import { renderAnnouncement, type AnnouncementKind } from '../render/announce.js';
import type { MessagePayload } from '../render/payload.js';
import type { Logger } from '../state/log.js';
import type { AnnouncedStore } from './announced.js';

/**
 * Posts each new question and each newly answered one to the announcement
 * channel, once. A key is recorded before its message is sent (a crash after
 * sending can never repeat it); a send that fails is forgotten again, so the
 * next run retries it.
 */

export interface Announcement {
  doc: ParsedDocument;
  kind: AnnouncementKind;
  keys: string[];
}

const questionKey = (d: ParsedDocument) => (d.source ? `vp:${d.source.id}` : `file:${d.id}`);

/** Announced as answered once the answer is in the text (its first sentence is shown) and the Parliament does not say otherwise. */
const hasAnswer = (d: ParsedDocument) => d.answer !== null && d.source?.answered !== false;

/** What is still to be announced, oldest question first. */
export function pendingAnnouncements(documents: readonly ParsedDocument[], store: Pick<AnnouncedStore, 'has'>): Announcement[] {
  const out: Announcement[] = [];
  for (const doc of [...documents].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.questionNumber - b.questionNumber)) {
    const k = questionKey(doc);
    const fresh = !store.has(`new:${k}`);
    const answered = hasAnswer(doc) && !store.has(`answered:${k}`);
    if (!fresh && !answered) continue;
    const kind: AnnouncementKind = fresh ? (hasAnswer(doc) ? 'new-answered' : 'new') : 'answered';
    out.push({ doc, kind, keys: [`new:${k}`, ...(hasAnswer(doc) ? [`answered:${k}`] : [])] });
  }
  return out;
}

export class Announcer {
  constructor(
    private readonly store: AnnouncedStore,
    private readonly send: (payload: MessagePayload) => Promise<void>,
    private readonly log: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * At start-up: the first time (no state file), everything already in the
   * index counts as announced, so enabling announcements does not flood the
   * channel with the whole dossier.
   */
  async prepare(documents: readonly ParsedDocument[]): Promise<void> {
    const { problem } = await this.store.load();
    if (problem) this.log.warn(`Aankondigingen: ${problem}; wat nu in de index staat, telt als aangekondigd.`);
    if (this.store.existed) return;
    for (const a of pendingAnnouncements(documents, this.store)) for (const k of a.keys) this.store.add(k, this.now());
    await this.store.save();
    this.log.info(`Aankondigingen: ${documents.length} bestaande vragen als aangekondigd genoteerd; alleen nieuwe worden gemeld.`);
  }

  /** Announces what is new in `documents`; returns how many messages were posted. */
  async announce(documents: readonly ParsedDocument[]): Promise<number> {
    let posted = 0;
    for (const a of pendingAnnouncements(documents, this.store)) {
      const fresh = a.keys.filter((k) => !this.store.has(k));
      for (const k of fresh) this.store.add(k, this.now());
      await this.store.save();
      try {
        await this.send(renderAnnouncement(a.doc, a.kind));
        posted++;
      } catch (err) {
        for (const k of fresh) this.store.delete(k);
        await this.store.save();
        this.log.warn(`Aankondiging van vraag nr. ${a.doc.questionNumber} niet verstuurd; volgende keer opnieuw`, err);
      }
    }
    return posted;
  }
}
