/**
 * The forward pass of a BERT encoder (what HF exports for
 * intfloat/multilingual-e5-small, a BertModel) as ONNX nodes, opset 17:
 *
 *   word + position + token-type embeddings → LayerNorm →
 *   N × [ Q/K/V = MatMul+Add → heads (Reshape, Transpose) → QKᵀ / √d + mask →
 *         Softmax → ·V → merge heads → MatMul+Add → residual + LayerNorm →
 *         MatMul+Add → GELU (Erf form) → MatMul+Add → residual + LayerNorm ]
 *   → last_hidden_state [batch, sequence_length, hidden]
 *
 * With `quantized`, every MatMul with a constant weight becomes onnxruntime's
 * dynamic-quantization pattern (DynamicQuantizeLinear on the activation,
 * shared by the MatMuls that read it; MatMulInteger; Cast; Mul by
 * activation scale × weight scale; the bias Add kept), and every Gather of an
 * embedding table reads int8 rows followed by DequantizeLinear. The
 * activation × activation MatMuls of attention stay fp32 (MatMulConstBOnly).
 */
import onnxProto from 'onnx-proto';
import type { ModelSpec, TensorSource } from './onnx-writer.js';
import { constant, FLOAT, int64s, INT64, quantizedMatrix, quantizedTable, randomFloat, scalarFloat, WEIGHT_INIT, type Init } from './weights.js';

const { onnx } = onnxProto;
type Attr = onnxProto.onnx.IAttributeProto;

export interface E5ShapeConfig {
  layers: number;
  hidden: number;
  heads: number;
  intermediate: number;
  vocabSize: number;
  maxPositions: number;
  typeVocabSize: number;
  layerNormEps: number;
}

/** intfloat/multilingual-e5-small's config.json, as far as the graph is concerned. */
export const E5_SMALL: E5ShapeConfig = {
  layers: 12,
  hidden: 384,
  heads: 12,
  intermediate: 1536,
  vocabSize: 250_037,
  maxPositions: 512,
  typeVocabSize: 2,
  layerNormEps: 1e-12,
};

export const OPSET = 17; // LayerNormalization is a standard op from 17 on

const int = (name: string, i: number): Attr => ({ name, type: onnx.AttributeProto.AttributeType.INT, i });
const float = (name: string, f: number): Attr => ({ name, type: onnx.AttributeProto.AttributeType.FLOAT, f });
const ints = (name: string, values: number[]): Attr => ({ name, type: onnx.AttributeProto.AttributeType.INTS, ints: values });

const GAMMA_INIT: Init = { center: 1, halfWidth: WEIGHT_INIT.halfWidth };

class GraphBuilder {
  readonly nodes: onnxProto.onnx.INodeProto[] = [];
  readonly initializers: TensorSource[] = [];
  private count = 0;
  /** Activation → its DynamicQuantizeLinear outputs, quantized once for all readers. */
  private readonly quantizedActivations = new Map<string, [string, string, string]>();

  constructor(
    private readonly seed: number,
    private readonly quantized: boolean,
  ) {}

  op(opType: string, inputs: string[], attribute: Attr[] = [], output?: string): string {
    return this.opMulti(opType, inputs, 1, attribute, output ? [output] : undefined)[0]!;
  }

  opMulti(opType: string, inputs: string[], outputs: number, attribute: Attr[] = [], names?: string[]): string[] {
    const name = `${opType}_${this.count++}`;
    const output = names ?? Array.from({ length: outputs }, (_, i) => `${name}_out${i}`);
    this.nodes.push({ opType, name, input: inputs, output, attribute });
    return output;
  }

  add(tensor: TensorSource): string {
    this.initializers.push(tensor);
    return tensor.name;
  }

  random(name: string, dims: number[], init: Init = WEIGHT_INIT): string {
    return this.add(randomFloat(this.seed, name, dims, init));
  }

  /** x · W + b, with W [k, n] named `${prefix}.weight` (the same values in both variants). */
  linear(x: string, prefix: string, k: number, n: number): string {
    const bias = this.random(`${prefix}.bias`, [n]);
    if (!this.quantized) return this.op('Add', [this.op('MatMul', [x, this.random(`${prefix}.weight`, [k, n])]), bias]);
    const w = quantizedMatrix(this.seed, `${prefix}.weight`, k, n);
    [w.data, w.scale, w.zeroPoint].forEach((t) => this.add(t));
    let q = this.quantizedActivations.get(x);
    if (!q) {
      q = this.opMulti('DynamicQuantizeLinear', [x], 3) as [string, string, string];
      this.quantizedActivations.set(x, q);
    }
    const [xq, xScale, xZero] = q;
    const product = this.op('MatMulInteger', [xq, w.data.name, xZero, w.zeroPoint.name]);
    const scale = this.op('Mul', [xScale, w.scale.name]);
    const y = this.op('Mul', [this.op('Cast', [product], [int('to', FLOAT)]), scale]);
    return this.op('Add', [y, bias]);
  }

  /** Rows of an embedding table [rows, cols]. */
  embedding(ids: string, name: string, rows: number, cols: number): string {
    if (!this.quantized) return this.op('Gather', [this.random(name, [rows, cols]), ids], [int('axis', 0)]);
    const t = quantizedTable(this.seed, name, [rows, cols]);
    [t.data, t.scale, t.zeroPoint].forEach((x) => this.add(x));
    return this.op('DequantizeLinear', [this.op('Gather', [t.data.name, ids], [int('axis', 0)]), t.scale.name, t.zeroPoint.name]);
  }

  layerNorm(x: string, prefix: string, hidden: number, eps: number, output?: string): string {
    const gamma = this.random(`${prefix}.weight`, [hidden], GAMMA_INIT);
    const beta = this.random(`${prefix}.bias`, [hidden]);
    return this.op('LayerNormalization', [x, gamma, beta], [int('axis', -1), float('epsilon', eps)], output);
  }
}

function tensorType(elemType: number, dims: (string | number)[]): onnxProto.onnx.ITypeProto {
  return { tensorType: { elemType, shape: { dim: dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) } } };
}

export function buildGraph(config: E5ShapeConfig, seed: number, quantized: boolean): ModelSpec {
  const { hidden, heads, layerNormEps: eps } = config;
  if (hidden % heads !== 0) throw new Error(`hidden size ${hidden} is not a multiple of ${heads} heads`);
  const headDim = hidden / heads;
  const g = new GraphBuilder(seed, quantized);

  // Shared constants.
  const one = g.add(scalarFloat('const_one', 1));
  const half = g.add(scalarFloat('const_half', 0.5));
  const sqrt2 = g.add(scalarFloat('const_sqrt2', Math.SQRT2));
  const sqrtHeadDim = g.add(scalarFloat('const_sqrt_head_dim', Math.sqrt(headDim)));
  // HF: (1 - mask) * finfo(float32).min
  const maskFill = g.add(scalarFloat('const_mask_fill', -3.4028234663852886e38));
  const splitHeads = g.add(int64s('const_split_heads_shape', [0, 0, heads, headDim]));
  const mergeHeads = g.add(int64s('const_merge_heads_shape', [0, 0, hidden]));
  const maskAxes = g.add(int64s('const_mask_axes', [1, 2]));
  const zero1d = g.add(int64s('const_zero_1d', [0]));
  const one1d = g.add(int64s('const_one_1d', [1]));
  const positionIds = g.add(constant('embeddings.position_ids', INT64, [1, config.maxPositions], BigInt64Array.from({ length: config.maxPositions }, (_, i) => BigInt(i))));

  // Embeddings: positions 0..seq-1 as HF slices its position_ids buffer.
  const seqLen = g.op('Shape', ['input_ids'], [int('start', 1), int('end', 2)]);
  const positions = g.op('Slice', [positionIds, zero1d, seqLen, one1d]);
  const words = g.embedding('input_ids', 'embeddings.word_embeddings.weight', config.vocabSize, hidden);
  const pos = g.embedding(positions, 'embeddings.position_embeddings.weight', config.maxPositions, hidden);
  const types = g.embedding('token_type_ids', 'embeddings.token_type_embeddings.weight', config.typeVocabSize, hidden);
  let h = g.layerNorm(g.op('Add', [g.op('Add', [words, types]), pos]), 'embeddings.LayerNorm', hidden, eps);

  // Additive mask [batch, 1, 1, seq]: 0 where attended, a very large negative number on padding.
  const mask4d = g.op('Cast', [g.op('Unsqueeze', ['attention_mask', maskAxes])], [int('to', FLOAT)]);
  const extendedMask = g.op('Mul', [g.op('Sub', [one, mask4d]), maskFill]);

  for (let l = 0; l < config.layers; l++) {
    const p = `encoder.layer.${l}`;
    const heads4d = (x: string, perm: number[]) => g.op('Transpose', [g.op('Reshape', [x, splitHeads])], [ints('perm', perm)]);
    const q = heads4d(g.linear(h, `${p}.attention.self.query`, hidden, hidden), [0, 2, 1, 3]);
    const kT = heads4d(g.linear(h, `${p}.attention.self.key`, hidden, hidden), [0, 2, 3, 1]);
    const v = heads4d(g.linear(h, `${p}.attention.self.value`, hidden, hidden), [0, 2, 1, 3]);
    const scores = g.op('Add', [g.op('Div', [g.op('MatMul', [q, kT]), sqrtHeadDim]), extendedMask]);
    const probs = g.op('Softmax', [scores], [int('axis', -1)]);
    const context = g.op('Reshape', [g.op('Transpose', [g.op('MatMul', [probs, v])], [ints('perm', [0, 2, 1, 3])]), mergeHeads]);
    const attention = g.linear(context, `${p}.attention.output.dense`, hidden, hidden);
    const h1 = g.layerNorm(g.op('Add', [attention, h]), `${p}.attention.output.LayerNorm`, hidden, eps);

    const up = g.linear(h1, `${p}.intermediate.dense`, hidden, config.intermediate);
    // GELU, erf form: x · 0.5 · (1 + erf(x / √2))
    const gelu = g.op('Mul', [g.op('Mul', [up, g.op('Add', [g.op('Erf', [g.op('Div', [up, sqrt2])]), one])]), half]);
    const down = g.linear(gelu, `${p}.output.dense`, config.intermediate, hidden);
    const last = l === config.layers - 1;
    h = g.layerNorm(g.op('Add', [down, h1]), `${p}.output.LayerNorm`, hidden, eps, last ? 'last_hidden_state' : undefined);
  }
  if (config.layers === 0) g.op('Identity', [h], [], 'last_hidden_state');

  const ids = (name: string) => ({ name, type: tensorType(INT64, ['batch_size', 'sequence_length']) });
  return {
    graphName: quantized ? 'e5_shape_bert_quantized' : 'e5_shape_bert',
    opset: OPSET,
    nodes: g.nodes,
    inputs: [ids('input_ids'), ids('attention_mask'), ids('token_type_ids')],
    outputs: [{ name: 'last_hidden_state', type: tensorType(FLOAT, ['batch_size', 'sequence_length', hidden]) }],
    initializers: g.initializers,
  };
}
