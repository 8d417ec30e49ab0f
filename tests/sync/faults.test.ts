/**
 * The sync against a misbehaving Parliament: 500, 429 with Retry-After,
 * stalls, slow replies, documents that are no PDF (or have no text, or are
 * too large), and replies of the wrong shape. Waits are reported by the
 * client (onRetry), never measured with a clock.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runSync } from '../../src/sync/sync.js';
import { SyncFatalError } from '../../src/sync/types.js';
import { question } from '../helpers/fake-parliament.js';
import { makePdf } from '../helpers/pdf.js';
import { documentCalls, snapshot, syncSetup } from './helpers.js';

let setup: Awaited<ReturnType<typeof syncSetup>> | null = null;
afterEach(async () => {
  await setup?.dispose();
  setup = null;
});

const three = () => [question({ number: 11 }), question({ number: 12 }), question({ number: 13 })];
const docOf = (q: { id: string }) => new RegExp(`^/pfile\\?id=${q.id}$`);

describe('npm run sync: faults per document', () => {
  it('a document that keeps failing with 500 is given up after the retries with its reason; the others land and the sync is partial', async () => {
    const qs = three();
    setup = await syncSetup(qs);
    setup.api.fault(docOf(qs[1]!), { status: 500 });
    const retries: number[] = [];
    const report = await runSync(setup.config, { onRetry: (e) => retries.push(e.waitMs) });
    expect(report.added.map((e) => e.number)).toEqual([11, 13]);
    expect(report.skipped).toEqual([expect.objectContaining({ number: 12, reason: 'http', failed: true, detail: 'document niet opgehaald: HTTP 500 na 3 pogingen' })]);
    expect(report.partial).toBe(true);
    expect(setup.api.calledPaths(docOf(qs[1]!))).toHaveLength(3);
    expect(retries).toEqual([10, 20]); // exponential backoff from SYNC_RETRY_BASE_MS

    // The next run tries it again (and only it).
    setup.api.clearFaults();
    const next = await runSync(setup.config);
    expect(next.added.map((e) => e.number)).toEqual([12]);
    expect(next.partial).toBe(false);
  });

  it('429 with Retry-After: the client waits as long as asked, then the document lands', async () => {
    const qs = three();
    setup = await syncSetup(qs);
    setup.api.fault(docOf(qs[0]!), { status: 429, retryAfter: '1', times: 1 });
    setup.api.fault(/^\/opendata\/schv\//, { status: 503, times: 1 });
    const retries: { waitMs: number; reason: string }[] = [];
    const report = await runSync(setup.config, { onRetry: (e) => retries.push({ waitMs: e.waitMs, reason: e.reason }) });
    expect(report).toMatchObject({ partial: false, skipped: [] });
    expect(report.added).toHaveLength(3);
    expect(retries).toContainEqual({ waitMs: 1000, reason: 'HTTP 429' });
    expect(retries).toContainEqual({ waitMs: 10, reason: 'HTTP 503' });
  });

  it('a Retry-After longer than SYNC_MAX_RETRY_WAIT_MS gives the document up for this run without waiting', async () => {
    const qs = three();
    setup = await syncSetup(qs, { SYNC_MAX_RETRY_WAIT_MS: '5000' });
    setup.api.fault(docOf(qs[2]!), { status: 429, retryAfter: '3600' });
    const report = await runSync(setup.config);
    expect(report.skipped).toEqual([expect.objectContaining({ number: 13, failed: true, detail: expect.stringMatching(/vraagt 3600 s te wachten/) })]);
  });

  it('a stalled reply (nothing at all, or headers and then nothing) times out; a slow one within the time-out lands', async () => {
    const qs = three();
    setup = await syncSetup(qs, { SYNC_RETRIES: '1', SYNC_TIMEOUT_MS: '400' });
    setup.api.fault(docOf(qs[0]!), { stall: true });
    setup.api.fault(docOf(qs[1]!), { stallBody: true });
    setup.api.fault(docOf(qs[2]!), { delayMs: 150, times: 1 });
    const report = await runSync(setup.config);
    expect(report.added.map((e) => e.number)).toEqual([13]);
    expect(report.skipped.map((s) => [s.number, s.reason, s.detail])).toEqual([
      [11, 'timeout', 'document niet opgehaald: geen antwoord binnen 0,4 s (time-out) na 2 pogingen'],
      [12, 'timeout', 'document niet opgehaald: geen antwoord binnen 0,4 s (time-out) na 2 pogingen'],
    ]);
    expect(report.partial).toBe(true);
  });

  it('a document that is no PDF, a PDF without text and one over MAX_FILE_BYTES are skipped with their reasons', async () => {
    const html = question({ number: 21, body: Buffer.from('<!DOCTYPE html><html><body>Onderhoud</body></html>') });
    const scan = question({ number: 22, body: makePdf([[]]) });
    const big = question({ number: 23, body: Buffer.concat([makePdf([['Integratiepact']]), Buffer.alloc(5000, 32)]) });
    setup = await syncSetup([html, scan, big, question({ number: 24 })], { MAX_FILE_BYTES: '4000' });
    const report = await runSync(setup.config);
    expect(report.added.map((e) => e.number)).toEqual([24]);
    expect(report.skipped.map((s) => [s.number, s.reason, s.failed])).toEqual([
      [21, 'not-pdf', true],
      [22, 'pdf-without-text', true],
      [23, 'too-large', true],
    ]);
    expect(report.skipped[0]!.detail).toBe('geen PDF maar een HTML-pagina');
    expect(report.skipped[2]!.detail).toMatch(/groter dan 3\.9 kB \(MAX_FILE_BYTES\)/);
  });

  it('an open-data record that cannot be had (XML, 404) does not keep the document out', async () => {
    const qs = three();
    setup = await syncSetup(qs);
    setup.api.fault(new RegExp(`^/opendata/schv/${qs[0]!.id}`), { body: '<?xml version="1.0"?><schv/>', contentType: 'application/xml' });
    setup.api.fault(new RegExp(`^/opendata/schv/${qs[1]!.id}`), { status: 404 });
    const report = await runSync(setup.config);
    expect(report.added).toHaveLength(3);
  });

  it('the API answers in XML when the Accept header is missing; the sync always asks for JSON', async () => {
    setup = await syncSetup(three());
    const { api } = setup;
    const search = await fetch(`${api.url}/api/search/query/integratiepact?collection=vp_collection&page=1&max=3&sort=date`);
    expect(search.headers.get('content-type')).toBe('application/xml');
    const q = api.questions[0]!;
    expect((await (await fetch(`${api.url}/opendata/schv/${q.id}`)).text()).startsWith('<?xml')).toBe(true);
    const json = await (await fetch(`${api.url}/opendata/schv/${q.id}`, { headers: { Accept: 'application/json' } })).json();
    expect(json).toMatchObject({ vraagnummer: q.number, vraagsteller: { naam: 'Kherbache', voornaam: 'Yasmine' }, 'bestand-ordered': [{ URL: expect.any(String) }] });
    const mine = api.calls.length;
    await runSync(setup.config);
    const synced = api.calls.slice(mine).filter((c) => !c.path.startsWith('/pfile'));
    expect(synced).toHaveLength(4); // one search page, three records
    for (const c of synced) expect(c.headers.accept).toBe('application/json');
  });
});

describe('npm run sync: a reply of the wrong shape stops it, with the corpus byte-identical', () => {
  const replies: [string, { body: string; contentType?: string; status?: number }, RegExp][] = [
    ['an HTML page', { body: '<!DOCTYPE html><html><body>Onderhoud</body></html>', contentType: 'text/html' }, /gaf een HTML-pagina in plaats van JSON/],
    ['an error object', { body: JSON.stringify({ error: 'Invalid query' }) }, /"result" ontbreekt\): "Invalid query"/],
    ['no result', { body: JSON.stringify({ count: 12, lastindex: 0 }) }, /"result" ontbreekt/],
    ['invalid JSON', { body: '{"count": 3, "result": [' }, /geen geldige JSON/],
    ['XML', { body: '<?xml version="1.0"?><search/>', contentType: 'application/xml' }, /gaf XML in plaats van JSON/],
  ];

  it.each(replies)('%s', async (_, reply, message) => {
    setup = await syncSetup([question({ number: 31 }), question({ number: 32 })]);
    const { api, config, corpus } = setup;
    await runSync(config);
    api.questions.push(question({ number: 33 }));
    api.questions[0]!.answered = '2019-01-01';
    const before = snapshot(corpus);
    api.fault(/page=1/, reply);
    const error = await runSync(config).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncFatalError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/Er is niets gewijzigd\.$/);
    expect(snapshot(corpus)).toEqual(before);
    expect(documentCalls(api)).toBe(2);
  });

  it('a search that stays unreachable (500) stops it too', async () => {
    setup = await syncSetup([question({ number: 41 })]);
    setup.api.fault(/^\/api\/search/, { status: 500 });
    const error = (await runSync(setup.config).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(SyncFatalError);
    expect(error.message).toMatch(/niet bereikbaar: HTTP 500/);
    expect(snapshot(setup.corpus)).toEqual({});
  });
});
