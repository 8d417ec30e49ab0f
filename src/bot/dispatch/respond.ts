import {
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
  type MessageReplyOptions,
} from 'discord.js';
import type { MessagePayload } from '../render/payload.js';

/** The edge where plain payloads become discord.js calls. */

type Repliable = ChatInputCommandInteraction | ButtonInteraction;

const body = (p: MessagePayload) => ({
  content: p.content,
  embeds: p.embeds,
  components: p.components,
  allowedMentions: { parse: [], repliedUser: false },
  ...(p.files ? { files: p.files } : {}),
});

function replyOptions(p: MessagePayload): InteractionReplyOptions {
  return { ...body(p), ...(p.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) } as InteractionReplyOptions;
}

export function editOptions(p: MessagePayload): InteractionEditReplyOptions {
  return body(p) as InteractionEditReplyOptions;
}

export function updateOptions(p: MessagePayload): InteractionUpdateOptions {
  return body(p) as InteractionUpdateOptions;
}

/** A message reply cannot be ephemeral: the payload's flag is ignored. */
export function messageReplyOptions(p: MessagePayload): MessageReplyOptions {
  return { ...body(p), failIfNotExists: false } as MessageReplyOptions;
}

/**
 * Sends `p` as the answer to an interaction, whatever state it is in: a new
 * reply, the edit of a deferred one, or a follow-up.
 *
 * After a defer the visibility is fixed: Discord turns the first follow-up
 * into the "thinking…" placeholder itself and ignores its ephemeral flag. So
 * an ephemeral payload after a public defer (an error id, "Er loopt al een
 * herindexering") is edited into the placeholder and shows publicly; sending
 * it as a follow-up and then deleting the placeholder deleted the message
 * itself, and the user saw nothing at all.
 */
export async function respond(i: Repliable, p: MessagePayload): Promise<void> {
  if (!i.deferred && !i.replied) {
    await i.reply(replyOptions(p));
    return;
  }
  if (i.deferred && !i.replied) {
    await i.editReply(editOptions(p));
    return;
  }
  await i.followUp(replyOptions(p));
}

export async function respondAutocomplete(i: AutocompleteInteraction, choices: { name: string; value: string | number }[]): Promise<void> {
  if (i.responded) return;
  await i.respond(choices);
}
