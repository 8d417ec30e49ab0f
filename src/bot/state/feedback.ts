import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * 👍/👎 votes as JSON lines. Deliberately without user, guild or channel ids,
 * also not inside the query text (mentions are removed): the file says which
 * answers helped, not who asked or whom they named.
 */

interface FeedbackRecord {
  query: string;
  questionNumber: number;
  item: string | null;
  vote: 'up' | 'down';
  time: string;
}

/** User, role and channel mentions (`<@1…>`, `<@!1…>`, `<@&1…>`, `<#1…>`): ids, not words of the question. */
const MENTION = /\s*<(?:@[!&]?|#)\d+>\s*/g;

/** The query as stored: without mentions (one space where they stood). */
export function queryWithoutMentions(query: string): string {
  return query.replace(MENTION, ' ').trim();
}

/** Only the documented fields, in a fixed order, whatever the caller passes. */
export function feedbackLine(r: FeedbackRecord): string {
  const clean: FeedbackRecord = { query: queryWithoutMentions(r.query), questionNumber: r.questionNumber, item: r.item, vote: r.vote, time: r.time };
  return JSON.stringify(clean) + '\n';
}

export class FeedbackWriter {
  #queue: Promise<void> = Promise.resolve();

  constructor(readonly file: string) {}

  /** Appends one line; writes are serialised so concurrent votes never interleave. */
  append(record: FeedbackRecord): Promise<void> {
    const line = feedbackLine(record);
    const run = this.#queue.then(async () => {
      await mkdir(dirname(this.file), { recursive: true });
      await appendFile(this.file, line, 'utf8');
    });
    this.#queue = run.catch(() => {});
    return run;
  }
}
