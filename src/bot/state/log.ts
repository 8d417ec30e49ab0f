import { createHmac, randomBytes } from 'node:crypto';
import type { LogLevel } from '../startup/config.js';

/**
 * A small line logger. Every line passes through `redact`, so the bot token
 * cannot leak through an error message, a stack or a debug event, and Discord
 * ids (users, but also the messages and channels that lead to them) become
 * pseudonyms unless LOG_USER_IDS=true asks for them.
 */

/** Shape of a Discord bot token: base64 id, timestamp, HMAC. */
const TOKEN_SHAPE = /[A-Za-z\d_-]{23,28}\.[A-Za-z\d_-]{6,7}\.[A-Za-z\d_-]{27,}/g;

/** discord.js's own debug line shows the token with its last part starred out. */
const CENSORED_TOKEN_SHAPE = /[A-Za-z\d_-]{20,28}\.[A-Za-z\d_-]{6,7}\.\*+/g;

export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  // The whole secret first, then its dot-separated parts (a token's first part appears alone in some messages).
  const parts = secrets.flatMap((s) => [s, ...s.split('.')]);
  for (const secret of parts) {
    // Very short "secrets" would blank out ordinary words.
    if (secret.length >= 8) out = out.split(secret).join('[verborgen]');
  }
  return out.replace(TOKEN_SHAPE, '[verborgen]').replace(CENSORED_TOKEN_SHAPE, '[verborgen]');
}

/** A Discord id (snowflake): 17 to 20 digits; other numbers in log lines are shorter. */
const SNOWFLAKE = /(?<![\d.])\d{17,20}(?![\d.])/g;

/**
 * Discord ids replaced by "[id:3f9a0c]": keyed with a secret of this process, so
 * lines of one run can be followed together, but no id can be recovered.
 */
export function pseudonymizeIds(text: string, key: Buffer): string {
  return text.replace(SNOWFLAKE, (id) => `[id:${createHmac('sha256', key).update(id).digest('hex').slice(0, 6)}]`);
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(message: string, extra?: unknown): void;
  info(message: string, extra?: unknown): void;
  warn(message: string, extra?: unknown): void;
  error(message: string, extra?: unknown): void;
}

interface LoggerOptions {
  level: LogLevel;
  secrets?: readonly string[];
  /** Injected in tests; defaults to stdout (debug/info) and stderr (warn/error). */
  write?: (level: LogLevel, line: string) => void;
  now?: () => Date;
  /** Keep Discord ids in the log as they are; default: the environment's LOG_USER_IDS=true. */
  logUserIds?: boolean;
}

function describeError(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    return `${err.name}${code !== undefined ? ` [${String(code)}]` : ''}: ${err.message}${err.stack ? `\n${err.stack.split('\n').slice(1).join('\n')}` : ''}`;
  }
  return typeof err === 'string' ? err : JSON.stringify(err);
}

export function createLogger(options: LoggerOptions): Logger {
  const secrets = options.secrets ?? [];
  const now = options.now ?? (() => new Date());
  const write =
    options.write ??
    ((level: LogLevel, line: string) => (level === 'warn' || level === 'error' ? process.stderr : process.stdout).write(line + '\n'));
  const keepIds = options.logUserIds ?? process.env['LOG_USER_IDS']?.trim().toLowerCase() === 'true';
  const key = randomBytes(32);
  const log = (level: LogLevel) => (message: string, extra?: unknown) => {
    if (ORDER[level] < ORDER[options.level]) return;
    const tail = extra === undefined ? '' : ` — ${describeError(extra)}`;
    const line = redact(`${now().toISOString()} ${level.toUpperCase()} ${message}${tail}`, secrets);
    write(level, keepIds ? line : pseudonymizeIds(line, key));
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}
