// The scan of one row range, run in a helper thread over the shared matrix
// (see ScanPool in scan.ts). Plain JavaScript so that it loads the same way
// under node, tsx and vitest.
import { parentPort, workerData } from 'node:worker_threads';

const m = new Float32Array(workerData.matrix);
const chunkOf = new Int32Array(workerData.chunks);
const { dim, from, to } = workerData;

const byScore = (a, b) => b.score - a.score || a.chunk - b.chunk;

parentPort.on('message', ({ id, q, topK, allowed }) => {
  const query = new Float32Array(q);
  const mask = allowed ? new Uint8Array(allowed) : null;
  let qn = 0;
  for (let i = 0; i < dim; i++) qn += query[i] * query[i];
  qn = Math.sqrt(qn) || 1;
  let hits = [];
  let floor = -Infinity;
  for (let row = from; row < to; row++) {
    const chunk = chunkOf[row];
    if (mask && mask[chunk] === 0) continue;
    const base = row * dim;
    // Four accumulators let the JIT pipeline the multiplications.
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, i = 0;
    for (; i + 3 < dim; i += 4) {
      const o = base + i;
      s0 += m[o] * query[i]; s1 += m[o + 1] * query[i + 1]; s2 += m[o + 2] * query[i + 2]; s3 += m[o + 3] * query[i + 3];
    }
    for (; i < dim; i++) s0 += m[base + i] * query[i];
    const score = (s0 + s1 + s2 + s3) / qn;
    // Ties too: the lower chunk position wins them, wherever the rows lie.
    if (hits.length < topK || score >= floor) {
      hits.push({ chunk, score });
      if (hits.length > topK * 2) { hits.sort(byScore); hits.length = topK; floor = hits[topK - 1].score; }
    }
  }
  hits.sort(byScore);
  parentPort.postMessage({ id, hits: hits.slice(0, topK) });
});
