import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * A model hub on 127.0.0.1 with the Hugging Face layout
 * `{url}/{model}/resolve/{revision}/{file}`, for tests that must never reach
 * the network. Records every request and can inject faults per file.
 */

export interface HubRequest {
  method: string;
  /** The request path, e.g. "/org/tiny/resolve/main/config.json". */
  path: string;
  headers: IncomingHttpHeaders;
}

export type HubFault =
  /** Answer with this status and a short text body. */
  | { kind: 'status'; status: number }
  /** Send the headers and `afterBytes` of the body, then nothing, forever. */
  | { kind: 'stall'; afterBytes: number }
  /** Send the body in `chunkBytes` pieces at about `bytesPerSecond`. */
  | { kind: 'trickle'; bytesPerSecond: number; chunkBytes?: number }
  /** Send `afterBytes` of the body, then destroy the connection. */
  | { kind: 'abort'; afterBytes: number };

export interface FakeHub {
  /** Base URL for MODEL_HUB_URL, without a trailing slash. */
  readonly url: string;
  readonly requests: HubRequest[];
  /** Body bytes written per file ("{model}/{file}"), faults included. */
  readonly bytesSent: Map<string, number>;
  /** Files served: model id -> (file path in the repo -> content). */
  readonly models: Map<string, Map<string, Uint8Array>>;
  /** Fault for every request of `model`/`file` (undefined clears it); `times` limits it to the next n requests. */
  setFault(model: string, file: string, fault: HubFault | undefined, times?: number): void;
  close(): Promise<void>;
}

const RESOLVE = /^\/(.+)\/resolve\/([^/]+)\/(.+)$/;

export async function startFakeHub(models: Record<string, Record<string, Uint8Array>> = {}): Promise<FakeHub> {
  const files = new Map(Object.entries(models).map(([id, f]) => [id, new Map(Object.entries(f))]));
  const faults = new Map<string, { fault: HubFault; times: number }>();
  const requests: HubRequest[] = [];
  const bytesSent = new Map<string, number>();
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const takeFault = (key: string): HubFault | undefined => {
    const entry = faults.get(key);
    if (!entry) return undefined;
    if (--entry.times <= 0) faults.delete(key);
    return entry.fault;
  };

  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers });
    const match = RESOLVE.exec(path);
    const [model, file] = match ? [match[1]!, match[3]!] : ['', ''];
    const body = files.get(model)?.get(file);
    const key = `${model}/${file}`;
    const fault = takeFault(key);

    if (fault?.kind === 'status') return plain(res, fault.status, `fault ${fault.status}`);
    if (!body) return plain(res, 404, 'Entry not found');

    // Single ranges only, as transformers.js sends them ("bytes=0-0").
    let start = 0;
    let end = body.length - 1;
    let status = 200;
    const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
    if (range) {
      start = Number(range[1]);
      end = range[2] ? Math.min(Number(range[2]), body.length - 1) : end;
      if (start > end) return plain(res, 416, 'Range Not Satisfiable');
      status = 206;
    }
    const slice = body.subarray(start, end + 1);
    res.writeHead(status, {
      'content-type': file.endsWith('.json') ? 'application/json' : 'application/octet-stream',
      'content-length': String(slice.length),
      'accept-ranges': 'bytes',
      etag: `"${body.length}-${model.length}"`,
      ...(status === 206 ? { 'content-range': `bytes ${start}-${end}/${body.length}` } : {}),
    });
    if (req.method === 'HEAD') return res.end();
    send(res, slice, fault, (n) => bytesSent.set(key, (bytesSent.get(key) ?? 0) + n), timers);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    bytesSent,
    models: files,
    setFault(model, file, fault, times = Infinity) {
      if (fault) faults.set(`${model}/${file}`, { fault, times });
      else faults.delete(`${model}/${file}`);
    },
    close: async () => {
      for (const t of timers) clearTimeout(t);
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain', 'content-length': String(Buffer.byteLength(text)) });
  res.end(text);
}

function send(res: ServerResponse, body: Uint8Array, fault: HubFault | undefined, count: (n: number) => void, timers: Set<NodeJS.Timeout>): void {
  const write = (chunk: Uint8Array, then?: () => void) => {
    count(chunk.length);
    res.write(chunk, () => then?.());
  };
  if (!fault) {
    count(body.length);
    res.end(body);
  } else if (fault.kind === 'stall') {
    // Headers and a first part, then silence with the connection held open.
    write(body.subarray(0, fault.afterBytes));
  } else if (fault.kind === 'abort') {
    write(body.subarray(0, fault.afterBytes), () => res.socket?.destroy());
  } else if (fault.kind === 'trickle') {
    const chunk = fault.chunkBytes ?? 16 * 1024;
    const delayMs = (chunk / fault.bytesPerSecond) * 1000;
    let offset = 0;
    const next = () => {
      if (res.destroyed) return;
      const piece = body.subarray(offset, offset + chunk);
      offset += piece.length;
      if (offset >= body.length) {
        count(piece.length);
        res.end(piece);
        return;
      }
      write(piece);
      const t = setTimeout(() => {
        timers.delete(t);
        next();
      }, delayMs);
      timers.add(t);
    };
    next();
  }
}
