import { test } from 'vitest';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { FakeDiscord } from './fake-discord.js';
test('probe', async () => {
  const fake = new FakeDiscord({ token: 'tok', log: (l) => console.log(l) });
  await fake.start();
  const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages], rest: { api: fake.apiUrl } });
  client.on(Events.Debug, (m) => console.log('DEBUG', m));
  const ready = new Promise((r) => client.once(Events.ClientReady, r));
  const t0 = Date.now();
  await client.login('tok');
  await ready;
  console.log('ready after', Date.now() - t0, client.user?.tag, client.guilds.cache.size, client.channels.cache.size);
  console.log(fake.requests.map((r) => `${r.method} ${r.url} ${r.status} ${JSON.stringify(r.headers)}`));
  console.log(JSON.stringify(fake.gatewayLog.filter(e=>e.direction!=='out').slice(0,5)));
  await client.destroy();
  await fake.stop();
});
