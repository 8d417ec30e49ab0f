/**
 * The fetch transformers.js downloads through (it calls `env.fetch` for every
 * hub request): a stall timeout instead of a deadline, a check that the body
 * is complete, and a byte count for the progress line.
 */

/** Why a hub download stopped; the message is Dutch, it reaches the user. */
export class ModelDownloadError extends Error {
  override name = 'ModelDownloadError';
}

/** Where the download stands, over all files of one model load. */
export interface DownloadProgress {
  /** Body bytes received so far. */
  received: number;
  /** Sizes announced so far (a file counts once its response arrived). */
  total: number;
  /** Average since the first byte. */
  bytesPerSecond: number;
  /** Seconds left at that rate; null while unknown. */
  etaSeconds: number | null;
  /** "done" and "failed" end the download; no events follow them. */
  state: 'downloading' | 'done' | 'failed';
}

export type DownloadListener = (progress: DownloadProgress) => void;

/** Counts bytes over all responses of one load and reports them. */
export class DownloadMeter {
  private received = 0;
  private total = 0;
  private firstByteAt: number | null = null;
  private finished = false;

  constructor(private readonly listener: DownloadListener | undefined) {}

  /** Any bytes at all: a load from the cache reports nothing. */
  get active(): boolean {
    return this.total > 0;
  }

  announce(bytes: number): void {
    this.total += bytes;
  }

  add(bytes: number): void {
    if (this.finished) return;
    this.firstByteAt ??= Date.now();
    this.received += bytes;
    this.emit('downloading');
  }

  finish(ok: boolean): void {
    if (this.active && !this.finished) this.emit(ok ? 'done' : 'failed');
    this.finished = true;
  }

  private emit(state: DownloadProgress['state']): void {
    if (!this.listener) return;
    const seconds = this.firstByteAt === null ? 0 : (Date.now() - this.firstByteAt) / 1000;
    const bytesPerSecond = seconds > 0 ? this.received / seconds : 0;
    const left = Math.max(0, this.total - this.received);
    const etaSeconds = state === 'done' ? 0 : bytesPerSecond > 0 ? left / bytesPerSecond : null;
    this.listener({ received: this.received, total: Math.max(this.total, this.received), bytesPerSecond, etaSeconds, state });
  }
}

/** "onnx/model_quantized.onnx" from a hub URL; the URL itself otherwise. */
function fileOf(url: string): string {
  const m = /\/resolve\/[^/]+\/(.+)$/.exec(new URL(url).pathname);
  return m ? decodeURIComponent(m[1]!) : url;
}

const secondsNl = (ms: number) => `${(ms / 1000).toLocaleString('nl-BE', { maximumFractionDigits: 1 })} s`;

/**
 * Wraps `inner` so a request fails once no byte arrived for `idleMs` — while
 * waiting for the response and between body chunks — however long the whole
 * download takes. A body that ends short of its Content-Length is an error,
 * so a cut connection never passes for a complete file.
 */
export function stallTimeoutFetch(inner: typeof fetch, idleMs: number, meter?: DownloadMeter): typeof fetch {
  return async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const controller = new AbortController();
    const signal = init?.signal ? AbortSignal.any([init.signal, controller.signal]) : controller.signal;
    let stalled: ModelDownloadError | null = null;
    let timer: NodeJS.Timeout | undefined;
    const disarm = () => clearTimeout(timer);
    const { host } = new URL(url);
    const arm = (message: string) => {
      disarm();
      timer = setTimeout(() => {
        stalled = new ModelDownloadError(message);
        controller.abort(stalled);
      }, idleMs);
    };

    arm(`de modelhub (${host}) antwoordde ${secondsNl(idleMs)} lang niet op ${fileOf(url)}`);
    let response: Response;
    try {
      response = await inner(input, { ...init, signal });
    } catch (err) {
      if (stalled || init?.signal?.aborted) throw stalled ?? err;
      // undici says "fetch failed" and keeps the reason (ENOTFOUND, ECONNREFUSED, …) in `cause`.
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      const why = cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
      throw new ModelDownloadError(`de modelhub (${host}) is niet bereikbaar voor ${fileOf(url)} (${why})`);
    } finally {
      disarm();
    }
    if (!response.body) return response;

    // Compressed bodies are counted after decoding, so their length cannot be checked.
    const lengthHeader = response.headers.get('content-length');
    const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
    const expected = lengthHeader !== null && !encoded ? Number(lengthHeader) : null;
    // Only full downloads count; the 1-byte range probes do not.
    const counted = response.status === 200 && meter ? meter : undefined;
    if (expected !== null) counted?.announce(expected);
    let received = 0;
    const reader = response.body.getReader();
    const cut = (err: unknown) =>
      new ModelDownloadError(
        `de verbinding viel weg tijdens de download van ${fileOf(url)} (${received}${expected === null ? '' : ` van ${expected}`} bytes ontvangen; ${err instanceof Error ? err.message : String(err)})`,
      );
    const stallMessage = `de download van ${fileOf(url)} stokte: ${secondsNl(idleMs)} lang geen gegevens van ${host}`;

    let delivered = false;
    let failure: Error | null = null;
    // highWaterMark 0: read (and time) only while the consumer asks for data,
    // so a body nobody reads does not time out or keep a timer.
    const body = new ReadableStream<Uint8Array>(
      {
        async pull(ctrl) {
          if (failure) return ctrl.error(failure);
          arm(stallMessage);
          try {
            const { done, value } = await reader.read();
            if (done) {
              if (expected !== null && received !== expected) {
                throw new ModelDownloadError(`${fileOf(url)} is onvolledig ontvangen (${received} van ${expected} bytes)`);
              }
              ctrl.close();
              return;
            }
            received += value.byteLength;
            counted?.add(value.byteLength);
            delivered = true;
            ctrl.enqueue(value);
          } catch (err) {
            controller.abort();
            failure = stalled ?? (err instanceof ModelDownloadError ? err : cut(err));
            // transformers.js' file cache opens its temp file asynchronously and, when the
            // very first read fails, deletes it before it exists (leaving an empty one).
            // An empty first chunk makes it wait for the open; the error follows on the next read.
            if (delivered) ctrl.error(failure);
            else {
              delivered = true;
              ctrl.enqueue(new Uint8Array(0));
            }
          } finally {
            disarm();
          }
        },
        cancel(reason) {
          disarm();
          return reader.cancel(reason);
        },
      },
      { highWaterMark: 0 },
    );
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}
