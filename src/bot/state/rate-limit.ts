import type { BotConfig } from '../startup/config.js';

/**
 * Per-user sliding-window limit on questions: at most `max` within
 * `windowMs`. Memory stays bounded: timestamps older than the window are
 * dropped on every call and idle users are swept out.
 */
type RateDecision = { ok: true; remaining: number } | { ok: false; retryAfterMs: number };

export class RateLimiter {
  readonly #hits = new Map<string, number[]>();
  #lastSweep = 0;

  constructor(
    readonly max: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {
    if (!(max >= 1) || !(windowMs >= 1)) throw new RangeError('rate limit needs max ≥ 1 and window ≥ 1 ms');
  }

  /** Counts one question for `key` when allowed. */
  take(key: string): RateDecision {
    const t = this.now();
    this.#sweep(t);
    const recent = (this.#hits.get(key) ?? []).filter((h) => t - h < this.windowMs);
    if (recent.length >= this.max) {
      this.#hits.set(key, recent);
      return { ok: false, retryAfterMs: Math.max(1, recent[0]! + this.windowMs - t) };
    }
    recent.push(t);
    this.#hits.set(key, recent);
    return { ok: true, remaining: this.max - recent.length };
  }

  /** Tracked users (for tests). */
  get size(): number {
    return this.#hits.size;
  }

  #sweep(t: number): void {
    if (t - this.#lastSweep < this.windowMs) return;
    this.#lastSweep = t;
    for (const [key, hits] of this.#hits) {
      if (hits.every((h) => t - h >= this.windowMs)) this.#hits.delete(key);
    }
  }
}

export function rateLimitMessage(retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `Rustig aan: je stelde net veel vragen na elkaar. Probeer het over ${seconds} ${seconds === 1 ? 'seconde' : 'seconden'} opnieuw.`;
}

/**
 * Two budgets per user: `questions` for replies that run a search, `replies`
 * for the rest (buttons, autocomplete, look-ups, help). The second is larger
 * because Discord sends an autocomplete request for nearly every keystroke.
 */
export type RateLimits = Record<'questions' | 'replies', RateLimiter>;

const REPLIES_PER_QUESTION = 10;

export function createRateLimits(config: Pick<BotConfig, 'RATE_LIMIT_QUESTIONS' | 'RATE_LIMIT_WINDOW_SECONDS'>, now: () => number = Date.now): RateLimits {
  const windowMs = config.RATE_LIMIT_WINDOW_SECONDS * 1000;
  return {
    questions: new RateLimiter(config.RATE_LIMIT_QUESTIONS, windowMs, now),
    replies: new RateLimiter(config.RATE_LIMIT_QUESTIONS * REPLIES_PER_QUESTION, windowMs, now),
  };
}
