/** REST for application commands (global and guild): bulk overwrite, create, edit, delete, and the command store. */
import { json, noContent } from './http.js';
import { FormErrors, validateCommand } from './limits.js';
import { FakeDiscordInteractionRoutes } from './rest-interactions.js';
import type { JsonObject } from './types.js';
import { apiError, clone } from './util.js';

export abstract class FakeDiscordCommandRoutes extends FakeDiscordInteractionRoutes {
  protected registerCommandRoutes(): void {
    // --- application commands
    const cmdRoutes = (prefix: string, scope: (p: Record<string, string>) => string): void => {
      this.route('GET', `${prefix}/commands`, ({ params }) => {
        this.checkApp(params);
        return json(clone(this.commandStore.get(scope(params)) ?? []));
      });
      this.route('PUT', `${prefix}/commands`, ({ req, params }) => {
        this.checkApp(params);
        const key = scope(params);
        if (!Array.isArray(req.body)) throw apiError(400, 50035, 'Invalid Form Body', { _errors: [{ code: 'LIST_TYPE_CONVERT', message: 'Only iterables may be used in a ListType' }] });
        if (this.opts.validate) {
          const errs = new FormErrors();
          if (req.body.length > 100) errs.add([], 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
          req.body.forEach((c: JsonObject, i: number) => validateCommand(c, [i], errs));
          const seen = new Set<string>();
          req.body.forEach((c: JsonObject, i: number) => {
            const k = `${c['type'] ?? 1}:${c['name']}`;
            if (seen.has(k)) errs.add([i, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', `Application command names must be unique`);
            seen.add(k);
          });
          errs.throwIfAny();
        }
        const old = this.commandStore.get(key) ?? [];
        const stored = (req.body as JsonObject[]).map((c) => {
          const prev = old.find((o) => o['name'] === c['name'] && (o['type'] ?? 1) === (c['type'] ?? 1));
          return this.storeCommand(c, key, prev);
        });
        this.commandStore.set(key, stored);
        return json(clone(stored));
      });
      this.route('POST', `${prefix}/commands`, ({ req, params }) => {
        this.checkApp(params);
        const key = scope(params);
        if (this.opts.validate) {
          const errs = new FormErrors();
          validateCommand(req.body ?? {}, [], errs);
          errs.throwIfAny();
        }
        const list = this.commandStore.get(key) ?? [];
        const idx = list.findIndex((o) => o['name'] === req.body['name'] && (o['type'] ?? 1) === (req.body['type'] ?? 1));
        const stored = this.storeCommand(req.body, key, idx >= 0 ? list[idx] : undefined);
        if (idx >= 0) list[idx] = stored;
        else list.push(stored);
        this.commandStore.set(key, list);
        return json(clone(stored), idx >= 0 ? 200 : 201);
      });
      this.route('GET', `${prefix}/commands/:commandId`, ({ params }) => {
        this.checkApp(params);
        const c = (this.commandStore.get(scope(params)) ?? []).find((x) => x['id'] === params['commandId']);
        if (!c) throw apiError(404, 10063, 'Unknown application command');
        return json(clone(c));
      });
      this.route('PATCH', `${prefix}/commands/:commandId`, ({ req, params }) => {
        this.checkApp(params);
        const list = this.commandStore.get(scope(params)) ?? [];
        const idx = list.findIndex((x) => x['id'] === params['commandId']);
        const prev = list[idx];
        if (!prev) throw apiError(404, 10063, 'Unknown application command');
        const merged = { ...prev, ...req.body };
        if (this.opts.validate) {
          const errs = new FormErrors();
          validateCommand(merged, [], errs);
          errs.throwIfAny();
        }
        list[idx] = this.storeCommand(merged, scope(params), prev);
        return json(clone(list[idx]));
      });
      this.route('DELETE', `${prefix}/commands/:commandId`, ({ params }) => {
        this.checkApp(params);
        const list = this.commandStore.get(scope(params)) ?? [];
        const idx = list.findIndex((x) => x['id'] === params['commandId']);
        if (idx < 0) throw apiError(404, 10063, 'Unknown application command');
        list.splice(idx, 1);
        return noContent;
      });
    };
    cmdRoutes('/applications/:appId/guilds/:guildId', (p) => {
      if (p['guildId'] !== this.guildId) throw apiError(403, 50001, 'Missing Access');
      return p['guildId'] ?? '';
    });
    cmdRoutes('/applications/:appId', () => 'global');
  }

  private checkApp(params: Record<string, string>): void {
    if (params['appId'] !== this.applicationId) throw apiError(403, 50001, 'Missing Access');
  }

  // ------------------------------------------------------------------ command store

  private storeCommand(c: JsonObject, scope: string, prev: JsonObject | undefined): JsonObject {
    const type = c['type'] ?? 1;
    const id = prev?.['id'] ?? this.commandIdFor(c['name'], type, scope);
    return {
      name_localizations: null,
      description_localizations: null,
      default_member_permissions: null,
      dm_permission: true,
      nsfw: false,
      integration_types: [0],
      contexts: null,
      options: [],
      ...clone(c),
      id,
      application_id: this.applicationId,
      version: this.snowflake(),
      type,
      description: c['description'] ?? '',
      ...(scope !== 'global' ? { guild_id: scope } : {}),
    };
  }

  protected commandIdFor(name: string, type = 1, scope = 'global'): string {
    const key = `${scope}:${type}:${name}`;
    let id = this.commandIdsByName.get(key) ?? this.commandIdsByName.get(`guess:${name}`);
    if (!id) {
      id = this.snowflake();
      this.commandIdsByName.set(key, id);
      this.commandIdsByName.set(`guess:${name}`, id);
    }
    return id;
  }

  protected findCommand(name: string, type: number, guildId: string | null): JsonObject | undefined {
    const match = (c: JsonObject): boolean => c['name'] === name && (c['type'] ?? 1) === type;
    return (guildId ? this.commandStore.get(guildId)?.find(match) : undefined) ?? this.commandStore.get('global')?.find(match);
  }
}
