/**
 * End-to-end harness: the real bot (`src/bot/main.ts`, spawned exactly like
 * `npm start`) against FakeDiscord on 127.0.0.1, with a temporary corpus and
 * index. Nothing here reaches the internet or a model hub: the child gets
 * ALLOW_REMOTE_MODELS=false and either RETRIEVAL_MODE=keyword or a generated
 * tiny model through EMBEDDING_MODEL_PATH.
 *
 *   const h = await Harness.create({ fixtures: true });
 *   await h.startBot();                       // waits for "Klaar", READY and the command registration
 *   const x = h.slash('vraag', { tekst: '…' });
 *   const m = await finish(h.fake, x);        // callback (+ edit of a deferred reply); 2xx, allowed_mentions
 *   await h.stopBot();                        // SIGTERM → exit code 0 (asserted)
 *   expectAllSound(h.fake);                   // every request of the process: 2xx, no pings, nothing deleted
 *   await h.dispose();                        // fake stopped, temp folder removed (a leftover process is killed)
 *
 * Child environment: everything the bot reads is set explicitly (an empty string where unused),
 * so neither the developer's environment nor a .env file in the repository changes a test.
 *
 * Time: no test asserts how fast the bot acknowledges (Discord's 3 s). Every interaction's
 * acknowledgement latency is measured and printed per file (count, p50, p95, max; see
 * `acknowledgementSummary`); the only bound is liveness: a callback arrives at all before
 * the wait times out. The fake accepts late callbacks (`LIVENESS_MS`) for that reason.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import {
  FakeDiscord,
  type AutocompleteOptions,
  type ChatInputOptions,
  type ComponentOptions,
  type FakeDiscordOptions,
  type InteractionHandle,
  type InteractionResponseRecord,
  type JsonObject,
  type MessageCreateOptions,
  type RecordedRequest,
} from '../helpers/fake-discord/index.js';
import { startScript } from '../helpers/spawn.js';
import { copyCorpus, tempDir } from '../helpers/workspace.js';

/** Shaped like a real bot token (id . timestamp . hmac), so the redaction patterns are exercised too. */
export const BOT_TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.GxE2eT.fake-discord-e2e-token-never-printed';

/** Discord's limit for the first response to an interaction: reported against, never asserted. */
export const INTERACTION_DEADLINE_MS = 3_000;

/** How late the fake still accepts a first response: only "acknowledged at all" is checked. */
const LIVENESS_MS = 60_000;

/** Every exchange of this test file, for the acknowledgement summary. */
const exchanges: Exchange[] = [];

const BOT_ENTRY = 'src/bot/main.ts';
const CHANNEL_MESSAGES = /^\/channels\/\d+\/messages$/;

// ---------------------------------------------------------------------------------------------
// One spawned process, its output and its exit
// ---------------------------------------------------------------------------------------------

export interface OutputLine {
  stream: 'stdout' | 'stderr';
  text: string;
  /** When the test process received it (≥ when the bot wrote it). */
  at: number;
}

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export class BotProcess {
  readonly lines: OutputLine[] = [];
  stdout = '';
  stderr = '';
  readonly exited: Promise<ExitInfo>;
  exit: ExitInfo | null = null;
  readonly #partial = { stdout: '', stderr: '' };
  readonly #listeners = new Set<() => void>();

  constructor(readonly child: ChildProcess) {
    for (const stream of ['stdout', 'stderr'] as const) {
      child[stream]!.setEncoding('utf8');
      child[stream]!.on('data', (chunk: string) => this.#onData(stream, chunk));
    }
    this.exited = new Promise((resolve) => {
      child.once('close', (code, signal) => {
        for (const stream of ['stdout', 'stderr'] as const) {
          if (this.#partial[stream]) this.lines.push({ stream, text: this.#partial[stream], at: Date.now() });
          this.#partial[stream] = '';
        }
        this.exit = { code, signal };
        this.#notify();
        resolve(this.exit);
      });
    });
  }

  get pid(): number {
    return this.child.pid!;
  }

  get running(): boolean {
    return this.exit === null;
  }

  #onData(stream: 'stdout' | 'stderr', chunk: string): void {
    this[stream] += chunk;
    const parts = (this.#partial[stream] + chunk).split('\n');
    this.#partial[stream] = parts.pop() ?? '';
    const at = Date.now();
    for (const text of parts) this.lines.push({ stream, text, at });
    this.#notify();
  }

  #notify(): void {
    for (const l of [...this.#listeners]) l();
  }

  /** The first line (past or future) matching `re`; rejects on timeout or when the process exits first. */
  waitForLine(re: RegExp, options: { stream?: 'stdout' | 'stderr'; timeoutMs?: number; after?: number } = {}): Promise<OutputLine> {
    const { stream, timeoutMs = 30_000, after = 0 } = options;
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const hit = this.lines.find((l, i) => i >= after && (!stream || l.stream === stream) && re.test(l.text));
        if (hit) {
          done();
          resolve(hit);
          return true;
        }
        if (this.exit) {
          done();
          reject(new Error(`bot exited (${JSON.stringify(this.exit)}) before printing ${re}\n${this.tail()}`));
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${re} from the bot\n${this.tail()}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.#listeners.delete(listener);
      };
      const listener = () => void check();
      this.#listeners.add(listener);
      check();
    });
  }

  /** The last lines of output, for failure messages. */
  tail(n = 40): string {
    return this.lines
      .slice(-n)
      .map((l) => `[bot ${l.stream}] ${l.text}`)
      .join('\n');
  }

  /** SIGTERM and wait for the exit; SIGKILL (and report) when it does not come within `timeoutMs`. */
  async stop(timeoutMs = 15_000): Promise<ExitInfo & { killed: boolean }> {
    if (this.exit) return { ...this.exit, killed: false };
    this.child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    const outcome = await Promise.race([this.exited, timedOut]);
    clearTimeout(timer);
    if (outcome !== 'timeout') return { ...outcome, killed: false };
    this.child.kill('SIGKILL');
    return { ...(await this.exited), killed: true };
  }

  /** kill -9: no shutdown handler runs. */
  async kill9(): Promise<ExitInfo> {
    if (this.exit) return this.exit;
    this.child.kill('SIGKILL');
    return this.exited;
  }
}

// ---------------------------------------------------------------------------------------------
// One interaction the test sent, and what the bot answered
// ---------------------------------------------------------------------------------------------

export class Exchange {
  constructor(
    readonly fake: FakeDiscord,
    readonly ix: InteractionHandle,
    /** When the INTERACTION_CREATE was dispatched. */
    readonly sentAt: number,
    /** "/vraag", "autocomplete /vraagnr", "button": for the summary. */
    readonly label = '',
  ) {
    exchanges.push(this);
  }

  /** Milliseconds from dispatch to the first response (the acknowledgement); null without one. */
  acknowledgedAfter(): number | null {
    const callback = this.responses().find((r) => r.kind === 'callback');
    return callback ? callback.at - this.sentAt : null;
  }

  get id(): string {
    return this.ix.id;
  }

  responses(): InteractionResponseRecord[] {
    return this.fake.interactionResponses(this.ix.id);
  }

  async callback(timeoutMs = 10_000): Promise<InteractionResponseRecord> {
    return this.ix.waitForResponse((r) => r.kind === 'callback', timeoutMs);
  }

  /**
   * The response that finishes the exchange: the callback itself, or for a deferred reply
   * (type 5) the first edit/follow-up matching `match` (default: any that is not a
   * "Herindexering bezig" progress update).
   */
  async done(match: (r: InteractionResponseRecord) => boolean = (r) => !isProgress(r), timeoutMs = 20_000): Promise<InteractionResponseRecord> {
    const first = await this.callback(timeoutMs);
    if (first.callbackType !== 5 && first.callbackType !== 6) return first;
    return this.ix.waitForResponse((r) => r.kind !== 'callback' && r.kind !== 'delete' && match(r), timeoutMs);
  }

  /** The message a response created or edited, as it is now (undefined when it was deleted). */
  message(r: InteractionResponseRecord): JsonObject | undefined {
    return r.messageId ? this.fake.getMessage(r.messageId) : undefined;
  }
}

export function isProgress(r: InteractionResponseRecord): boolean {
  return typeof r.body?.content === 'string' && r.body.content.startsWith('⏳ Herindexering bezig');
}

/** Content, embed titles, descriptions, fields and footers, one per line. */
export function messageText(m: JsonObject): string {
  const out: string[] = [];
  if (m['content']) out.push(String(m['content']));
  for (const e of (m['embeds'] ?? []) as JsonObject[]) {
    if (e['title']) out.push(String(e['title']));
    if (e['description']) out.push(String(e['description']));
    for (const f of (e['fields'] ?? []) as JsonObject[]) out.push(`${f['name']}: ${f['value']}`);
    if (e['footer']?.['text']) out.push(String(e['footer']['text']));
  }
  return out.join('\n');
}

/** The button with this label (or emoji), from a message's components. */
export function findButton(m: JsonObject | undefined, label: string | RegExp): JsonObject | undefined {
  const buttons = ((m?.['components'] ?? []) as JsonObject[]).flatMap((row) => (row['components'] ?? []) as JsonObject[]);
  const test = (s: unknown) => (typeof label === 'string' ? s === label : typeof s === 'string' && label.test(s));
  return buttons.find((b) => test(b['label']) || test(b['emoji']?.['name']));
}

// ---------------------------------------------------------------------------------------------
// Checks that apply to every response of the bot
// ---------------------------------------------------------------------------------------------

/** What the bot sent in a request: the message body (for callbacks, `data`). */
function sentMessage(r: RecordedRequest): JsonObject | null {
  if (!r.body || typeof r.body !== 'object') return null;
  if (/^\/interactions\/[^/]+\/[^/]+\/callback$/.test(r.path)) return (r.body['data'] ?? null) as JsonObject | null;
  if (r.path.startsWith('/webhooks/') || /^\/channels\/[^/]+\/messages(\/[^/]+)?$/.test(r.path)) return r.body as JsonObject;
  return null;
}

/** Problems with `allowed_mentions` in one request; empty when it cannot ping anybody. */
export function mentionProblems(r: RecordedRequest): string[] {
  const m = sentMessage(r);
  if (!m) return [];
  const hasText = (typeof m['content'] === 'string' && m['content'].length > 0) || (Array.isArray(m['embeds']) && m['embeds'].length > 0);
  if (!hasText) return [];
  const am = m['allowed_mentions'] as JsonObject | undefined;
  const where = `${r.method} ${r.path}`;
  if (!am) return [`${where}: no allowed_mentions`];
  const problems: string[] = [];
  if (!Array.isArray(am['parse']) || am['parse'].length > 0) problems.push(`${where}: allowed_mentions.parse = ${JSON.stringify(am['parse'])}`);
  if (Array.isArray(am['users']) && am['users'].length) problems.push(`${where}: allowed_mentions.users = ${JSON.stringify(am['users'])}`);
  if (Array.isArray(am['roles']) && am['roles'].length) problems.push(`${where}: allowed_mentions.roles = ${JSON.stringify(am['roles'])}`);
  if (am['replied_user'] === true) problems.push(`${where}: allowed_mentions.replied_user = true`);
  return problems;
}

/** Requests belonging to one interaction (callback and webhook calls with its token). */
export function interactionRequests(fake: FakeDiscord, x: Exchange): RecordedRequest[] {
  return fake.requests.filter((r) => r.path.includes(`/${x.ix.token}`));
}

/**
 * The promises the bot makes on every interaction: every payload it sent passed
 * Discord's limits (2xx; injected faults excepted), none can ping anybody, and it was
 * acknowledged (how fast is measured for the summary, not asserted).
 */
export function expectSound(fake: FakeDiscord, x: Exchange): void {
  const requests = interactionRequests(fake, x);
  const failed = requests.filter((r) => !r.injected && (r.status < 200 || r.status >= 300));
  expect(failed.map((r) => `${r.method} ${r.path} → ${r.status} ${JSON.stringify(r.response)}`), `interaction ${x.id}: rejected payloads`).toEqual([]);
  expect(requests.flatMap(mentionProblems), `interaction ${x.id}: allowed_mentions`).toEqual([]);
  expect(x.acknowledgedAfter(), `interaction ${x.id}: no callback`).not.toBeNull();
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Acknowledgement latency of every interaction this file sent: a measured figure, printed, not asserted. */
export function acknowledgementSummary(): string {
  const measured = exchanges.map((x) => ({ x, ms: x.acknowledgedAfter() })).filter((m): m is { x: Exchange; ms: number } => m.ms !== null);
  if (measured.length === 0) return 'acknowledgement latency: no interactions';
  const sorted = measured.map((m) => m.ms).sort((a, b) => a - b);
  const slowest = measured.reduce((a, b) => (b.ms > a.ms ? b : a));
  const over = sorted.filter((ms) => ms > INTERACTION_DEADLINE_MS).length;
  return [
    `acknowledgement latency over ${measured.length} interactions (${exchanges.length - measured.length} without a callback):`,
    `p50 ${percentile(sorted, 50)} ms, p95 ${percentile(sorted, 95)} ms, max ${slowest.ms} ms (${slowest.x.label || 'interaction'} ${slowest.x.id});`,
    `${over} over Discord's ${INTERACTION_DEADLINE_MS} ms`,
  ].join(' ');
}

// Every e2e file that uses the harness prints its figure at the end.
afterAll(() => {
  if (exchanges.length) console.log(`[e2e] ${acknowledgementSummary()}`);
});

/**
 * All requests the bot made: none rejected by the fake (except injected faults and what
 * `allow` accepts), none able to ping, and no interaction response deleted (a deleted
 * answer is an answer the user never saw). Run it after the bot stopped, so that every
 * request of every handler is in.
 */
export function expectAllSound(fake: FakeDiscord, allow: (r: RecordedRequest) => boolean = () => false): void {
  const failed = fake.requests.filter((r) => !r.injected && (r.status < 200 || r.status >= 300) && !allow(r));
  expect(failed.map((r) => `${r.method} ${r.path} → ${r.status} ${JSON.stringify(r.response)}`), 'requests the fake rejected').toEqual([]);
  expect(fake.requests.flatMap(mentionProblems), 'allowed_mentions').toEqual([]);
  const deletes = fake.requests.filter((r) => r.method === 'DELETE' && !r.injected);
  expect(deletes.map((r) => `${r.method} ${r.path}`), 'messages the bot deleted').toEqual([]);
}

// ---------------------------------------------------------------------------------------------
// Reading the bot's messages
// ---------------------------------------------------------------------------------------------

export const EPHEMERAL = 64;
/** The bot's generic error reply (an exception reached the dispatcher). */
export const CRASHED = /Er ging iets mis \(fout-id ([A-Z0-9]{4})\)/;

export const embeds = (m: JsonObject): JsonObject[] => (m['embeds'] ?? []) as JsonObject[];
export const field = (e: JsonObject, name: string): string | undefined => ((e['fields'] ?? []) as JsonObject[]).find((f) => f['name'] === name)?.['value'];
export const isEphemeral = (m: JsonObject): boolean => (Number(m['flags'] ?? 0) & EPHEMERAL) !== 0;

/**
 * Waits for the final response of `x`, runs the per-response checks (`expectSound`) and
 * returns the message as the user sees it now; it must exist and must not be the error reply
 * unless `allowError`.
 */
export async function finish(
  fake: FakeDiscord,
  x: Exchange,
  options: { match?: (r: InteractionResponseRecord) => boolean; timeoutMs?: number; allowError?: boolean } = {},
): Promise<JsonObject> {
  const r = await x.done(options.match, options.timeoutMs);
  expectSound(fake, x);
  const m = x.message(r);
  expect(m, `the final message of interaction ${x.id} exists (was not deleted)`).toBeDefined();
  if (!options.allowError) expect(messageText(m!)).not.toMatch(CRASHED);
  return m!;
}

// ---------------------------------------------------------------------------------------------
// The harness: fake + workspace + bot process
// ---------------------------------------------------------------------------------------------

export interface HarnessOptions {
  /** Copy the 20 fictional fixtures besides the real document (default true). */
  fixtures?: boolean;
  /** Extra environment for every bot start. */
  env?: Record<string, string>;
  fake?: FakeDiscordOptions;
}

export interface StartOptions {
  env?: Record<string, string>;
  /** Wait for "Klaar", the gateway READY and (when registering) the commands (default true). */
  waitReady?: boolean;
  readyTimeoutMs?: number;
}

let userCounter = 0;

export class Harness {
  bot: BotProcess | null = null;
  /** Every process this harness started, in order. */
  readonly processes: BotProcess[] = [];

  private constructor(
    readonly fake: FakeDiscord,
    readonly dir: string,
    readonly corpusDir: string,
    readonly indexDir: string,
    readonly feedbackFile: string,
    readonly baseEnv: Record<string, string>,
    private readonly cleanup: () => void,
  ) {}

  static async create(options: HarnessOptions = {}): Promise<Harness> {
    const { dir, cleanup } = tempDir('ipbot-e2e-');
    const fake = new FakeDiscord({ token: BOT_TOKEN, interactionDeadlineMs: LIVENESS_MS, ...options.fake });
    try {
      await fake.start();
      const corpusDir = copyCorpus(join(dir, 'corpus'), { fixtures: options.fixtures ?? true });
      const indexDir = join(dir, 'index');
      const feedbackFile = join(dir, 'data', 'feedback.jsonl');
      mkdirSync(join(dir, 'cache'), { recursive: true });
      const baseEnv: Record<string, string> = {
        DISCORD_TOKEN: BOT_TOKEN,
        DISCORD_CLIENT_ID: fake.applicationId,
        DISCORD_GUILD_ID: fake.guildId,
        DISCORD_API_URL: fake.apiUrl,
        ADMIN_ROLE_IDS: '',
        RATE_LIMIT_QUESTIONS: '1000',
        RATE_LIMIT_WINDOW_SECONDS: '30',
        FEEDBACK_FILE: feedbackFile,
        REGISTER_COMMANDS_ON_START: 'true',
        LOG_LEVEL: 'info',
        CORPUS_DIR: corpusDir,
        INDEX_DIR: indexDir,
        RETRIEVAL_MODE: 'keyword',
        ALLOW_REMOTE_MODELS: 'false',
        EMBEDDING_MODEL_PATH: '',
        MODEL_HUB_URL: '',
        MODEL_CACHE_DIR: join(dir, 'cache'),
        EMBEDDING_MODEL: 'Xenova/multilingual-e5-small',
        EMBEDDING_DTYPE: 'auto',
        EMBED_BATCH_SIZE: '16',
        MODEL_LOAD_TIMEOUT_MS: '20000',
        MAX_FILE_BYTES: '10485760',
        VECTRA_SHARD_SIZE: '20000',
        KEEP_GENERATIONS: '1',
        LOG_USER_IDS: '',
        ...options.env,
      };
      return new Harness(fake, dir, corpusDir, indexDir, feedbackFile, baseEnv, cleanup);
    } catch (err) {
      await fake.stop();
      cleanup();
      throw err;
    }
  }

  /** The environment a bot start gets (base + `extra`). */
  env(extra: Record<string, string> = {}): Record<string, string> {
    return { ...this.baseEnv, ...extra };
  }

  /** Spawns the bot like `npm start` and (by default) waits until it serves. */
  async startBot(options: StartOptions = {}): Promise<BotProcess> {
    if (this.bot?.running) throw new Error('a bot is already running');
    const env = this.env(options.env);
    const bot = new BotProcess(startScript(BOT_ENTRY, [], env));
    this.bot = bot;
    this.processes.push(bot);
    if (options.waitReady ?? true) {
      const timeoutMs = options.readyTimeoutMs ?? 60_000;
      await bot.waitForLine(/Klaar: \d+ documenten, \d+ passages/, { stream: 'stdout', timeoutMs });
      await bot.waitForLine(/Verbonden met Discord als /, { stream: 'stdout', timeoutMs });
      if (env['REGISTER_COMMANDS_ON_START'] === 'true') await bot.waitForLine(/commando's geregistreerd/, { stream: 'stdout', timeoutMs });
      await this.fake.waitForReady(timeoutMs);
    }
    return bot;
  }

  /** SIGTERM; asserts a clean exit (code 0, no kill needed). */
  async stopBot(): Promise<ExitInfo> {
    const bot = this.bot;
    if (!bot) throw new Error('no bot started');
    const exit = await bot.stop();
    expect(exit.killed, `bot did not stop within 15 s after SIGTERM\n${bot.tail()}`).toBe(false);
    expect(exit, `bot exit after SIGTERM\n${bot.tail()}`).toMatchObject({ code: 0, signal: null });
    return exit;
  }

  /**
   * The end of a describe block: optionally assert the bot is still up, stop it
   * (exit code 0), check every request the fake saw, run extra checks, clean up.
   */
  async close(options: { stillRunning?: string; after?: () => void } = {}): Promise<void> {
    try {
      if (options.stillRunning) expect(this.bot?.running, options.stillRunning).toBe(true);
      if (this.bot?.running) await this.stopBot(); // SIGTERM → exit code 0, after the in-flight handlers finished
      expectAllSound(this.fake);
      options.after?.();
    } finally {
      await this.dispose();
    }
  }

  /** Stops a still-running bot (asserting exit code 0 unless `assertExit` is false), the fake, and removes the workspace. */
  async dispose(options: { assertExit?: boolean } = {}): Promise<void> {
    try {
      if (this.bot?.running) {
        if (options.assertExit ?? true) await this.stopBot();
        else await this.bot.stop();
      }
    } finally {
      for (const p of this.processes) if (p.running) await p.kill9();
      await this.fake.stop();
      this.cleanup();
    }
  }

  /** A fresh user id (never the fake's default user), so rate limits and votes of one test do not leak into another. */
  static newUserId(): string {
    return `16${String(++userCounter).padStart(17, '0')}`;
  }

  // --- user actions -----------------------------------------------------------------------

  slash(name: string, options: ChatInputOptions['options'] = {}, user: Omit<ChatInputOptions, 'name' | 'options'> = {}): Exchange {
    const sentAt = Date.now();
    return new Exchange(this.fake, this.fake.sendChatInput({ name, options, ...user }), sentAt, `/${name}`);
  }

  autocomplete(name: string, options: AutocompleteOptions['options'], focused?: string, user: Omit<AutocompleteOptions, 'name' | 'options' | 'focused'> = {}): Exchange {
    const sentAt = Date.now();
    return new Exchange(this.fake, this.fake.sendAutocomplete({ name, options, ...(focused ? { focused } : {}), ...user }), sentAt, `autocomplete /${name}`);
  }

  button(customId: string, messageId?: string, user: Omit<ComponentOptions, 'customId' | 'messageId'> = {}): Exchange {
    const sentAt = Date.now();
    return new Exchange(this.fake, this.fake.sendButton({ customId, ...(messageId ? { messageId } : {}), ...user }), sentAt, 'button');
  }

  /** A user posts a message; resolves with the bot's reply (a channel message that references it). */
  async post(o: MessageCreateOptions, timeoutMs = 20_000): Promise<{ sent: JsonObject; reply: JsonObject; request: RecordedRequest }> {
    const sent = this.fake.sendMessageCreate(o);
    const post = await this.fake.waitForRequest(
      (r) => r.method === 'POST' && CHANNEL_MESSAGES.test(r.path) && !r.injected && r.status < 300 && r.body?.message_reference?.message_id === sent['id'],
      timeoutMs,
    );
    const reply = this.fake.getMessage((post.response as JsonObject)['id']);
    if (!reply) throw new Error('the bot reply is gone');
    return { sent, reply, request: post };
  }

  /** All channel-message POSTs replying to `messageId`, including rejected and injected ones (which have no route). */
  repliesTo(messageId: string): RecordedRequest[] {
    return this.fake.requests.filter((r) => r.method === 'POST' && CHANNEL_MESSAGES.test(r.path) && r.body?.message_reference?.message_id === messageId);
  }

  /** `<@bot>` */
  get mention(): string {
    return `<@${this.fake.botUserId}>`;
  }
}
