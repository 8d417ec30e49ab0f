import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedbackWriter, feedbackLine, queryWithoutMentions } from '../../src/bot/state/feedback.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ip-bot-feedback-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('feedback JSONL', () => {
  it('writes only query, questionNumber, item, vote and time', () => {
    const line = feedbackLine({
      query: 'Hoeveel projecten?',
      questionNumber: 455,
      item: '2',
      vote: 'up',
      time: '2026-01-01T00:00:00.000Z',
      // Even when a caller passes more, it is not written.
      ...({ userId: '123456789012345678', guildId: '42', channelId: '7' } as object),
    });
    expect(line.endsWith('\n')).toBe(true);
    const parsed = JSON.parse(line);
    expect(Object.keys(parsed)).toEqual(['query', 'questionNumber', 'item', 'vote', 'time']);
    expect(line).not.toContain('123456789012345678');
  });

  it('stores the query without user, role or channel mentions', () => {
    const query = '<@1400000000000000001> Hoeveel projecten <@!1400000000000000002> werden <@&1500000000000000003> ingediend in <#1600000000000000004>?';
    const line = feedbackLine({ query, questionNumber: 455, item: '2', vote: 'down', time: 't' });
    expect(JSON.parse(line).query).toBe('Hoeveel projecten werden ingediend in ?');
    expect(line).not.toMatch(/\d{17}/);
    // Everything else stays as typed.
    expect(queryWithoutMentions('Wat  kost\nhet <pact>? @everyone 2018/2019')).toBe('Wat  kost\nhet <pact>? @everyone 2018/2019');
  });

  it('appends lines to a new file in a new folder, concurrently without interleaving', async () => {
    const file = path.join(dir, 'sub', 'feedback.jsonl');
    const writer = new FeedbackWriter(file);
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        writer.append({ query: `vraag ${i} ${'x'.repeat(5000)}`, questionNumber: i, item: null, vote: i % 2 ? 'up' : 'down', time: new Date(0).toISOString() }),
      ),
    );
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(50);
    const records = lines.map((l) => JSON.parse(l));
    expect(records.map((r) => r.questionNumber)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(records[1]).toMatchObject({ vote: 'up', item: null });
  });

  it('keeps working after a failed write', async () => {
    const blocked = path.join(dir, 'file-not-dir');
    await new FeedbackWriter(blocked).append({ query: 'a', questionNumber: 1, item: null, vote: 'up', time: 't' });
    const writer = new FeedbackWriter(path.join(blocked, 'x.jsonl'));
    await expect(writer.append({ query: 'a', questionNumber: 1, item: null, vote: 'up', time: 't' })).rejects.toThrow();
    await expect(writer.append({ query: 'a', questionNumber: 1, item: null, vote: 'up', time: 't' })).rejects.toThrow();
  });
});
