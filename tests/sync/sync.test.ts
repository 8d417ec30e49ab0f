/**
 * npm run sync against the fake Parliament, in process: paging, what is
 * stored and where, incremental runs, filters, dry runs, Word documents.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseSidecar } from '../../src/corpus/sidecar.js';
import { syncReportLines } from '../../src/sync/report.js';
import { runSync } from '../../src/sync/sync.js';
import { makeDocx } from '../helpers/docx.js';
import { question, questionLines, questionPdf } from '../helpers/fake-parliament.js';
import { makePdf } from '../helpers/pdf.js';
import { documentCalls, recordCalls, snapshot, syncSetup } from './helpers.js';

let setup: Awaited<ReturnType<typeof syncSetup>> | null = null;
afterEach(async () => {
  await setup?.dispose();
  setup = null;
});

const sidecarOf = (syncDir: string, file: string) => parseSidecar(JSON.parse(readFileSync(join(syncDir, file.replace(/\.\w+$/, '.meta.json')), 'utf8')))!;

describe('npm run sync: search and storage', () => {
  it('pages through the search until count results are read, politely, and stores each question with its sidecar', async () => {
    setup = await syncSetup(Array.from({ length: 6 }, (_, i) => question({ number: 100 + i })));
    const { api, config, syncDir } = setup;
    const report = await runSync(config);

    const searches = api.calledPaths(/^\/api\/search\/query\//);
    // 6 results, 3 per page: pages 1 and 2; count says there is no page 3.
    expect(searches.map((c) => c.query.get('page'))).toEqual(['1', '2']);
    for (const c of searches) {
      expect(c.path).toBe('/api/search/query/integratiepact');
      expect(Object.fromEntries(c.query)).toMatchObject({ collection: 'vp_collection', requiredfields: 'aggregaattype:Schriftelijke vraag', max: '3', sort: 'date' });
    }
    for (const c of api.calls) {
      expect(c.headers['user-agent']).toMatch(/^integratiepact-bot\//);
      if (!c.path.startsWith('/pfile')) expect(c.headers.accept).toBe('application/json');
    }
    expect(api.maxInFlight).toBeLessThanOrEqual(2);

    expect(report.added.map((e) => e.number)).toEqual([100, 101, 102, 103, 104, 105]);
    expect(report).toMatchObject({ partial: false, found: 6, skipped: [], updated: [] });
    const files = readdirSync(syncDir).sort();
    expect(files.filter((f) => f.endsWith('.pdf'))).toHaveLength(6);
    expect(files.filter((f) => f.endsWith('.meta.json'))).toHaveLength(6);
    expect(files.filter((f) => f.includes('.tmp-'))).toEqual([]);

    const first = report.added[0]!;
    const sidecar = sidecarOf(syncDir, first.file!.replace('vlaams-parlement/', ''));
    expect(sidecar.question).toMatchObject({ number: 100, sessionYear: '2017-2018', questioner: 'Yasmine Kherbache', minister: 'Liesbeth Homans', answered: true });
    expect(sidecar.source.pageUrl).toMatch(/^https:\/\/www\.vlaamsparlement\.be\//);
    expect(sidecar.source.documentUrl).toBe(`${api.url}/pfile?id=${first.id}`);
    expect(sidecar.source.opendataUrl).toBe(`${api.url}/opendata/schv/${first.id}`);
    expect(sidecar.retrievedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(sidecar.fileHash).toMatch(/^[0-9a-f]{64}$/);
    expect((sidecar.api.opendata as { vraagnummer: number }).vraagnummer).toBe(100);
    expect(syncReportLines(report).join('\n')).toMatch(/6 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 overgeslagen/);
  });

  it('stops at a short page even when count promises more (lastindex is not relied on)', async () => {
    setup = await syncSetup(Array.from({ length: 4 }, (_, i) => question({ number: 200 + i })));
    const { api, config } = setup;
    api.fault(/page=2/, { body: JSON.stringify({ count: 50, lastindex: 99, result: [] }) });
    const report = await runSync(config);
    expect(api.calledPaths(/^\/api\/search/).map((c) => c.query.get('page'))).toEqual(['1', '2']);
    expect(report.added).toHaveLength(3);
  });

  it('a second run downloads nothing; a question answered since is fetched again; new search metadata alone is rewritten without a download', async () => {
    const open = question({ number: 301, answered: null });
    const other = question({ number: 302 });
    setup = await syncSetup([open, other]);
    const { api, config, syncDir } = setup;
    expect((await runSync(config)).added).toHaveLength(2);
    const before = snapshot(syncDir);

    const again = await runSync(config);
    expect(again).toMatchObject({ added: [], updated: [], skipped: [] });
    expect(again.unchanged.map((e) => e.number)).toEqual([301, 302]);
    expect(documentCalls(api)).toBe(2);
    expect(recordCalls(api)).toBe(2);
    expect(snapshot(syncDir)).toEqual(before);

    open.answered = '2018-06-12';
    other.title = 'Integratiepact - Een nieuwe titel';
    const third = await runSync(config);
    expect(third.updated.map((e) => [e.number, e.change])).toEqual([[301, 'beantwoord'], [302, 'metadata']]);
    expect(documentCalls(api)).toBe(3); // only the answered one
    const file301 = third.updated[0]!.file!.replace('vlaams-parlement/', '');
    expect(sidecarOf(syncDir, file301).question).toMatchObject({ answered: true, answerDate: '2018-06-12' });
    const file302 = third.updated[1]!.file!.replace('vlaams-parlement/', '');
    expect(sidecarOf(syncDir, file302).question.title).toBe('Integratiepact - Een nieuwe titel');
  });

  it('a question the API lists as answered before its document has the answer is fetched again until it has', async () => {
    const q = question({ number: 311, answered: '2018-06-12' });
    q.body = questionPdf({ ...q, answered: null }); // the question-only PDF, still
    setup = await syncSetup([q]);
    const { api, config } = setup;
    expect((await runSync(config)).added).toHaveLength(1);
    expect((await runSync(config)).updated.map((e) => e.change)).toEqual(['beantwoord']); // tried again: still no answer
    delete q.body; // the answer is published in the document
    expect((await runSync(config)).updated.map((e) => e.change)).toEqual(['beantwoord']);
    expect((await runSync(config)).unchanged).toHaveLength(1);
    expect(documentCalls(api)).toBe(3);
  });

  it('never stores off-topic results (and does not fetch them again) nor results that are not written questions', async () => {
    const offTopic = question({ number: 401, title: 'Sportclubs - Toegankelijkheid', topic: 'Sportclubs en nieuwkomers in de gemeenten.' });
    const oral = question({ number: 402, type: 'Vraag om uitleg' });
    // A PDF on the dossier that is no written question (a report, say).
    const report403 = question({ number: 403, body: makePdf([['Verslag van de commissie', '', 'Het Integratiepact werd besproken.']]) });
    setup = await syncSetup([question({ number: 400 }), offTopic, oral, report403]);
    const { api, config, syncDir } = setup;
    const report = await runSync(config);
    expect(report.added.map((e) => e.number)).toEqual([400]);
    expect(report.partial).toBe(false);
    const reasons = Object.fromEntries(report.skipped.map((s) => [s.number, s.reason]));
    expect(reasons).toEqual({ 401: 'off-topic', 402: 'not-written-question', 403: 'not-a-question' });
    expect(report.skipped.find((s) => s.number === 402)!.detail).toMatch(/Vraag om uitleg/);
    expect(api.calledPaths(new RegExp(`id=${oral.id}`))).toEqual([]); // judged on its metadata, never downloaded
    expect(readdirSync(syncDir).filter((f) => !f.startsWith('.'))).toHaveLength(2);

    const again = await runSync(config);
    expect(again.skipped.find((s) => s.number === 401)!.detail).toMatch(/eerder vastgesteld/);
    expect(api.calledPaths(new RegExp(`id=${offTopic.id}`))).toHaveLength(1);
    expect(again.added).toEqual([]);
  });

  it('keeps to --vanaf/--tot and searches every term of DOSSIER_QUERY once per result', async () => {
    const a = question({ number: 501, asked: '2017-01-10' });
    const b = question({ number: 502, asked: '2018-05-23' });
    const c = question({ number: 503, asked: '2019-02-01', terms: ['inburgering'], topic: 'Inburgering en het Integratiepact.' });
    setup = await syncSetup([a, b, c], { DOSSIER_QUERY: 'integratiepact, inburgering' });
    const report = await runSync(setup.config, { from: '2018-01-01', to: '2018-12-31' });
    expect(setup.api.calledPaths(/^\/api\/search/).map((x) => x.path)).toEqual(['/api/search/query/integratiepact', '/api/search/query/inburgering']);
    expect(report).toMatchObject({ terms: ['integratiepact', 'inburgering'], found: 3, outsidePeriod: 2 });
    expect(report.added.map((e) => e.number)).toEqual([502]);
  });

  it('--dry-run lists what would change and downloads and writes nothing', async () => {
    const q = question({ number: 601, answered: null });
    setup = await syncSetup([q, question({ number: 602 })]);
    const { api, config, corpus } = setup;
    const dry = await runSync(config, { dryRun: true });
    expect(dry.added.map((e) => e.number)).toEqual([601, 602]);
    expect(documentCalls(api)).toBe(0);
    expect(snapshot(corpus)).toEqual({});
    expect(syncReportLines(dry).join('\n')).toMatch(/Proefrun \(er is niets gewijzigd\): 2 zou nieuw zijn/);

    await runSync(config);
    q.answered = '2018-07-01';
    const before = snapshot(corpus);
    const dry2 = await runSync(config, { dryRun: true });
    expect(dry2.updated.map((e) => [e.number, e.change])).toEqual([[601, 'beantwoord']]);
    expect(snapshot(corpus)).toEqual(before);
    expect(documentCalls(api)).toBe(2);
  });

  it('reads Word .docx documents (stored as text); a Word 97-2003 .doc is skipped with its reason', async () => {
    const docx = question({ number: 701, mimetype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    docx.body = makeDocx(questionLines(docx));
    const doc = question({ number: 702, mimetype: 'application/msword', body: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]) });
    setup = await syncSetup([docx, doc]);
    const report = await runSync(setup.config);
    expect(report.added.map((e) => e.file)).toEqual([expect.stringMatching(/^vlaams-parlement\/701-\d+\.txt$/)]);
    expect(readFileSync(join(setup.corpus, report.added[0]!.file!), 'utf8')).toMatch(/^SCHRIFTELIJKE VRAAG\n\nnr\. 701/);
    expect(report.skipped).toEqual([expect.objectContaining({ number: 702, reason: 'unsupported-format', failed: false })]);
    expect(report.partial).toBe(false);
  });

  it('cleans up what a killed sync left: temporary files, and a document whose sidecar describes another version', async () => {
    setup = await syncSetup([question({ number: 801 })]);
    const { config, syncDir } = setup;
    const first = await runSync(config);
    const file = join(setup.corpus, first.added[0]!.file!);
    writeFileSync(join(syncDir, '.801-x.pdf.tmp-12345-abcdef01'), 'half');
    writeFileSync(file, 'een ander bestand'); // as if killed between the document and its sidecar
    const next = await runSync(config);
    expect(next.updated.map((e) => [e.number, e.change])).toEqual([[801, 'hersteld']]);
    expect(readdirSync(syncDir).filter((f) => f.includes('.tmp-'))).toEqual([]);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    expect(existsSync(join(setup.corpus, '.sync.lock'))).toBe(false);
  });
});
