import type { DownloadProgress } from '../embed/download.js';

/** The model download in the bot's Dutch, for the CLI's stderr and the bot's log. */

const nl = (n: number, digits = 1) => n.toLocaleString('nl-BE', { maximumFractionDigits: digits });

function formatBytes(n: number): string {
  if (n < 1000) return `${n} B`;
  const [value, unit] = n < 1e6 ? [n / 1e3, 'kB'] : n < 1e9 ? [n / 1e6, 'MB'] : [n / 1e9, 'GB'];
  return `${nl(value)} ${unit}`;
}

function formatDuration(seconds: number): string {
  const s = Math.ceil(seconds);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

/** "Model downloaden: 12,3 MB van 118,2 MB · 2,1 MB/s · nog 51 s", or the closing line. */
export function downloadLine(p: DownloadProgress): string {
  const rate = p.bytesPerSecond > 0 ? ` · ${formatBytes(Math.round(p.bytesPerSecond))}/s` : '';
  const amount = `${formatBytes(p.received)} van ${formatBytes(p.total)}`;
  if (p.state === 'done') return `Model gedownload: ${formatBytes(p.total)}${rate}`;
  if (p.state === 'failed') return `Model downloaden gestopt na ${amount}${rate}`;
  const eta = p.etaSeconds === null ? '' : ` · nog ${formatDuration(p.etaSeconds)}`;
  return `Model downloaden: ${amount}${rate}${eta}`;
}

