/**
 * How long a first sync of the dossier takes at the polite rate (the default
 * pauses, two requests at a time), measured against the fake Parliament:
 *
 *   npx tsx tests/sync/measure.ts [questions=60] [latencyMs=0]
 *
 * `latencyMs` delays every reply of the fake, as a real server over the
 * internet would. Not a test: it prints the figures for the README.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { coreSchema } from '../../src/config.js';
import { runSync } from '../../src/sync/sync.js';
import { FakeParliament, question } from '../helpers/fake-parliament.js';

const count = Number(process.argv[2] ?? 60);
const latencyMs = Number(process.argv[3] ?? 0);
const api = new FakeParliament(Array.from({ length: count }, (_, i) => question({ number: 1000 + i })));
await api.start();
if (latencyMs > 0) api.fault(/./, { delayMs: latencyMs });
const dir = mkdtempSync(join(tmpdir(), 'ipbot-measure-'));
try {
  // Every sync setting at its default: only where to write and whom to ask differ.
  const config = coreSchema.parse({ CORPUS_DIR: join(dir, 'corpus'), INDEX_DIR: join(dir, 'index'), VP_API_URL: api.url });
  const started = performance.now();
  const first = await runSync(config);
  const firstSeconds = (performance.now() - started) / 1000;
  const again = performance.now();
  const second = await runSync(config);
  const secondSeconds = (performance.now() - again) / 1000;
  console.log(
    JSON.stringify({
      questions: count,
      latencyMs,
      pauseMs: config.SYNC_PAUSE_MS,
      concurrency: config.SYNC_CONCURRENCY,
      first: { seconds: +firstSeconds.toFixed(1), requests: first.requests, added: first.added.length, maxInFlight: api.maxInFlight },
      second: { seconds: +secondSeconds.toFixed(1), requests: second.requests, unchanged: second.unchanged.length },
    }),
  );
} finally {
  await api.stop();
  rmSync(dir, { recursive: true, force: true });
}
