import { randomBytes } from 'node:crypto';
import { errorMessage } from '../render/help.js';
import type { MessagePayload } from '../render/payload.js';
import type { BotContext } from '../state/context.js';

/** Short id shown to the user and written to the log, to find one failure among many. */
function newErrorId(): string {
  // Base32 without look-alikes (no 0/O, 1/I/L): easy to read back from a screenshot.
  const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
  return [...randomBytes(4)].map((b) => alphabet[b % alphabet.length]).join('');
}

/**
 * Runs `work`; a failure is logged as "Fout <id> <where>" and the user gets
 * "Er ging iets mis (fout-id <id>)" through `tell`. Nothing escapes to crash
 * the bot.
 */
export async function reportingFailures(ctx: BotContext, where: string, tell: (p: MessagePayload) => Promise<unknown>, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (err) {
    const errorId = newErrorId();
    ctx.log.error(`Fout ${errorId} ${where}`, err);
    await tell(errorMessage(errorId)).catch((e: unknown) => ctx.log.warn(`Foutmelding ${errorId} niet verstuurd`, e));
  }
}
