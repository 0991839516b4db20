import { describe, expect, it } from 'vitest';
import { synthetic } from '../../scripts/bench/synthetic.ts';
import { loadContext } from '../../src/app.ts';
import { loadCorpus } from '../../src/corpus/corpus.ts';
import { createStory, type Story } from '../../src/retrieval/story.ts';
import { MentionIndex, prefixTerms } from '../../src/timeline/event-candidates.ts';
import { Likeness, SAME_DAY_EVENT, spanOf } from '../../src/timeline/event-likeness.ts';
import { storyMentions } from '../../src/timeline/timeline.ts';

// Events are grouped from the pairs an inverted index finds, not from every pair: on every real
// and made-up story, the index must find each pair the pairwise comparison finds alike.
const STORIES = {
  seeds: '../../seeds/',
  brenmoorfire: '../fixtures/stories/brenmoorfire/',
  lakevarnferry: '../fixtures/stories/lakevarnferry/',
  bridge: '../fixtures/compare/bridge/',
};

const load = async (path: string) => (await loadContext(new URL(path, import.meta.url).pathname)).story;

function alikePairs(story: Story) {
  const mentions = storyMentions(story);
  const weight = (t: string) => story.idf(t);
  const likeness = new Likeness(weight);
  const primaries = mentions.filter((m) => m.primary);
  const pairwise: string[] = [];
  primaries.forEach((a, i) => {
    primaries.forEach((b, j) => {
      if (j > i && likeness.of(a, b) > 0) pairwise.push(`${i},${j}`);
    });
  });
  const found = new MentionIndex(primaries, weight, SAME_DAY_EVENT, spanOf).pairs().map((p) => p.join());
  return { mentions, weight, likeness, pairwise, found };
}

describe('candidate pairs of mentions', () => {
  it.each(Object.entries(STORIES))('finds every alike pair of %s', async (_, path) => {
    const { pairwise, found } = alikePairs(await load(path));
    expect(pairwise.length).toBeGreaterThan(0);
    expect(pairwise.filter((p) => !found.includes(p))).toEqual([]);
  });

  it.each(Object.entries(STORIES))('finds every mention alike a further time of %s', async (_, path) => {
    const { mentions, weight, likeness } = alikePairs(await load(path));
    const index = new MentionIndex(mentions, weight, SAME_DAY_EVENT, spanOf);
    mentions.forEach((m, i) => {
      if (m.primary) return;
      const alike = mentions.flatMap((g, j) => (j !== i && likeness.of(g, m) > 0 ? [j] : []));
      const found = new Set(index.candidates(i));
      expect(alike.filter((j) => !found.has(j))).toEqual([]);
    });
  });

  it('keeps the heaviest terms without which less than the share is left', () => {
    const weights: Record<string, number> = { rare: 5, odd: 3, said: 1, korea: 1 };
    const weight = (t: string) => weights[t] ?? 0;
    // 10 in all: without "rare" 5 is left (≥ 3.5), without "odd" too 2 (< 3.5).
    expect(prefixTerms(new Set(Object.keys(weights)), weight, 0.35)).toEqual(['rare', 'odd']);
  });

  it('compares each mention with a bounded number of others, however large the story', async () => {
    const seeds = await loadCorpus(new URL('../../seeds/', import.meta.url).pathname);
    const story = createStory(synthetic(seeds, 120, 12));
    const mentions = storyMentions(story);
    const index = new MentionIndex(mentions, (t) => story.idf(t), SAME_DAY_EVENT, spanOf);
    const most = Math.max(...mentions.map((_, i) => index.candidates(i).length));
    expect(most).toBeLessThanOrEqual(40);
    expect(index.pairs().length).toBeLessThanOrEqual(40 * mentions.length);
  });
});
