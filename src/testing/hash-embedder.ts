import { createHash } from 'node:crypto';
import type { Embedder } from '../embed/types.js';

/**
 * A deterministic stand-in embedder for benchmarks: hashed bag of words into
 * `dimension` floats, normalised. It costs almost nothing, so the benchmark
 * measures storage, loading and the vector scan without the model's forward
 * pass (which is measured separately with the generated ONNX model).
 */
export function hashEmbedder(dimension = 384): Embedder {
  const embed = (text: string): number[] => {
    const v = new Float64Array(dimension);
    for (const word of text.toLowerCase().match(/\p{L}+|\d+/gu) ?? []) {
      const h = createHash('md5').update(word).digest();
      v[h.readUInt16LE(0) % dimension]! += h[2]! & 1 ? 1 : -1;
      v[h.readUInt16LE(3) % dimension]! += h[5]! & 1 ? 0.5 : -0.5;
    }
    const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0)) || 1;
    return Array.from(v, (x) => x / norm);
  };
  return {
    modelId: `hash-${dimension}`,
    dimension,
    maxTokens: 512,
    queryPrefix: 'query: ',
    passagePrefix: 'passage: ',
    countTokens: (t) => Math.ceil(t.length / 4) + 2,
    embedPassages: async (texts) => texts.map(embed),
    embedQuery: async (q) => embed('query: ' + q),
  };
}
