import { SCAN_WASM_BASE64 } from './scan-wasm.js';

/** Largest matrix kept in WebAssembly memory; above it, shared memory and helper threads scan. */
const MAX_WASM_MATRIX_BYTES = 256 * 1024 * 1024;
const PAGE = 65536;
const align16 = (n: number) => Math.ceil(n / 16) * 16;

type Dots = (matrix: number, query: number, out: number, rows: number, dim: number) => void;

/**
 * The dot products of a query with every stored vector, four lanes at a time
 * (WebAssembly SIMD, `scan.wat`): several times the scalar JavaScript loop,
 * which tops out near one multiply-add per nanosecond here. The vectors live
 * in the module's memory (`matrix` is a view of it), so they are not stored twice.
 */
export class WasmScan {
  private constructor(
    private readonly dots: Dots,
    private readonly memory: WebAssembly.Memory,
    private readonly rows: number,
    private readonly dim: number,
    private readonly queryAt: number,
    private readonly outAt: number,
  ) {}

  /** Room for `rows` vectors of `dim`; null when the runtime has no WebAssembly SIMD or they would not fit. */
  static allocate(rows: number, dim: number): WasmScan | null {
    const matrixBytes = rows * dim * 4;
    if (rows === 0 || dim === 0 || matrixBytes > MAX_WASM_MATRIX_BYTES) return null;
    try {
      const instance = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(SCAN_WASM_BASE64, 'base64')));
      const memory = instance.exports.memory as WebAssembly.Memory;
      const queryAt = align16(matrixBytes);
      const outAt = align16(queryAt + dim * 4);
      const needed = Math.ceil((outAt + rows * 4) / PAGE) - memory.buffer.byteLength / PAGE;
      // Grown once, here: views of the memory stay valid afterwards.
      if (needed > 0) memory.grow(needed);
      return new WasmScan(instance.exports.dots as Dots, memory, rows, dim, queryAt, outAt);
    } catch {
      return null;
    }
  }

  /** The stored vectors, a row per vector: fill it before the first query. */
  get matrix(): Float32Array {
    return new Float32Array(this.memory.buffer, 0, this.rows * this.dim);
  }

  /** The score of every row, in row order: a view that the next call overwrites. */
  scores(query: Float32Array): Float32Array {
    new Float32Array(this.memory.buffer, this.queryAt, this.dim).set(query);
    this.dots(0, this.queryAt, this.outAt, this.rows, this.dim);
    return new Float32Array(this.memory.buffer, this.outAt, this.rows);
  }
}
