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

/**
 * The alternative to RRF: each ranking's scores min-max normalised to [0, 1],
 * then a weighted sum (a passage missing from a ranking scores 0 there). It
 * keeps how far apart the scores are, which RRF throws away, at the price of
 * trusting both scales. `npm run eval` measures both with a real model.
 */
export function scoreBlend(rankings: { id: number; score: number }[][], weights?: number[]): { id: number; score: number }[] {
  const scores = new Map<number, number>();
  rankings.forEach((ranking, r) => {
    if (ranking.length === 0) return;
    const w = weights?.[r] ?? 1 / rankings.length;
    const max = Math.max(...ranking.map((h) => h.score));
    const min = Math.min(...ranking.map((h) => h.score));
    // Equal scores (or a single hit) are all the top of that ranking.
    const normalised = (score: number) => (max > min ? (score - min) / (max - min) : 1);
    for (const h of ranking) scores.set(h.id, (scores.get(h.id) ?? 0) + w * normalised(h.score));
  });
  return [...scores]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || a.id - b.id);
}
