import { randomBytes } from 'node:crypto';
import type { AnswerFilters } from '../../answer/index.js';

/**
 * Recent answers, so the buttons under them ("Meer resultaten", 👍/👎) can
 * recover the query without putting it in a 100-character custom id.
 * Bounded (least recently used goes first) and expiring.
 */

interface ShownPassage {
  questionNumber: number;
  item: string | null;
}

interface ResultSession {
  query: string;
  filters: AnswerFilters;
  limit: number;
  /** Passages shown per page offset, for feedback. */
  shown: Map<number, ShownPassage[]>;
  /** `${offset}:${user}`: one vote per user per page, kept in memory only. */
  votes: Set<string>;
}

export const SESSION_ID_PATTERN = /^[0-9a-z]{10}$/;

export function newSessionId(): string {
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
  return [...randomBytes(10)].map((b) => alphabet[b % alphabet.length]).join('');
}

export class SessionStore {
  readonly #entries = new Map<string, { session: ResultSession; touched: number }>();

  constructor(
    readonly maxEntries = 500,
    readonly ttlMs = 15 * 60_000,
    private readonly now: () => number = Date.now,
    private readonly newId: () => string = newSessionId,
  ) {}

  create(session: Omit<ResultSession, 'shown' | 'votes'>): { id: string; session: ResultSession } {
    let id = this.newId();
    while (this.#entries.has(id)) id = this.newId();
    const full: ResultSession = { ...session, shown: new Map(), votes: new Set() };
    this.#entries.set(id, { session: full, touched: this.now() });
    while (this.#entries.size > this.maxEntries) {
      // Map iteration order is insertion order; `get` re-inserts, so the first key is the LRU.
      const oldest = this.#entries.keys().next().value as string;
      this.#entries.delete(oldest);
    }
    return { id, session: full };
  }

  /** The session, refreshed; null when unknown or expired. */
  get(id: string): ResultSession | null {
    const entry = this.#entries.get(id);
    if (!entry) return null;
    const t = this.now();
    if (t - entry.touched > this.ttlMs) {
      this.#entries.delete(id);
      return null;
    }
    this.#entries.delete(id);
    this.#entries.set(id, { session: entry.session, touched: t });
    return entry.session;
  }

  get size(): number {
    return this.#entries.size;
  }
}

export const SESSION_EXPIRED_MESSAGE =
  'Dit antwoord is verlopen (knoppen werken 15 minuten na de laatste vraag). Stel je vraag opnieuw met /vraag.';
