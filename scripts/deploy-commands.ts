import { config as loadDotenv } from 'dotenv';
import { ConfigError } from '../src/config.js';
import { commandsJson } from '../src/bot/commands/index.js';
import { loadBotConfig, requireToken } from '../src/bot/startup/config.js';
import { isTokenRejection, TOKEN_REJECTED_MESSAGE } from '../src/bot/startup/token.js';
import { createRest, registerCommands, registeredWhere } from '../src/bot/startup/register.js';
import { redact } from '../src/bot/state/log.js';

/**
 * npm run deploy-commands: registers the slash commands, in DISCORD_GUILD_ID
 * when set (visible at once; for development), globally otherwise.
 * Exit 2: configuration missing; exit 1: Discord refused.
 */

function fail(message: string, code: number, secrets: string[] = []): never {
  process.stderr.write(redact(message, secrets) + '\n');
  process.exit(code);
}

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  let config;
  let token: string;
  try {
    config = loadBotConfig();
    token = requireToken(config);
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message, 2);
    throw err;
  }
  if (!config.DISCORD_CLIENT_ID) {
    fail('DISCORD_CLIENT_ID ontbreekt: zet de application id van de bot in .env (DISCORD_CLIENT_ID is missing: set the application id).', 2);
  }
  const rest = createRest(config, token);
  try {
    const n = await registerCommands(rest, config.DISCORD_CLIENT_ID, config.DISCORD_GUILD_ID, commandsJson());
    process.stdout.write(`${n} commando's geregistreerd ${registeredWhere(config.DISCORD_GUILD_ID)}.\n`);
  } catch (err) {
    if (isTokenRejection(err)) fail(TOKEN_REJECTED_MESSAGE, 1);
    fail(`Registreren mislukt: ${String((err as Error)?.message ?? err).split('\n')[0]}`, 1, [token]);
  }
}

main().catch((err: unknown) => fail(`Onverwachte fout: ${(err as Error)?.stack ?? String(err)}`, 1, [process.env.DISCORD_TOKEN ?? '']));
