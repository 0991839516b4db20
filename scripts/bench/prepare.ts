// How the one-off preparation (quotations, dates and events, claims and their discrepancies)
// grows with the corpus: timed at several sizes, with the exponent fitted over them.
import { discrepancies } from '../../src/compare/discrepancies.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import { createStory } from '../../src/retrieval/story.ts';
import { timeline } from '../../src/timeline/timeline.ts';

export interface PrepareRow {
  readonly articles: number;
  readonly passages: number;
  readonly ms: number;
}

export function measurePrepare(corpus: Corpus): PrepareRow {
  const story = createStory(corpus);
  const start = performance.now();
  discrepancies(story);
  timeline(story);
  return { articles: corpus.articles.length, passages: story.passages.length, ms: performance.now() - start };
}

/** The exponent k of time ∝ size^k, fitted by least squares on the logarithms. */
export function growthExponent(rows: readonly PrepareRow[]): number {
  const xs = rows.map((r) => Math.log(r.articles));
  const ys = rows.map((r) => Math.log(r.ms));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * ((ys[i] ?? 0) - my);
    den += (x - mx) ** 2;
  });
  return den === 0 ? Number.NaN : num / den;
}
