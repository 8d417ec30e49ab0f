/**
 * Issue "The Discord bot", end to end: `npm start` as a real process against FakeDiscord.
 * One bot process serves the main describe block; start-up failures and the deploy
 * script get their own short-lived processes.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANAGE_GUILD_PERMISSIONS, type JsonObject } from '../helpers/fake-discord/index.js';
import { runScript } from '../helpers/spawn.js';
import { BOT_TOKEN, embeds, expectAllSound, expectSound, field, findButton, finish, Harness, isEphemeral, messageText } from './harness.js';

const ADMIN_ROLE = '1500000000000000001';
const COMMAND_NAMES = ['vraag', 'vraagnr', 'herindexeer', 'status', 'tijdlijn'];
const ENGLISH: Record<string, string> = { vraag: 'ask', vraagnr: 'question', herindexeer: 'reindex', status: 'status', tijdlijn: 'timeline' };

const INVALID_BUTTON = /Deze knop is ongeldig/;
const NO_ANSWER = /Ik vond geen passage die deze vraag beantwoordt/;

/** Neither the token nor any of its dot-separated parts of 8+ characters. */
function expectNoToken(text: string, token: string): void {
  for (const secret of [token, ...token.split('.').filter((p) => p.length >= 8)]) expect(text).not.toContain(secret);
}

describe('npm start against a fake Discord (one bot process)', () => {
  let h: Harness;

  beforeAll(async () => {
    // Debug logging: discord.js' own debug lines pass through the bot's redaction too.
    h = await Harness.create({ fixtures: true, env: { ADMIN_ROLE_IDS: ADMIN_ROLE, LOG_LEVEL: 'debug' } });
    await h.startBot();
  });

  afterAll(async () => {
    if (!h) return;
    await h.close({
      stillRunning: 'the bot survived every test',
      after: () => {
        expect(h.bot?.stderr ?? '', 'nothing logged as a warning or error').toBe('');
        expect(h.bot!.stdout).toMatch(/ DEBUG discord\.js: /);
        expectNoToken(h.bot!.stdout + h.bot!.stderr, BOT_TOKEN);
      },
    });
  });

  describe('commands', () => {
    it('registers the five commands in the guild at start, with Dutch names and en-US/en-GB localisations', () => {
      const registered = h.fake.commands(h.fake.guildId);
      expect(registered.map((c) => c['name']).sort()).toEqual([...COMMAND_NAMES].sort());
      expect(h.fake.commands()).toEqual([]); // nothing global when DISCORD_GUILD_ID is set
      for (const c of registered) {
        expect(c['name_localizations'], c['name']).toEqual({ 'en-US': ENGLISH[c['name']], 'en-GB': ENGLISH[c['name']] });
        expect(Object.keys(c['description_localizations'] ?? {}).sort()).toEqual(['en-GB', 'en-US']);
        expect(c['description'].length).toBeLessThanOrEqual(100);
      }
      const put = h.fake.requests.filter((r) => r.route === 'PUT /applications/:appId/guilds/:guildId/commands');
      expect(put.map((r) => r.status)).toEqual([200]);
      const vraag = registered.find((c) => c['name'] === 'vraag')!;
      expect(vraag['options'].map((o: JsonObject) => o['name'])).toEqual(['tekst', 'aantal', 'vraagsteller', 'jaar']);
      expect(vraag['options'][0]).toMatchObject({ required: true, max_length: 1000, name_localizations: { 'en-US': 'text', 'en-GB': 'text' } });
      const herindexeer = registered.find((c) => c['name'] === 'herindexeer')!;
      expect(herindexeer['default_member_permissions']).toBe(String(1n << 5n)); // Manage Guild
    });
  });

  describe('/vraag', () => {
    it('answers with the verbatim quote, its source and the retrieval mode', async () => {
      const x = h.slash('vraag', { tekst: 'Wanneer wordt beslist over de goedkeuring van de projecten?' });
      const m = await finish(h.fake, x);
      expect(x.responses()[0]?.callbackType).toBe(5); // deferred, then edited
      const first = embeds(m)[0]!;
      expect(first['title']).toContain('nr. 455');
      expect(first['description']).toContain('uiterlijk op 30 juni 2018');
      expect(((first['fields'] ?? []) as JsonObject[]).map((f) => f['name'])).toEqual(['Vraagsteller', 'Minister', 'Datum', 'Onderdeel']);
      expect(field(first, 'Vraagsteller')).toBe('Yasmine Kherbache');
      expect(field(first, 'Minister')).toMatch(/^Liesbeth Homans/);
      expect(field(first, 'Datum')).toBe('23-05-2018');
      expect(field(first, 'Onderdeel')).toMatch(/antwoord op punt 2/);
      expect(first['footer']['text']).toMatch(/Zoekmodus: alleen trefwoorden/);
      expect(isEphemeral(m)).toBe(false);
      expect(findButton(m, /^Volledig/)).toBeDefined();
      expect(findButton(m, '👍')).toBeDefined();
      expect(findButton(m, '👎')).toBeDefined();
    });

    // With the fixtures in the corpus, nr. 1017 is another AMIF call that does give a count,
    // so the question names the call of nr. 455 (against racism).
    it('"Hoeveel projecten werden ingediend voor de AMIF-oproep tegen racisme?" quotes nr. 455 with the answer that belongs to sub-question 2a', async () => {
      const x = h.slash('vraag', { tekst: 'Hoeveel projecten werden ingediend voor de AMIF-oproep tegen racisme?' });
      const m = await finish(h.fake, x);
      const e455 = embeds(m).find((e) => String(e['title']).includes('nr. 455'));
      expect(e455, messageText(m)).toBeDefined();
      // Several passages of one question share its embed as "Onderdeel 1", "Onderdeel 2", …
      const part = field(e455!, 'Onderdeel') ?? field(e455!, 'Onderdeel 1') ?? '';
      expect(part).toMatch(/antwoord op punt 2/);
      // Sub-question 2a is "a) Hoeveel projecten werden ingediend?": the field shows what was asked.
      expect(part).toMatch(/\*Gevraagd:\*( \(?2a\)?:?)? Hoeveel projecten werden ingediend\?/);
      expect(e455!['description']).toContain('uiterlijk op 30 juni 2018');
    });

    it('says so when no passage answers, and lists the closest questions', async () => {
      const x = h.slash('vraag', { tekst: 'Hoeveel meldingen van discriminatie ontvingen de lokale meldpunten in 2019?' });
      const m = await finish(h.fake, x);
      expect(m['content']).toMatch(NO_ANSWER);
      expect(m['content']).toMatch(/Vragen die er het dichtst bij komen:\n• nr\. \d+/);
      expect(m['content']).toMatch(/alleen trefwoorden/);
      expect(embeds(m)).toEqual([]);
      expect(findButton(m, /^Open nr\. \d+$/)).toBeDefined();
    });

    it('filters on the questioner chosen through autocomplete', async () => {
      const ac = h.autocomplete('vraag', { tekst: 'projecten', vraagsteller: 'kherb' }, 'vraagsteller');
      const cb = await ac.done();
      expectSound(h.fake, ac);
      expect(cb.callbackType).toBe(8);
      expect(cb.data.choices).toEqual([{ name: 'Yasmine Kherbache', value: 'Yasmine Kherbache' }]);

      const all = h.autocomplete('vraag', { tekst: 'projecten', vraagsteller: '' }, 'vraagsteller');
      const choices = (await all.done()).data.choices as { name: string; value: string }[];
      expectSound(h.fake, all);
      expect(choices.length).toBeGreaterThan(3);
      expect(choices.length).toBeLessThanOrEqual(25);
      for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);

      const x = h.slash('vraag', { tekst: 'Hoeveel projecten werden ingediend?', vraagsteller: 'Yasmine Kherbache' });
      const m = await finish(h.fake, x);
      expect(embeds(m).length).toBeGreaterThan(0);
      for (const e of embeds(m)) expect(field(e, 'Vraagsteller')).toBe('Yasmine Kherbache');
    });
  });

  describe('/vraagnr', () => {
    it('autocompletes digits and words: at most 25 choices of at most 100 characters', async () => {
      const digits = h.autocomplete('vraagnr', { nummer: '45' });
      const byDigits = (await digits.done()).data.choices as { name: string; value: number }[];
      expectSound(h.fake, digits);
      expect(byDigits[0]).toMatchObject({ value: 455 });
      expect(byDigits[0]!.name).toMatch(/^455 — Integratiepact - Stand van zaken \(2\) \(23-05-2018\)$/);

      const word = h.autocomplete('vraagnr', { nummer: 'integratiepact' });
      const byWord = (await word.done()).data.choices as { name: string; value: number }[];
      expectSound(h.fake, word);
      expect(byWord.map((c) => c.value)).toContain(455);

      const empty = h.autocomplete('vraagnr', { nummer: '' });
      const all = (await empty.done()).data.choices as { name: string; value: number }[];
      expectSound(h.fake, empty);
      expect(all.length).toBe(21);

      for (const c of [...byDigits, ...byWord, ...all]) {
        expect(c.name.length).toBeGreaterThan(0);
        expect(c.name.length).toBeLessThanOrEqual(100);
        expect(Number.isInteger(c.value)).toBe(true);
      }
      for (const list of [byDigits, byWord, all]) expect(list.length).toBeLessThanOrEqual(25);
    });

    it('shows a known question in full, publicly', async () => {
      const x = h.slash('vraagnr', { nummer: 455 });
      const m = await finish(h.fake, x);
      expect(x.responses()[0]?.callbackType).toBe(4);
      expect(isEphemeral(m)).toBe(false);
      const e = embeds(m)[0]!;
      expect(e['title']).toContain('nr. 455');
      expect(e['description']).toMatch(/\*\*Vraag\*\*/);
      expect(e['footer']['text']).toMatch(/^Pagina 1\/\d+ · bestand 455-integratiepact-stand-van-zaken-2\.txt$/);
    });

    it('says an unknown number is not in the corpus', async () => {
      const x = h.slash('vraagnr', { nummer: 99999 });
      const m = await finish(h.fake, x);
      expect(isEphemeral(m)).toBe(true);
      expect(m['content']).toMatch(/Vraag nr\. 99999 staat niet in het corpus/);
    });

    it.each([
      ['0', 0],
      ['a negative number', -455],
      ['2^53', 2 ** 53],
    ])('rejects %s clearly', async (_label, nummer) => {
      const x = h.slash('vraagnr', { nummer });
      const m = await finish(h.fake, x);
      expect(isEphemeral(m)).toBe(true);
      expect(m['content']).toBe('Geef een vraagnummer van 1 tot 999999.');
    });
  });

  describe('buttons', () => {
    let answer: JsonObject; // the public answer message with its buttons
    let query: string;

    beforeAll(async () => {
      query = 'Hoeveel projecten werden ingediend voor de AMIF-oproep?';
      const x = h.slash('vraag', { tekst: query });
      answer = await finish(h.fake, x);
    });

    it('"Volledige vraag en antwoord" opens the full text ephemerally; the page buttons turn its pages in place', async () => {
      const open = findButton(answer, /^Volledig: nr\. 455$/)!;
      expect(open).toBeDefined();
      const x = h.button(open['custom_id'], answer['id']);
      const page1 = await finish(h.fake, x);
      expect(x.responses()[0]?.callbackType).toBe(4);
      expect(isEphemeral(page1)).toBe(true);
      const e1 = embeds(page1)[0]!;
      expect(e1['title']).toContain('nr. 455');
      const total = Number(/^Pagina 1\/(\d+)/.exec(e1['footer']['text'])?.[1]);
      expect(total).toBeGreaterThan(1);
      expect(findButton(page1, '◀ Vorige')).toBeUndefined();

      const next = h.button(findButton(page1, 'Volgende ▶')!['custom_id'], page1['id']);
      const page2 = await finish(h.fake, next);
      expect(next.responses()[0]?.callbackType).toBe(7); // update in place
      expect(page2['id']).toBe(page1['id']);
      expect(isEphemeral(page2)).toBe(true);
      expect(embeds(page2)[0]!['footer']['text']).toMatch(new RegExp(`^Pagina 2/${total}`));
      expect(embeds(page2)[0]!['description']).not.toBe(e1['description']);

      const back = h.button(findButton(page2, '◀ Vorige')!['custom_id'], page2['id']);
      const again = await finish(h.fake, back);
      expect(embeds(again)[0]!['footer']['text']).toMatch(new RegExp(`^Pagina 1/${total}`));

      const file = h.button(findButton(again, 'Als tekstbestand')!['custom_id'], again['id']);
      const r = await file.done();
      expectSound(h.fake, file);
      expect(r.ephemeral).toBe(true);
      expect(r.files.map((f) => f.name)).toEqual(['schriftelijke-vraag-455.txt']);
      expect(r.files[0]!.text).toContain('uiterlijk op 30 juni 2018');
    });

    it('"Meer resultaten" shows the next passages', async () => {
      const more = findButton(answer, 'Meer resultaten');
      expect(more, 'the AMIF question has more than three passages').toBeDefined();
      const x = h.button(more!['custom_id'], answer['id']);
      const m = await finish(h.fake, x);
      expect(m['content']).toMatch(/Resultaten 4–6/);
      expect(embeds(m).length).toBeGreaterThan(0);
      expect(m['id']).not.toBe(answer['id']);
    });

    it('👍 and 👎 append one JSON line each to FEEDBACK_FILE, without user, guild or channel ids; a second vote is refused', async () => {
      const voter = Harness.newUserId();
      const up = h.button(findButton(answer, '👍')!['custom_id'], answer['id'], { userId: voter });
      expect((await finish(h.fake, up))['content']).toMatch(/Bedankt voor je feedback/);
      const again = h.button(findButton(answer, '👍')!['custom_id'], answer['id'], { userId: voter });
      expect((await finish(h.fake, again))['content']).toMatch(/al je mening gegeven/);
      const down = h.button(findButton(answer, '👎')!['custom_id'], answer['id'], { userId: Harness.newUserId() });
      const downReply = await finish(h.fake, down);
      expect(downReply['content']).toMatch(/Bedankt voor je feedback/);
      expect(isEphemeral(downReply)).toBe(true);

      const lines = readFileSync(h.feedbackFile, 'utf8').trim().split('\n');
      expect(lines).toHaveLength(2);
      const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
      for (const rec of records) {
        expect(Object.keys(rec)).toEqual(['query', 'questionNumber', 'item', 'vote', 'time']);
        expect(rec['query']).toBe(query);
        expect(typeof rec['questionNumber']).toBe('number');
      }
      expect(records.map((r) => r['vote'])).toEqual(['up', 'down']);
      const raw = readFileSync(h.feedbackFile, 'utf8');
      for (const id of [voter, h.fake.userId, h.fake.guildId, h.fake.channelId, answer['id'] as string]) expect(raw).not.toContain(id);
    });

    it('a forged custom_id gets a clear ephemeral message and the bot keeps running', async () => {
      for (const forged of ['hallo', 'ip1:vote:1', 'ip9:full:455.00000000', '']) {
        const x = h.button(forged || 'x'.repeat(100), answer['id']);
        const m = await finish(h.fake, x);
        expect(isEphemeral(m)).toBe(true);
        expect(m['content']).toMatch(INVALID_BUTTON);
      }
      const status = h.slash('status');
      expect(embeds(await finish(h.fake, status))[0]!['title']).toMatch(/Status/);
      expect(h.bot!.running).toBe(true);
    });
  });

  describe('/herindexeer', () => {
    it('is refused without Manage Guild or an admin role', async () => {
      const x = h.slash('herindexeer', {}, { userId: Harness.newUserId() });
      const m = await finish(h.fake, x);
      expect(isEphemeral(m)).toBe(true);
      expect(m['content']).toMatch(/Alleen beheerders/);
      expect(h.bot!.lines.some((l) => /Herindexering klaar/.test(l.text))).toBe(false);
    });

    it('with Manage Guild: progress edits (if any) and then a summary', async () => {
      const x = h.slash('herindexeer', {}, { permissions: MANAGE_GUILD_PERMISSIONS });
      const m = await finish(h.fake, x, { match: (r) => /Herindexering (klaar|mislukt)/.test(String(r.body?.content)) });
      expect(m['content']).toMatch(/^✅ Herindexering klaar in [\d,]+ s; de nieuwe index is actief\./);
      expect(m['content']).toMatch(/Documenten: 21 — nieuw 0, gewijzigd 0, ongewijzigd 21/);
      const edits = x.responses().filter((r) => r.kind === 'edit');
      // Every edit before the summary is a progress update; the summary is the last one.
      for (const e of edits.slice(0, -1)) expect(e.body.content).toMatch(/^⏳ Herindexering bezig/);
      expect(edits.at(-1)!.body.content).toMatch(/^✅/);
    });

    it('with an ADMIN_ROLE_IDS role (and no Manage Guild) it runs too', async () => {
      const x = h.slash('herindexeer', {}, { userId: Harness.newUserId(), roles: [ADMIN_ROLE] });
      const m = await finish(h.fake, x, { match: (r) => /Herindexering (klaar|mislukt)/.test(String(r.body?.content)) });
      expect(m['content']).toMatch(/^✅ Herindexering klaar/);
    });

    it('twice at once: one runs, the other hears "Er loopt al een herindexering"', async () => {
      // A changed file, so the reindex that runs has real work (nothing changed would be a quick no-op).
      appendFileSync(join(h.corpusDir, 'synthetic-1020.txt'), '\n');
      const a = h.slash('herindexeer', {}, { permissions: MANAGE_GUILD_PERMISSIONS });
      const b = h.slash('herindexeer', {}, { permissions: MANAGE_GUILD_PERMISSIONS });
      const final = /Herindexering (klaar|mislukt)|Er loopt al een herindexering/;
      const texts = await Promise.all([a, b].map(async (x) => String((await finish(h.fake, x, { match: (r) => final.test(String(r.body?.content)) }))['content'])));
      expect(texts.filter((t) => /^✅ Herindexering klaar[^]*Documenten: 21 — nieuw 0, gewijzigd 1, ongewijzigd 20/.test(t))).toHaveLength(1);
      expect(texts.filter((t) => t.includes('Er loopt al een herindexering'))).toHaveLength(1);
    });
  });

  describe('/status', () => {
    it('shows documents, passages, keyword mode and why, model, version and uptime', async () => {
      const x = h.slash('status');
      const m = await finish(h.fake, x);
      const e = embeds(m)[0]!;
      expect(e['title']).toBe('Status van de Integratiepact-bot');
      expect(field(e, 'Documenten')).toBe('21');
      expect(Number(field(e, 'Passages'))).toBeGreaterThan(100);
      expect(field(e, 'Zoekmodus')).toBe('alleen trefwoorden — RETRIEVAL\\_MODE=keyword');
      expect(field(e, 'Model')).toMatch(/geen/);
      expect(field(e, 'Versie')).toBe('0.1.0');
      expect(field(e, 'Uptime')).toMatch(/\d+ (s|min)/);
    });
  });

  describe('messages', () => {
    it('answers an @mention with a question as a reply to that message, pinging nobody', async () => {
      const { sent, reply, request } = await h.post({ content: `${h.mention} Wanneer wordt beslist over de goedkeuring van de projecten?` });
      expect(reply['message_reference']?.['message_id']).toBe(sent['id']);
      expect(embeds(reply)[0]!['title']).toContain('nr. 455');
      expect(embeds(reply)[0]!['description']).toContain('uiterlijk op 30 juni 2018');
      expect(request.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
      expect(reply['mentions']).toEqual([]);
    });

    it('answers an @mention without text with help', async () => {
      const { sent, reply } = await h.post({ content: `${h.mention}` });
      expect(reply['message_reference']?.['message_id']).toBe(sent['id']);
      expect(reply['content']).toMatch(/^Hallo! Ik beantwoord vragen over het Integratiepact/);
    });

    it('answers a reply to its answer as a follow-up question', async () => {
      const first = await h.post({ content: `${h.mention} Hoeveel projecten werden ingediend voor de AMIF-oproep?` });
      const follow = await h.post({ content: 'En wanneer wordt beslist over de goedkeuring van de projecten?', referencedMessageId: first.reply['id'] });
      expect(follow.reply['message_reference']?.['message_id']).toBe(follow.sent['id']);
      expect(messageText(follow.reply)).toContain('uiterlijk op 30 juni 2018');
      expect(follow.request.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    });
  });
});

describe('npm run deploy-commands', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.create({ fixtures: false });
  });
  afterAll(async () => {
    await h?.dispose();
  });

  it('registers guild-scoped with DISCORD_GUILD_ID and globally without', async () => {
    const guild = await runScript('scripts/deploy-commands.ts', [], h.env());
    expect(guild.stderr).toBe('');
    expect(guild).toMatchObject({ code: 0, stdout: `5 commando's geregistreerd in server ${h.fake.guildId}.\n` });
    expect(h.fake.commands(h.fake.guildId).map((c) => c['name']).sort()).toEqual([...COMMAND_NAMES].sort());
    expect(h.fake.commands()).toEqual([]);

    const global = await runScript('scripts/deploy-commands.ts', [], h.env({ DISCORD_GUILD_ID: '' }));
    expect(global.stderr).toBe('');
    expect(global).toMatchObject({ code: 0, stdout: "5 commando's geregistreerd globaal.\n" });
    const commands = h.fake.commands();
    expect(commands.map((c) => c['name']).sort()).toEqual([...COMMAND_NAMES].sort());
    for (const c of commands) expect(c['name_localizations']).toEqual({ 'en-US': ENGLISH[c['name']], 'en-GB': ENGLISH[c['name']] });
    expect(h.fake.requests.map((r) => r.route)).toEqual(['PUT /applications/:appId/guilds/:guildId/commands', 'PUT /applications/:appId/commands']);
    expectAllSound(h.fake);
    for (const out of [guild.stdout, guild.stderr, global.stdout, global.stderr]) expect(out).not.toContain(BOT_TOKEN);
  });
});

describe('start-up failures', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.create({ fixtures: false });
  });
  afterAll(async () => {
    await h?.dispose();
  });

  it('without DISCORD_TOKEN: exit code 2 and one line', async () => {
    const bot = await h.startBot({ env: { DISCORD_TOKEN: '' }, waitReady: false });
    const exit = await bot.exited;
    expect(exit).toEqual({ code: 2, signal: null });
    expect(bot.stdout).toBe('');
    expect(bot.stderr.split('\n').filter(Boolean)).toEqual([expect.stringMatching(/^DISCORD_TOKEN ontbreekt/)]);
  });

  it('a token Discord rejects (REST 401): exit code 1 with one clear line, the token never printed', async () => {
    const token = 'MTk5OTk5OTk5OTk5OTk5OTk5OQ.GwRong.this-token-is-revoked-and-must-stay-secret';
    const bot = await h.startBot({ env: { DISCORD_TOKEN: token }, waitReady: false });
    const exit = await bot.exited;
    expect(exit).toEqual({ code: 1, signal: null });
    expect(bot.stderr.split('\n').filter(Boolean)).toEqual([expect.stringMatching(/^Discord weigerde het token: DISCORD_TOKEN is ongeldig of ingetrokken/)]);
    expect(bot.stdout).toMatch(/Klaar: 1 documenten/);
    expectNoToken(bot.stdout + bot.stderr, token);
    expect(h.fake.requests.filter((r) => r.path === '/gateway/bot').map((r) => r.status)).toContain(401);
  });

  it('a token the gateway rejects (close 4004): exit code 1 with one clear line, the token never printed', async () => {
    const g = await Harness.create({ fixtures: false, fake: { acceptAnyRestToken: true } });
    try {
      const token = 'MTk5OTk5OTk5OTk5OTk5OTk5OA.GwRong.gateway-rejects-this-token-secret';
      const bot = await g.startBot({ env: { DISCORD_TOKEN: token }, waitReady: false });
      const exit = await bot.exited;
      expect(exit).toEqual({ code: 1, signal: null });
      expect(bot.stderr.split('\n').filter(Boolean)).toEqual([expect.stringMatching(/^Discord weigerde het token/)]);
      expectNoToken(bot.stdout + bot.stderr, token);
      expect(g.fake.gatewayLog.some((e) => e.event === 'rejected' && e.code === 4004)).toBe(true);
    } finally {
      await g.dispose();
    }
  });
});
