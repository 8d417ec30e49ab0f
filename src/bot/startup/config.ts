import { z } from 'zod';
import { bool, ConfigError, coreSchema, emptyAsUndefined, parseConfig } from '../../config.js';

/**
 * The bot's configuration: the core's variables plus the Discord ones.
 * DISCORD_TOKEN is optional in the schema so that tools that do not log in
 * (tests, rendering) can parse the rest; `requireToken` enforces it at start.
 */

/** Discord ids are 64-bit integers written in decimal. */
const snowflake = z.string().trim().regex(/^\d{1,20}$/, 'verwacht een Discord-id (alleen cijfers)');

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const botSchema = coreSchema.extend({
  DISCORD_TOKEN: z.preprocess(
    emptyAsUndefined,
    // Tokens are sometimes pasted with their "Bot " scheme prefix.
    z.string().trim().transform((t) => t.replace(/^(Bot|Bearer)\s+/i, '')).optional(),
  ),
  DISCORD_CLIENT_ID: z.preprocess(emptyAsUndefined, snowflake.optional()),
  DISCORD_GUILD_ID: z.preprocess(emptyAsUndefined, snowflake.optional()),
  /** Base URL of the REST API ("https://discord.com/api"); /v10 is appended by the client. */
  DISCORD_API_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  ADMIN_ROLE_IDS: z.preprocess(
    (v) => (v === undefined ? '' : v),
    z
      .string()
      .transform((s) => s.split(',').map((id) => id.trim()).filter(Boolean))
      .pipe(z.array(snowflake)),
  ),
  RATE_LIMIT_QUESTIONS: z.coerce.number().int().positive().default(5),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().positive().default(30),
  FEEDBACK_FILE: z.string().min(1).default('data/feedback.jsonl'),
  REGISTER_COMMANDS_ON_START: z.preprocess(emptyAsUndefined, bool.default(false)),
  LOG_LEVEL: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().toLowerCase() || undefined : v),
    z.enum(LOG_LEVELS).default('info'),
  ),
});

export type BotConfig = z.infer<typeof botSchema>;

export function loadBotConfig(env: NodeJS.ProcessEnv | Record<string, string | undefined> = process.env): BotConfig {
  return parseConfig(botSchema, env);
}

export class MissingTokenError extends ConfigError {
  constructor() {
    super('DISCORD_TOKEN ontbreekt: zet het bot-token in .env of in de omgeving (DISCORD_TOKEN is missing: set the bot token in .env or the environment).');
  }
}

export function requireToken(config: BotConfig): string {
  if (!config.DISCORD_TOKEN) throw new MissingTokenError();
  return config.DISCORD_TOKEN;
}
