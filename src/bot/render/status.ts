import type { APIEmbed } from 'discord.js';
import type { RetrievalMode } from '../../answer/index.js';
import { withoutPaths } from '../../present/errors.js';
import { EMBED_COLOR } from './answer.js';
import { message, type MessagePayload } from './payload.js';
import { escapeText, fitText } from './text.js';

export interface StatusFacts {
  documents: number;
  chunks: number;
  mode: RetrievalMode;
  /** Why answers run on keywords only, if they do: the short reason (publicKeywordOnlyText), never the loader's message. */
  modeReason: string | null;
  /** For a local model its folder name, not its path (publicModelName). */
  model: string | null;
  /** manifest.createdAt (ISO). */
  indexedAt: string;
  generation: string;
  skipped: number;
  version: string;
  uptimeMs: number;
  reindexing: boolean;
}

/** "3 d 4 u 5 min", "12 s". */
export function formatUptime(ms: number): string {
  let s = Math.max(0, Math.floor(ms / 1000));
  const d = Math.floor(s / 86_400);
  s -= d * 86_400;
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  const parts = [d ? `${d} d` : '', h ? `${h} u` : '', m ? `${m} min` : '', !d && !h ? `${s} s` : ''].filter(Boolean);
  return parts.join(' ');
}

/** A Discord timestamp renders in each reader's own time zone and language. */
function discordTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return 'onbekend';
  const unix = Math.floor(t / 1000);
  return `<t:${unix}:f> (<t:${unix}:R>)`;
}

/** The index's model; when the query side could not load it, say so (the mode alone reads as if it were in use). */
function modelText(f: StatusFacts): string {
  if (!f.model) return 'geen (alleen trefwoorden)';
  return f.mode === 'keyword' ? `${f.model} (niet geladen)` : f.model;
}

export function renderStatus(f: StatusFacts): MessagePayload {
  const mode = f.mode === 'hybrid' ? 'hybride (trefwoorden + taalmodel)' : `alleen trefwoorden${f.modeReason ? ` — ${f.modeReason}` : ''}`;
  const embed: APIEmbed = {
    title: 'Status van de Integratiepact-bot',
    color: EMBED_COLOR,
    fields: [
      { name: 'Documenten', value: String(f.documents), inline: true },
      { name: 'Passages', value: String(f.chunks), inline: true },
      { name: 'Overgeslagen bestanden', value: String(f.skipped), inline: true },
      // withoutPaths: a last guard; the facts should hold no paths already.
      { name: 'Zoekmodus', value: fitText(withoutPaths(mode), 1024, escapeText) },
      { name: 'Model', value: fitText(withoutPaths(modelText(f)), 1024, escapeText), inline: true },
      { name: 'Laatst geïndexeerd', value: discordTime(f.indexedAt), inline: true },
      { name: 'Versie', value: f.version || 'onbekend', inline: true },
      { name: 'Uptime', value: formatUptime(f.uptimeMs), inline: true },
      ...(f.reindexing ? [{ name: 'Herindexering', value: 'bezig', inline: true }] : []),
    ],
    footer: { text: `Index ${f.generation}` },
  };
  return message({ embeds: [embed] });
}
