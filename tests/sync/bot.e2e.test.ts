/**
 * The sync in the bot, end to end: `npm start` against the fake Discord and
 * the fake Parliament. A scheduled sync announces new and newly answered
 * questions exactly once (across a restart too), `/herindexeer
 * bijwerken:true` syncs and reindexes with progress, answers link to the
 * question's page with a citation line, and `/tijdlijn` pages through the
 * dossier in date order.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANAGE_GUILD_PERMISSIONS } from '../helpers/fake-discord/index.js';
import { FakeParliament, question, TEST_SYNC_SETTINGS } from '../helpers/fake-parliament.js';
import { embeds, field, findButton, finish, Harness, isEphemeral, isProgress, messageText } from '../e2e/harness.js';

const ADMIN = { permissions: MANAGE_GUILD_PERMISSIONS };
const posts = (h: Harness) => h.fake.channelMessages().filter((p) => p.request.method === 'POST' && !p.body?.message_reference).map((p) => p.message);

describe('the sync in the bot (fake Discord + fake Parliament)', () => {
  let h: Harness;
  let api: FakeParliament;
  const answered = question({ number: 70, asked: '2018-03-01', answered: '2018-03-20' });
  const open = question({ number: 71, asked: '2018-03-05', answered: null });
  const later = question({ number: 72, asked: '2018-04-02', answered: '2018-04-20' });
  let env: Record<string, string>;

  beforeAll(async () => {
    api = new FakeParliament([answered, open]);
    await api.start();
    h = await Harness.create({ fixtures: true });
    env = {
      VP_API_URL: api.url,
      ...TEST_SYNC_SETTINGS,
      ANNOUNCE_CHANNEL_ID: h.fake.channelId,
      ANNOUNCE_STATE_FILE: join(h.dir, 'data', 'announced.json'),
    };
  });

  afterAll(async () => {
    await h?.close();
    await api?.stop();
  });

  it('a scheduled sync announces each new question and each newly answered one, once, without pinging anyone', async () => {
    const bot = await h.startBot({ env: { ...env, SYNC_INTERVAL_HOURS: '0.0004' } }); // every 1.44 s
    expect(bot.stdout).toMatch(/Aankondigingen: 21 bestaande vragen als aangekondigd genoteerd/);
    await bot.waitForLine(/Bijwerken klaar: 2 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 overgeslagen; index 23 documenten; 2 aankondigingen\./);
    await h.fake.waitFor(() => posts(h).length >= 2, 5_000);
    const [first, second] = posts(h);
    expect(embeds(first!)[0]!['title']).toBe('Nieuwe schriftelijke vraag, met antwoord nr. 70');
    expect(embeds(first!)[0]!['description']).toMatch(/^\*\*Integratiepact - Vraag 70\*\*\n\n> In totaal namen 80 organisaties deel aan de oproep\.$/);
    expect(field(embeds(first!)[0]!, 'Vraagsteller → minister')).toBe('Yasmine Kherbache → Liesbeth Homans');
    expect(field(embeds(first!)[0]!, 'Datum')).toBe('01-03-2018');
    expect(field(embeds(first!)[0]!, 'Beantwoord')).toBe('20-03-2018');
    expect(findButton(first, 'Volledige vraag en antwoord')?.['custom_id']).toMatch(/^ip1:full:70\.[0-9a-f]{8}$/);
    expect(findButton(first, 'Bekijk bij het Vlaams Parlement')).toMatchObject({ style: 5, url: `https://www.vlaamsparlement.be/nl/parlementair-werk/schriftelijke-vragen/${answered.id}` });
    expect(embeds(second!)[0]!['title']).toBe('Nieuwe schriftelijke vraag nr. 71');
    expect(embeds(second!)[0]!['description']).toContain('Nog niet beantwoord.');

    // Answered since: fetched again, announced as answered.
    const mark = bot.lines.length;
    open.answered = '2018-05-02';
    await bot.waitForLine(/Bijwerken klaar: 0 nieuw, 1 bijgewerkt, 1 ongewijzigd, 0 overgeslagen; index 23 documenten; 1 aankondigingen\./, { after: mark });
    await h.fake.waitFor(() => posts(h).length >= 3, 5_000);
    const third = posts(h)[2]!;
    expect(embeds(third)[0]!['title']).toBe('Beantwoord: schriftelijke vraag nr. 71');
    expect(embeds(third)[0]!['description']).toContain('> In totaal namen 81 organisaties deel aan de oproep.');
    expect(field(embeds(third)[0]!, 'Beantwoord')).toBe('02-05-2018');

    // Nothing changed: nothing is announced again.
    const mark2 = bot.lines.length;
    await bot.waitForLine(/Bijwerken klaar: 0 nieuw, 0 bijgewerkt, 2 ongewijzigd, 0 overgeslagen; index 23 documenten; 0 aankondigingen\./, { after: mark2 });
    expect(posts(h)).toHaveLength(3);
    for (const p of h.fake.channelMessages()) expect(p.body['allowed_mentions']).toEqual({ parse: [] });
    await h.stopBot();
  }, 40_000);

  it('after a restart, /herindexeer bijwerken:true syncs, reindexes with progress and announces only what is new', async () => {
    api.questions.push(later);
    await h.startBot({ env: { ...env, SYNC_INTERVAL_HOURS: '0' } });
    const x = h.slash('herindexeer', { bijwerken: true }, ADMIN);
    const m = await finish(h.fake, x, { match: (r) => !isProgress(r), timeoutMs: 30_000 });
    expect(m['content']).toMatch(/^✅ Bijgewerkt in [\d,]+ s; de nieuwe index is actief\.\n\*\*Vlaams Parlement\*\*\n/);
    expect(m['content']).toMatch(/1 nieuw, 0 bijgewerkt, 2 ongewijzigd, 0 overgeslagen\./);
    expect(m['content']).toMatch(/• nieuw: nr\. 72 \(2017-2018\) — Integratiepact - Vraag 72 → vlaams-parlement\/72-\d+\.pdf/);
    expect(m['content']).toMatch(/Documenten: 24 — nieuw 1, gewijzigd 0, ongewijzigd 23/);
    expect(m['content']).toMatch(/📣 1 aankondiging geplaatst\./);
    await h.fake.waitFor(() => posts(h).length >= 4, 5_000);
    expect(posts(h).map((p) => embeds(p)[0]!['title'])).toEqual([
      'Nieuwe schriftelijke vraag, met antwoord nr. 70',
      'Nieuwe schriftelijke vraag nr. 71',
      'Beantwoord: schriftelijke vraag nr. 71',
      'Nieuwe schriftelijke vraag, met antwoord nr. 72',
    ]);

    // The announcement's button opens the full question and answer.
    const post = posts(h)[3]!;
    const open = h.button(String(findButton(post, 'Volledige vraag en antwoord')!['custom_id']), String(post['id']));
    const full = await finish(h.fake, open);
    expect(isEphemeral(full)).toBe(true);
    expect(embeds(full)[0]!['title']).toBe('Schriftelijke vraag nr. 72 — Integratiepact - Vraag 72');
    expect(embeds(full)[0]!['description']).toContain('In totaal namen 82 organisaties deel aan de oproep.');
  }, 40_000);

  it('an answer from a synced question carries a link to its page and a citation line; a hand-dropped one neither', async () => {
    const x = h.slash('vraag', { tekst: 'Hoeveel organisaties namen deel aan de oproep?', aantal: 1 });
    const m = await finish(h.fake, x);
    const e = embeds(m)[0]!;
    expect(e['title']).toMatch(/^Schriftelijke vraag nr\. 7[012] — Integratiepact - Vraag 7[012]$/);
    const n = /nr\. (\d+)/.exec(String(e['title']))![1];
    const q = [answered, open, later].find((x) => String(x.number) === n)!;
    expect(field(e, 'Bronvermelding')).toBe(`Schriftelijke vraag nr. ${n} van ${new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(q.asked))} van Yasmine Kherbache aan minister Liesbeth Homans, antwoord op punt 1.`);
    expect(findButton(m, 'Bekijk bij het Vlaams Parlement')).toMatchObject({ style: 5, url: expect.stringMatching(new RegExp(`/schriftelijke-vragen/${q.id}$`)) });

    const plain = await finish(h.fake, h.slash('vraag', { tekst: 'Wanneer wordt beslist over de goedkeuring van de projecten?', aantal: 1 }));
    const top = embeds(plain)[0]!;
    expect(top['title']).toContain('nr. 455');
    expect(field(top, 'Bronvermelding')).toBeUndefined();
    expect(findButton(plain, 'Bekijk bij het Vlaams Parlement')).toBeUndefined();
  });

  it('/tijdlijn lists the dossier in date order, ten to a page, with who asked whom and whether it was answered', async () => {
    const x = h.slash('tijdlijn');
    const m = await finish(h.fake, x);
    const e = embeds(m)[0]!;
    expect(e['title']).toBe('Tijdlijn van het dossier');
    expect(e['footer']['text']).toMatch(/^Pagina 1\/3 · 24 vragen, \d+ beantwoord$/);
    const dates = [...String(e['description']).matchAll(/\*\*nr\. \d+\*\* · (\d{2})-(\d{2})-(\d{4})/g)].map((d) => `${d[3]}-${d[2]}-${d[1]}`);
    expect(dates).toHaveLength(10);
    expect([...dates].sort()).toEqual(dates);
    const next = h.button(String(findButton(m, 'Volgende ▶')!['custom_id']), String(m['id']));
    const page2 = await finish(h.fake, next);
    expect(next.responses()[0]!.callbackType).toBe(7); // the list itself turns the page
    expect(embeds(page2)[0]!['footer']['text']).toMatch(/^Pagina 2\/3 · 24 vragen/);
    expect(findButton(page2, '◀ Vorige')).toBeDefined();

    const topic = await finish(h.fake, h.slash('tijdlijn', { onderwerp: 'Integratiepact - Vraag' }));
    const t = embeds(topic)[0]!;
    expect(t['title']).toBe('Tijdlijn van het dossier over "Integratiepact - Vraag"');
    expect(String(t['description']).split('\n\n')).toEqual([
      '**nr. 70** · 01-03-2018 · Integratiepact - Vraag 70\nYasmine Kherbache → Liesbeth Homans · ✅ beantwoord op 20-03-2018',
      '**nr. 71** · 05-03-2018 · Integratiepact - Vraag 71\nYasmine Kherbache → Liesbeth Homans · ✅ beantwoord op 02-05-2018',
      '**nr. 72** · 02-04-2018 · Integratiepact - Vraag 72\nYasmine Kherbache → Liesbeth Homans · ✅ beantwoord op 20-04-2018',
    ]);
    expect(t['footer']['text']).toBe('Pagina 1/1 · 3 vragen, 3 beantwoord');
    expect(messageText(await finish(h.fake, h.slash('tijdlijn', { onderwerp: 'ruimtevaart' })))).toBe('Er staan geen vragen over "ruimtevaart" in het corpus.');
  });

  it('keeps the last page of the list reachable', async () => {
    const m = await finish(h.fake, h.slash('tijdlijn'));
    const last = h.button('ip1:tl:2:', String(m['id']));
    const page3 = await finish(h.fake, last);
    expect(embeds(page3)[0]!['footer']['text']).toMatch(/^Pagina 3\/3/);
    expect(findButton(page3, 'Volgende ▶')).toBeUndefined();
  });
});
