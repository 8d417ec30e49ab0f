/**
 * Deterministic random tensors and their 8-bit versions. Every tensor is a
 * function of (seed, name) alone, so the fp32 and the quantized model hold
 * the same weights and a tensor can be regenerated instead of kept.
 *
 * Quantization follows onnxruntime's quantize_dynamic as transformers.js's
 * converter calls it for BERT models (weight type QInt8, per_channel and
 * reduce_range on): int8, symmetric (zero point 0), 7-bit range [-64, 64];
 * MatMul weights per output column, embedding tables (Gather) per tensor.
 */
import onnxProto from 'onnx-proto';
import { mulberry32 } from '../random.js';
import type { TensorSource } from './onnx-writer.js';

const { TensorProto } = onnxProto.onnx;
export const FLOAT = TensorProto.DataType.FLOAT;
export const INT8 = TensorProto.DataType.INT8;
export const INT64 = TensorProto.DataType.INT64;

/** Values drawn uniformly from center ± halfWidth. */
export interface Init {
  center: number;
  halfWidth: number;
}

/** BERT initialises with std 0.02; a uniform draw with that std has half-width 0.02·√3. */
export const WEIGHT_INIT: Init = { center: 0, halfWidth: 0.02 * Math.sqrt(3) };

const QMAX = 64; // reduce_range: int8 weights use [-64, 64]
const CHUNK_ELEMENTS = 1 << 20;

/** FNV-1a of the name, mixed with the seed: one independent stream per tensor. */
function streamSeed(seed: number, name: string): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const product = (dims: number[]) => dims.reduce((a, b) => a * b, 1);

/** The tensor's values, CHUNK_ELEMENTS at a time, always the same for (seed, name). */
function* valueChunks(seed: number, name: string, count: number, init: Init): Generator<Float32Array> {
  const rand = mulberry32(streamSeed(seed, name));
  for (let done = 0; done < count; ) {
    const n = Math.min(CHUNK_ELEMENTS, count - done);
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++) out[i] = init.center + (rand() * 2 - 1) * init.halfWidth;
    done += n;
    yield out;
  }
}

function bytes(view: ArrayBufferView): Uint8Array {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

/** A small tensor held in memory (constants, scales, quantized layer weights). */
export function constant(name: string, dataType: number, dims: number[], data: Float32Array | BigInt64Array | Int8Array): TensorSource {
  const raw = bytes(data);
  return { name, dataType, dims, byteLength: raw.byteLength, chunks: () => [raw] };
}

export const int64s = (name: string, values: number[]) => constant(name, INT64, [values.length], BigInt64Array.from(values.map(BigInt)));
export const scalarFloat = (name: string, value: number) => constant(name, FLOAT, [], Float32Array.of(value));

/** An fp32 weight, generated while it is written. */
export function randomFloat(seed: number, name: string, dims: number[], init: Init = WEIGHT_INIT): TensorSource {
  const count = product(dims);
  return { name, dataType: FLOAT, dims, byteLength: count * 4, chunks: () => mapIter(valueChunks(seed, name, count, init), bytes) };
}

function* mapIter<T, U>(it: Iterable<T>, f: (x: T) => U): Generator<U> {
  for (const x of it) yield f(x);
}

function quantize(values: Float32Array, scale: number, out: Int8Array, offset = 0): void {
  for (let i = 0; i < values.length; i++) {
    out[offset + i] = Math.max(-QMAX, Math.min(QMAX, Math.round(values[i]! / scale)));
  }
}

/** Per-tensor int8 table (for Gather + DequantizeLinear): one pass for the range, one to write. */
export function quantizedTable(seed: number, name: string, dims: number[], init: Init = WEIGHT_INIT): { data: TensorSource; scale: TensorSource; zeroPoint: TensorSource } {
  const count = product(dims);
  let absMax = 0;
  for (const chunk of valueChunks(seed, name, count, init)) for (const v of chunk) absMax = Math.max(absMax, Math.abs(v));
  const scale = absMax / QMAX || 1;
  function* chunks(): Generator<Uint8Array> {
    for (const chunk of valueChunks(seed, name, count, init)) {
      const q = new Int8Array(chunk.length);
      quantize(chunk, scale, q);
      yield bytes(q);
    }
  }
  return {
    data: { name: `${name}_quantized`, dataType: INT8, dims, byteLength: count, chunks },
    scale: scalarFloat(`${name}_scale`, scale),
    zeroPoint: constant(`${name}_zero_point`, INT8, [], Int8Array.of(0)),
  };
}

/** Per-column int8 MatMul weight [K, N] with scale [N] and zero point [N]. */
export function quantizedMatrix(seed: number, name: string, rows: number, cols: number): { data: TensorSource; scale: TensorSource; zeroPoint: TensorSource } {
  const values = new Float32Array(rows * cols);
  let at = 0;
  for (const chunk of valueChunks(seed, name, rows * cols, WEIGHT_INIT)) {
    values.set(chunk, at);
    at += chunk.length;
  }
  const scales = new Float32Array(cols);
  for (let i = 0; i < values.length; i++) scales[i % cols] = Math.max(scales[i % cols]!, Math.abs(values[i]!));
  for (let c = 0; c < cols; c++) scales[c] = scales[c]! / QMAX || 1;
  const q = new Int8Array(values.length);
  for (let i = 0; i < values.length; i++) q[i] = Math.max(-QMAX, Math.min(QMAX, Math.round(values[i]! / scales[i % cols]!)));
  return {
    data: constant(`${name}_quantized`, INT8, [rows, cols], q),
    scale: constant(`${name}_scale`, FLOAT, [cols], scales),
    zeroPoint: constant(`${name}_zero_point`, INT8, [cols], new Int8Array(cols)),
  };
}
