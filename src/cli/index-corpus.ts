import { buildIndex } from '../indexer.js';
import { embedderLoader } from '../runtime.js';
import { cliConfig, downloadReporter, handleCliError, progressReporter } from './common.js';
import { formatIndexSummary } from './format.js';

/** npm run index: (re)builds the index from CORPUS_DIR, incrementally. */
async function main(): Promise<void> {
  const config = cliConfig();
  const progress = progressReporter();
  const controller = new AbortController();
  // Ctrl-C: stop between batches; the previous index stays active.
  process.once('SIGINT', () => controller.abort());
  process.once('SIGTERM', () => controller.abort());
  try {
    const loadEmbedder = embedderLoader(config, downloadReporter());
    const summary = await buildIndex(config, { loadEmbedder, onProgress: progress.onProgress, signal: controller.signal });
    progress.stop();
    process.stdout.write(formatIndexSummary(summary) + '\n');
  } catch (err) {
    progress.stop();
    handleCliError(err);
  }
}

main().catch(handleCliError);
