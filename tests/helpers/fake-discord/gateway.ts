/** The JSON gateway: HELLO, IDENTIFY/RESUME, heartbeats, dispatch with sequence numbers and the RESUME buffer. */
import type { IncomingMessage } from 'node:http';
import { WebSocket, type RawData } from 'ws';
import {
  GatewayOp,
  INTENT_DIRECT_MESSAGES,
  INTENT_GUILD_MESSAGES,
  INTENT_GUILDS,
  PRIVILEGED_INTENTS,
} from './constants.js';
import { FakeDiscordState } from './state.js';
import type { Conn, GatewayLogEntry, JsonObject, Session } from './types.js';
import { clone } from './util.js';

export abstract class FakeDiscordGateway extends FakeDiscordState {
  // ------------------------------------------------------------------ gateway control

  /**
   * Close the current client's gateway socket. No code / 1006 → abrupt TCP termination (client sees 1006
   * and resumes); 4000–4009 style codes → close frame with that code (discord.js resumes on resumable codes,
   * re-identifies on 1000/4007/4009, gives up on 4004/4010–4014).
   */
  dropConnection(code?: number, reason = 'fake-discord dropConnection'): void {
    const conn = this.currentSession?.conn ?? [...this.conns].pop();
    if (!conn) throw new Error('FakeDiscord.dropConnection: no gateway connection');
    // Detach synchronously so waitForReady()/dispatch() see the disconnect immediately
    // (events dispatched from now on are buffered and replayed on RESUME).
    conn.state = 'closed';
    this.conns.delete(conn);
    if (conn.session && conn.session.conn === conn) conn.session.conn = null;
    this.gwEvent(conn, { event: 'close', code: code ?? 1006, reason: `server: ${reason}` });
    if (code === undefined || code === 1006) conn.ws.terminate();
    else conn.ws.close(code, reason);
  }

  /** Send op 7 RECONNECT (client should reconnect and RESUME). */
  sendReconnect(): void {
    const conn = this.requireConn();
    this.sendRaw(conn, { op: GatewayOp.Reconnect, d: null, s: null, t: null });
  }

  /** Send op 9 INVALID_SESSION (`resumable=false` also invalidates the session server-side). */
  invalidateSession(resumable = false): void {
    const conn = this.requireConn();
    if (!resumable && conn.session) conn.session.valid = false;
    this.sendRaw(conn, { op: GatewayOp.InvalidSession, d: resumable, s: null, t: null });
  }

  /** Dispatch an arbitrary event to the current session (buffered for RESUME if the client is disconnected). */
  dispatch(t: string, d: JsonObject): number {
    const session = this.currentSession;
    if (!session || !session.valid) throw new Error(`FakeDiscord.dispatch(${t}): no identified gateway session — call waitForReady() first`);
    return this.dispatchTo(session, t, d);
  }

  // ------------------------------------------------------------------ gateway

  protected onConnection(ws: WebSocket, req: IncomingMessage): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const conn: Conn = {
      id: ++this.connCounter,
      ws,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams.entries()),
      session: null,
      state: 'connected',
    };
    this.conns.add(conn);
    this.sockets.add(ws);
    ws.once('close', () => this.sockets.delete(ws));
    this.gwEvent(conn, { event: 'open', query: conn.query, path: conn.path });
    ws.on('message', (data: RawData, isBinary: boolean) => this.onGatewayMessage(conn, data, isBinary));
    ws.on('close', (code: number, reason: Buffer) => this.onGatewayClose(conn, code, reason.toString()));
    ws.on('error', (err) => this.debug(`gateway socket error: ${err.message}`));

    if (conn.query['v'] !== '10') {
      this.closeConn(conn, 4012, 'Invalid API version');
      return;
    }
    if ((conn.query['encoding'] ?? 'json') !== 'json') {
      this.closeConn(conn, 4002, 'fake-discord supports encoding=json only');
      return;
    }
    // compress=zlib-stream is tolerated: frames are sent as text, which discord.js parses without inflating.
    this.sendRaw(conn, { op: GatewayOp.Hello, d: { heartbeat_interval: this.opts.heartbeatIntervalMs, _trace: ['["fake-discord"]'] }, s: null, t: null });
  }

  private onGatewayMessage(conn: Conn, data: RawData, _isBinary: boolean): void {
    let payload: JsonObject;
    try {
      const text = Array.isArray(data) ? Buffer.concat(data).toString('utf8') : Buffer.from(data as ArrayBuffer).toString('utf8');
      payload = JSON.parse(text);
    } catch {
      this.closeConn(conn, 4002, 'Error while decoding payload.');
      return;
    }
    const op = payload['op'];
    const d = payload['d'];
    this.gatewayLog.push({ at: Date.now(), connectionId: conn.id, direction: 'in', op, d: op === GatewayOp.Identify || op === GatewayOp.Resume ? { ...d, token: '[redacted]' } : d });
    this.notify();

    switch (op) {
      case GatewayOp.Heartbeat:
        this.sendRaw(conn, { op: GatewayOp.HeartbeatAck, d: null, s: null, t: null });
        return;
      case GatewayOp.Identify:
        this.onIdentify(conn, d ?? {});
        return;
      case GatewayOp.Resume:
        this.onResume(conn, d ?? {});
        return;
      case GatewayOp.PresenceUpdate:
      case GatewayOp.VoiceStateUpdate:
        if (!conn.session) this.closeConn(conn, 4003, 'Not authenticated.');
        return;
      case GatewayOp.RequestGuildMembers: {
        if (!conn.session) {
          this.closeConn(conn, 4003, 'Not authenticated.');
          return;
        }
        const ids: string[] | undefined = d?.['user_ids'] ? [].concat(d['user_ids']) : undefined;
        const query = String(d?.['query'] ?? '');
        const found = [...this.members.entries()]
          .filter(([uid]) => (ids ? ids.includes(uid) : String(this.users.get(uid)?.['username'] ?? '').startsWith(query)))
          .map(([uid, m]) => ({ ...clone(m), user: clone(this.users.get(uid)) }));
        this.dispatchTo(conn.session, 'GUILD_MEMBERS_CHUNK', {
          guild_id: this.guildId,
          members: found,
          chunk_index: 0,
          chunk_count: 1,
          not_found: ids ? ids.filter((id) => !this.members.has(id)) : [],
          ...(d?.['nonce'] ? { nonce: d['nonce'] } : {}),
        });
        return;
      }
      default:
        this.closeConn(conn, 4001, 'Unknown opcode.');
    }
  }

  /** IDENTIFY and RESUME: one session per connection, and the bot's own token. */
  private authenticate(conn: Conn, d: JsonObject): boolean {
    if (conn.session) {
      this.closeConn(conn, 4005, 'Already authenticated.');
      return false;
    }
    const token = String(d['token'] ?? '').replace(/^Bot\s+/i, '');
    if (token !== this.token) {
      this.gwEvent(conn, { event: 'rejected', code: 4004, reason: 'Authentication failed.' });
      this.closeConn(conn, 4004, 'Authentication failed.');
      return false;
    }
    return true;
  }

  private onIdentify(conn: Conn, d: JsonObject): void {
    if (!this.authenticate(conn, d)) return;
    const intents = Number(d['intents']);
    if (!Number.isInteger(intents) || intents < 0) {
      this.closeConn(conn, 4013, 'Invalid intent(s).');
      return;
    }
    if (intents & PRIVILEGED_INTENTS & ~this.opts.allowedPrivilegedIntents) {
      this.gwEvent(conn, { event: 'rejected', code: 4014, reason: 'Disallowed intent(s).' });
      this.closeConn(conn, 4014, 'Disallowed intent(s).');
      return;
    }
    const shard = d['shard'];
    if (shard !== undefined && (!Array.isArray(shard) || shard[0] !== 0 || shard[1] !== 1)) {
      this.closeConn(conn, 4010, 'Invalid shard.');
      return;
    }
    const session: Session = {
      id: this.snowflake().slice(-12) + Math.random().toString(16).slice(2, 22),
      seq: 0,
      intents,
      identify: { ...d, token: '[redacted]' },
      conn,
      buffer: [],
      valid: true,
    };
    this.sessions.set(session.id, session);
    conn.session = session;
    this.currentSession = session;
    this.gwEvent(conn, { event: 'identify', d: session.identify });

    this.dispatchTo(session, 'READY', {
      v: 10,
      user_settings: {},
      user: clone(this.botUser),
      guilds: [{ id: this.guildId, unavailable: true }],
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.resumeGatewayUrl,
      shard: [0, 1],
      application: { id: this.applicationId, flags: 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      auth: {},
      _trace: ['["fake-discord-gateway"]'],
    });
    this.dispatchTo(session, 'GUILD_CREATE', this.guildCreatePayload());
    conn.state = 'ready';
    this.gwEvent(conn, { event: 'ready' });
  }

  private onResume(conn: Conn, d: JsonObject): void {
    if (!this.authenticate(conn, d)) return;
    const session = this.sessions.get(String(d['session_id'] ?? ''));
    const seq = Number(d['seq'] ?? 0);
    if (!session || !session.valid || seq > session.seq) {
      this.gwEvent(conn, { event: 'rejected', reason: 'invalid session on RESUME' });
      this.sendRaw(conn, { op: GatewayOp.InvalidSession, d: false, s: null, t: null });
      return;
    }
    if (session.conn && session.conn !== conn) {
      const old = session.conn;
      old.session = null;
      old.ws.terminate();
    }
    session.conn = conn;
    conn.session = session;
    this.currentSession = session;
    this.gwEvent(conn, { event: 'resume', d: { session_id: session.id, seq } });
    for (const p of session.buffer) if ((p['s'] as number) > seq) this.sendRaw(conn, p);
    this.dispatchTo(session, 'RESUMED', { _trace: ['["fake-discord-gateway"]'] });
    conn.state = 'ready';
    this.gwEvent(conn, { event: 'resumed' });
  }

  private onGatewayClose(conn: Conn, code: number, reason: string): void {
    const wasOpen = conn.state !== 'closed';
    conn.state = 'closed';
    this.conns.delete(conn);
    const session = conn.session;
    if (session && session.conn === conn) {
      session.conn = null;
      // A client closing with 1000/1001 ends its session (Discord semantics); 4200 etc. keep it resumable.
      if (code === 1000 || code === 1001) session.valid = false;
    }
    if (wasOpen) this.gwEvent(conn, { event: 'close', code, reason });
  }

  private guildCreatePayload(): JsonObject {
    const channels = [...this.channels.values()]
      .filter((c) => c['guild_id'] === this.guildId)
      .map((c) => {
        const { guild_id: _g, ...rest } = c;
        return clone(rest);
      });
    return {
      ...clone(this.guild),
      roles: clone([...this.roles.values()]),
      joined_at: '2024-01-01T00:00:00.000000+00:00',
      large: false,
      unavailable: false,
      member_count: this.members.size,
      voice_states: [],
      members: [{ ...clone(this.members.get(this.botUserId)), user: clone(this.botUser) }],
      channels,
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      embedded_activities: [],
      lazy: true,
    };
  }

  protected dispatchTo(session: Session, t: string, d: JsonObject): number {
    if (t === 'MESSAGE_CREATE') {
      const need = d['guild_id'] ? INTENT_GUILD_MESSAGES : INTENT_DIRECT_MESSAGES;
      if (!(session.intents & need)) return -1;
    }
    if (t.startsWith('GUILD_ROLE_') && !(session.intents & INTENT_GUILDS)) return -1;
    const s = ++session.seq;
    const payload = { op: GatewayOp.Dispatch, t, s, d };
    session.buffer.push(payload);
    if (session.buffer.length > 2000) session.buffer.shift();
    const conn = session.conn;
    if (conn && conn.ws.readyState === WebSocket.OPEN) this.sendRaw(conn, payload);
    else this.gatewayLog.push({ at: Date.now(), connectionId: 0, direction: 'out', op: 0, t, s, d: '[buffered for RESUME]' });
    return s;
  }

  private sendRaw(conn: Conn, payload: JsonObject): void {
    if (conn.ws.readyState !== WebSocket.OPEN) return;
    conn.ws.send(JSON.stringify(payload));
    this.gatewayLog.push({
      at: Date.now(),
      connectionId: conn.id,
      direction: 'out',
      op: payload['op'],
      t: payload['t'] ?? null,
      s: payload['s'] ?? null,
      d: payload['d'],
    });
    this.notify();
  }

  private closeConn(conn: Conn, code: number, reason: string): void {
    this.debug(`gateway close ${code} ${reason}`);
    conn.ws.close(code, reason);
  }

  private gwEvent(conn: Conn, e: Omit<GatewayLogEntry, 'at' | 'connectionId' | 'direction'>): void {
    this.gatewayLog.push({ at: Date.now(), connectionId: conn.id, direction: 'event', ...e });
    this.debug(`gateway #${conn.id} ${e.event}${e.code ? ` ${e.code}` : ''}${e.reason ? ` (${e.reason})` : ''}`);
    this.notify();
  }

  private requireConn(): Conn {
    const conn = this.currentSession?.conn;
    if (!conn) throw new Error('FakeDiscord: no gateway connection');
    return conn;
  }
}
