import { queryGroups, weightedTerms } from '../language/query.ts';
import { terms } from '../language/text.ts';
import { BM25Index } from './bm25.ts';

// A topic keeps the items scoring at least this share of the best one.
const TOPIC_FLOOR = 0.35;

/** The items a topic is about, in their own order, ranked by BM25 over each item's text. */
export function onTopic<T>(items: readonly T[], textOf: (item: T) => string, topic: string): T[] {
  if (items.length === 0) return [];
  const index = BM25Index.build(items.map((item) => terms(textOf(item))));
  const hits = index.search(weightedTerms(queryGroups(topic)));
  const top = hits[0]?.score ?? 0;
  const kept = new Set(hits.filter((h) => h.score >= top * TOPIC_FLOOR).map((h) => h.doc));
  return items.filter((_, i) => kept.has(i));
}
