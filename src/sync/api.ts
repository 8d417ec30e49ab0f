import { safeUrl } from '../corpus/sidecar.js';
import type { HttpResponse, PoliteClient } from './http.js';
import { firstDate, firstNumber, firstText, latestDate, personName, plainText, texts } from './values.js';

/**
 * The Flemish Parliament's search API and open-data records, read
 * tolerantly: metatags may repeat, values may be arrays, fields may be
 * missing. A reply of the wrong shape (HTML, an error object, no `result`)
 * is an ApiShapeError: the API is not what we expect, so the sync stops.
 */

export const WRITTEN_QUESTION = 'Schriftelijke vraag';
/** The search API serves at most this many results for one query. */
const API_RESULT_CAP = 10_000;

export class ApiShapeError extends Error {}

export interface SearchHit {
  id: string;
  /** The question's page on the Parliament's website (the result's `url`). */
  pageUrl: string | null;
  title: string | null;
  type: string | null;
  documentType: string | null;
  mimetype: string | null;
  documentUrl: string | null;
  opendataUrl: string | null;
  number: number | null;
  sessionYear: string | null;
  askedDate: string | null;
  answerDate: string | null;
  publicationDate: string | null;
  questioner: string | null;
  minister: string | null;
  subject: string | null;
  /** Every metatag by name (as the API spells it), all values: for the sidecar. */
  metatags: Record<string, string[]>;
}

function searchUrl(baseUrl: string, term: string, page: number, max: number): string {
  const base = baseUrl.replace(/\/+$/, '');
  return `${base}/api/search/query/${encodeURIComponent(term)}?collection=vp_collection&requiredfields=aggregaattype:Schriftelijke%20vraag&page=${page}&max=${max}&sort=date`;
}

/** The reply as JSON, or an ApiShapeError saying what came instead. */
function parseJsonReply(res: HttpResponse, what: string): unknown {
  const text = res.body.toString('utf8').replace(/^\uFEFF/, '').trim();
  if (text.startsWith('<')) {
    const kind = /^<(!doctype\s+html|html)/i.test(text) ? 'een HTML-pagina' : 'XML';
    throw new ApiShapeError(`${what} gaf ${kind} in plaats van JSON (${res.contentType || 'geen content-type'})`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiShapeError(`${what} gaf geen geldige JSON (${text ? `begint met ${JSON.stringify(text.slice(0, 40))}` : 'leeg antwoord'})`);
  }
}

/** A search reply: `count` (when given) and the results of this page. */
function parseSearchPage(value: unknown, what: string): { count: number | null; results: unknown[] } {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ApiShapeError(`${what} gaf geen object maar ${Array.isArray(value) ? 'een lijst' : typeof value}`);
  const v = value as Record<string, unknown>;
  const count = firstNumber(v['count']);
  if (!('result' in v) || v['result'] === null || v['result'] === undefined) {
    // A search without hits may leave `result` out; anything else without it is not a search reply.
    if (count === 0) return { count: 0, results: [] };
    const error = firstText(v['error']) ?? firstText(v['message']) ?? firstText(v['status']);
    throw new ApiShapeError(`${what} gaf geen resultatenlijst ("result" ontbreekt)${error ? `: ${JSON.stringify(error.slice(0, 120))}` : ''}`);
  }
  const result = v['result'];
  if (typeof result !== 'object') throw new ApiShapeError(`${what}: "result" is geen lijst maar ${typeof result}`);
  return { count, results: Array.isArray(result) ? result : [result] };
}

/** The metatags of a result, by name; `metatags.metatag` may be one object or a list. */
function metatagsOf(raw: Record<string, unknown>): Record<string, string[]> {
  const holder = raw['metatags'];
  const list = holder && typeof holder === 'object' && !Array.isArray(holder) ? (holder as Record<string, unknown>)['metatag'] : holder;
  const tags: Record<string, string[]> = {};
  for (const tag of Array.isArray(list) ? list : list ? [list] : []) {
    if (!tag || typeof tag !== 'object') continue;
    const name = firstText((tag as Record<string, unknown>)['name']);
    if (!name) continue;
    (tags[name] ??= []).push(...texts((tag as Record<string, unknown>)['value']));
  }
  return tags;
}

/** A search result as a hit; null when it has no id. */
export function toHit(raw: unknown): SearchHit | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const id = firstText(r['id']);
  if (!id) return null;
  const metatags = metatagsOf(r);
  // Names are matched without regard to case: the API's spelling is kept in `metatags`.
  const lower = new Map<string, string[]>();
  for (const [name, values] of Object.entries(metatags)) lower.set(name.toLowerCase(), [...(lower.get(name.toLowerCase()) ?? []), ...values]);
  const tag = (name: string) => lower.get(name.toLowerCase()) ?? [];
  return {
    id,
    pageUrl: safeUrl(firstText(r['url'])),
    title: plainText(firstText(r['title'])) ?? plainText(firstText(tag('titel'))),
    type: firstText(tag('aggregaattype')),
    documentType: firstText(tag('documenttype')),
    mimetype: firstText(tag('mimetype')),
    documentUrl: safeUrl(firstText(tag('document'))),
    opendataUrl: safeUrl(firstText(tag('opendata'))),
    number: firstNumber(tag('nummer')),
    sessionYear: firstText(tag('zittingsjaar')),
    askedDate: firstDate(tag('themadatum')),
    answerDate: latestDate(tag('statusdatumSchvBeantwoord')),
    publicationDate: firstDate(tag('publicatiedatum')),
    questioner: personName(firstText(tag('vraagsteller'))),
    minister: personName(firstText(tag('minister'))),
    subject: plainText(firstText(tag('onderwerp'))),
    metatags,
  };
}

/**
 * Every hit for `term`, page by page, until `count` results are read, a page
 * comes back short or empty, or the API's cap is reached (`lastindex` is not
 * relied on).
 */
export async function searchAll(client: PoliteClient, o: { baseUrl: string; term: string; pageSize: number; onPage?: (read: number, count: number | null) => void }): Promise<SearchHit[]> {
  const hits: SearchHit[] = [];
  let read = 0;
  for (let page = 1; page <= Math.ceil(API_RESULT_CAP / o.pageSize); page++) {
    const url = searchUrl(o.baseUrl, o.term, page, o.pageSize);
    const what = `De zoek-API (${url})`;
    const { count, results } = parseSearchPage(parseJsonReply(await client.get(url, { accept: 'application/json' }), what), what);
    read += results.length;
    for (const r of results) {
      const hit = toHit(r);
      if (hit) hits.push(hit);
    }
    o.onPage?.(read, count);
    if (results.length === 0 || results.length < o.pageSize || (count !== null && read >= count) || read >= API_RESULT_CAP) break;
  }
  return hits;
}

/** The open-data record of a written question (JSON; without the Accept header the API sends XML). */
export interface OpendataRecord {
  number: number | null;
  title: string | null;
  subject: string | null;
  theme: string[];
  sessionYear: string | null;
  questioner: string | null;
  minister: string | null;
  documentUrls: string[];
  raw: unknown;
}

function fullName(v: unknown): string | null {
  if (!v || typeof v !== 'object') return personName(firstText(v));
  const p = v as Record<string, unknown>;
  const name = [firstText(p['voornaam']), firstText(p['naam'])].filter(Boolean).join(' ');
  return name || null;
}

export function parseRecord(value: unknown, what: string): OpendataRecord {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ApiShapeError(`${what} gaf geen object`);
  const v = value as Record<string, unknown>;
  const files = v['bestand-ordered'];
  const documentUrls = (Array.isArray(files) ? files : files ? [files] : [])
    .map((f) => safeUrl(firstText((f as Record<string, unknown>)?.['URL'] ?? (f as Record<string, unknown>)?.['url'])))
    .filter((u): u is string => u !== null);
  return {
    number: firstNumber(v['vraagnummer']),
    title: plainText(firstText(v['titel'])),
    subject: plainText(firstText(v['onderwerp'])),
    theme: texts(v['thema']),
    sessionYear: firstText(v['zittingsjaar']),
    questioner: fullName(v['vraagsteller']),
    minister: fullName(v['minister']),
    documentUrls,
    raw: value,
  };
}

export async function fetchRecord(client: PoliteClient, url: string): Promise<OpendataRecord> {
  const what = `Het open-datarecord (${url})`;
  return parseRecord(parseJsonReply(await client.get(url, { accept: 'application/json' }), what), what);
}
