import type { LogLevel } from '../startup/config.js';

/**
 * A small line logger. Every line passes through `redact`, so the bot token
 * cannot leak through an error message, a stack or a debug event.
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
  const log = (level: LogLevel) => (message: string, extra?: unknown) => {
    if (ORDER[level] < ORDER[options.level]) return;
    const tail = extra === undefined ? '' : ` — ${describeError(extra)}`;
    write(level, redact(`${now().toISOString()} ${level.toUpperCase()} ${message}${tail}`, secrets));
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}
