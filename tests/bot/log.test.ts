import { describe, expect, it } from 'vitest';
import { createLogger, redact } from '../../src/bot/state/log.js';
import { isTokenRejection } from '../../src/bot/startup/token.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789';

describe('redact', () => {
  it('hides the configured secret everywhere', () => {
    expect(redact(`token=${TOKEN} again ${TOKEN}`, [TOKEN])).toBe('token=[verborgen] again [verborgen]');
  });

  it('hides anything shaped like a Discord token, even unconfigured', () => {
    expect(redact(`Authorization: Bot ${TOKEN}`)).toBe('Authorization: Bot [verborgen]');
  });

  it('hides the censored form discord.js logs, and the token parts', () => {
    expect(redact('Provided token: MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GaBcDe.************************************')).toBe('Provided token: [verborgen]');
    expect(redact('id MTIzNDU2Nzg5MDEyMzQ1Njc4OQ alleen', [TOKEN])).toBe('id [verborgen] alleen');
  });

  it('ignores very short secrets and leaves ordinary text alone', () => {
    expect(redact('de index is klaar', ['de'])).toBe('de index is klaar');
  });
});

describe('logger', () => {
  it('redacts messages, errors and stacks, and respects the level', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'info', secrets: [TOKEN], write: (_, l) => lines.push(l), now: () => new Date(0) });
    log.debug('niet te zien');
    const err = new Error(`login with ${TOKEN} failed`);
    log.error(`inloggen met ${TOKEN}`, err);
    log.info('Klaar: 1 documenten');
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).not.toContain(TOKEN);
    expect(lines[0]).toMatch(/^1970-01-01T00:00:00.000Z ERROR inloggen met \[verborgen\] — Error: login with \[verborgen\] failed/);
    expect(lines[1]).toBe('1970-01-01T00:00:00.000Z INFO Klaar: 1 documenten');
  });
});

describe('isTokenRejection', () => {
  it('recognises every way Discord says the token is bad', () => {
    expect(isTokenRejection(Object.assign(new Error('An invalid token was provided.'), { code: 'TokenInvalid' }))).toBe(true);
    expect(isTokenRejection(new Error('Authentication failed'))).toBe(true);
    expect(isTokenRejection({ code: 4004 })).toBe(true);
    expect(isTokenRejection({ status: 401, code: 0, url: 'http://127.0.0.1:1/api/v10/applications/1/commands' })).toBe(true);
  });

  it('does not mistake other failures for a bad token', () => {
    expect(isTokenRejection(new Error('ECONNREFUSED'))).toBe(false);
    expect(isTokenRejection({ status: 403, code: 50001 })).toBe(false);
    // An expired interaction token is not the bot token.
    expect(isTokenRejection({ status: 401, code: 50027, url: 'http://127.0.0.1:1/api/v10/webhooks/1/abc/messages/@original' })).toBe(false);
    expect(isTokenRejection({ status: 401, code: 0, url: 'http://127.0.0.1:1/api/v10/interactions/1/abc/callback' })).toBe(false);
    expect(isTokenRejection(null)).toBe(false);
    expect(isTokenRejection('Authentication failed')).toBe(false);
  });
});
