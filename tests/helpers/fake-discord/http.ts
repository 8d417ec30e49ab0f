/** The HTTP server (REST and gateway upgrade share it): request recording, body parsing, routing, auth, fault injection. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { API_PREFIX } from './constants.js';
import { FakeDiscordMessages } from './messages.js';
import type { Fault, FaultHandle, FaultSpec, JsonObject, RecordedRequest, Reply, RouteCtx } from './types.js';
import { apiError, compileTemplate, HttpError } from './util.js';

/** Reply helpers for route handlers. */
export const json = (body: unknown, status = 200): Reply => ({ status, body });
export const noContent: Reply = { status: 204 };

export abstract class FakeDiscordHttp extends FakeDiscordMessages {
  // ------------------------------------------------------------------ lifecycle

  /** Listen on 127.0.0.1 (random port unless `port` was given); HTTP and WebSocket share the server. */
  async start(): Promise<void> {
    if (this.server) throw new Error('FakeDiscord already started');
    const server = createServer((req, res) => {
      void this.onHttp(req, res);
    });
    const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, req));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.opts.port ?? 0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
    this.wss = wss;
    this.debug(`listening on ${this.apiUrl}`);
  }

  /** Close all gateway sockets and HTTP connections and stop listening. Safe to call twice. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    for (const ws of this.sockets) ws.terminate();
    this.sockets.clear();
    this.conns.clear();
    await new Promise<void>((resolve) => this.wss?.close(() => resolve()));
    this.wss = null;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    this.changes.removeAllListeners();
  }

  // ------------------------------------------------------------------ fault injection

  /**
   * Fail the next `count` requests matching method/path with `status`. A 429 carries
   * `{ message, retry_after, global }` plus `Retry-After`, `X-RateLimit-Limit/Remaining/Reset/Reset-After/Bucket/Scope`
   * (and `X-RateLimit-Global`) headers that @discordjs/rest honours; 5xx are retried by discord.js up to `rest.retries` (3).
   */
  failNext(spec: FaultSpec): FaultHandle {
    const regex =
      spec.path instanceof RegExp ? spec.path : compileTemplate(spec.path.startsWith(API_PREFIX) ? spec.path.slice(API_PREFIX.length) : spec.path).regex;
    const fault: Fault = { spec, method: spec.method?.toUpperCase() ?? null, regex, remaining: spec.count ?? 1, hits: [] };
    this.faults.push(fault);
    return {
      spec,
      get remaining() {
        return fault.remaining;
      },
      get hits() {
        return fault.hits;
      },
    };
  }

  private takeFault(method: string, path: string): Fault | null {
    for (const f of this.faults) {
      if (f.remaining <= 0) continue;
      if (f.method && f.method !== method) continue;
      if (!f.regex.test(path)) continue;
      f.remaining--;
      return f;
    }
    return null;
  }

  private faultReply(f: Fault): Reply {
    const { status } = f.spec;
    if (status === 429) {
      const retryAfter = f.spec.retryAfter ?? 0.1;
      const global = f.spec.global ?? false;
      const headers: Record<string, string> = {
        'retry-after': String(retryAfter),
        'x-ratelimit-scope': f.spec.scope ?? (global ? 'global' : 'user'),
      };
      if (global) headers['x-ratelimit-global'] = 'true';
      else {
        headers['x-ratelimit-limit'] = '5';
        headers['x-ratelimit-remaining'] = '0';
        headers['x-ratelimit-reset'] = ((Date.now() + retryAfter * 1000) / 1000).toFixed(3);
        headers['x-ratelimit-reset-after'] = retryAfter.toFixed(3);
        headers['x-ratelimit-bucket'] = 'fakebucket0000000000000000000000';
      }
      return {
        status,
        headers,
        body: f.spec.body ?? { message: 'You are being rate limited.', retry_after: retryAfter, global, ...(global ? { code: 0 } : {}) },
      };
    }
    const text: Record<number, string> = { 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' };
    return { status, body: f.spec.body ?? { message: `${status}: ${text[status] ?? 'Error'}`, code: 0 } };
  }

  // ------------------------------------------------------------------ HTTP

  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = Date.now();
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of req) chunks.push(chunk as Buffer);
    } catch {
      res.destroy();
      return;
    }
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
    const versioned = url.pathname.startsWith(`${API_PREFIX}/`);
    // discord.js percent-encodes path segments (e.g. `@original` → `%40original`); record them decoded.
    const path = (versioned ? url.pathname.slice(API_PREFIX.length) : url.pathname)
      .split('/')
      .map((seg) => {
        try {
          return decodeURIComponent(seg);
        } catch {
          return seg;
        }
      })
      .join('/');
    const record: RecordedRequest = {
      seq: ++this.reqCounter,
      method,
      path,
      url: req.url ?? '/',
      query: Object.fromEntries(url.searchParams.entries()),
      route: null,
      headers,
      body: undefined,
      files: [],
      multipart: false,
      at,
      status: 0,
      response: undefined,
      injected: false,
    };

    let reply: Reply;
    try {
      await this.parseBody(record, raw, headers['content-type'] ?? '');
      reply = this.handle(record);
    } catch (err) {
      reply =
        err instanceof HttpError
          ? { status: err.status, body: err.body }
          : { status: 500, body: { message: `fake-discord internal error: ${(err as Error).message}`, code: 0 } };
      if (!(err instanceof HttpError)) this.debug(`internal error on ${method} ${path}: ${(err as Error).stack}`);
    }

    record.status = reply.status;
    record.response = reply.body;
    this.requests.push(record);
    this.debug(`${method} ${url.pathname}${url.search} → ${reply.status}`);
    this.notify();

    const outHeaders: Record<string, string> = { via: 'fake-discord', ...(reply.headers ?? {}) };
    if (reply.status === 204 || reply.body === undefined) {
      res.writeHead(reply.status, outHeaders);
      res.end();
    } else {
      res.writeHead(reply.status, { 'content-type': 'application/json', ...outHeaders });
      res.end(JSON.stringify(reply.body));
    }
  }

  private async parseBody(record: RecordedRequest, raw: Buffer, contentType: string): Promise<void> {
    if (raw.length === 0) return;
    if (contentType.startsWith('multipart/form-data')) {
      record.multipart = true;
      let form: FormData;
      try {
        form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData();
      } catch (err) {
        throw apiError(400, 50109, `The request body contains invalid multipart data (${(err as Error).message}).`);
      }
      const body: JsonObject = {};
      let hasBody = false;
      for (const [field, value] of form.entries()) {
        if (typeof value === 'string') {
          hasBody = true;
          if (field === 'payload_json') {
            try {
              Object.assign(body, JSON.parse(value));
            } catch {
              throw apiError(400, 50109, 'The request body contains invalid JSON.');
            }
          } else body[field] = value;
        } else {
          const data = Buffer.from(await value.arrayBuffer());
          record.files.push({
            field,
            name: value.name,
            contentType: value.type || 'application/octet-stream',
            size: data.length,
            data,
            text: data.toString('utf8'),
          });
        }
      }
      if (hasBody) record.body = body;
      return;
    }
    const text = raw.toString('utf8');
    if (contentType.startsWith('application/json')) {
      try {
        record.body = JSON.parse(text);
      } catch {
        throw apiError(400, 50109, 'The request body contains invalid JSON.');
      }
    } else {
      record.body = text;
    }
  }

  private handle(record: RecordedRequest): Reply {
    const fault = this.takeFault(record.method, record.path);
    if (fault) {
      record.injected = true;
      fault.hits.push(record);
      return this.faultReply(fault);
    }
    if (!record.url.startsWith(`${API_PREFIX}/`)) return { status: 404, body: { message: 'Unknown', code: 0 } };
    for (const route of this.routes) {
      if (route.method !== record.method) continue;
      const m = route.regex.exec(record.path);
      if (!m) continue;
      record.route = `${route.method} ${route.template}`;
      if (route.auth) this.checkAuth(record);
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        params[name] = m[i + 1] ?? '';
      });
      return route.handler({ req: record, params });
    }
    return { status: 404, body: { message: 'Unknown', code: 0 } };
  }

  private checkAuth(record: RecordedRequest): void {
    const auth = record.headers['authorization'];
    const ok = auth === `Bot ${this.token}` || (this.opts.acceptAnyRestToken && typeof auth === 'string' && auth.startsWith('Bot '));
    if (!ok) throw apiError(401, 0, '401: Unauthorized');
  }

  protected route(method: string, template: string, handler: (ctx: RouteCtx) => Reply, auth = true): void {
    const { regex, names } = compileTemplate(template);
    this.routes.push({ method, template, regex, names, auth, handler });
  }
}
