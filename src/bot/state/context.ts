import type { BotConfig } from '../startup/config.js';
import type { FeedbackWriter } from './feedback.js';
import type { IndexHolder } from './index-holder.js';
import type { Logger } from './log.js';
import type { RateLimits } from './rate-limit.js';
import type { Reindexer } from './reindexer.js';
import type { SessionStore } from './sessions.js';

/** Everything a handler needs, created once at start-up (and by hand in tests). */
export interface BotContext {
  config: BotConfig;
  holder: IndexHolder;
  log: Logger;
  rateLimits: RateLimits;
  sessions: SessionStore;
  feedback: FeedbackWriter;
  reindexer: Reindexer;
  version: string;
  startedAt: number;
  now: () => number;
  /** Set on SIGINT/SIGTERM: no new work is accepted. */
  stopping: boolean;
}
