import { queryGroups, weightedTerms } from '../language/query.ts';
import { terms } from '../language/text.ts';
import { BM25Index } from './bm25.ts';

// A topic keeps the items scoring at least this share of the best one.
const TOPIC_FLOOR = 0.35;

/** Items indexed by their text, for any number of topics. */
export interface TopicIndex<T> {
  readonly items: readonly T[];
  readonly index: BM25Index;
}

/** Indexes the items once: a story's events or claims are asked about topic after topic. */
export function topicIndex<T>(items: readonly T[], textOf: (item: T) => string): TopicIndex<T> {
  return { items, index: BM25Index.build(items.map((item) => terms(textOf(item)))) };
}

/** The items of an index a topic is about, in their own order, ranked by BM25 over each item's text. */
export function aboutTopic<T>({ items, index }: TopicIndex<T>, topic: string): T[] {
  if (items.length === 0) return [];
  const hits = index.search(weightedTerms(queryGroups(topic)));
  const top = hits[0]?.score ?? 0;
  const kept = new Set(hits.filter((h) => h.score >= top * TOPIC_FLOOR).map((h) => h.doc));
  return items.filter((_, i) => kept.has(i));
}

/** The items a topic is about, in their own order, ranked by BM25 over each item's text. */
export function onTopic<T>(items: readonly T[], textOf: (item: T) => string, topic: string): T[] {
  return items.length === 0 ? [] : aboutTopic(topicIndex(items, textOf), topic);
}
