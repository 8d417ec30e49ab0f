import { createHash } from 'node:crypto';
import { SESSION_ID_PATTERN } from '../state/sessions.js';

/**
 * Button custom ids: `ip1:<action>:<args…>`, at most 100 characters.
 *
 *   ip1:full:<doc>          open the full question and answer (ephemeral, page 0)
 *   ip1:pg:<doc>:<page>     show another page in the same message
 *   ip1:txt:<doc>           the full text as a .txt attachment (ephemeral)
 *   ip1:more:<sid>:<off>    the next results of answer session <sid>, from offset <off>
 *   ip1:fb:<sid>:<off>:u|d  feedback on the page at <off> of session <sid>
 *   ip1:tl:<page>:<topic>   page <page> of /tijdlijn, <topic> its filter (base64url UTF-8, ≤ 60 bytes)
 *
 * <doc> is "<question number>.<8 hex of sha256(doc id)>": stable across
 * restarts and reindexes, and distinguishes two files with the same number.
 * Anything a client sends back is untrusted: `decodeCustomId` accepts only
 * exactly these shapes and ranges.
 */

const CUSTOM_ID_VERSION = 'ip1';
const MAX_CUSTOM_ID = 100;
export const MAX_PAGE = 999;
export const MAX_OFFSET = 1000;

export interface DocKey {
  questionNumber: number;
  hash: string;
}

export type CustomId =
  | { action: 'full'; doc: DocKey }
  | { action: 'pg'; doc: DocKey; page: number }
  | { action: 'txt'; doc: DocKey }
  | { action: 'more'; session: string; offset: number }
  | { action: 'fb'; session: string; offset: number; vote: 'up' | 'down' }
  | { action: 'tl'; page: number; topic: string };

type DecodeResult = { ok: true; id: CustomId } | { ok: false; reason: string };

export function docHash(docId: string): string {
  return createHash('sha256').update(docId).digest('hex').slice(0, 8);
}

export function docKey(doc: { id: string; questionNumber: number }): DocKey {
  return { questionNumber: doc.questionNumber, hash: docHash(doc.id) };
}

const docText = (d: DocKey) => `${d.questionNumber}.${d.hash}`;

export function encodeCustomId(id: CustomId): string {
  let out: string;
  switch (id.action) {
    case 'full':
    case 'txt':
      out = `${CUSTOM_ID_VERSION}:${id.action}:${docText(id.doc)}`;
      break;
    case 'pg':
      out = `${CUSTOM_ID_VERSION}:pg:${docText(id.doc)}:${id.page}`;
      break;
    case 'more':
      out = `${CUSTOM_ID_VERSION}:more:${id.session}:${id.offset}`;
      break;
    case 'fb':
      out = `${CUSTOM_ID_VERSION}:fb:${id.session}:${id.offset}:${id.vote === 'up' ? 'u' : 'd'}`;
      break;
    case 'tl':
      out = `${CUSTOM_ID_VERSION}:tl:${id.page}:${Buffer.from(id.topic, 'utf8').toString('base64url')}`;
      break;
  }
  // Encoding only ever gets values we produced; a bad one is a bug, not input.
  const check = decodeCustomId(out);
  if (!check.ok) throw new Error(`invalid custom id ${JSON.stringify(out)}: ${check.reason}`);
  return out;
}

const DOC = /^(\d{1,6})\.([0-9a-f]{8})$/;
const INT = /^(0|[1-9]\d{0,5})$/;

function parseDoc(s: string | undefined): DocKey | null {
  const m = DOC.exec(s ?? '');
  if (!m) return null;
  const questionNumber = Number(m[1]);
  return questionNumber >= 1 ? { questionNumber, hash: m[2]! } : null;
}

function parseBounded(s: string | undefined, max: number): number | null {
  if (!s || !INT.test(s)) return null;
  const n = Number(s);
  return n <= max ? n : null;
}

export function decodeCustomId(raw: unknown): DecodeResult {
  if (typeof raw !== 'string' || raw.length === 0) return { ok: false, reason: 'leeg' };
  if (raw.length > MAX_CUSTOM_ID) return { ok: false, reason: 'te lang' };
  const parts = raw.split(':');
  if (parts[0] !== CUSTOM_ID_VERSION) return { ok: false, reason: 'onbekende versie' };
  const [, action, a, b, c, ...rest] = parts;
  if (rest.length) return { ok: false, reason: 'te veel delen' };
  const bad = (reason: string): DecodeResult => ({ ok: false, reason });
  switch (action) {
    case 'full':
    case 'txt': {
      const doc = parseDoc(a);
      if (!doc || b !== undefined) return bad('ongeldig document');
      return { ok: true, id: { action, doc } };
    }
    case 'pg': {
      const doc = parseDoc(a);
      const page = parseBounded(b, MAX_PAGE);
      if (!doc || page === null || c !== undefined) return bad('ongeldige pagina');
      return { ok: true, id: { action, doc, page } };
    }
    case 'more': {
      const offset = parseBounded(b, MAX_OFFSET);
      if (!a || !SESSION_ID_PATTERN.test(a) || offset === null || c !== undefined) return bad('ongeldige sessie');
      return { ok: true, id: { action, session: a, offset } };
    }
    case 'fb': {
      const offset = parseBounded(b, MAX_OFFSET);
      if (!a || !SESSION_ID_PATTERN.test(a) || offset === null || (c !== 'u' && c !== 'd')) return bad('ongeldige feedback');
      return { ok: true, id: { action, session: a, offset, vote: c === 'u' ? 'up' : 'down' } };
    }
    case 'tl': {
      const page = parseBounded(a, MAX_PAGE);
      const topic = decodeTopic(b);
      if (page === null || topic === null || c !== undefined) return bad('ongeldige tijdlijn');
      return { ok: true, id: { action, page, topic } };
    }
    default:
      return bad('onbekende actie');
  }
}

/** Longest /tijdlijn topic a button can carry, in UTF-8 bytes. */
export const MAX_TOPIC_BYTES = 60;

function decodeTopic(s: string | undefined): string | null {
  if (s === undefined || !/^[A-Za-z0-9_-]{0,80}$/.test(s)) return null;
  const bytes = Buffer.from(s, 'base64url');
  const topic = bytes.toString('utf8');
  // Only what we encode: valid UTF-8 within the limit, in canonical form.
  if (bytes.length > MAX_TOPIC_BYTES || Buffer.from(topic, 'utf8').toString('base64url') !== s) return null;
  return topic;
}

export const INVALID_BUTTON_MESSAGE = 'Deze knop is ongeldig of hoort bij een oudere versie van de bot. Stel je vraag opnieuw met /vraag of /vraagnr.';
