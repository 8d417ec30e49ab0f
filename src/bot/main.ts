import { start } from './startup/start.js';
import { redact } from './state/log.js';

/** The process entry (`npm start`, and the end-to-end tests spawn it); start-up itself lives in startup/. */
start().catch((err: unknown) => {
  process.stderr.write(redact(`Onverwachte fout bij het starten: ${(err as Error)?.stack ?? String(err)}`, [process.env.DISCORD_TOKEN ?? '']) + '\n');
  process.exit(1);
});
