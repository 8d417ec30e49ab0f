import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, lookupQuestion } from '../../src/answer/index.js';
import { decodeCustomId } from '../../src/bot/dispatch/custom-id.js';
import { questionChoiceName, questionChoices, questionerChoices } from '../../src/bot/render/autocomplete.js';
import { answerEmbeds, renderAnswer } from '../../src/bot/render/answer.js';
import { fullTextFile, fullTextPages, MAX_INLINE_PAGES, renderFullText, renderFullTextOpen, renderLookup } from '../../src/bot/render/full.js';
import { mentionHelp, errorMessage } from '../../src/bot/render/help.js';
import { LIMITS } from '../../src/bot/render/limits.js';
import { embedsLength, enforceLimits, message, payloadProblems, type MessagePayload } from '../../src/bot/render/payload.js';
import { renderReindexFailure, renderReindexProgress, renderReindexSummary } from '../../src/bot/render/reindex.js';
import { formatUptime, renderStatus } from '../../src/bot/render/status.js';
import type { IndexSummary } from '../../src/indexer.js';
import type { QuestionLookup } from '../../src/answer/index.js';
import type { ParsedDocument } from '../../src/corpus/types.js';
import { passage, result, sentences, useTempIndexes } from './fixtures.js';

const view = { sessionId: 'abcdefghij', offset: 0, limit: 3 };

function expectValid(p: MessagePayload): void {
  expect(payloadProblems(p)).toEqual([]);
  expect(p.allowedMentions).toEqual({ parse: [], repliedUser: false });
}

const allText = (p: MessagePayload) =>
  [p.content, ...p.embeds.flatMap((e) => [e.title ?? '', e.description ?? '', e.footer?.text ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])])].join('\n');

describe('renderAnswer', () => {
  it('renders one embed per question with the documented fields', () => {
    const p = renderAnswer(result([passage()]), view);
    expectValid(p);
    const e = p.embeds[0]!;
    expect(e.title).toBe('Schriftelijke vraag nr. 455 — Integratiepact - Stand van zaken (2)');
    expect(e.description).toBe('> Zoals bepaald in de oproep, wordt uiterlijk op 30 juni 2018 beslist over de goedkeuring van de projecten.');
    expect(e.fields?.map((f) => f.name)).toEqual(['Vraagsteller', 'Minister', 'Datum', 'Onderdeel']);
    expect(e.fields?.[0]?.value).toBe('Yasmine Kherbache');
    expect(e.fields?.[2]?.value).toBe('23-05-2018');
    expect(e.fields?.[3]?.value).toContain('antwoord op punt 2');
    expect(e.fields?.[3]?.value).toContain('Hoeveel projecten werden ingediend?');
    expect(e.footer?.text).toMatch(/alleen trefwoorden/);
    expect(e.footer?.text).toMatch(/score 7,90/);
  });

  it('states the verdict in words, and says out loud when the asked number is missing', () => {
    const partial = passage({ verdict: { kind: 'partial', missing: 'count' } });
    const p = renderAnswer(result([partial], { searchedQuery: 'Hoeveel projecten werden ingediend?' }), view);
    expectValid(p);
    expect(p.content).toContain('Op de vraag hoeveel projecten werden ingediend, geeft de minister geen aantal. Het antwoord op punt 2:');
    expect(p.embeds[0]!.fields?.[3]?.value).toContain('gedeeltelijk — het antwoord noemt geen aantal');
    expect(allText(p)).not.toMatch(/zekerheid|%/);
    const answers = renderAnswer(result([passage()]), view);
    expect(answers.embeds[0]!.fields?.[3]?.value).toContain('beantwoordt de vraag');
    expect(answers.content).not.toContain('geeft de minister geen');
  });

  it('says hybrid in the footer in hybrid mode', () => {
    const p = renderAnswer(result([passage({ score: 0.0331 })], { mode: 'hybrid', keywordOnly: null }), view);
    expect(p.embeds[0]!.footer?.text).toMatch(/^Zoekmodus: hybride.*score 0,0331/);
  });

  it('has full-text, more and feedback buttons with valid ids', () => {
    const p = renderAnswer(result([passage()], { hasMore: true }), view);
    expectValid(p);
    const ids = p.components.flatMap((r) => r.components.map((b) => ('custom_id' in b ? b.custom_id : '')));
    expect(ids.map((id) => decodeCustomId(id).ok)).toEqual(ids.map(() => true));
    expect(ids).toContain('ip1:more:abcdefghij:3');
    expect(ids).toContain('ip1:fb:abcdefghij:0:u');
    expect(ids).toContain('ip1:fb:abcdefghij:0:d');
    expect(ids.some((id) => id.startsWith('ip1:full:455.'))).toBe(true);
  });

  it('has no session buttons without a session', () => {
    const p = renderAnswer(result([passage()], { hasMore: true }), { ...view, sessionId: null });
    const ids = p.components.flatMap((r) => r.components.map((b) => ('custom_id' in b ? b.custom_id : '')));
    expect(ids.every((id) => id.startsWith('ip1:full:'))).toBe(true);
  });

  it('cuts a very long quote at a sentence boundary with an ellipsis', () => {
    const p = renderAnswer(result([passage({ quote: { text: sentences(400), start: 0, end: 1 } })]), view);
    expectValid(p);
    const d = p.embeds[0]!.description!;
    expect(d.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(d.endsWith('.…')).toBe(true);
  });

  it('keeps 12 long groups within 10 embeds and 6000 characters', () => {
    const passages = Array.from({ length: 12 }, (_, i) =>
      passage({ questionNumber: 100 + i, docId: `doc-${i}`, title: 'T'.repeat(400), quote: { text: sentences(100), start: 0, end: 1 } }),
    );
    const p = renderAnswer(result(passages), view);
    expectValid(p);
    expect(p.embeds).toHaveLength(10);
    expect(embedsLength(p.embeds)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(p.content).toMatch(/nog 2 bronnen niet getoond/);
    for (const e of p.embeds) {
      expect(e.title!.length).toBeLessThanOrEqual(LIMITS.embedTitle);
      expect(e.description).toMatch(/…$/);
    }
    // Full-text buttons for at most 5 groups in one row, plus the feedback row.
    expect(p.components.length).toBeLessThanOrEqual(LIMITS.actionRows);
    for (const row of p.components) expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
  });

  it('caps 30 passages of one question at 25 fields', () => {
    const passages = Array.from({ length: 30 }, (_, i) =>
      passage({ item: String(i + 1), itemDescription: `antwoord op punt ${i + 1}`, answersQuestion: { label: String(i + 1), text: sentences(60) } }),
    );
    const p = renderAnswer(result(passages), view);
    expectValid(p);
    expect(p.embeds[0]!.fields!.length).toBe(LIMITS.embedFields);
    for (const f of p.embeds[0]!.fields!) expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
  });

  it('escapes markdown and neutralises mentions from the corpus', () => {
    const nasty = '**vet** @everyone <@&123> <@456> [klik](https://evil.example) `code` # kop';
    const p = renderAnswer(
      result([
        passage({
          title: `Titel ${nasty}`,
          questioner: `@here ${nasty}`,
          quote: { text: `Zin met ${nasty}.\n> nep-citaat\n- lijst`, start: 0, end: 1 },
          answersQuestion: { label: '2', text: nasty },
        }),
      ]),
      view,
    );
    expectValid(p);
    const text = allText(p);
    expect(text).not.toMatch(/@everyone|@here/);
    expect(text).not.toMatch(/<@/);
    expect(text).not.toMatch(/(?<!\\)\*\*vet/);
    expect(text).not.toMatch(/(?<!\\)\[klik/);
    const d = p.embeds[0]!.description!;
    expect(d.split('\n').every((l) => l.startsWith('> '))).toBe(true);
    expect(d).toContain('> \\> nep-citaat');
  });

  it('renders a huge query in the content within 2000 characters', () => {
    const q = 'x'.repeat(5000);
    const p = renderAnswer(result([passage()], { query: q, searchedQuery: q, notes: Array.from({ length: 200 }, (_, i) => ({ kind: 'question-not-in-corpus' as const, questionNumber: 100_000 + i })) }), view);
    expectValid(p);
  });

  it('renders no-answer with the message and the closest questions', () => {
    const p = renderAnswer(
      result([], {
        status: 'no-answer',
        reason: { kind: 'no-passage', shortfall: null, sentence: null },
        closest: [
          { questionNumber: 455, date: '2018-05-23', title: 'Integratiepact - Stand van zaken (2)', inCorpus: true, docId: 'doc-455' },
          { questionNumber: 779, date: null, title: null, inCorpus: false, docId: null },
        ],
      }),
      view,
    );
    expectValid(p);
    expect(p.ephemeral).toBe(false);
    expect(p.content).toContain('Ik vond geen passage');
    expect(p.content).toContain('nr. 455 — Integratiepact - Stand van zaken (2) (23-05-2018)');
    expect(p.embeds).toEqual([]);
    const labels = p.components.flatMap((r) => r.components.map((b) => ('label' in b ? b.label : '')));
    expect(labels).toEqual(['Open nr. 455']);
  });

  it('renders an invalid query as an ephemeral message', () => {
    const p = renderAnswer(result([], { status: 'invalid-query', reason: { kind: 'invalid-query', problem: 'leeg', length: 0 } }), view);
    expectValid(p);
    expect(p.ephemeral).toBe(true);
    expect(p.content).toMatch(/^Je vraag is leeg\./);
  });

  it('shrinks evenly so every embed keeps some quote', () => {
    const groups = result(Array.from({ length: 10 }, (_, i) => passage({ questionNumber: i + 1, docId: `d${i}`, quote: { text: sentences(200), start: 0, end: 1 } })));
    const embeds = answerEmbeds(groups, groups.groups);
    expect(embedsLength(embeds)).toBeLessThanOrEqual(LIMITS.embedTotal);
    for (const e of embeds) expect(e.description!.length).toBeGreaterThan(100);
  });
});

describe('enforceLimits', () => {
  it('repairs any payload', () => {
    const huge = 'y'.repeat(10_000);
    const p = enforceLimits({
      content: huge,
      embeds: Array.from({ length: 15 }, () => ({
        title: huge,
        description: huge,
        footer: { text: huge },
        fields: Array.from({ length: 30 }, () => ({ name: huge, value: huge })),
      })),
      components: Array.from({ length: 7 }, () => ({
        type: 1,
        components: Array.from({ length: 7 }, (_, i) => ({ type: 2, style: 2, custom_id: i === 0 ? 'ip1:' + 'x'.repeat(120) : 'nope', label: huge })),
      })) as never,
      allowedMentions: { parse: [], repliedUser: false },
      ephemeral: false,
    });
    expect(payloadProblems(p)).toEqual([]);
    expect(p.content.length).toBeLessThanOrEqual(LIMITS.content);
  });

  it('never sends an empty message', () => {
    expect(message({}).content.length).toBeGreaterThan(0);
  });
});

describe('full text and lookup', () => {
  const temp = useTempIndexes();

  it('renders /vraagnr 455 from a real index with pages and valid buttons', () => {
    const found = lookupQuestion(temp.small.index, 455);
    const p = renderLookup(found, 455);
    expectValid(p);
    expect(p.ephemeral).toBe(false);
    const e = p.embeds[0]!;
    expect(e.title).toBe('Schriftelijke vraag nr. 455 — Integratiepact - Stand van zaken (2)');
    expect(e.description).toMatch(/^\*\*Vraag\*\*/);
    expect(e.fields?.find((f) => f.name === 'Verwijst naar')?.value).toContain('nr. 779 van 07-08-2017 (niet in het corpus)');
    expect(e.footer?.text).toMatch(/^Pagina 1\//);
  });

  it('loses no text across pages and every page is valid', () => {
    const l = lookupQuestion(temp.small.index, 455)[0]!;
    const pages = fullTextPages(l, 800);
    expect(pages.length).toBeGreaterThan(3);
    for (let page = 0; page < pages.length; page++) expectValid(renderFullText(l, { page, ephemeral: true }));
    const words = (s: string) => s.replace(/\*\*[^*]+\*\*/g, ' ').replace(/\\/g, '').split(/\s+/).filter(Boolean);
    const expected = words(`${l.questionText} ${l.answerText}`).join(' ');
    expect(words(pages.join(' ')).join(' ')).toBe(expected);
    // Out-of-range pages are clamped, not an error.
    expectValid(renderFullText(l, { page: 999, ephemeral: true }));
  });

  it('puts a huge document in a .txt attachment', () => {
    const l = lookupQuestion(temp.small.index, 455)[0]!;
    const huge: QuestionLookup = { ...l, answerText: sentences(3000) };
    expect(fullTextPages(huge).length).toBeGreaterThan(MAX_INLINE_PAGES);
    const p = renderFullTextOpen(huge);
    expectValid(p);
    expect(p.ephemeral).toBe(true);
    expect(p.files?.[0]?.name).toBe('schriftelijke-vraag-455.txt');
    expect(p.files?.[0]?.attachment.toString('utf8')).toContain(sentences(3000).slice(0, 500));
    expect(fullTextFile(l).text).toContain('ANTWOORD');
  });

  it('renders an unknown number as an ephemeral notice', () => {
    const p = renderLookup([], 99999);
    expectValid(p);
    expect(p.ephemeral).toBe(true);
    expect(p.content).toMatch(/99999 staat niet in het corpus/);
  });

  it('renders real answers from a 20-document corpus within limits', async () => {
    for (const q of ['Hoeveel inburgeraars stonden op een wachtlijst?', 'budget', 'Wat is de hoofdstad van Peru?', '?!']) {
      const r = await answer(q, { limit: 5 }, { index: temp.many.index, embedder: null });
      expectValid(renderAnswer(r, { sessionId: 'abcdefghij', offset: 0, limit: 5 }));
    }
  });

  it('offers at most 25 question choices of at most 100 characters', () => {
    const docs = temp.many.index.documents;
    const all = questionChoices(docs, '');
    expect(all.length).toBe(Math.min(25, new Set(docs.map((d) => d.questionNumber)).size));
    expect(questionChoices(docs, '100').every((c) => String(c.value).includes('100'))).toBe(true);
    expect(questionChoices(docs, '1001')[0]?.value).toBe(1001);
    expect(questionChoices(docs, 'wachtlijsten').length).toBeGreaterThan(0);
    expect(questionChoices(docs, 'zzzzqqq')).toEqual([]);
    const fake = Array.from({ length: 60 }, (_, i) => ({ ...docs[0]!, id: `f${i}`, questionNumber: 5000 + i, title: 'Heel lange titel '.repeat(20) }) as ParsedDocument);
    const choices = questionChoices(fake, '50');
    expect(choices).toHaveLength(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.name).toMatch(/\(\d\d-\d\d-\d{4}\)$/);
    }
  });

  it('formats the choice name as "455 — title (dd-mm-yyyy)"', () => {
    const d = temp.small.index.documents[0]!;
    expect(questionChoiceName(d)).toBe('455 — Integratiepact - Stand van zaken (2) (23-05-2018)');
  });

  it('offers questioners by readable name', () => {
    expect(questionerChoices(temp.small.index.documents, 'kher')).toEqual([{ name: 'Yasmine Kherbache', value: 'Yasmine Kherbache' }]);
    expect(questionerChoices(temp.many.index.documents, '').length).toBeLessThanOrEqual(25);
  });
});

describe('status, reindex and help messages', () => {
  it('renders status', () => {
    const p = renderStatus({
      documents: 21,
      chunks: 180,
      mode: 'keyword',
      modeReason: 'model kon niet gedownload worden',
      model: null,
      indexedAt: '2026-11-28T20:58:57.630Z',
      generation: 'gen-x',
      skipped: 1,
      version: '0.1.0',
      uptimeMs: 3_723_000,
      reindexing: false,
    });
    expectValid(p);
    const text = allText(p);
    expect(text).toContain('21');
    expect(text).toContain('alleen trefwoorden');
    expect(text).toContain('<t:');
    expect(text).toContain('0.1.0');
    expect(formatUptime(3_723_000)).toBe('1 u 2 min');
    expect(formatUptime(12_000)).toBe('12 s');
  });

  it('renders a reindex summary with many skipped files within 2000 characters', () => {
    const summary: IndexSummary = {
      generation: 'gen-1',
      documents: 500,
      added: Array.from({ length: 50 }, (_, i) => `nieuw-${i}-${'x'.repeat(80)}.txt`),
      changed: ['a.txt'],
      unchanged: 400,
      removed: ['weg.txt'],
      skipped: Array.from({ length: 40 }, (_, i) => ({ file: `kapot_${i}*.pdf`, reason: 'pdf-without-text' as const, detail: 'PDF zonder tekstlaag' })),
      warnings: ['twee bestanden met nummer 455'],
      chunks: 4000,
      embeddedChunks: 10,
      mode: 'keyword',
      model: null,
      modelUnavailable: 'offline',
      fullRebuild: false,
      seconds: 12.34,
    };
    const p = renderReindexSummary(summary);
    expectValid(p);
    expect(p.content).toContain('nieuw 50');
    expect(p.content).toContain('pdf-without-text');
    expect(p.content).toContain('kapot\\_0\\*.pdf');
    expectValid(renderReindexProgress({ phase: 'embed', done: 5, total: 10 }, 4200));
    expectValid(renderReindexProgress(null, 0));
    expect(renderReindexFailure('geen schrijfrechten').content).toMatch(/vorige index blijft actief/);
  });

  it('renders help and error messages', () => {
    expectValid(mentionHelp());
    const e = errorMessage('ABCD');
    expectValid(e);
    expect(e.ephemeral).toBe(true);
    expect(e.content).toContain('fout-id ABCD');
  });
});
