/**
 * Streams an ONNX ModelProto to disk with its large initializers produced
 * chunk by chunk. protobufjs would need the whole 470 MB model in memory (the
 * tensors, then a copy inside the encoded buffer); here only one chunk of a
 * tensor exists at a time.
 *
 * How: protobuf fields may come in any order and repeated fields may be
 * split, so a GraphProto is the encoding of everything except the
 * initializers, followed by one `initializer` field (5) per tensor. Each
 * tensor is its header (name, dims, data_type) encoded by onnx-proto, then a
 * `raw_data` field (9) written by hand. All lengths are known before a byte
 * of data is generated, so the length prefixes can be written first.
 */
import { closeSync, openSync, renameSync, writeSync } from 'node:fs';
import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;

/** A tensor whose little-endian bytes are generated on demand. */
export interface TensorSource {
  name: string;
  dataType: number;
  dims: number[];
  byteLength: number;
  chunks(): Iterable<Uint8Array>;
}

export interface ModelSpec {
  graphName: string;
  opset: number;
  nodes: onnxProto.onnx.INodeProto[];
  inputs: onnxProto.onnx.IValueInfoProto[];
  outputs: onnxProto.onnx.IValueInfoProto[];
  initializers: TensorSource[];
}

const GRAPH_FIELD = (7 << 3) | 2;
const INITIALIZER_FIELD = (5 << 3) | 2;
const RAW_DATA_FIELD = (9 << 3) | 2;

function varint(n: number): Uint8Array {
  const out: number[] = [];
  // Lengths here stay far below 2^53; division keeps them exact past 2^31.
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
  return Uint8Array.from(out);
}

/** Buffers small writes; one writeSync per ~4 MB. */
class FileSink {
  private readonly fd: number;
  private readonly buf = Buffer.allocUnsafe(4 << 20);
  private used = 0;
  written = 0;

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  write(bytes: Uint8Array): void {
    this.written += bytes.byteLength;
    if (bytes.byteLength > this.buf.length) {
      this.flush();
      writeSync(this.fd, bytes);
      return;
    }
    if (this.used + bytes.byteLength > this.buf.length) this.flush();
    this.buf.set(bytes, this.used);
    this.used += bytes.byteLength;
  }

  flush(): void {
    if (this.used) writeSync(this.fd, this.buf, 0, this.used);
    this.used = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

interface PreparedTensor {
  source: TensorSource;
  /** The bytes of the initializer field before the raw data itself. */
  prefix: Uint8Array;
  /** Size of the whole initializer field (tag, length and message). */
  fieldLength: number;
}

function prepare(source: TensorSource): PreparedTensor {
  const header = onnx.TensorProto.encode({ name: source.name, dataType: source.dataType, dims: source.dims }).finish();
  const rawLen = varint(source.byteLength);
  const messageLength = header.length + 1 + rawLen.length + source.byteLength;
  const messageLen = varint(messageLength);
  const prefix = new Uint8Array(1 + messageLen.length + header.length + 1 + rawLen.length);
  let at = 0;
  prefix[at++] = INITIALIZER_FIELD;
  prefix.set(messageLen, at);
  at += messageLen.length;
  prefix.set(header, at);
  at += header.length;
  prefix[at++] = RAW_DATA_FIELD;
  prefix.set(rawLen, at);
  return { source, prefix, fieldLength: prefix.length + source.byteLength };
}

/** Writes the model to `path` (via a temporary file, so a crash never leaves a truncated model behind). */
export function writeOnnxModel(path: string, spec: ModelSpec): number {
  const graphHead = onnx.GraphProto.encode({ name: spec.graphName, node: spec.nodes, input: spec.inputs, output: spec.outputs }).finish();
  const tensors = spec.initializers.map(prepare);
  const graphLength = graphHead.length + tensors.reduce((sum, t) => sum + t.fieldLength, 0);
  const modelHead = onnx.ModelProto.encode({
    irVersion: 8,
    opsetImport: [{ domain: '', version: spec.opset }],
    producerName: 'integratiepact-bot e5-shape generator',
    producerVersion: '1',
  }).finish();

  const tmp = `${path}.partial`;
  const sink = new FileSink(tmp);
  try {
    sink.write(modelHead);
    sink.write(Uint8Array.of(GRAPH_FIELD));
    sink.write(varint(graphLength));
    sink.write(graphHead);
    for (const t of tensors) {
      sink.write(t.prefix);
      let produced = 0;
      for (const chunk of t.source.chunks()) {
        produced += chunk.byteLength;
        sink.write(chunk);
      }
      // A short or long tensor would shift every later field: fail loudly.
      if (produced !== t.source.byteLength) throw new Error(`tensor ${t.source.name}: ${produced} bytes, expected ${t.source.byteLength}`);
    }
  } finally {
    sink.close();
  }
  renameSync(tmp, path);
  return sink.written;
}
