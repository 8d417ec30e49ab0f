import { afterAll, beforeAll, it } from 'vitest';
import { MANAGE_GUILD_PERMISSIONS } from '../helpers/fake-discord.js';
import { Harness } from './harness.js';

let h: Harness;
beforeAll(async () => { h = await Harness.create(); await h.startBot(); });
afterAll(async () => { await h.dispose(); });

it('explore', async () => {
  const a = h.slash('herindexeer', {}, { permissions: MANAGE_GUILD_PERMISSIONS });
  const b = h.slash('herindexeer', {}, { permissions: MANAGE_GUILD_PERMISSIONS });
  await new Promise((r) => setTimeout(r, 2000));
  for (const x of [a, b]) console.log(JSON.stringify(x.responses().map((r) => ({ kind: r.kind, t: r.callbackType, at: r.at - x.sentAt, c: r.body?.content ?? r.body?.data?.content, msg: r.messageId, still: r.messageId ? !!h.fake.getMessage(r.messageId) : null }))));
}, 60000);
