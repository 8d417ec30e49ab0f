import { resolve } from 'node:path';
import type { Embedder, EmbedderLoad } from './types.js';

export interface ModelSettings {
  /** Hub model name, e.g. "Xenova/multilingual-e5-small". */
  model: string;
  /** A local model directory; when set, the hub is never asked. */
  modelPath?: string | undefined;
  /** Where hub downloads are cached (downloaded once on first use). */
  cacheDir: string;
  allowRemote: boolean;
  /** A hub mirror; undefined: the library's default hub. */
  hubUrl?: string | undefined;
  /** Bound on every hub request: a host that accepts and never answers must not hang indexing. */
  timeoutMs: number;
  dtype?: string | undefined;
  queryPrefix?: string | undefined;
  passagePrefix?: string | undefined;
}

/** e5 models are trained with "query: " / "passage: " prefixes; others get none. */
function defaultPrefixes(model: string): { query: string; passage: string } {
  return /e5/i.test(model) ? { query: 'query: ', passage: 'passage: ' } : { query: '', passage: '' };
}

type Extractor = ((texts: string[], options: { pooling: 'mean'; normalize: boolean }) => Promise<{ tolist(): number[][] }>) & {
  tokenizer: { encode(text: string): number[]; model_max_length?: number };
};

/** Wraps fetch with a timeout so a silent host fails instead of hanging. */
function fetchWithTimeout(timeoutMs: number, inner: typeof fetch): typeof fetch {
  return (input, init) => {
    const signal = AbortSignal.timeout(timeoutMs);
    const merged = init?.signal ? AbortSignal.any([init.signal, signal]) : signal;
    return inner(input, { ...init, signal: merged });
  };
}

/**
 * Loads a feature-extraction pipeline (mean pooling, normalised) from a local
 * directory, the cache, or the hub. Never throws: a model that cannot be
 * loaded yields the reason, and the product falls back to keyword retrieval.
 */
export async function loadTransformersEmbedder(settings: ModelSettings): Promise<EmbedderLoad> {
  try {
    const { env, pipeline } = await import('@huggingface/transformers');
    env.allowLocalModels = true;
    env.allowRemoteModels = settings.allowRemote && !settings.modelPath;
    env.cacheDir = resolve(settings.cacheDir);
    if (settings.hubUrl) env.remoteHost = settings.hubUrl.endsWith('/') ? settings.hubUrl : `${settings.hubUrl}/`;
    const baseFetch = (env as { fetch: typeof fetch }).fetch ?? fetch;
    (env as { fetch: typeof fetch }).fetch = fetchWithTimeout(settings.timeoutMs, baseFetch);

    // An absolute path is read as-is; a relative one would be taken for a hub id.
    const source = settings.modelPath ? resolve(settings.modelPath) : settings.model;
    const options: Record<string, unknown> = { device: 'cpu' };
    // "auto": the 8-bit weights from the hub (a quarter of the download, faster on CPU,
    // near-identical rankings); a local directory as it is (fp32 model.onnx).
    if (settings.dtype && settings.dtype !== 'auto') options.dtype = settings.dtype;
    else if (!settings.modelPath) options.dtype = 'q8';
    const extractor = (await withTimeout(
      pipeline('feature-extraction', source, options) as Promise<unknown>,
      settings.timeoutMs * 4,
      'het model laden duurde te lang',
    )) as Extractor;

    const prefixes = defaultPrefixes(settings.modelPath ? `${settings.model} ${settings.modelPath}` : settings.model);
    const queryPrefix = settings.queryPrefix ?? prefixes.query;
    const passagePrefix = settings.passagePrefix ?? prefixes.passage;
    const probe = (await extractor([passagePrefix + 'test'], { pooling: 'mean', normalize: true })).tolist();
    const dimension = probe[0]?.length ?? 0;
    if (!dimension) return { ok: false, reason: 'het model gaf geen vectoren terug' };

    const embedder: Embedder = {
      // The weights variant is part of the identity: other weights, other vectors.
      modelId: (settings.modelPath ? `local:${source}` : settings.model) + (options.dtype ? `#${String(options.dtype)}` : ''),
      dimension,
      maxTokens: Math.min(512, extractor.tokenizer.model_max_length ?? 512),
      queryPrefix,
      passagePrefix,
      countTokens: (text) => extractor.tokenizer.encode(text).length,
      embedPassages: async (texts) => (texts.length ? (await extractor(texts, { pooling: 'mean', normalize: true })).tolist() : []),
      embedQuery: async (query) => (await extractor([queryPrefix + query], { pooling: 'mean', normalize: true })).tolist()[0]!,
    };
    return { ok: true, embedder, source };
  } catch (err) {
    return { ok: false, reason: describeLoadError(err) };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function describeLoadError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const firstLine = message.split('\n')[0]!.slice(0, 300);
  if (/allowRemoteModels=false|not found locally|local_files_only/i.test(message)) return `modelbestanden niet gevonden (${firstLine})`;
  if (/fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|network|abort|timeout/i.test(message)) return `model kon niet gedownload worden (${firstLine})`;
  return firstLine;
}
