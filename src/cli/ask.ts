import { parseArgs } from 'node:util';
import { answer, lookupQuestion, type AnswerFilters } from '../answer/index.js';
import { documentLookup } from '../present/citation.js';
import { openRuntime } from '../runtime.js';
import { cliConfig, fail, handleCliError, progressReporter, downloadReporter } from './common.js';
import { answerJson, formatAnswer, formatIndexSummary, formatLookup } from './format.js';

const USAGE = `Gebruik: npm run ask -- [opties] "<vraag>"
  --json              het antwoord als JSON op stdout
  --number <nr>       toon die schriftelijke vraag met antwoord
  --van <naam>        alleen vragen van deze vraagsteller
  --minister <naam>   alleen vragen aan deze minister
  --jaar <jjjj>       alleen vragen uit dit jaar
  --vanaf <jjjj-mm-dd> / --tot <jjjj-mm-dd>
  --limit <n>         aantal passages (standaard 3)`;

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        number: { type: 'string' },
        van: { type: 'string' },
        minister: { type: 'string' },
        jaar: { type: 'string' },
        vanaf: { type: 'string' },
        tot: { type: 'string' },
        limit: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    fail(`${(err as Error).message}\n${USAGE}`, 2);
  }
}

function intOption(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) fail(`--${name}: verwacht een geheel getal van ${min} tot ${max}, kreeg "${value}".`, 2);
  return n;
}

function dateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) fail(`--${name}: verwacht een datum als jjjj-mm-dd, kreeg "${value}".`, 2);
  return value;
}

async function main(): Promise<void> {
  const { values, positionals } = parse();
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  const questionNumber = intOption('number', values.number, 1, 999_999);
  const filters: AnswerFilters = {
    questioner: values.van,
    minister: values.minister,
    year: intOption('jaar', values.jaar, 1900, 2100),
    from: dateOption('vanaf', values.vanaf),
    to: dateOption('tot', values.tot),
  };
  const limit = intOption('limit', values.limit, 1, 10);
  const query = positionals.join(' ');
  if (questionNumber === undefined && positionals.length === 0) fail(USAGE, 2);

  const config = cliConfig();
  const progress = progressReporter();
  const runtime = await openRuntime(config, { buildIfMissing: true, indexOptions: { onProgress: progress.onProgress }, onDownload: downloadReporter() });
  progress.stop();
  if (runtime.built) process.stderr.write(formatIndexSummary(runtime.built) + '\n\n');
  if (runtime.embedderProblem) process.stderr.write(`Taalmodel niet geladen (${runtime.embedderProblem}); alleen trefwoorden.\n`);

  if (questionNumber !== undefined && positionals.length === 0) {
    const found = lookupQuestion(runtime.index, questionNumber);
    if (values.json) process.stdout.write(JSON.stringify({ questionNumber, found }, null, 2) + '\n');
    else process.stdout.write(formatLookup(found, questionNumber) + '\n');
    if (found.length === 0) process.exitCode = 1;
    return;
  }
  const result = await answer(query, { limit, filters: { ...filters, questionNumber } }, { index: runtime.index, embedder: runtime.embedder, state: runtime.retrieval });
  const documents = documentLookup(runtime.index.documents);
  if (values.json) process.stdout.write(JSON.stringify(answerJson(result, documents), null, 2) + '\n');
  else process.stdout.write(formatAnswer(result, documents) + '\n');
}

main().catch(handleCliError);
