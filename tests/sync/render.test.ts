/**
 * What the sync adds to the bot's and the CLI's output, as pure functions:
 * citation lines, link buttons, announcements, the timeline, the update
 * summary; all within Discord's limits. And the announcer's bookkeeping.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeCustomId, encodeCustomId } from '../../src/bot/dispatch/custom-id.js';
import { renderAnnouncement } from '../../src/bot/render/announce.js';
import { renderAnswer } from '../../src/bot/render/answer.js';
import { payloadProblems } from '../../src/bot/render/payload.js';
import { renderUpdateFailure, renderUpdateProgress } from '../../src/bot/render/sync.js';
import { renderTimeline, timelineRows } from '../../src/bot/render/tijdlijn.js';
import { AnnouncedStore } from '../../src/bot/sync/announced.js';
import { Announcer, pendingAnnouncements } from '../../src/bot/sync/announcer.js';
import { answerJson, formatAnswer } from '../../src/cli/format.js';
import { loadLexicon } from '../../src/corpus/lexicon.js';
import { parseDocument } from '../../src/corpus/parse.js';
import type { ParsedDocument } from '../../src/corpus/types.js';
import { citationText, documentLookup } from '../../src/present/citation.js';
import { question, questionLines, type FakeQuestion } from '../helpers/fake-parliament.js';
import { captureLogger } from '../bot/stubs.js';
import { passage, result } from '../bot/fixtures.js';

function synced(q: FakeQuestion, answered = true): ParsedDocument {
  const doc = parseDocument(questionLines({ ...q, answered: answered ? q.answered : null }).join('\n'), `vlaams-parlement/${q.number}-${q.id}.pdf`);
  return {
    ...doc,
    questioner: 'Yasmine Kherbache',
    minister: { ...doc.minister, name: 'Liesbeth Homans' },
    source: { origin: 'vlaams-parlement', id: q.id, pageUrl: `https://www.vlaamsparlement.be/nl/schriftelijke-vragen/${q.id}`, documentUrl: null, sessionYear: '2017-2018', subject: null, answered, answerDate: answered ? q.answered ?? null : null },
  };
}

let docs: ParsedDocument[] = [];
const q12 = question({ number: 12, asked: '2018-02-01', answered: '2018-03-01' });
beforeAll(async () => {
  await loadLexicon();
  docs = [synced(question({ number: 455, asked: '2018-05-23', answered: '2018-06-12' })), synced(q12, false)];
});

describe('citation and link', () => {
  it('cites as people cite a written question', () => {
    expect(citationText(docs[0]!, 'antwoord op punt 2')).toBe('Schriftelijke vraag nr. 455 van 23 mei 2018 van Yasmine Kherbache aan minister Liesbeth Homans, antwoord op punt 2.');
    expect(citationText({ questionNumber: 7, date: null, questioner: null, minister: { name: null } })).toBe('Schriftelijke vraag nr. 7.');
  });

  it('the bot adds a Bronvermelding field and a link button for a synced question only', () => {
    const p = passage({ docId: docs[0]!.id, questionNumber: 455, itemDescription: 'antwoord op punt 2' });
    const handDropped = passage({ docId: 'hand.txt', questionNumber: 1001 });
    const payload = renderAnswer(result([p, handDropped]), { sessionId: null, offset: 0, limit: 3, documents: documentLookup(docs) });
    expect(payloadProblems(payload)).toEqual([]);
    const [first, second] = payload.embeds;
    expect(first!.fields!.find((f) => f.name === 'Bronvermelding')?.value).toBe('Schriftelijke vraag nr. 455 van 23 mei 2018 van Yasmine Kherbache aan minister Liesbeth Homans, antwoord op punt 2.');
    expect(second!.fields!.some((f) => f.name === 'Bronvermelding')).toBe(false);
    const links = payload.components.flatMap((r) => r.components).filter((b) => 'url' in b);
    expect(links).toEqual([expect.objectContaining({ style: 5, url: docs[0]!.source!.pageUrl, label: 'Bron nr. 455' })]);
  });

  it('the CLI and its JSON carry the link and the citation', () => {
    const p = passage({ docId: docs[0]!.id, questionNumber: 455, itemDescription: 'antwoord op punt 2' });
    const text = formatAnswer(result([p]), documentLookup(docs));
    expect(text).toContain(`    Bron: ${docs[0]!.source!.pageUrl}`);
    expect(text).toContain('    Citeer: Schriftelijke vraag nr. 455 van 23 mei 2018 van Yasmine Kherbache aan minister Liesbeth Homans, antwoord op punt 2.');
    const json = answerJson(result([p, passage({ docId: 'hand.txt' })]), documentLookup(docs)) as { passages: { sourceUrl: string | null; citation: string | null }[] };
    expect(json.passages.map((x) => [x.sourceUrl, x.citation?.slice(0, 31) ?? null])).toEqual([
      [docs[0]!.source!.pageUrl, 'Schriftelijke vraag nr. 455 van'],
      [null, null],
    ]);
  });
});

describe('announcements', () => {
  it('renders the number, title, who asked whom, the date, the first sentence of the answer and two buttons', () => {
    const p = renderAnnouncement(docs[0]!, 'answered');
    expect(payloadProblems(p)).toEqual([]);
    expect(p.allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(p.embeds[0]!.title).toBe('Beantwoord: schriftelijke vraag nr. 455');
    expect(p.embeds[0]!.description).toMatch(/^\*\*Integratiepact - Vraag 455\*\*\n\n> In totaal namen \d+ organisaties deel aan de oproep\.$/);
    const open = renderAnnouncement(docs[1]!, 'new');
    expect(open.embeds[0]!.description).toContain('*Nog niet beantwoord.*');
    expect(open.components[0]!.components.map((b) => ('custom_id' in b ? b.custom_id : 'url' in b ? b.url : null))).toEqual([expect.stringMatching(/^ip1:full:12\./), docs[1]!.source!.pageUrl]);
  });

  it('announces each question once: new, then answered; a failed send is tried again next time; the first start announces nothing old', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ipbot-announce-'));
    try {
      const file = join(dir, 'announced.json');
      const sent: string[] = [];
      let fail = false;
      const send = async (p: { embeds: { title?: string }[] }) => {
        if (fail) throw new Error('Discord onbereikbaar');
        sent.push(p.embeds[0]!.title!);
      };
      const log = captureLogger();
      const first = new Announcer(new AnnouncedStore(file), send, log);
      await first.prepare([docs[0]!]); // the existing corpus counts as announced
      expect(await first.announce([docs[0]!])).toBe(0);
      fail = true;
      expect(await first.announce(docs)).toBe(0);
      fail = false;
      expect(await first.announce(docs)).toBe(1);
      expect(sent).toEqual(['Nieuwe schriftelijke vraag nr. 12']);

      // After a restart, the store remembers; the answer to nr. 12 is new.
      const restarted = new Announcer(new AnnouncedStore(file), send, log);
      await restarted.prepare(docs);
      const answered12 = synced(q12, true);
      // Answered per the API, but no answer in the text yet: not announced as answered until it is.
      expect(await restarted.announce([docs[0]!, { ...docs[1]!, source: { ...docs[1]!.source!, answered: true } }])).toBe(0);
      expect(await restarted.announce([docs[0]!, answered12])).toBe(1);
      expect(await restarted.announce([docs[0]!, answered12])).toBe(0);
      expect(sent).toEqual(['Nieuwe schriftelijke vraag nr. 12', 'Beantwoord: schriftelijke vraag nr. 12']);
      expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).announced).sort()).toEqual([`answered:vp:${docs[0]!.source!.id}`, `answered:vp:${docs[1]!.source!.id}`, `new:vp:${docs[0]!.source!.id}`, `new:vp:${docs[1]!.source!.id}`].sort());
      expect(log.lines.some((l) => l.startsWith('warn Aankondiging van vraag nr. 12 niet verstuurd'))).toBe(true);
      expect(pendingAnnouncements(docs, { has: () => false }).map((a) => a.kind)).toEqual(['new', 'new-answered']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('/tijdlijn and /herindexeer bijwerken:true payloads', () => {
  it('pages the timeline within Discord limits; its buttons carry the topic', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ ...docs[i % 2]!, questionNumber: 100 + i, title: `${'Lange titel '.repeat(20)}${i}`, date: `2018-01-${String(25 - i).padStart(2, '0')}` }));
    const rows = timelineRows(many, '');
    expect(rows.map((r) => r.questionNumber).slice(0, 3)).toEqual([124, 123, 122]); // oldest first
    for (const page of [0, 1, 2, 5]) expect(payloadProblems(renderTimeline(rows, { page, topic: 'Lange titel' }))).toEqual([]);
    const p = renderTimeline(rows, { page: 1, topic: 'zee: ëé' });
    const ids = p.components.flatMap((r) => r.components).map((b) => ('custom_id' in b ? b.custom_id : ''));
    expect(ids.map((id) => decodeCustomId(id))).toEqual([
      { ok: true, id: { action: 'tl', page: 0, topic: 'zee: ëé' } },
      { ok: true, id: { action: 'tl', page: 2, topic: 'zee: ëé' } },
    ]);
    expect(encodeCustomId({ action: 'tl', page: 3, topic: '' })).toBe('ip1:tl:3:');
    for (const forged of ['ip1:tl:1:!!', 'ip1:tl:-1:', 'ip1:tl:1:YR', 'ip1:tl:1', `ip1:tl:1:${Buffer.from('x'.repeat(61)).toString('base64url')}`]) expect(decodeCustomId(forged).ok, forged).toBe(false);
  });

  it('progress and failure messages fit', () => {
    expect(renderUpdateProgress({ stage: 'sync', progress: { phase: 'fetch', done: 3, total: 10 } }, 12_000).content).toBe(
      '⏳ Herindexering bezig (12 s) — Documenten ophalen: 3/10\nAntwoorden komen intussen nog uit de huidige index.',
    );
    const failure = renderUpdateFailure({ ok: false, busy: false, stage: 'sync', reason: 'De zoek-API gaf een HTML-pagina in plaats van JSON. Er is niets gewijzigd.', sync: null });
    expect(failure.content).toBe('❌ Synchroniseren met het Vlaams Parlement mislukt: De zoek-API gaf een HTML-pagina in plaats van JSON. Er is niets gewijzigd.\nDe vorige index blijft actief.');
  });
});
