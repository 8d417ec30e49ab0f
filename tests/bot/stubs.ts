import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadBotConfig } from '../../src/bot/startup/config.js';
import type { BotContext } from '../../src/bot/state/context.js';
import { FeedbackWriter } from '../../src/bot/state/feedback.js';
import { IndexHolder } from '../../src/bot/state/index-holder.js';
import type { Logger } from '../../src/bot/state/log.js';
import { createRateLimits } from '../../src/bot/state/rate-limit.js';
import { Reindexer, type ReindexDeps } from '../../src/bot/state/reindexer.js';
import { SessionStore } from '../../src/bot/state/sessions.js';
import type { LoadedIndex } from '../../src/search/loaded-index.js';

/**
 * Hand-made stand-ins for discord.js interactions and messages: just the
 * members the handlers use, recording every call. Unit-level only; the
 * end-to-end tests run the real client against a fake Discord.
 */

export interface Call {
  method: string;
  options: Record<string, unknown> | undefined;
}

export function captureLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const add = (level: string) => (m: string, extra?: unknown) => lines.push(`${level} ${m}${extra instanceof Error ? ` — ${extra.message}` : ''}`);
  return { lines, debug: add('debug'), info: add('info'), warn: add('warn'), error: add('error') };
}

export async function makeContext(index: LoadedIndex, env: Record<string, string> = {}, deps?: ReindexDeps): Promise<BotContext & { log: ReturnType<typeof captureLogger>; feedbackFile: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ip-bot-ctx-'));
  const feedbackFile = path.join(dir, 'feedback.jsonl');
  const config = loadBotConfig({ INDEX_DIR: dir, FEEDBACK_FILE: feedbackFile, RETRIEVAL_MODE: 'keyword', ...env });
  const holder = new IndexHolder({ index, embedder: null, embedderProblem: null, retrieval: { mode: 'keyword', keywordOnly: { kind: 'no-vectors' } } });
  const log = captureLogger();
  return {
    config,
    holder,
    log,
    rateLimits: createRateLimits(config),
    sessions: new SessionStore(),
    feedback: new FeedbackWriter(feedbackFile),
    reindexer: new Reindexer(config, holder, log, deps),
    version: '0.1.0-test',
    startedAt: Date.now() - 5000,
    now: Date.now,
    stopping: false,
    feedbackFile,
  };
}

interface Base {
  calls: Call[];
  deferred: boolean;
  replied: boolean;
  ephemeral: boolean | null;
}

/** What every interaction carries: its id and who sent it, in a server, without permissions. */
const interactionBase = () => ({
  id: '900000000000000001',
  user: { id: '100000000000000001' },
  member: { roles: [] as string[] },
  memberPermissions: { bitfield: 0n },
  inGuild: () => true,
  isAutocomplete: () => false,
  isChatInputCommand: () => false,
  isButton: () => false,
});

function repliable(): Base & Record<string, unknown> {
  const self: Base & Record<string, unknown> = { calls: [], deferred: false, replied: false, ephemeral: null, ...interactionBase() };
  const record = (method: string, then?: (o: Record<string, unknown> | undefined) => void) => async (options?: Record<string, unknown>) => {
    self.calls.push({ method, options });
    then?.(options);
    return {};
  };
  Object.assign(self, {
    reply: record('reply', (o) => {
      self.replied = true;
      self.ephemeral = Boolean((Number(o?.flags ?? 0) & 64) !== 0);
    }),
    deferReply: record('deferReply', (o) => {
      self.deferred = true;
      self.ephemeral = Boolean((Number(o?.flags ?? 0) & 64) !== 0);
    }),
    editReply: record('editReply'),
    followUp: record('followUp'),
    deleteReply: record('deleteReply'),
    update: record('update', () => (self.replied = true)),
    deferUpdate: record('deferUpdate', () => (self.deferred = true)),
  });
  return self;
}

export type Stub = Base & Record<string, unknown> & { calls: Call[] };

export function chatInput(commandName: string, values: Record<string, string | number | boolean | undefined>, extra: Record<string, unknown> = {}): Stub {
  const self = repliable();
  Object.assign(self, {
    commandName,
    isChatInputCommand: () => true,
    options: {
      getString: (name: string, required?: boolean) => {
        const v = values[name];
        if (v === undefined && required) throw new Error(`missing ${name}`);
        return v === undefined ? null : String(v);
      },
      getInteger: (name: string, required?: boolean) => {
        const v = values[name];
        if (v === undefined && required) throw new Error(`missing ${name}`);
        return v === undefined ? null : Number(v);
      },
      getBoolean: (name: string) => (values[name] === undefined ? null : Boolean(values[name])),
    },
    ...extra,
  });
  return self as Stub;
}

export function buttonPress(customId: string, extra: Record<string, unknown> = {}): Stub {
  const self = repliable();
  Object.assign(self, {
    customId,
    isButton: () => true,
    message: { flags: { has: () => false } },
    ...extra,
  });
  return self as Stub;
}

export function autocomplete(commandName: string, focused: { name: string; value: string }): { responded: boolean; choices: unknown[] | null } & Record<string, unknown> {
  const self = {
    ...interactionBase(),
    commandName,
    responded: false,
    choices: null as unknown[] | null,
    isAutocomplete: () => true,
    options: { getFocused: () => focused },
    respond: async (choices: unknown[]) => {
      self.responded = true;
      self.choices = choices;
    },
  };
  return self;
}

/** The payload of the last call that sent something. */
export function lastSent(stub: { calls: Call[] }): Record<string, unknown> {
  const sent = stub.calls.filter((c) => c.method !== 'deferReply' && c.method !== 'deferUpdate' && c.method !== 'deleteReply');
  return sent[sent.length - 1]?.options ?? {};
}

export const isEphemeralReply = (o: Record<string, unknown>) => (Number(o.flags ?? 0) & 64) !== 0;
