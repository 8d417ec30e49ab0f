import { describe, expect, it } from 'vitest';
import { RateLimiter, rateLimitMessage } from '../../src/bot/state/rate-limit.js';

describe('RateLimiter', () => {
  it('allows 5 questions per 30 s per user, then asks to wait', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(5, 30_000, () => now);
    for (let i = 0; i < 5; i++) expect(limiter.take('u1').ok).toBe(true);
    const denied = limiter.take('u1');
    expect(denied).toEqual({ ok: false, retryAfterMs: 30_000 });
    // Another user is not affected.
    expect(limiter.take('u2').ok).toBe(true);
    now += 29_999;
    expect(limiter.take('u1').ok).toBe(false);
    now += 1;
    expect(limiter.take('u1').ok).toBe(true);
  });

  it('is a sliding window', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 10_000, () => now);
    limiter.take('u');
    now = 6000;
    limiter.take('u');
    now = 9000;
    const d = limiter.take('u');
    expect(d).toEqual({ ok: false, retryAfterMs: 1000 });
    now = 10_000;
    expect(limiter.take('u').ok).toBe(true);
    now = 12_000;
    expect(limiter.take('u').ok).toBe(false);
  });

  it('does not count denied attempts', () => {
    let now = 0;
    const limiter = new RateLimiter(1, 1000, () => now);
    limiter.take('u');
    for (let i = 0; i < 10; i++) limiter.take('u');
    now = 1000;
    expect(limiter.take('u').ok).toBe(true);
  });

  it('forgets idle users', () => {
    let now = 0;
    const limiter = new RateLimiter(5, 1000, () => now);
    for (let i = 0; i < 100; i++) limiter.take(`user-${i}`);
    expect(limiter.size).toBe(100);
    now = 5000;
    limiter.take('x');
    expect(limiter.size).toBe(1);
  });

  it('is configurable and validates its settings', () => {
    expect(() => new RateLimiter(0, 1000)).toThrow();
    const limiter = new RateLimiter(1, 1000, () => 0);
    expect(limiter.take('u').ok).toBe(true);
    expect(limiter.take('u').ok).toBe(false);
  });

  it('says politely how long to wait, in Dutch', () => {
    expect(rateLimitMessage(1)).toMatch(/over 1 seconde opnieuw/);
    expect(rateLimitMessage(12_300)).toMatch(/over 13 seconden opnieuw/);
  });
});
