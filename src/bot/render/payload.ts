import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord.js';
import { decodeCustomId } from '../dispatch/custom-id.js';
import { LIMITS } from './limits.js';
import { clamp, fitText } from './text.js';

/**
 * Plain message payloads: what every renderer returns and every handler
 * sends. No client needed, so they are easy to test; `ephemeral` is turned
 * into the message flag at the edge.
 */

type ButtonRow = APIActionRowComponent<APIButtonComponent>;

interface FilePayload {
  attachment: Buffer;
  name: string;
}

export interface MessagePayload {
  content: string;
  embeds: APIEmbed[];
  components: ButtonRow[];
  files?: FilePayload[];
  /** Nobody is ever pinged: not by corpus text, not by user input, not by a reply. */
  allowedMentions: { parse: []; repliedUser: false };
  ephemeral: boolean;
}

export function message(parts: Partial<Omit<MessagePayload, 'allowedMentions'>>): MessagePayload {
  return enforceLimits({
    content: parts.content ?? '',
    embeds: parts.embeds ?? [],
    components: parts.components ?? [],
    ...(parts.files ? { files: parts.files } : {}),
    allowedMentions: { parse: [], repliedUser: false },
    ephemeral: parts.ephemeral ?? false,
  });
}

/** A short ephemeral text reply. */
export const notice = (content: string): MessagePayload => message({ content, ephemeral: true });

interface ButtonSpec {
  customId: string;
  label?: string;
  emoji?: string;
  style?: ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success | ButtonStyle.Danger;
  disabled?: boolean;
}

export function button(spec: ButtonSpec): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: spec.style ?? ButtonStyle.Secondary,
    custom_id: spec.customId,
    ...(spec.label ? { label: clamp(spec.label, LIMITS.buttonLabel) } : {}),
    ...(spec.emoji ? { emoji: { name: spec.emoji } } : {}),
    ...(spec.disabled ? { disabled: true } : {}),
  };
}

/** Buttons into rows of at most five; empty input → no rows. */
export function rows(buttons: APIButtonComponent[]): ButtonRow[] {
  const out: ButtonRow[] = [];
  for (let i = 0; i < buttons.length; i += LIMITS.buttonsPerRow) {
    out.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + LIMITS.buttonsPerRow) });
  }
  return out;
}

function embedLength(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

export const embedsLength = (embeds: APIEmbed[]) => embeds.reduce((n, e) => n + embedLength(e), 0);

function clampEmbed(e: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...e };
  if (out.title !== undefined) out.title = clamp(out.title, LIMITS.embedTitle);
  if (out.description !== undefined) out.description = fitText(out.description, LIMITS.embedDescription);
  if (out.footer) out.footer = { ...out.footer, text: clamp(out.footer.text, LIMITS.footerText) };
  if (out.author) out.author = { ...out.author, name: clamp(out.author.name, LIMITS.authorName) };
  if (out.fields) {
    out.fields = out.fields
      .filter((f) => f.name.trim() && f.value.trim())
      .slice(0, LIMITS.embedFields)
      .map((f) => ({ ...f, name: clamp(f.name, LIMITS.fieldName), value: fitText(f.value, LIMITS.fieldValue) }));
  }
  return out;
}

/**
 * The last line of defence: renderers aim for the limits with care (cuts at
 * sentence ends); this guarantees them whatever a renderer produced.
 */
export function enforceLimits(p: MessagePayload): MessagePayload {
  let embeds = p.embeds.slice(0, LIMITS.embeds).map(clampEmbed);
  // Over the total: shorten descriptions from the last embed backwards, then drop embeds.
  for (let i = embeds.length - 1; i >= 0 && embedsLength(embeds) > LIMITS.embedTotal; i--) {
    const e = embeds[i]!;
    const excess = embedsLength(embeds) - LIMITS.embedTotal;
    if (e.description && e.description.length > excess + 50) embeds[i] = { ...e, description: fitText(e.description, e.description.length - excess) };
  }
  while (embeds.length > 1 && embedsLength(embeds) > LIMITS.embedTotal) embeds = embeds.slice(0, -1);
  if (embeds.length === 1 && embedsLength(embeds) > LIMITS.embedTotal) {
    const e = embeds[0]!;
    embeds = [{ ...e, fields: [], description: fitText(e.description ?? '', Math.max(1, LIMITS.embedTotal - (e.title?.length ?? 0) - (e.footer?.text.length ?? 0))) }];
  }
  const seen = new Set<string>();
  const components = p.components
    .map((row) => ({
      ...row,
      components: row.components
        .filter((b) => {
          const id = 'custom_id' in b ? b.custom_id : null;
          if (id === null) return true;
          if (id.length > LIMITS.customId || seen.has(id) || !decodeCustomId(id).ok) return false;
          seen.add(id);
          return true;
        })
        .slice(0, LIMITS.buttonsPerRow),
    }))
    .filter((row) => row.components.length > 0)
    .slice(0, LIMITS.actionRows);
  let content = fitText(p.content, LIMITS.content);
  // A message needs something to show.
  if (!content && embeds.length === 0 && !p.files?.length) content = '…';
  return { ...p, content, embeds, components };
}

/** Every limit a payload breaks (empty when valid); used by the tests on every renderer. */
export function payloadProblems(p: MessagePayload): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => ok || problems.push(what);
  check(p.content.length <= LIMITS.content, `content ${p.content.length} > ${LIMITS.content}`);
  check(p.content.length > 0 || p.embeds.length > 0 || (p.files?.length ?? 0) > 0, 'empty message');
  check(p.embeds.length <= LIMITS.embeds, `${p.embeds.length} embeds`);
  check(embedsLength(p.embeds) <= LIMITS.embedTotal, `embeds total ${embedsLength(p.embeds)} > ${LIMITS.embedTotal}`);
  p.embeds.forEach((e, i) => {
    check((e.title?.length ?? 0) <= LIMITS.embedTitle, `embed ${i} title ${e.title?.length}`);
    check((e.description?.length ?? 0) <= LIMITS.embedDescription, `embed ${i} description ${e.description?.length}`);
    check(e.description === undefined || e.description.length > 0, `embed ${i} empty description`);
    check((e.footer?.text.length ?? 0) <= LIMITS.footerText, `embed ${i} footer`);
    check((e.fields?.length ?? 0) <= LIMITS.embedFields, `embed ${i} has ${e.fields?.length} fields`);
    for (const f of e.fields ?? []) {
      check(f.name.length > 0 && f.name.length <= LIMITS.fieldName, `embed ${i} field name ${f.name.length}`);
      check(f.value.length > 0 && f.value.length <= LIMITS.fieldValue, `embed ${i} field value ${f.value.length}`);
    }
  });
  check(p.components.length <= LIMITS.actionRows, `${p.components.length} action rows`);
  const ids = new Set<string>();
  for (const row of p.components) {
    check(row.components.length >= 1 && row.components.length <= LIMITS.buttonsPerRow, `row with ${row.components.length} buttons`);
    for (const b of row.components) {
      if (!('custom_id' in b)) continue;
      check(b.custom_id.length <= LIMITS.customId, `custom_id ${b.custom_id.length}`);
      check(decodeCustomId(b.custom_id).ok, `undecodable custom_id ${b.custom_id}`);
      check(!ids.has(b.custom_id), `duplicate custom_id ${b.custom_id}`);
      ids.add(b.custom_id);
      check((b.label?.length ?? 0) <= LIMITS.buttonLabel, 'button label too long');
      check(Boolean(b.label || b.emoji), 'button without label or emoji');
    }
  }
  check(p.allowedMentions.parse.length === 0, 'allowedMentions.parse not empty');
  return problems;
}
