import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * 👍/👎 votes as JSON lines. Deliberately without user, guild or channel ids:
 * the file says which answers helped, not who asked.
 */

interface FeedbackRecord {
  query: string;
  questionNumber: number;
  item: string | null;
  vote: 'up' | 'down';
  time: string;
}

/** Only the documented fields, in a fixed order, whatever the caller passes. */
export function feedbackLine(r: FeedbackRecord): string {
  const clean: FeedbackRecord = { query: r.query, questionNumber: r.questionNumber, item: r.item, vote: r.vote, time: r.time };
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
