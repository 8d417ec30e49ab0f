import { afterAll, beforeAll, it } from 'vitest';
import { Harness, messageText } from './harness.js';

let h: Harness;
beforeAll(async () => { h = await Harness.create(); const t = Date.now(); await h.startBot(); console.log('start ms', Date.now() - t); });
afterAll(async () => { console.log(h.bot?.tail(100)); await h.dispose(); });

it('explore', async () => {
  const x = h.slash('vraag', { tekst: 'Wanneer wordt beslist over de goedkeuring van de projecten?' });
  const r = await x.done();
  console.log(JSON.stringify(x.responses().map((r) => ({ kind: r.kind, t: r.callbackType, at: r.at - x.sentAt, body: r.body })), null, 1).slice(0, 6000));
  const y = h.slash('vraag', { tekst: 'Hoeveel projecten werden ingediend voor de AMIF-oproep?' });
  await y.done();
  console.log(messageText(y.message(await y.done())!));
  console.log(JSON.stringify(h.fake.commands(h.fake.guildId).map(c => [c.name, c.name_localizations])));
}, 60000);
