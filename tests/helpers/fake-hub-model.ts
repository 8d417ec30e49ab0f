import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createTinyModel, type TinyModelOptions } from '../../src/testing/tiny-model.js';

/**
 * The tiny test model as a hub repository: config.json, tokenizer.json,
 * tokenizer_config.json, special_tokens_map.json and onnx/model_quantized.onnx.
 * The fp32 graph is served under the q8 name: transformers.js picks the file
 * by dtype but does not check the weights' type, and "auto" asks for q8.
 */
export async function tinyHubFiles(dir: string, options: TinyModelOptions = {}): Promise<Record<string, Uint8Array>> {
  const { dir: modelDir } = await createTinyModel(dir, options);
  const files: Record<string, Uint8Array> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[relative(modelDir, full).split('\\').join('/')] = readFileSync(full);
    }
  };
  walk(modelDir);
  files['onnx/model_quantized.onnx'] = files['onnx/model.onnx']!;
  delete files['onnx/model.onnx'];
  return files;
}
