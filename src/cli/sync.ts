import { parseArgs } from 'node:util';
import { syncReportLines } from '../sync/report.js';
import { SyncLockedError } from '../sync/store.js';
import { runSync } from '../sync/sync.js';
import { SyncAbortedError, SyncFatalError, type SyncProgress } from '../sync/types.js';
import { cliConfig, fail, handleCliError, phaseProgressReporter } from './common.js';

/**
 * npm run sync: fetches the dossier's written questions (DOSSIER_QUERY) from
 * the Flemish Parliament's open data into CORPUS_DIR. Exit codes: 0 complete,
 * 3 partial (some documents failed; the next run tries them again), 1 the
 * sync could not run (nothing changed), 2 usage or configuration.
 */

const USAGE = `Gebruik: npm run sync -- [opties]
  --vanaf <jjjj-mm-dd>   alleen vragen gesteld vanaf deze datum
  --tot <jjjj-mm-dd>     alleen vragen gesteld tot en met deze datum
  --dry-run              toon wat zou veranderen; haal niets op en schrijf niets
Zoektermen: DOSSIER_QUERY (standaard "integratiepact"; meerdere gescheiden door komma's).`;

const PARTIAL_EXIT_CODE = 3;

function parse() {
  try {
    return parseArgs({
      options: {
        vanaf: { type: 'string' },
        tot: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (err) {
    fail(`${(err as Error).message}\n${USAGE}`, 2);
  }
}

function dateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) fail(`--${name}: verwacht een datum als jjjj-mm-dd, kreeg "${value}".`, 2);
  return value;
}

const PHASES: Record<SyncProgress['phase'], string> = { search: 'Zoeken', fetch: 'Documenten ophalen' };

const progress = () => phaseProgressReporter(PHASES);

async function main(): Promise<void> {
  const values = parse();
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  const from = dateOption('vanaf', values.vanaf);
  const to = dateOption('tot', values.tot);
  const config = cliConfig();
  const controller = new AbortController();
  // Ctrl-C: stop between requests; what landed stays, complete.
  process.once('SIGINT', () => controller.abort());
  process.once('SIGTERM', () => controller.abort());
  const bar = progress();
  try {
    const report = await runSync(config, {
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      dryRun: values['dry-run'],
      signal: controller.signal,
      onProgress: bar.onProgress,
    });
    bar.stop();
    process.stdout.write(syncReportLines(report).join('\n') + '\n');
    if (report.partial) process.exitCode = PARTIAL_EXIT_CODE;
  } catch (err) {
    bar.stop();
    if (err instanceof SyncFatalError) fail(`Synchronisatie gestopt: ${err.message}`, 1);
    if (err instanceof SyncLockedError) fail(`Synchronisatie niet gestart: ${err.message}; probeer het straks opnieuw.`, 1);
    if (err instanceof SyncAbortedError) fail('Synchronisatie afgebroken; wat al binnen was, staat volledig in de corpusmap.', 1);
    handleCliError(err);
  }
}

main().catch(handleCliError);
