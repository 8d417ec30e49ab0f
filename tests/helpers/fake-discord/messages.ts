/** Message objects: building, attachments, edits, mentions and the MESSAGE_CREATE echo to the bot. */
import {
  FLAG_EPHEMERAL,
  FLAG_IS_COMPONENTS_V2,
  FLAG_LOADING,
  FLAG_SUPPRESS_EMBEDS,
  INTENT_MESSAGE_CONTENT,
} from './constants.js';
import { FakeDiscordGateway } from './gateway.js';
import type { InteractionState, JsonObject, RecordedFile, Session } from './types.js';
import { clone } from './util.js';

export abstract class FakeDiscordMessages extends FakeDiscordGateway {
  // ------------------------------------------------------------------ messages

  protected buildMessage(o: {
    channelId: string;
    guildId: string | null;
    author: JsonObject;
    member: JsonObject | null;
    content?: string;
    embeds?: JsonObject[];
    components?: JsonObject[];
    attachments?: JsonObject[];
    mentions?: JsonObject[];
    flags?: number;
    type?: number;
    referenced?: JsonObject;
    webhookId?: string;
    interaction?: InteractionState;
    tts?: boolean;
  }): JsonObject {
    const id = this.snowflake();
    const message: JsonObject = {
      id,
      type: o.type ?? (o.referenced ? 19 : 0),
      channel_id: o.channelId,
      author: clone(o.author),
      content: o.content ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: o.tts ?? false,
      mention_everyone: false,
      mentions: o.mentions ?? [],
      mention_roles: [],
      attachments: o.attachments ?? [],
      embeds: (o.embeds ?? []).map((e) => ({ type: 'rich', ...clone(e) })),
      pinned: false,
      flags: o.flags ?? 0,
      components: clone(o.components ?? []),
    };
    if (o.guildId) message['guild_id'] = o.guildId;
    if (o.member) message['member'] = clone(o.member);
    if (o.webhookId) {
      message['webhook_id'] = o.webhookId;
      message['application_id'] = this.applicationId;
    }
    if (o.referenced) {
      message['message_reference'] = {
        type: 0,
        message_id: o.referenced['id'],
        channel_id: o.referenced['channel_id'],
        ...(o.referenced['guild_id'] ? { guild_id: o.referenced['guild_id'] } : {}),
      };
      const { referenced_message: _nested, ...rest } = o.referenced;
      message['referenced_message'] = clone(rest);
    }
    if (o.interaction) {
      const ix = o.interaction;
      message['interaction_metadata'] = {
        id: ix.id,
        type: ix.type,
        user: clone(ix.user),
        authorizing_integration_owners: clone(ix.payload['authorizing_integration_owners']),
        ...(ix.type === 3 && ix.sourceMessageId ? { interacted_message_id: ix.sourceMessageId } : {}),
        ...(ix.commandName ? { name: ix.commandName, command_type: 1 } : {}),
      };
      if (ix.commandName && ix.type === 2) {
        message['interaction'] = { id: ix.id, type: ix.type, name: ix.commandName, user: clone(ix.user) };
      }
    }
    return message;
  }

  protected makeAttachments(body: JsonObject, files: RecordedFile[], channelId: string): JsonObject[] {
    const meta: JsonObject[] = Array.isArray(body['attachments']) ? body['attachments'] : [];
    return files.map((f, index) => {
      const m = f.field.match(/^files\[(\d+)\]$/);
      const n = m?.[1] ?? String(index);
      const desc = meta.find((a) => String(a['id']) === n);
      const id = this.snowflake();
      const url = `https://cdn.discordapp.com/attachments/${channelId}/${id}/${encodeURIComponent(f.name)}`;
      return {
        id,
        filename: f.name,
        size: f.size,
        url,
        proxy_url: url.replace('cdn.discordapp.com', 'media.discordapp.net'),
        content_type: f.contentType,
        ...(desc?.['description'] ? { description: desc['description'] } : {}),
      };
    });
  }

  protected applyEdit(message: JsonObject, body: JsonObject, files: RecordedFile[]): void {
    if ('content' in body) message['content'] = body['content'] ?? '';
    if ('embeds' in body) message['embeds'] = (body['embeds'] ?? []).map((e: JsonObject) => ({ type: 'rich', ...clone(e) }));
    if ('components' in body) message['components'] = clone(body['components'] ?? []);
    if ('flags' in body && body['flags'] != null) {
      const keep = message['flags'] & FLAG_EPHEMERAL;
      message['flags'] = keep | (Number(body['flags']) & (FLAG_SUPPRESS_EMBEDS | FLAG_IS_COMPONENTS_V2));
    }
    if ('attachments' in body || files.length) {
      const keepIds = new Set<string>((Array.isArray(body['attachments']) ? body['attachments'] : []).map((a: JsonObject) => String(a['id'])));
      const kept = ('attachments' in body ? (message['attachments'] as JsonObject[]).filter((a) => keepIds.has(String(a['id']))) : message['attachments']) as JsonObject[];
      message['attachments'] = [...kept, ...this.makeAttachments(body, files, message['channel_id'])];
    }
    message['flags'] = message['flags'] & ~FLAG_LOADING;
    message['edited_timestamp'] = new Date().toISOString();
  }

  /** MESSAGE_CREATE for messages the bot created (Discord echoes them back over the gateway). */
  protected echo(message: JsonObject): void {
    if (!this.opts.echoBotMessages) return;
    const session = this.currentSession;
    if (!session || !session.valid) return;
    const mentionsBot = (message['mentions'] as JsonObject[]).some((u) => u['id'] === this.botUserId);
    this.dispatchTo(session, 'MESSAGE_CREATE', this.gatewayMessage(message, session, mentionsBot));
  }

  /** Gateway form of a message: content blanked without the MESSAGE_CONTENT intent (unless mention/DM/own). */
  protected gatewayMessage(message: JsonObject, session: Session, mentionsBot: boolean): JsonObject {
    const m = clone(message);
    const dm = !m['guild_id'];
    const own = m['author']?.['id'] === this.botUserId;
    if (this.opts.enforceMessageContentIntent && !(session.intents & INTENT_MESSAGE_CONTENT) && !mentionsBot && !dm && !own) {
      m['content'] = '';
      m['embeds'] = [];
      m['attachments'] = [];
      m['components'] = [];
    }
    return m;
  }

  protected mentionUser(u: JsonObject, guildId: string | null): JsonObject {
    const out = clone(u);
    const member = guildId ? this.members.get(u['id']) : undefined;
    if (member) out['member'] = clone(member);
    return out;
  }

  protected outgoingMentions(body: JsonObject, referenced: JsonObject | undefined, guildId: string | null): JsonObject[] {
    const am = body['allowed_mentions'] as JsonObject | undefined;
    const parse: string[] = am?.['parse'] ?? ['users', 'roles', 'everyone'];
    const allowedUsers: string[] = am?.['users'] ?? [];
    const out = new Map<string, JsonObject>();
    const content = String(body['content'] ?? '');
    for (const m of content.matchAll(/<@!?(\d{15,21})>/g)) {
      const id = m[1] ?? '';
      const u = this.users.get(id);
      if (u && (!am || parse.includes('users') || allowedUsers.includes(id))) out.set(id, u);
    }
    const repliedAuthor = referenced?.['author'] as JsonObject | undefined;
    // Without allowed_mentions a reply pings the replied-to author; with it, only if replied_user: true.
    const pingReplied = am ? am['replied_user'] === true : true;
    if (repliedAuthor && pingReplied) {
      out.set(repliedAuthor['id'], this.users.get(repliedAuthor['id']) ?? repliedAuthor);
    }
    return [...out.values()].map((u) => this.mentionUser(u, guildId));
  }
}
