import { describe, expect, it } from 'vitest';
import { createLogger, pseudonymizeIds, redact } from '../../src/bot/state/log.js';
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

describe('Discord ids in the log', () => {
  const USER = '1400000000000000001';
  const OTHER = '1400000000000000002';

  it('become pseudonyms by default: the same id the same pseudonym within a run, other numbers untouched', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'debug', write: (_, l) => lines.push(l), now: () => new Date(0), logUserIds: false });
    log.debug(`/vraag door ${USER}`);
    log.debug(`/status door ${USER}, daarna <@${OTHER}>`);
    log.error('Fout ABCD in /vraag', new Error(`Unknown interaction ${USER} (code 10062, 1732828737000 ms)`));
    const all = lines.join('\n');
    expect(all).not.toContain(USER);
    expect(all).not.toContain(OTHER);
    const first = /door (\[id:[0-9a-f]{6}\])/.exec(lines[0]!)![1]!;
    expect(lines[1]).toContain(`door ${first}`);
    expect(lines[1]).not.toContain(`<@${first}>`);
    expect(lines[2]).toContain(first);
    expect(lines[2]).toContain('10062, 1732828737000 ms');
  });

  it('stay as they are when asked for (LOG_USER_IDS=true)', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'debug', write: (_, l) => lines.push(l), logUserIds: true });
    log.debug(`/vraag door ${USER}`);
    expect(lines[0]).toContain(USER);
  });

  it('follow LOG_USER_IDS from the environment when not configured', () => {
    const saved = process.env['LOG_USER_IDS'];
    try {
      for (const [value, kept] of [['true', true], ['', false], [undefined, false]] as const) {
        if (value === undefined) delete process.env['LOG_USER_IDS'];
        else process.env['LOG_USER_IDS'] = value;
        const lines: string[] = [];
        createLogger({ level: 'info', write: (_, l) => lines.push(l) }).info(`door ${USER}`);
        expect(lines[0]!.includes(USER)).toBe(kept);
      }
    } finally {
      if (saved === undefined) delete process.env['LOG_USER_IDS'];
      else process.env['LOG_USER_IDS'] = saved;
    }
  });

  it('pseudonyms depend on the key: no id can be looked up across runs', () => {
    expect(pseudonymizeIds(USER, Buffer.alloc(32, 1))).not.toBe(pseudonymizeIds(USER, Buffer.alloc(32, 2)));
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
