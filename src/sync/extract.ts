import { decodeDocument } from '../corpus/decode.js';

/**
 * A downloaded document as the corpus stores it. Sniffed by its bytes, not
 * by the declared type (servers mislabel): a PDF is stored as it came (the
 * folder source extracts its text); a Word .docx is turned into text with
 * mammoth and stored as .txt; a Word 97-2003 .doc is skipped (no maintained
 * JavaScript reader does it reliably).
 */

export type ExtractFailure = 'not-pdf' | 'pdf-without-text' | 'unsupported-format' | 'empty';

export type Extracted = { ok: true; ext: 'pdf' | 'txt'; stored: Buffer; text: string } | { ok: false; reason: ExtractFailure; detail: string };

const startsWith = (bytes: Buffer, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function extractDocument(bytes: Buffer, declared: string | null): Promise<Extracted> {
  const type = declared ?? 'geen type';
  if (bytes.length === 0) return { ok: false, reason: 'empty', detail: 'leeg document' };
  if (startsWith(bytes, PDF)) {
    const decoded = await decodeDocument('document.pdf', bytes);
    if (decoded.ok) return { ok: true, ext: 'pdf', stored: bytes, text: decoded.text };
    if (decoded.skip.reason === 'pdf-without-text') return { ok: false, reason: 'pdf-without-text', detail: 'PDF zonder tekstlaag (gescand?)' };
    return { ok: false, reason: 'not-pdf', detail: decoded.skip.detail };
  }
  if (startsWith(bytes, ZIP)) return docxText(bytes);
  if (startsWith(bytes, OLE)) {
    return { ok: false, reason: 'unsupported-format', detail: 'Word 97-2003-document (.doc): wordt niet gelezen (alleen PDF en .docx)' };
  }
  const head = bytes.subarray(0, 200).toString('utf8').trimStart();
  const what = /^<(!doctype\s+html|html)/i.test(head) ? 'een HTML-pagina' : head.startsWith('<') ? 'XML' : `onbekende inhoud (${type})`;
  return { ok: false, reason: 'not-pdf', detail: `geen PDF maar ${what}` };
}

async function docxText(bytes: Buffer): Promise<Extracted> {
  try {
    const mammoth = (await import('mammoth')).default;
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    // mammoth separates paragraphs with a blank line; the parser reads lines.
    const text = value.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
    if (!text) return { ok: false, reason: 'empty', detail: 'Word-document zonder tekst' };
    return { ok: true, ext: 'txt', stored: Buffer.from(text + '\n', 'utf8'), text };
  } catch (err) {
    return { ok: false, reason: 'not-pdf', detail: `geen leesbaar PDF- of Word-document (${(err as Error).message.split('\n')[0]})` };
  }
}
