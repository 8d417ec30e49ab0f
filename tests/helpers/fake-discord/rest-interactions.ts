/** REST for interactions: the callback, follow-ups and @original/follow-up message edits via the webhook routes. */
import {
  FLAG_EPHEMERAL,
  FLAG_IS_COMPONENTS_V2,
  FLAG_LOADING,
  FLAG_SUPPRESS_EMBEDS,
  FLAG_SUPPRESS_NOTIFICATIONS,
} from './constants.js';
import { FakeDiscordHttp } from './http.js';
import { FormErrors, isEmptyMessage, validateChoices, validateMessage, validateModal } from './limits.js';
import type {
  InteractionResponseKind,
  InteractionResponseRecord,
  InteractionState,
  JsonObject,
  Reply,
  RouteCtx,
} from './types.js';
import { apiError, clone } from './util.js';

export abstract class FakeDiscordInteractionRoutes extends FakeDiscordHttp {
  protected registerInteractionRoutes(): void {
    // --- interactions (unauthenticated; token in path)
    this.route('POST', '/interactions/:interactionId/:token/callback', (ctx) => this.handleCallback(ctx), false);
    this.route('POST', '/webhooks/:appId/:token', (ctx) => this.handleFollowup(ctx), false);
    this.route('GET', '/webhooks/:appId/:token/messages/:messageId', (ctx) => this.handleWebhookMessage(ctx, 'GET'), false);
    this.route('PATCH', '/webhooks/:appId/:token/messages/:messageId', (ctx) => this.handleWebhookMessage(ctx, 'PATCH'), false);
    this.route('DELETE', '/webhooks/:appId/:token/messages/:messageId', (ctx) => this.handleWebhookMessage(ctx, 'DELETE'), false);
  }

  // ------------------------------------------------------------------ interaction REST handlers

  private handleCallback({ req, params }: RouteCtx): Reply {
    const state = this.interactions.get(params['interactionId'] ?? '');
    if (!state || state.token !== params['token']) throw apiError(404, 10062, 'Unknown interaction');
    if (state.acknowledged) throw apiError(400, 40060, 'Interaction has already been acknowledged.');
    if (Date.now() - state.createdAt > this.opts.interactionDeadlineMs) throw apiError(404, 10062, 'Unknown interaction');
    const body: JsonObject = req.body && typeof req.body === 'object' ? req.body : {};
    const type = body['type'];
    const allowed: Record<number, number[]> = { 2: [4, 5, 9, 10, 12], 3: [4, 5, 6, 7, 9, 10], 4: [8], 5: [4, 5, 6, 7] };
    if (typeof type !== 'number' || !(allowed[state.type] ?? []).includes(type)) {
      throw apiError(400, 50035, 'Invalid Form Body', {
        type: { _errors: [{ code: 'INTERACTION_CALLBACK_TYPE_INVALID', message: `Interaction callback type ${String(type)} is not valid for interaction type ${state.type}` }] },
      });
    }
    const data: JsonObject = body['data'] ?? {};
    const withResponse = req.query['with_response'] === 'true';
    let message: JsonObject | undefined;

    if (this.opts.validate) {
      const errs = new FormErrors();
      if (type === 4 || type === 7) validateMessage(data, req.files, errs, ['data'], type === 4 ? 'create' : 'edit');
      if (type === 8) validateChoices(data, errs);
      if (type === 9) validateModal(data, errs);
      errs.throwIfAny();
      if (type === 4 && isEmptyMessage(data, req.files)) throw apiError(400, 50006, 'Cannot send an empty message');
    }

    if (type === 4 || type === 5) {
      const flags = Number(data['flags'] ?? 0);
      message = this.buildMessage({
        channelId: state.channelId,
        guildId: state.guildId,
        author: this.botUser,
        member: null,
        content: type === 4 ? (data['content'] ?? '') : '',
        embeds: type === 4 ? (data['embeds'] ?? []) : [],
        components: type === 4 ? (data['components'] ?? []) : [],
        attachments: type === 4 ? this.makeAttachments(data, req.files, state.channelId) : [],
        flags: type === 5 ? (flags & FLAG_EPHEMERAL) | FLAG_LOADING : flags & (FLAG_EPHEMERAL | FLAG_SUPPRESS_EMBEDS | FLAG_SUPPRESS_NOTIFICATIONS | FLAG_IS_COMPONENTS_V2),
        type: state.type === 2 ? 20 : 0,
        webhookId: this.applicationId,
        interaction: state,
        tts: type === 4 ? Boolean(data['tts']) : false,
      });
      this.messages.set(message['id'], { message, deleted: false, interactionId: state.id });
      state.originalMessageId = message['id'];
    } else if (type === 7) {
      const src = state.sourceMessageId ? this.messages.get(state.sourceMessageId) : undefined;
      if (src) {
        this.applyEdit(src.message, data, req.files);
        message = src.message;
      }
    } else if (type === 6) {
      message = state.sourceMessageId ? this.messages.get(state.sourceMessageId)?.message : undefined;
    }

    state.acknowledged = true;
    state.callbackType = type;
    const ephemeral = Boolean(Number(data['flags'] ?? message?.['flags'] ?? 0) & FLAG_EPHEMERAL);
    this.recordInteractionResponse(state, {
      kind: 'callback',
      method: req.method,
      path: req.path,
      status: withResponse ? 200 : 204,
      callbackType: type,
      ...(message ? { messageId: message['id'] as string, message: clone(message) } : {}),
      body: req.body,
      data: body['data'],
      files: req.files,
      ephemeral,
      withResponse,
      request: req,
    });
    if (message && (type === 4 || type === 5) && !ephemeral) this.echo(message);

    if (!withResponse) return { status: 204 };
    return {
      status: 200,
      body: {
        interaction: {
          id: state.id,
          type: state.type,
          activity_instance_id: null,
          response_message_id: type === 4 || type === 5 || type === 7 ? (message?.['id'] ?? null) : null,
          response_message_loading: type === 5,
          response_message_ephemeral: ephemeral,
        },
        resource: { type, ...(message && type !== 6 ? { message: clone(message) } : {}) },
      },
    };
  }

  private interactionForWebhook(params: Record<string, string>): InteractionState {
    const state = this.interactionsByToken.get(params['token'] ?? '');
    if (!state || params['appId'] !== this.applicationId) throw apiError(404, 10015, 'Unknown Webhook');
    if (!state.acknowledged) throw apiError(404, 10015, 'Unknown Webhook');
    return state;
  }

  /** The body of a new message (follow-up or channel post), validated as Discord does when validation is on. */
  protected createdMessageBody(req: RouteCtx['req']): JsonObject {
    const body: JsonObject = req.body && typeof req.body === 'object' ? req.body : {};
    if (this.opts.validate) {
      const errs = new FormErrors();
      validateMessage(body, req.files, errs, [], 'create');
      errs.throwIfAny();
      if (isEmptyMessage(body, req.files)) throw apiError(400, 50006, 'Cannot send an empty message');
    }
    return body;
  }

  private handleFollowup({ req, params }: RouteCtx): Reply {
    const state = this.interactionForWebhook(params);
    const body = this.createdMessageBody(req);
    const wait = req.query['wait'] === 'true';
    const original = state.originalMessageId ? this.messages.get(state.originalMessageId) : undefined;

    let message: JsonObject;
    let kind: InteractionResponseKind = 'followup';
    if (state.callbackType === 5 && original && original.message['flags'] & FLAG_LOADING) {
      // Discord: the first follow-up after a deferred reply edits the loading message (ephemeral flag ignored).
      this.applyEdit(original.message, body, req.files);
      message = original.message;
      kind = 'edit';
    } else {
      message = this.buildMessage({
        channelId: state.channelId,
        guildId: state.guildId,
        author: this.botUser,
        member: null,
        content: body['content'] ?? '',
        embeds: body['embeds'] ?? [],
        components: body['components'] ?? [],
        attachments: this.makeAttachments(body, req.files, state.channelId),
        flags: Number(body['flags'] ?? 0) & (FLAG_EPHEMERAL | FLAG_SUPPRESS_EMBEDS | FLAG_SUPPRESS_NOTIFICATIONS | FLAG_IS_COMPONENTS_V2),
        type: 0,
        webhookId: this.applicationId,
        interaction: state,
        tts: Boolean(body['tts']),
      });
      this.messages.set(message['id'], { message, deleted: false, interactionId: state.id });
      state.followupIds.push(message['id']);
    }
    const ephemeral = Boolean(message['flags'] & FLAG_EPHEMERAL);
    this.recordInteractionResponse(state, {
      kind,
      method: req.method,
      path: req.path,
      status: wait ? 200 : 204,
      ...(kind === 'edit' ? { target: '@original' } : {}),
      messageId: message['id'],
      body: req.body,
      data: req.body,
      files: req.files,
      ephemeral,
      withResponse: wait,
      message: clone(message),
      request: req,
    });
    if (kind === 'followup' && !ephemeral) this.echo(message);
    return wait ? { status: 200, body: clone(message) } : { status: 204 };
  }

  private handleWebhookMessage({ req, params }: RouteCtx, method: 'GET' | 'PATCH' | 'DELETE'): Reply {
    const state = this.interactionForWebhook(params);
    const target = params['messageId'] ?? '';
    let messageId: string | undefined;
    if (target === '@original') {
      messageId =
        state.originalMessageId ?? (state.callbackType === 6 || state.callbackType === 7 ? state.sourceMessageId : undefined);
    } else if (target === state.originalMessageId || state.followupIds.includes(target) || target === state.sourceMessageId) {
      messageId = target;
    }
    const stored = messageId ? this.messages.get(messageId) : undefined;
    if (!stored || stored.deleted) throw apiError(404, 10008, 'Unknown Message');
    if (method === 'GET') return { status: 200, body: clone(stored.message) };

    if (method === 'DELETE') {
      stored.deleted = true;
      this.recordInteractionResponse(state, {
        kind: 'delete',
        method: req.method,
        path: req.path,
        status: 204,
        target,
        messageId: stored.message['id'],
        body: undefined,
        data: undefined,
        files: [],
        ephemeral: Boolean(stored.message['flags'] & FLAG_EPHEMERAL),
        withResponse: false,
        request: req,
      });
      return { status: 204 };
    }

    const body: JsonObject = req.body && typeof req.body === 'object' ? req.body : {};
    if (this.opts.validate) {
      const errs = new FormErrors();
      validateMessage(body, req.files, errs, [], 'edit');
      errs.throwIfAny();
    }
    const before = clone(stored.message);
    this.applyEdit(stored.message, body, req.files);
    if (this.opts.validate && isEmptyMessage(stored.message, [])) {
      Object.assign(stored.message, before);
      throw apiError(400, 50006, 'Cannot send an empty message');
    }
    this.recordInteractionResponse(state, {
      kind: 'edit',
      method: req.method,
      path: req.path,
      status: 200,
      target,
      messageId: stored.message['id'],
      body: req.body,
      data: req.body,
      files: req.files,
      ephemeral: Boolean(stored.message['flags'] & FLAG_EPHEMERAL),
      withResponse: false,
      message: clone(stored.message),
      request: req,
    });
    return { status: 200, body: clone(stored.message) };
  }

  private recordInteractionResponse(state: InteractionState, r: Omit<InteractionResponseRecord, 'at'>): InteractionResponseRecord {
    const rec: InteractionResponseRecord = { ...r, at: r.request.at };
    state.responses.push(rec);
    if (rec.kind === 'callback' && rec.status < 300) state.resolveCallback(rec);
    return rec;
  }
}
