/**
 * A fake of the Flemish Parliament's open data on 127.0.0.1, with the shapes
 * `npm run sync` reads:
 *
 *   GET /api/search/query/:terms?collection=…&requiredfields=…&page=&max=&sort=date
 *       → { count, lastindex, result: [{ id, url, title, metatags: { metatag: [{ name, value }] } }] }
 *   GET /opendata/schv/:id   → the open-data record (JSON with Accept: application/json, XML without)
 *   GET /pfile?id=:id        → the document (a generated PDF in the full layout, or given bytes)
 *
 * Like a search engine it is generous: every question matches every term
 * (unless `terms` says otherwise) and `requiredfields` is not applied, so the
 * sync's own filters are what keeps off-topic and other results out. Faults
 * are injected per request path; every request is recorded with its headers,
 * and the number of requests in flight at once is tracked.
 *
 *   const api = new FakeParliament([question({ id: '1', number: 455 })]);
 *   await api.start();              // api.url → VP_API_URL
 *   api.fault(/pfile/, { status: 500 });
 *   …
 *   await api.stop();
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { makePdf } from './pdf.js';

export interface FakeQuestion {
  id: string;
  number: number;
  title: string;
  sessionYear?: string;
  subject?: string;
  /** "Surname, First name", as the API writes it. */
  questioner?: string;
  minister?: string;
  /** ISO dates. */
  asked: string;
  answered?: string | null;
  published?: string;
  type?: string;
  mimetype?: string;
  /** A sentence of the question's text (put the dossier's term here, or leave it out for an off-topic one). */
  topic?: string;
  /** The document as served; default: a PDF generated from the fields above. */
  body?: Buffer;
  /** Served instead of the generated metatags (tolerance tests). */
  metatags?: { name: string; value: unknown }[];
  /** Terms this question is found for; default: every term. */
  terms?: string[];
  noDocument?: boolean;
}

export interface FaultSpec {
  status?: number;
  retryAfter?: string;
  /** Respond after this long. */
  delayMs?: number;
  /** Send nothing at all (until stop or release). */
  stall?: boolean;
  /** Send the headers and part of the body, then nothing. */
  stallBody?: boolean;
  body?: string | Buffer;
  contentType?: string;
  /** How many matching requests it applies to (default: all). */
  times?: number;
}

export interface RecordedCall {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  at: number;
}

const DUTCH_MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const dutchDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${DUTCH_MONTHS[m! - 1]} ${y}`;
};
const upper = (name: string) => {
  const m = /^([^,]+),\s*(.+)$/.exec(name);
  return (m ? `${m[2]} ${m[1]}` : name).toUpperCase();
};

/** The written question as its PDF shows it, in the full layout (question, and the answer once answered). */
export function questionLines(q: FakeQuestion): string[] {
  const asker = upper(q.questioner ?? 'Voorbeeld, Anna');
  const lines = [
    'SCHRIFTELIJKE VRAAG', '', `nr. ${q.number}`, `van ${asker}`, `datum: ${dutchDate(q.asked)}`, '',
    `aan ${upper(q.minister ?? 'Testminister, Tom')}`, 'VLAAMS MINISTER VAN INBURGERING', '',
    q.title, '',
    q.topic ?? 'Deze vraag gaat over de wachtlijsten voor sportclubs in de gemeenten.', '',
    '1. Hoeveel organisaties namen deel aan de oproep?', '',
    '2. Welke timing geldt voor de rapportering aan het Parlement?',
  ];
  if (q.answered) {
    lines.push('', 'ANTWOORD', '', `op vraag nr. ${q.number} van ${dutchDate(q.asked)}`, `van ${asker}`, '',
      `1. In totaal namen ${q.number % 90 + 10} organisaties deel aan de oproep. Zij dienden samen een dossier in.`, '',
      `2. De rapportering volgt uiterlijk op ${dutchDate(q.answered)}. Het verslag verschijnt daarna op de website.`);
  }
  return lines;
}

export const questionPdf = (q: FakeQuestion) => {
  const lines = questionLines(q);
  return makePdf([lines.slice(0, 20), lines.slice(20)].filter((p) => p.length));
};

export class FakeParliament {
  readonly calls: RecordedCall[] = [];
  maxInFlight = 0;
  #inFlight = 0;
  #server: Server | null = null;
  #sockets = new Set<Socket>();
  #faults: { match: RegExp; spec: FaultSpec; left: number }[] = [];
  #holds: { match: RegExp; waiting: (() => void)[]; released: boolean }[] = [];
  url = '';

  constructor(public questions: FakeQuestion[] = []) {}

  async start(): Promise<void> {
    this.#server = createServer((req, res) => this.#handle(req, res));
    this.#server.on('connection', (s) => {
      this.#sockets.add(s);
      s.on('close', () => this.#sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    const address = this.#server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }

  async stop(): Promise<void> {
    for (const h of this.#holds) h.waiting.splice(0).forEach((w) => w());
    for (const s of this.#sockets) s.destroy();
    await new Promise<void>((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
  }

  /** Requests to paths matching `match` get `spec` (the first `times` of them). */
  fault(match: RegExp, spec: FaultSpec): void {
    this.#faults.push({ match, spec, left: spec.times ?? Infinity });
  }

  clearFaults(): void {
    this.#faults = [];
  }

  /** Requests matching `match` wait until `release()`. */
  hold(match: RegExp): { release: () => void } {
    const h = { match, waiting: [] as (() => void)[], released: false };
    this.#holds.push(h);
    return {
      release: () => {
        h.released = true;
        h.waiting.splice(0).forEach((w) => w());
      },
    };
  }

  calledPaths(match: RegExp): RecordedCall[] {
    return this.calls.filter((c) => match.test(c.path + '?' + c.query.toString()));
  }

  metatagsOf(q: FakeQuestion): { name: string; value: unknown }[] {
    if (q.metatags) return q.metatags;
    const tags: { name: string; value: unknown }[] = [
      { name: 'publicatiedatum', value: q.published ?? q.answered ?? q.asked },
      { name: 'opendata', value: `${this.url}/opendata/schv/${q.id}` },
      { name: 'mimetype', value: q.mimetype ?? 'application/pdf' },
      { name: 'aggregaattype', value: q.type ?? 'Schriftelijke vraag' },
      { name: 'vraagsteller', value: q.questioner ?? 'Voorbeeld, Anna' },
      { name: 'minister', value: q.minister ?? 'Testminister, Tom' },
      { name: 'nummer', value: String(q.number) },
      { name: 'zittingsjaar', value: q.sessionYear ?? '2017-2018' },
      { name: 'themadatum', value: q.asked },
      { name: 'onderwerp', value: q.subject ?? q.title },
      { name: 'documenttype', value: 'Schriftelijke vraag' },
    ];
    if (!q.noDocument) tags.push({ name: 'document', value: `${this.url}/pfile?id=${q.id}` });
    if (q.answered) tags.push({ name: 'statusdatumSchvBeantwoord', value: q.answered });
    return tags;
  }

  #result(q: FakeQuestion) {
    return { id: q.id, url: `https://www.vlaamsparlement.be/nl/parlementair-werk/schriftelijke-vragen/${q.id}`, title: q.title, metatags: { metatag: this.metatagsOf(q) } };
  }

  #record(q: FakeQuestion) {
    const [naam, voornaam] = (q.questioner ?? 'Voorbeeld, Anna').split(/,\s*/);
    const [mnaam, mvoornaam] = (q.minister ?? 'Testminister, Tom').split(/,\s*/);
    return {
      id: q.id, vraagnummer: q.number, titel: q.title, onderwerp: q.subject ?? q.title, thema: ['Integratie'], zittingsjaar: q.sessionYear ?? '2017-2018',
      vraagsteller: { naam, voornaam, id: 1 }, minister: { naam: mnaam, voornaam: mvoornaam, id: 2 },
      procedureverloop: [], 'soort-antwoord': q.answered ? 'schriftelijk' : null, tijdig: true,
      'bestand-ordered': q.noDocument ? [] : [{ URL: `${this.url}/pfile?id=${q.id}` }],
    };
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const call: RecordedCall = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, at: Date.now() };
    this.calls.push(call);
    this.maxInFlight = Math.max(this.maxInFlight, ++this.#inFlight);
    res.on('close', () => this.#inFlight--);
    const target = call.path + '?' + url.searchParams.toString();
    for (const h of this.#holds) if (!h.released && h.match.test(target)) await new Promise<void>((r) => h.waiting.push(r));
    const fault = this.#faults.find((f) => f.left > 0 && f.match.test(target));
    if (fault) {
      fault.left--;
      const s = fault.spec;
      if (s.stall) return; // the socket stays open, silent
      if (s.delayMs) await new Promise((r) => setTimeout(r, s.delayMs));
      if (s.stallBody) {
        res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': '100000' });
        res.write('%PDF-1.4\n');
        return;
      }
      if (s.status || s.body !== undefined) {
        res.writeHead(s.status ?? 200, { 'content-type': s.contentType ?? 'application/json', ...(s.retryAfter ? { 'retry-after': s.retryAfter } : {}) });
        res.end(s.body ?? JSON.stringify({ error: `fout ${s.status}` }));
        return;
      }
    }
    const json = String(req.headers.accept ?? '').includes('application/json');
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    const search = /^\/api\/search\/query\/(.+)$/.exec(call.path);
    if (search) {
      const term = decodeURIComponent(search[1]!);
      const max = Math.min(100, Math.max(1, Number(url.searchParams.get('max') ?? 10)));
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
      const all = this.questions.filter((q) => !q.terms || q.terms.includes(term)).sort((a, b) => b.asked.localeCompare(a.asked)).slice(0, 10_000);
      const results = all.slice((page - 1) * max, page * max).map((q) => this.#result(q));
      if (!json) return send(200, 'application/xml', `<?xml version="1.0"?><search><count>${all.length}</count></search>`);
      return send(200, 'application/json', JSON.stringify({ count: all.length, lastindex: (page - 1) * max + results.length, result: results }));
    }
    const record = /^\/opendata\/schv\/([^/]+)$/.exec(call.path);
    if (record) {
      const q = this.questions.find((x) => x.id === record[1]);
      if (!q) return send(404, 'application/json', JSON.stringify({ error: 'niet gevonden' }));
      if (!json) return send(200, 'application/xml', `<?xml version="1.0"?><schv><id>${q.id}</id><vraagnummer>${q.number}</vraagnummer></schv>`);
      return send(200, 'application/json', JSON.stringify(this.#record(q)));
    }
    if (call.path === '/pfile') {
      const q = this.questions.find((x) => x.id === url.searchParams.get('id'));
      if (!q || q.noDocument) return send(404, 'text/html', '<html><body>Niet gevonden</body></html>');
      return send(200, q.mimetype ?? 'application/pdf', q.body ?? questionPdf(q));
    }
    send(404, 'text/html', '<html><body>Niet gevonden</body></html>');
  }
}

let nextId = 1_000_000;

/** A written question on the dossier, answered unless `answered: null`. */
export function question(overrides: Partial<FakeQuestion> & { number: number }): FakeQuestion {
  const n = overrides.number;
  const day = String((n % 27) + 1).padStart(2, '0');
  return {
    id: String(nextId++),
    title: `Integratiepact - Vraag ${n}`,
    questioner: 'Kherbache, Yasmine',
    minister: 'Homans, Liesbeth',
    asked: `2018-03-${day}`,
    answered: `2018-04-${day}`,
    topic: 'Het Integratiepact loopt sinds 2017 en de minister rapporteert erover.',
    ...overrides,
  };
}

/** Sync settings for tests: the fake answers at once, so pauses and back-offs are short. */
export const TEST_SYNC_SETTINGS = {
  DOSSIER_QUERY: 'integratiepact',
  SYNC_PAUSE_MS: '5',
  SYNC_TIMEOUT_MS: '2000',
  SYNC_RETRIES: '1',
  SYNC_RETRY_BASE_MS: '10',
  SYNC_PAGE_SIZE: '100',
} as const;
