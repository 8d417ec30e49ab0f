import type { ChunkFilter, Ranked, RetrievalQuery, Retriever } from './retriever.js';

/**
 * Reciprocal rank fusion: each ranking contributes 1 / (k + rank). It needs
 * no score calibration between BM25 and cosine similarity, which live on
 * unrelated scales.
 */
const RRF_K = 60;

export type Fusion = (rankings: Ranked[][]) => Ranked[];

export function reciprocalRankFusion(rankings: Ranked[][], k = RRF_K, weights?: number[]): Ranked[] {
  const scores = new Map<number, number>();
  rankings.forEach((ranking, r) => {
    const w = weights?.[r] ?? 1;
    ranking.forEach((hit, rank) => scores.set(hit.chunk, (scores.get(hit.chunk) ?? 0) + w / (k + rank + 1)));
  });
  return sortedByScore(scores);
}

/**
 * The alternative to RRF: each ranking's scores min-max normalised to [0, 1],
 * then a weighted sum (a passage missing from a ranking scores 0 there). It
 * keeps how far apart the scores are, which RRF throws away, at the price of
 * trusting both scales. `npm run eval` measures both with a real model.
 */
export function scoreBlend(rankings: Ranked[][], weights?: number[]): Ranked[] {
  const scores = new Map<number, number>();
  rankings.forEach((ranking, r) => {
    if (ranking.length === 0) return;
    const w = weights?.[r] ?? 1 / rankings.length;
    const max = Math.max(...ranking.map((h) => h.score));
    const min = Math.min(...ranking.map((h) => h.score));
    // Equal scores (or a single hit) are all the top of that ranking.
    const normalised = (score: number) => (max > min ? (score - min) / (max - min) : 1);
    for (const h of ranking) scores.set(h.chunk, (scores.get(h.chunk) ?? 0) + w * normalised(h.score));
  });
  return sortedByScore(scores);
}

function sortedByScore(scores: Map<number, number>): Ranked[] {
  return [...scores].map(([chunk, score]) => ({ chunk, score })).sort((a, b) => b.score - a.score || a.chunk - b.chunk);
}

/**
 * Any number of retrievers, fused. Each contributes its top `k`; the fused
 * ranking keeps every chunk any of them found, so fusion never hides a
 * passage one side ranked well.
 */
export class FusedRetriever implements Retriever {
  constructor(
    private readonly retrievers: Retriever[],
    private readonly fuse: Fusion = reciprocalRankFusion,
  ) {}

  async retrieve(query: RetrievalQuery, k: number, filter?: ChunkFilter): Promise<Ranked[]> {
    const rankings: Ranked[][] = [];
    // One after the other: the keyword side is synchronous, the dense side waits for the model.
    for (const r of this.retrievers) rankings.push(await r.retrieve(query, k, filter));
    return this.fuse(rankings);
  }
}
