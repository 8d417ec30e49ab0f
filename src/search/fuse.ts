/**
 * Reciprocal rank fusion: each ranking contributes 1 / (k + rank). It needs
 * no score calibration between BM25 and cosine similarity, which live on
 * unrelated scales.
 */
export const RRF_K = 60;

export function reciprocalRankFusion(rankings: number[][], k = RRF_K, weights?: number[]): { id: number; score: number }[] {
  const scores = new Map<number, number>();
  rankings.forEach((ranking, r) => {
    const w = weights?.[r] ?? 1;
    ranking.forEach((id, rank) => scores.set(id, (scores.get(id) ?? 0) + w / (k + rank + 1)));
  });
  return [...scores]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || a.id - b.id);
}
