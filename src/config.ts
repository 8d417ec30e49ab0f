import { z } from 'zod';

/**
 * All configuration comes from the environment (and `.env`, loaded by the
 * entry points). A bad value stops the program with one line naming the
 * variable and what is expected; see `.env.example` for every variable.
 */

export const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const positiveInt = z.coerce.number().int().positive();
export const emptyAsUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());

export const coreSchema = z.object({
  CORPUS_DIR: z.string().min(1).default('corpus'),
  INDEX_DIR: z.string().min(1).default('index'),
  /** Files larger than this are skipped, not parsed. */
  MAX_FILE_BYTES: positiveInt.default(10 * 1024 * 1024),
  EMBEDDING_MODEL: z.string().min(1).default('Xenova/multilingual-e5-small'),
  EMBEDDING_MODEL_PATH: optionalString,
  MODEL_CACHE_DIR: z.string().min(1).default('.cache/models'),
  /** Set to false on servers that must never reach the model hub. */
  ALLOW_REMOTE_MODELS: bool.default(true),
  MODEL_LOAD_TIMEOUT_MS: positiveInt.default(20_000),
  /** A hub mirror (same layout as the Hugging Face hub); empty: the public hub. */
  MODEL_HUB_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  EMBEDDING_DTYPE: z.enum(['auto', 'fp32', 'fp16', 'q8', 'int8', 'uint8', 'q4']).default('auto'),
  EMBED_BATCH_SIZE: positiveInt.default(16),
  /** "keyword" never loads a model; "auto" uses one when it can be loaded. */
  RETRIEVAL_MODE: z.enum(['auto', 'keyword']).default('auto'),
  /** Maximum items per Vectra shard; one index.json cannot grow past V8's string limit. */
  VECTRA_SHARD_SIZE: positiveInt.default(20_000),
  /** Generations kept on disk besides the active one (for readers still on the old one). */
  /** At least 1: a reader that just resolved CURRENT may still be opening the previous one. */
  KEEP_GENERATIONS: z.coerce.number().int().min(1).default(1),

  // --- npm run sync: the Flemish Parliament's open data (src/sync/); empty means the default ---
  VP_API_URL: z.preprocess(emptyAsUndefined, z.url().default('https://ws.vlpar.be')),
  /** Search terms of the dossier; several separated by commas. */
  DOSSIER_QUERY: z.preprocess(emptyAsUndefined, z.string().trim().min(1).default('integratiepact')),
  /** Politeness: at most two requests at a time, each slot resting this long after a request. */
  SYNC_CONCURRENCY: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(2).default(2)),
  SYNC_PAUSE_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).default(1000)),
  /** A reply that sends nothing for this long is abandoned (headers or body). */
  SYNC_TIMEOUT_MS: z.preprocess(emptyAsUndefined, positiveInt.default(30_000)),
  /** Extra attempts on 429, 5xx, time-outs and network errors. */
  SYNC_RETRIES: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(10).default(3)),
  SYNC_RETRY_BASE_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).default(2000)),
  /** A Retry-After longer than this gives the document up for this run instead of waiting. */
  SYNC_MAX_RETRY_WAIT_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).default(120_000)),
  SYNC_PAGE_SIZE: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(100).default(100)),
  SYNC_USER_AGENT: z.preprocess(emptyAsUndefined, z.string().trim().min(1).default('integratiepact-bot/0.1 (Discord-bot over het Integratiepact; leest schriftelijke vragen)')),
  /** Hours between scheduled syncs in the bot; 0: off. */
  SYNC_INTERVAL_HOURS: z.preprocess(emptyAsUndefined, z.coerce.number().min(0).default(0)),
  /** Channel for announcements of new and newly answered questions; empty: none. */
  ANNOUNCE_CHANNEL_ID: z.preprocess(emptyAsUndefined, z.string().trim().regex(/^\d{1,20}$/, 'verwacht een Discord-id (alleen cijfers)').optional()),
  /** What was announced, so nothing is announced twice. */
  ANNOUNCE_STATE_FILE: z.preprocess(emptyAsUndefined, z.string().min(1).default('data/announced.json')),
});

export type CoreConfig = z.infer<typeof coreSchema>;

export class ConfigError extends Error {}

/** One line per problem: "INDEX_DIR: expected …". */
function formatConfigIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.join('.') || '(config)'}: ${issue.message}`)
    .join('; ');
}

export function parseConfig<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv | Record<string, string | undefined>): z.infer<S> {
  const result = schema.safeParse(env);
  if (!result.success) throw new ConfigError(`Ongeldige configuratie — ${formatConfigIssues(result.error)}`);
  return result.data;
}

export function loadCoreConfig(env: NodeJS.ProcessEnv = process.env): CoreConfig {
  return parseConfig(coreSchema, env);
}
