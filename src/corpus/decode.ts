import type { SkippedFile } from './types.js';
import type { SourceText } from './source.js';
import { contentHash } from './parse.js';

/**
 * A document's bytes as text: PDF through its text layer, anything else as
 * strict UTF-8. Shared by every source that fetches files.
 */
export async function decodeDocument(name: string, bytes: Buffer): Promise<SourceText> {
  const skip = (reason: SkippedFile['reason'], detail: string): SourceText => ({ ok: false, skip: { file: name, reason, detail } });
  const hash = contentHash(bytes);
  if (/\.pdf$/i.test(name)) return pdfText(bytes, hash, skip);
  if (bytes.subarray(0, 8192).includes(0)) return skip('binary', 'binair bestand, geen tekst');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return skip('invalid-utf8', 'geen geldige UTF-8-tekst');
  }
  if (text.trim() === '') return skip('empty', 'bevat alleen witruimte');
  return { ok: true, text, hash };
}

async function pdfText(bytes: Buffer, hash: string, skip: (r: SkippedFile['reason'], d: string) => SourceText): Promise<SourceText> {
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') return skip('pdf-unreadable', 'geen geldig PDF-bestand');
  try {
    const { extractText, getDocumentProxy } = await import('unpdf');
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const { text } = await extractText(pdf, { mergePages: false });
    const pages = Array.isArray(text) ? text : [text];
    // A form feed between pages, as pdftotext writes: page-number detection reads it as a page break.
    const joined = pages.join('\f');
    if (joined.replace(/\s/g, '') === '') return skip('pdf-without-text', 'PDF zonder tekstlaag (gescand?)');
    return { ok: true, text: joined, hash };
  } catch (err) {
    return skip('pdf-unreadable', `PDF kon niet gelezen worden: ${(err as Error).message.split('\n')[0]}`);
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${n} B`;
}

