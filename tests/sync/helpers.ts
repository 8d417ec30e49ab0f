import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CoreConfig } from '../../src/config.js';
import { FakeParliament, type FakeQuestion } from '../helpers/fake-parliament.js';
import { tempDir, testConfig } from '../helpers/workspace.js';

/** A fake Parliament and an empty corpus folder, with sync settings fit for tests (short pauses and time-outs). */
export async function syncSetup(questions: FakeQuestion[], env: Record<string, string> = {}) {
  const api = new FakeParliament(questions);
  await api.start();
  const tmp = tempDir('ipbot-sync-');
  const corpus = join(tmp.dir, 'corpus');
  const config: CoreConfig = testConfig({
    CORPUS_DIR: corpus,
    INDEX_DIR: join(tmp.dir, 'index'),
    VP_API_URL: api.url,
    SYNC_PAUSE_MS: '5',
    SYNC_TIMEOUT_MS: '1500',
    SYNC_RETRIES: '2',
    SYNC_RETRY_BASE_MS: '10',
    SYNC_PAGE_SIZE: '3',
    ...env,
  });
  return {
    api,
    config,
    corpus,
    dir: tmp.dir,
    syncDir: join(corpus, 'vlaams-parlement'),
    async dispose() {
      await api.stop();
      tmp.cleanup();
    },
  };
}

/** Every file below `dir` (dot-files too) with the sha256 of its bytes: "byte-identical" made checkable. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  try {
    walk(dir);
  } catch {
    // a folder that does not exist has no files
  }
  return out;
}

export const documentCalls = (api: FakeParliament) => api.calledPaths(/^\/pfile/).length;
export const recordCalls = (api: FakeParliament) => api.calledPaths(/^\/opendata\//).length;
