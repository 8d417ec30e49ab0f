import { join, resolve } from 'node:path';
import { removeStaleDownloads } from './cache.js';
import { DownloadMeter, ModelDownloadError, stallTimeoutFetch, type DownloadListener } from './download.js';
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
  /**
   * Longest silence of the hub: no response or no body byte for this long
   * fails the load. A slow but moving download is never cut off.
   */
  timeoutMs: number;
  /** Download progress (first run only: a load from the cache reports nothing). */
  onDownload?: DownloadListener | undefined;
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

/** "name" or "org/name", as the hub spells model ids; nothing that climbs out of the cache. */
const HUB_ID = /^(?!.*\.\.)[\w.-]+(\/[\w.-]+)?$/;

const DEFAULT_HUB = 'https://huggingface.co/';

/** The library's own fetch, kept so that repeated loads do not stack wrappers. */
let libraryFetch: typeof fetch | undefined;

/**
 * Loads a feature-extraction pipeline (mean pooling, normalised) from a local
 * directory, the cache, or the hub. Never throws: a model that cannot be
 * loaded yields the reason, and the product falls back to keyword retrieval.
 */
export async function loadTransformersEmbedder(settings: ModelSettings): Promise<EmbedderLoad> {
  const meter = new DownloadMeter(settings.onDownload);
  try {
    const { env, pipeline } = await import('@huggingface/transformers');
    env.allowLocalModels = true;
    env.allowRemoteModels = settings.allowRemote && !settings.modelPath;
    env.cacheDir = resolve(settings.cacheDir);
    const hub = settings.hubUrl ?? DEFAULT_HUB;
    env.remoteHost = hub.endsWith('/') ? hub : `${hub}/`;
    libraryFetch ??= (env.fetch as typeof fetch | undefined) ?? fetch;
    env.fetch = stallTimeoutFetch(libraryFetch, settings.timeoutMs, meter);
    // Temp files of a download that was killed; complete files are never touched.
    if (!settings.modelPath && HUB_ID.test(settings.model)) await removeStaleDownloads(join(env.cacheDir, settings.model));

    // An absolute path is read as-is; a relative one would be taken for a hub id.
    const source = settings.modelPath ? resolve(settings.modelPath) : settings.model;
    const options: Record<string, unknown> = { device: 'cpu' };
    // "auto": the 8-bit weights from the hub (a quarter of the download, faster on CPU,
    // near-identical rankings); a local directory as it is (fp32 model.onnx).
    if (settings.dtype && settings.dtype !== 'auto') options.dtype = settings.dtype;
    else if (!settings.modelPath) options.dtype = 'q8';
    // No deadline on the whole load: the fetch above fails on silence instead,
    // so a large download on a slow line still completes.
    const extractor = (await pipeline('feature-extraction', source, options)) as unknown as Extractor;
    meter.finish(true);

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
    meter.finish(false);
    return { ok: false, reason: describeLoadError(err) };
  }
}

function describeLoadError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const firstLine = message.split('\n')[0]!.slice(0, 300);
  if (err instanceof ModelDownloadError) return `model kon niet gedownload worden: ${firstLine}`;
  if (/allowRemoteModels=false|not found locally|local_files_only|Could not locate file/i.test(message)) return `modelbestanden niet gevonden (${firstLine})`;
  if (/fetch failed|terminated|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|network|abort|timeout|while trying to load file/i.test(message)) {
    return `model kon niet gedownload worden (${firstLine})`;
  }
  return firstLine;
}
