/** Standard ranking metrics over one question: `ranked` are result keys best first. */
export interface RankingScores {
  readonly recallAt1: number;
  readonly recallAt3: number;
  readonly mrrAt5: number;
  readonly ndcgAt5: number;
}

/** Recall@k here means: at least one answering passage is among the first k results. */
export function hitAt(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  return ranked.slice(0, k).some((key) => relevant.has(key)) ? 1 : 0;
}

export function reciprocalRank(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  const i = ranked.slice(0, k).findIndex((key) => relevant.has(key));
  return i === -1 ? 0 : 1 / (i + 1);
}

export function ndcg(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  const dcg = ranked
    .slice(0, k)
    .reduce((sum, key, i) => sum + (relevant.has(key) ? 1 / Math.log2(i + 2) : 0), 0);
  let ideal = 0;
  for (let i = 0; i < Math.min(k, relevant.size); i++) ideal += 1 / Math.log2(i + 2);
  return ideal === 0 ? 0 : dcg / ideal;
}

export function scoreRanking(ranked: readonly string[], relevant: ReadonlySet<string>): RankingScores {
  return {
    recallAt1: hitAt(ranked, relevant, 1),
    recallAt3: hitAt(ranked, relevant, 3),
    mrrAt5: reciprocalRank(ranked, relevant, 5),
    ndcgAt5: ndcg(ranked, relevant, 5),
  };
}

export function mean(scores: readonly RankingScores[]): RankingScores {
  const avg = (pick: (s: RankingScores) => number) =>
    scores.length === 0 ? 0 : scores.reduce((sum, s) => sum + pick(s), 0) / scores.length;
  return {
    recallAt1: avg((s) => s.recallAt1),
    recallAt3: avg((s) => s.recallAt3),
    mrrAt5: avg((s) => s.mrrAt5),
    ndcgAt5: avg((s) => s.ndcgAt5),
  };
}
