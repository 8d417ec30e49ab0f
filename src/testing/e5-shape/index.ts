/**
 * A model directory with exactly multilingual-e5-small's shape and random
 * weights, for measuring speed and memory where the real weights cannot be
 * downloaded. Retrieval quality means nothing with it.
 *
 *   dir/config.json, tokenizer.json, tokenizer_config.json, special_tokens_map.json
 *   dir/onnx/model.onnx             fp32 (~470 MB at full size)
 *   dir/onnx/model_quantized.onnx   int8 weights, dynamic quantization (~118 MB)
 *   dir/e5-shape.json               what was generated; written last
 *
 * `ensureE5ShapeModel` generates once and then reuses the directory while its
 * manifest matches (generator version, config, seed, tokenizer hash, sizes).
 * Keep the directory outside the repository.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildGraph, E5_SMALL, type E5ShapeConfig } from './graph.js';
import { writeOnnxModel } from './onnx-writer.js';
import { buildTokenizerConfig, buildTokenizerJson, buildVocab, SPECIAL_TOKENS_MAP } from './tokenizer.js';

export { E5_SMALL, OPSET, type E5ShapeConfig } from './graph.js';
export { buildVocab, DEFAULT_TOKENS_PER_WORD } from './tokenizer.js';

/** Bump when the graph, the weights or the tokenizer layout change: cached models are regenerated. */
const GENERATOR_VERSION = 1;

export type Variant = 'fp32' | 'q8';
export const VARIANT_FILES: Record<Variant, string> = { fp32: 'onnx/model.onnx', q8: 'onnx/model_quantized.onnx' };

export interface E5ShapeOptions {
  config?: E5ShapeConfig;
  seed?: number;
  /** Text the tokenizer's Latin pieces are learnt from (e.g. the corpus). */
  sampleText: string;
  /** Tokens per word the tokenizer is calibrated to on the sample (default 1.5). */
  tokensPerWord?: number;
  variants?: Variant[];
  log?: (message: string) => void;
}

export interface E5ShapeResult {
  dir: string;
  /** False when everything was already there and matched. */
  generated: boolean;
  seconds: number;
  /** How long the generation that wrote the files took (this call's or an earlier one's). */
  generationSeconds: number;
  /** Relative path → bytes. */
  files: Record<string, number>;
}

interface Manifest {
  generatorVersion: number;
  config: E5ShapeConfig;
  seed: number;
  tokenizerSha256: string;
  files: Record<string, number>;
  generationSeconds: number;
}

const MANIFEST = 'e5-shape.json';

/** ~/.cache/integratiepact-bot/e5-shape, or E5_SHAPE_MODEL_DIR. */
export function defaultE5ShapeDir(): string {
  return resolve(process.env.E5_SHAPE_MODEL_DIR || join(homedir(), '.cache', 'integratiepact-bot', 'e5-shape'));
}

function modelConfig(c: E5ShapeConfig): object {
  return {
    _name_or_path: 'e5-shape (random weights with the shape of intfloat/multilingual-e5-small)',
    architectures: ['BertModel'],
    model_type: 'bert',
    hidden_size: c.hidden,
    num_hidden_layers: c.layers,
    num_attention_heads: c.heads,
    intermediate_size: c.intermediate,
    max_position_embeddings: c.maxPositions,
    type_vocab_size: c.typeVocabSize,
    vocab_size: c.vocabSize,
    pad_token_id: 1,
    layer_norm_eps: c.layerNormEps,
    hidden_act: 'gelu',
    position_embedding_type: 'absolute',
    tokenizer_class: 'XLMRobertaTokenizer',
    torch_dtype: 'float32',
  };
}

function readManifest(dir: string): Manifest | null {
  try {
    return JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

const sizeOf = (path: string) => (existsSync(path) ? statSync(path).size : -1);

function writeText(path: string, text: string): void {
  writeFileSync(`${path}.partial`, text);
  renameSync(`${path}.partial`, path);
}

/** Writes (or completes) the model directory; parts that already match are kept. */
export function ensureE5ShapeModel(dir: string, options: E5ShapeOptions): E5ShapeResult {
  const started = performance.now();
  const config = options.config ?? E5_SMALL;
  const seed = options.seed ?? 42;
  const variants = options.variants ?? ['fp32', 'q8'];
  const log = options.log ?? (() => {});
  const abs = resolve(dir);
  mkdirSync(join(abs, 'onnx'), { recursive: true });

  const vocab = buildVocab({ vocabSize: config.vocabSize, sampleText: options.sampleText, tokensPerWord: options.tokensPerWord });
  const tokenizerJson = JSON.stringify(buildTokenizerJson(vocab));
  const tokenizerSha256 = createHash('sha256').update(tokenizerJson).digest('hex');

  const old = readManifest(abs);
  const sameWeights = old?.generatorVersion === GENERATOR_VERSION && old.seed === seed && JSON.stringify(old.config) === JSON.stringify(config);
  const files: Record<string, number> = {};
  let generated = false;
  const fresh = (rel: string) => sameWeights && old!.files[rel] !== undefined && old!.files[rel] === sizeOf(join(abs, rel));

  const textFiles: Record<string, string> = {
    'config.json': `${JSON.stringify(modelConfig(config), null, 2)}\n`,
    'tokenizer.json': tokenizerJson,
    'tokenizer_config.json': `${JSON.stringify(buildTokenizerConfig(vocab), null, 2)}\n`,
    'special_tokens_map.json': `${JSON.stringify(SPECIAL_TOKENS_MAP, null, 2)}\n`,
  };
  const tokenizerSame = old?.tokenizerSha256 === tokenizerSha256;
  for (const [rel, text] of Object.entries(textFiles)) {
    if (!(fresh(rel) && tokenizerSame)) {
      writeText(join(abs, rel), text);
      generated = true;
    }
    files[rel] = sizeOf(join(abs, rel));
  }

  for (const variant of variants) {
    const rel = VARIANT_FILES[variant];
    if (!fresh(rel)) {
      const t = performance.now();
      log(`e5-shape: writing ${rel} …`);
      writeOnnxModel(join(abs, rel), buildGraph(config, seed, variant === 'q8'));
      log(`e5-shape: ${rel} ${(sizeOf(join(abs, rel)) / 1048576).toFixed(1)} MB in ${((performance.now() - t) / 1000).toFixed(1)} s`);
      generated = true;
    }
    files[rel] = sizeOf(join(abs, rel));
  }
  // Variants generated earlier and still valid stay listed.
  for (const [rel, size] of Object.entries(old?.files ?? {})) if (!(rel in files) && fresh(rel)) files[rel] = size;

  const seconds = (performance.now() - started) / 1000;
  const generationSeconds = generated ? seconds : (old?.generationSeconds ?? 0);
  if (generated) writeText(join(abs, MANIFEST), `${JSON.stringify({ generatorVersion: GENERATOR_VERSION, config, seed, tokenizerSha256, files, generationSeconds } satisfies Manifest, null, 2)}\n`);
  return { dir: abs, generated, seconds, generationSeconds, files };
}
