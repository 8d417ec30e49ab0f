import { describe, expect, it } from 'vitest';
import { ConfigError, loadCoreConfig } from '../../src/config.js';

describe('sync configuration', () => {
  it('has polite defaults, everything off that posts or runs on its own; empty means the default', () => {
    const c = loadCoreConfig({ SYNC_USER_AGENT: '', SYNC_PAUSE_MS: '', ANNOUNCE_CHANNEL_ID: '' });
    expect(c).toMatchObject({
      VP_API_URL: 'https://ws.vlpar.be',
      DOSSIER_QUERY: 'integratiepact',
      SYNC_CONCURRENCY: 2,
      SYNC_PAUSE_MS: 1000,
      SYNC_TIMEOUT_MS: 30_000,
      SYNC_RETRIES: 3,
      SYNC_PAGE_SIZE: 100,
      SYNC_INTERVAL_HOURS: 0,
      ANNOUNCE_STATE_FILE: 'data/announced.json',
    });
    expect(c.SYNC_USER_AGENT).toMatch(/^integratiepact-bot\//);
    expect(c.ANNOUNCE_CHANNEL_ID).toBeUndefined();
  });

  it.each([
    ['SYNC_CONCURRENCY', '3'],
    ['SYNC_PAGE_SIZE', '500'],
    ['VP_API_URL', 'geen url'],
    ['ANNOUNCE_CHANNEL_ID', 'kanaal'],
    ['SYNC_INTERVAL_HOURS', '-1'],
  ])('rejects %s=%s with one line naming it', (name, value) => {
    expect(() => loadCoreConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadCoreConfig({ [name]: value })).toThrow(new RegExp(`^Ongeldige configuratie — ${name}: `));
  });
});
