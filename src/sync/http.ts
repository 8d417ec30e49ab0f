/**
 * A polite HTTP client for the Parliament's open data: at most `concurrency`
 * requests at a time, each slot resting `pauseMs` after a request; 429 and
 * 5xx (and time-outs, network errors) retried with backoff that honours
 * Retry-After, which also pauses every other slot; a reply that sends nothing
 * for `timeoutMs` is abandoned; a body over `maxBytes` is not read to its end.
 */

export interface PoliteOptions {
  concurrency: number;
  pauseMs: number;
  timeoutMs: number;
  retries: number;
  retryBaseMs: number;
  maxRetryWaitMs: number;
  userAgent: string;
  signal?: AbortSignal;
  /** Every retry the client decides on, with the wait it chose (tests and logs). */
  onRetry?: (e: { url: string; attempt: number; waitMs: number; reason: string }) => void;
}

export type HttpFailure =
  | { kind: 'status'; status: number }
  | { kind: 'timeout'; ms: number }
  | { kind: 'network'; message: string }
  | { kind: 'too-large'; max: number }
  | { kind: 'retry-after-too-long'; waitMs: number };

export class HttpError extends Error {
  constructor(
    readonly url: string,
    readonly failure: HttpFailure,
    readonly attempts: number,
  ) {
    super(`${describeFailure(failure)} (${url})`);
  }
}

/** In Dutch, for the sync's report. */
export function describeFailure(f: HttpFailure): string {
  switch (f.kind) {
    case 'status':
      return `HTTP ${f.status}`;
    case 'timeout':
      return `geen antwoord binnen ${(f.ms / 1000).toLocaleString('nl-BE')} s (time-out)`;
    case 'network':
      return `netwerkfout: ${f.message}`;
    case 'too-large':
      return `groter dan de limiet van ${f.max} bytes`;
    case 'retry-after-too-long':
      return `de server vraagt ${Math.round(f.waitMs / 1000)} s te wachten (Retry-After); opgegeven voor deze run`;
  }
}

export interface HttpResponse {
  url: string;
  status: number;
  contentType: string;
  body: Buffer;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }
    function onAbort() {
      clearTimeout(timer);
      reject(signal!.reason);
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** Retry-After as seconds or an HTTP date → milliseconds; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

const RETRYABLE = (status: number) => status === 429 || status >= 500;

export class PoliteClient {
  #active = 0;
  #waiting: (() => void)[] = [];
  /** Set by a Retry-After: no slot starts a request before this time. */
  #notBefore = 0;
  requests = 0;

  constructor(private readonly options: PoliteOptions) {}

  async #acquire(): Promise<void> {
    if (this.#active < this.options.concurrency) {
      this.#active++;
      return;
    }
    await new Promise<void>((resolve) => this.#waiting.push(resolve));
  }

  /** The slot rests before the next request may use it. */
  #release(): void {
    setTimeout(() => {
      const next = this.#waiting.shift();
      if (next) next();
      else this.#active--;
    }, this.options.pauseMs); // not unref'd: a request may be waiting for this slot
  }

  /** GET with retries; throws HttpError once the retries are spent or the failure is not worth retrying. */
  async get(url: string, o: { accept: string; maxBytes?: number }): Promise<HttpResponse> {
    const { retries, retryBaseMs, maxRetryWaitMs, signal } = this.options;
    for (let attempt = 1; ; attempt++) {
      let failure: HttpFailure;
      let wait: number | null = null;
      await this.#acquire();
      try {
        const delay = this.#notBefore - Date.now();
        if (delay > 0) await sleep(delay, signal);
        this.requests++;
        const result = await this.#once(url, o.accept, o.maxBytes ?? Infinity);
        if ('body' in result) return result;
        ({ failure, wait } = result);
      } finally {
        this.#release();
      }
      const retryable = failure.kind === 'timeout' || failure.kind === 'network' || (failure.kind === 'status' && RETRYABLE(failure.status));
      if (!retryable || attempt > retries) throw new HttpError(url, failure, attempt);
      if (wait !== null && wait > maxRetryWaitMs) throw new HttpError(url, { kind: 'retry-after-too-long', waitMs: wait }, attempt);
      const waitMs = wait ?? retryBaseMs * 2 ** (attempt - 1);
      // The server asked everyone to wait, not just this request.
      if (wait !== null) this.#notBefore = Math.max(this.#notBefore, Date.now() + wait);
      this.options.onRetry?.({ url, attempt, waitMs, reason: describeFailure(failure) });
      await sleep(waitMs, signal);
    }
  }

  /** One request; the timer restarts with every chunk, so only a stall times out, not a slow download. */
  async #once(url: string, accept: string, maxBytes: number): Promise<HttpResponse | { failure: HttpFailure; wait: number | null }> {
    const { timeoutMs, userAgent, signal } = this.options;
    const controller = new AbortController();
    let timedOut = false;
    let timer = setTimeout(stall, timeoutMs);
    function stall() {
      timedOut = true;
      controller.abort();
    }
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(stall, timeoutMs);
    };
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const res = await fetch(url, { headers: { Accept: accept, 'User-Agent': userAgent }, signal: controller.signal, redirect: 'follow' });
      if (!res.ok) {
        await res.body?.cancel().catch(() => {});
        return { failure: { kind: 'status', status: res.status }, wait: res.status === 429 || res.status === 503 ? retryAfterMs(res.headers.get('retry-after')) : null };
      }
      const declared = Number(res.headers.get('content-length') ?? NaN);
      if (declared > maxBytes) {
        await res.body?.cancel().catch(() => {});
        return { failure: { kind: 'too-large', max: maxBytes }, wait: null };
      }
      const chunks: Buffer[] = [];
      let size = 0;
      if (res.body) {
        const reader = res.body.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          restart();
          size += value.byteLength;
          if (size > maxBytes) {
            await reader.cancel().catch(() => {});
            return { failure: { kind: 'too-large', max: maxBytes }, wait: null };
          }
          chunks.push(Buffer.from(value));
        }
      }
      return { url, status: res.status, contentType: res.headers.get('content-type') ?? '', body: Buffer.concat(chunks) };
    } catch (err) {
      if (signal?.aborted) throw signal.reason ?? err;
      if (timedOut) return { failure: { kind: 'timeout', ms: timeoutMs }, wait: null };
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      return { failure: { kind: 'network', message: cause?.code ?? cause?.message ?? (err as Error).message }, wait: null };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }
}
