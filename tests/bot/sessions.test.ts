import { describe, expect, it } from 'vitest';
import { newSessionId, SESSION_ID_PATTERN, SessionStore } from '../../src/bot/state/sessions.js';

describe('SessionStore', () => {
  it('makes ids that custom ids accept', () => {
    for (let i = 0; i < 100; i++) expect(newSessionId()).toMatch(SESSION_ID_PATTERN);
  });

  it('expires sessions 15 minutes after their last use', () => {
    let now = 0;
    const store = new SessionStore(10, 15 * 60_000, () => now);
    const { id } = store.create({ query: 'q', filters: {}, limit: 3 });
    now = 14 * 60_000;
    expect(store.get(id)?.query).toBe('q');
    now = 28 * 60_000; // 14 minutes after the last use
    expect(store.get(id)).not.toBeNull();
    now = 44 * 60_000;
    expect(store.get(id)).toBeNull();
    expect(store.size).toBe(0);
  });

  it('is bounded: the least recently used goes first', () => {
    let n = 0;
    const store = new SessionStore(3, 60_000, () => 0, () => `id${String(n++).padStart(8, '0')}`);
    const a = store.create({ query: 'a', filters: {}, limit: 3 }).id;
    const b = store.create({ query: 'b', filters: {}, limit: 3 }).id;
    const c = store.create({ query: 'c', filters: {}, limit: 3 }).id;
    store.get(a); // a is now the most recent
    const d = store.create({ query: 'd', filters: {}, limit: 3 }).id;
    expect(store.size).toBe(3);
    expect(store.get(b)).toBeNull();
    expect(store.get(a)?.query).toBe('a');
    expect(store.get(c)?.query).toBe('c');
    expect(store.get(d)?.query).toBe('d');
  });

  it('returns null for unknown ids', () => {
    expect(new SessionStore().get('zzzzzzzzzz')).toBeNull();
  });
});
