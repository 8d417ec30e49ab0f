import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import {
  AutoTokenizer,
  env,
  pipeline,
  type FeatureExtractionPipeline,
} from '@huggingface/transformers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTinyModel } from '../../src/testing/tiny-model.js';

// Offline BEFORE any load. All transformers network I/O goes through env.fetch, so
// replace it with a spy that records and refuses: any attempted request fails the test.
env.allowRemoteModels = false;
env.allowLocalModels = true;
const fetchCalls: string[] = [];
env.fetch = async (input: string | URL): Promise<never> => {
  fetchCalls.push(String(input));
  throw new Error(`network access attempted in offline test: ${String(input)}`);
};

const DIM = 24;

let tmpRoot: string;
let modelDir: string;
let vocabSize: number;
let extractor: FeatureExtractionPipeline;

function rows(data: ArrayLike<number>, n: number, dim: number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < n; i++) out.push(Array.from(data).slice(i * dim, (i + 1) * dim));
  return out;
}

async function embed(texts: string[]): Promise<{ dims: number[]; vectors: number[][] }> {
  const t = await extractor(texts, { pooling: 'mean', normalize: true });
  const dim = t.dims[t.dims.length - 1] ?? 0;
  return { dims: t.dims, vectors: rows(t.data as Float32Array, texts.length, dim) };
}

const l2 = (v: number[]): number => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

describe('tiny offline embedding model', () => {
  beforeAll(async () => {
    tmpRoot = await mkdtemp(path.join(os.tmpdir(), 'tiny-model-'));
    const created = await createTinyModel(path.join(tmpRoot, 'model'), { dim: DIM, seed: 7 });
    modelDir = created.dir;
    vocabSize = created.vocabSize;
    expect(created.dim).toBe(DIM);
    expect(path.isAbsolute(modelDir)).toBe(true);

    extractor = await pipeline('feature-extraction', modelDir, { dtype: 'fp32', device: 'cpu' });
  });

  afterAll(async () => {
    await extractor?.dispose();
    if (tmpRoot) await rm(tmpRoot, { recursive: true, force: true });
    expect(fetchCalls).toEqual([]);
  });

  it('embeds a batch into [n, dim] unit vectors', async () => {
    const texts = [
      'query: Hoeveel nieuwkomers volgden een inburgeringstraject in 2023?',
      'passage: The Integratiepact of the Flemish government — café, naïve, Brussel!',
      'Wat zegt de minister over gelijke kansen?',
    ];
    const { dims, vectors } = await embed(texts);
    expect(dims).toEqual([texts.length, DIM]);
    for (const v of vectors) {
      expect(v).toHaveLength(DIM);
      expect(v.every(Number.isFinite)).toBe(true);
      expect(l2(v)).toBeCloseTo(1, 5);
    }
  });

  it('is deterministic and discriminative', async () => {
    const a = 'query: integratiepact werkgelegenheid';
    const b = 'passage: armoede en huisvesting in Vlaamse steden';
    const first = await embed([a, b]);
    const second = await embed([a]);
    const firstA = first.vectors[0];
    const firstB = first.vectors[1];
    expect(second.vectors[0]).toEqual(firstA);
    expect(firstB).not.toEqual(firstA);

    // A second, freshly created model with the same seed gives identical vectors.
    const again = await createTinyModel(path.join(tmpRoot, 'model-again'), { dim: DIM, seed: 7 });
    const other = await pipeline('feature-extraction', again.dir, { dtype: 'fp32', device: 'cpu' });
    try {
      const t = await other([a], { pooling: 'mean', normalize: true });
      expect(Array.from(t.data as Float32Array)).toEqual(firstA);
    } finally {
      await other.dispose();
    }
  });

  it('tokenizes arbitrary text and counts tokens', async () => {
    const tokenizer = await AutoTokenizer.from_pretrained(modelDir);
    const ids = tokenizer.encode('query: Wat is het Integratiepact?');
    expect(ids.length).toBeGreaterThan(0);
    // [CLS] ... [SEP] template, all ids inside the vocabulary.
    expect(ids[0]).toBe(2);
    expect(ids[ids.length - 1]).toBe(3);
    expect(ids.every((id) => id >= 0 && id < vocabSize)).toBe(true);
    expect(tokenizer.tokenize('query: passage:')).toEqual(['query', ':', 'passage', ':']);

    // The pipeline's own tokenizer agrees.
    expect(extractor.tokenizer.encode('query: Wat is het Integratiepact?')).toEqual(ids);
    // Unknown characters map to [UNK] instead of throwing.
    expect(tokenizer.encode('☕ 🙂').length).toBeGreaterThan(2);
  });

  it('rejects (does not hang) when the model directory does not exist', async () => {
    const missing = path.join(tmpRoot, 'does-not-exist');
    await expect(
      pipeline('feature-extraction', missing, { dtype: 'fp32', device: 'cpu' }),
    ).rejects.toThrow(/not found locally|Local file missing/);
  }, 5_000);
});
