import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import onnxProto from 'onnx-proto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTransformersEmbedder } from '../../src/embed/transformers.js';
import type { Embedder } from '../../src/embed/types.js';
import { E5_SMALL, ensureE5ShapeModel, OPSET, VARIANT_FILES } from '../../src/testing/e5-shape/index.js';

// The generator's code path at a reduced size: 2 layers and a small vocabulary,
// the rest (hidden 384, 12 heads, FFN 1536, 512 positions) as in e5-small.
const CONFIG = { ...E5_SMALL, layers: 2, vocabSize: 3000 };
const SAMPLE = [
  'Hoeveel nieuwkomers volgden in 2018 een inburgeringstraject bij het Agentschap Integratie en Inburgering?',
  'Het Integratiepact bundelt de engagementen van de Vlaamse Regering, werkgevers en het middenveld.',
  'De minister antwoordt dat de rapportering aan ESF Vlaanderen na de zomer afgerond zal zijn.',
].join('\n');

let root: string;
let dir: string;
const embedders: Record<'fp32' | 'q8', Embedder | null> = { fp32: null, q8: null };

async function load(dtype: 'fp32' | 'q8'): Promise<Embedder> {
  const r = await loadTransformersEmbedder({ model: 'Xenova/multilingual-e5-small', modelPath: dir, cacheDir: path.join(root, 'cache'), allowRemote: false, timeoutMs: 5000, dtype });
  if (!r.ok) throw new Error(r.reason);
  return r.embedder;
}

const norm = (v: number[]) => Math.hypot(...v);
const cosine = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0) / (norm(a) * norm(b));

describe('e5-shape model generator (reduced size)', () => {
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'e5-shape-'));
    dir = ensureE5ShapeModel(path.join(root, 'model'), { config: CONFIG, sampleText: SAMPLE }).dir;
    embedders.fp32 = await load('fp32');
    embedders.q8 = await load('q8');
  });

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('reuses a directory whose manifest matches', () => {
    expect(ensureE5ShapeModel(dir, { config: CONFIG, sampleText: SAMPLE }).generated).toBe(false);
  });

  it.each(['fp32', 'q8'] as const)('%s: the product loads it and returns unit vectors of 384', async (dtype) => {
    const e = embedders[dtype]!;
    expect(e.dimension).toBe(384);
    expect(e.queryPrefix).toBe('query: ');
    // <s> ▁query : </s>
    expect(e.countTokens('query: ')).toBe(4);
    const vectors = await e.embedPassages(['passage: Hoeveel nieuwkomers?', 'passage: Het Integratiepact bundelt de engagementen van de Vlaamse Regering.']);
    expect(vectors.map((v) => v.length)).toEqual([384, 384]);
    for (const v of vectors) expect(norm(v)).toBeCloseTo(1, 4);
    expect(cosine(vectors[0]!, vectors[1]!)).toBeLessThan(0.9999);
    expect((await e.embedQuery('Wanneer?')).length).toBe(384);
  });

  it('masks padding: a text embeds the same alone and beside a longer one (fp32)', async () => {
    const e = embedders.fp32!;
    const [alone] = await e.embedPassages(['passage: Hoeveel nieuwkomers?']);
    const [padded] = await e.embedPassages(['passage: Hoeveel nieuwkomers?', `passage: ${SAMPLE}`]);
    expect(cosine(alone!, padded!)).toBeGreaterThan(0.99999);
  });

  it('the 8-bit model holds the same weights: vectors close to fp32', async () => {
    const text = 'passage: De minister antwoordt dat de rapportering na de zomer afgerond zal zijn.';
    const [a] = await embedders.fp32!.embedPassages([text]);
    const [b] = await embedders.q8!.embedPassages([text]);
    expect(cosine(a!, b!)).toBeGreaterThan(0.98);
  });

  it('the 8-bit graph uses dynamic quantization, the fp32 graph plain MatMul', async () => {
    const ops = async (rel: string) => {
      const model = onnxProto.onnx.ModelProto.decode(await readFile(path.join(dir, rel)));
      const counts = new Map<string, number>();
      for (const n of model.graph!.node!) counts.set(n.opType!, (counts.get(n.opType!) ?? 0) + 1);
      return { counts, model };
    };
    const q8 = await ops(VARIANT_FILES.q8);
    // 6 weight MatMuls per layer; 4 distinct activations quantized per layer (h, context, h1, gelu).
    expect(q8.counts.get('MatMulInteger')).toBe(6 * CONFIG.layers);
    expect(q8.counts.get('DynamicQuantizeLinear')).toBe(4 * CONFIG.layers);
    expect(q8.counts.get('DequantizeLinear')).toBe(3); // word, position, token-type embeddings
    expect(q8.counts.get('MatMul')).toBe(2 * CONFIG.layers); // QKᵀ and ·V stay fp32
    const int8 = q8.model.graph!.initializer!.filter((t) => t.dataType === onnxProto.onnx.TensorProto.DataType.INT8 && t.name!.endsWith('_quantized'));
    expect(int8.length).toBe(6 * CONFIG.layers + 3);

    const fp32 = await ops(VARIANT_FILES.fp32);
    expect(fp32.counts.get('MatMul')).toBe(8 * CONFIG.layers);
    expect(fp32.counts.has('MatMulInteger')).toBe(false);
    expect(fp32.counts.get('Erf')).toBe(CONFIG.layers);
    expect(fp32.counts.get('Softmax')).toBe(CONFIG.layers);
    expect(fp32.counts.get('LayerNormalization')).toBe(2 * CONFIG.layers + 1);
    expect(Number(fp32.model.opsetImport![0]!.version)).toBe(OPSET);
  });
});
