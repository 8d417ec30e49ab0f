import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, it } from 'vitest';
import { MANAGE_GUILD_PERMISSIONS } from '../helpers/fake-discord.js';
import { createTinyModel } from '../helpers/tiny-model.js';
import { writeSyntheticQuestions } from '../helpers/workspace.js';
import { Harness } from './harness.js';

let h: Harness;
beforeAll(async () => { h = await Harness.create(); const model = await createTinyModel(join(h.dir, 'model'));
  await h.startBot({ env: { RETRIEVAL_MODE: 'auto', EMBEDDING_MODEL_PATH: model.dir, EMBED_BATCH_SIZE: '2', LOG_LEVEL: 'debug' } }); });
afterAll(async () => { await h.dispose(); });

it('explore', async () => {
  writeSyntheticQuestions(h.corpusDir, 300, 5000);
  const t0 = Date.now();
  const reindex = h.slash('herindexeer', {}, { permissions: MANAGE_GUILD_PERMISSIONS });
  let done = false;
  const p = reindex.done((r) => /klaar/.test(String(r.body?.content)), 60000).then((r) => { done = true; return r; });
  const lat: [number, number][] = [];
  while (!done) {
    const x = h.slash('status');
    const cb = await x.callback();
    lat.push([x.sentAt - t0, cb.at - x.sentAt]);
  }
  const r = await p;
  console.log('reindex', r.at - t0, JSON.stringify(lat.filter(([, l]) => l > 30)), lat.length);
}, 60000);
