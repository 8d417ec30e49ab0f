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
