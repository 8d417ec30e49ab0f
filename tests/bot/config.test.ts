import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.js';
import { loadBotConfig, MissingTokenError, requireToken } from '../../src/bot/startup/config.js';

describe('bot config', () => {
  it('has the documented defaults', () => {
    const c = loadBotConfig({});
    expect(c).toMatchObject({
      ADMIN_ROLE_IDS: [],
      RATE_LIMIT_QUESTIONS: 5,
      RATE_LIMIT_WINDOW_SECONDS: 30,
      FEEDBACK_FILE: 'data/feedback.jsonl',
      REGISTER_COMMANDS_ON_START: false,
      LOG_LEVEL: 'info',
      CORPUS_DIR: 'corpus',
      INDEX_DIR: 'index',
    });
    expect(c.DISCORD_TOKEN).toBeUndefined();
    expect(c.DISCORD_API_URL).toBeUndefined();
  });

  it('parses every variable', () => {
    const c = loadBotConfig({
      DISCORD_TOKEN: 'Bot abc.def.ghi',
      DISCORD_CLIENT_ID: '123456789012345678',
      DISCORD_GUILD_ID: '876543210987654321',
      DISCORD_API_URL: 'http://127.0.0.1:3000/api',
      ADMIN_ROLE_IDS: ' 111, 222 ,,',
      RATE_LIMIT_QUESTIONS: '2',
      RATE_LIMIT_WINDOW_SECONDS: '10',
      FEEDBACK_FILE: '/tmp/fb.jsonl',
      REGISTER_COMMANDS_ON_START: 'true',
      LOG_LEVEL: 'DEBUG',
    });
    expect(c).toMatchObject({
      DISCORD_TOKEN: 'abc.def.ghi',
      DISCORD_CLIENT_ID: '123456789012345678',
      DISCORD_GUILD_ID: '876543210987654321',
      DISCORD_API_URL: 'http://127.0.0.1:3000/api',
      ADMIN_ROLE_IDS: ['111', '222'],
      RATE_LIMIT_QUESTIONS: 2,
      RATE_LIMIT_WINDOW_SECONDS: 10,
      FEEDBACK_FILE: '/tmp/fb.jsonl',
      REGISTER_COMMANDS_ON_START: true,
      LOG_LEVEL: 'debug',
    });
  });

  it('treats empty strings as unset', () => {
    const c = loadBotConfig({ DISCORD_TOKEN: '  ', DISCORD_GUILD_ID: '', DISCORD_API_URL: '', REGISTER_COMMANDS_ON_START: '', LOG_LEVEL: '' });
    expect(c.DISCORD_TOKEN).toBeUndefined();
    expect(c.DISCORD_GUILD_ID).toBeUndefined();
    expect(c.REGISTER_COMMANDS_ON_START).toBe(false);
    expect(c.LOG_LEVEL).toBe('info');
  });

  it.each([
    ['DISCORD_API_URL', 'geen url'],
    ['ADMIN_ROLE_IDS', '123,abc'],
    ['DISCORD_GUILD_ID', 'server'],
    ['RATE_LIMIT_QUESTIONS', '0'],
    ['RATE_LIMIT_WINDOW_SECONDS', '-5'],
    ['REGISTER_COMMANDS_ON_START', 'misschien'],
    ['LOG_LEVEL', 'loud'],
  ])('rejects a bad %s with a message naming it', (name, value) => {
    expect(() => loadBotConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadBotConfig({ [name]: value })).toThrow(name);
  });

  it('requires the token only when starting, with one clear line', () => {
    expect(() => requireToken(loadBotConfig({}))).toThrow(MissingTokenError);
    try {
      requireToken(loadBotConfig({}));
    } catch (err) {
      expect((err as Error).message).toMatch(/^DISCORD_TOKEN ontbreekt/);
      expect((err as Error).message).not.toContain('\n');
    }
    expect(requireToken(loadBotConfig({ DISCORD_TOKEN: 'x' }))).toBe('x');
  });

  it('never puts the token value in an error message', () => {
    const token = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz0123';
    try {
      loadBotConfig({ DISCORD_TOKEN: token, LOG_LEVEL: 'nope' });
    } catch (err) {
      expect((err as Error).message).not.toContain(token);
    }
  });
});
