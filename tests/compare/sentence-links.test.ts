import { describe, expect, it } from 'vitest';
import { loadContext } from '../../src/app.ts';
import { alignClaims } from '../../src/compare/claims.ts';
import { type Link, linkSentences, RELATED_SHARE } from '../../src/compare/sentence-links.ts';

// Sentences are linked through lists of rare terms, most pairs dismissed by a bound on the weight
// they can share: the links must be exactly those of comparing every pair that shares a rare term.
const STORIES = ['../../seeds/', '../fixtures/stories/brenmoorfire/', '../fixtures/compare/bridge/'];
const key = (l: Link) =>
  `${l.a.articleId}#${l.a.paragraph}#${l.a.index}|${l.b.articleId}#${l.b.paragraph}#${l.b.index}`;

describe('links between sentences', () => {
  it.each(STORIES)('are those of every pair in %s', async (path) => {
    const { story } = await loadContext(new URL(path, import.meta.url).pathname);
    const { sentences } = alignClaims(story);
    const weight = (t: string) => story.idf(t);
    const total = (s: (typeof sentences)[number]) => [...s.terms].reduce((sum, t) => sum + weight(t), 0);
    const expected: string[] = [];
    sentences.forEach((a, i) => {
      for (const b of sentences.slice(i + 1)) {
        if (a.articleId === b.articleId) continue;
        const shared = [...a.terms].filter((t) => b.terms.has(t)).reduce((sum, t) => sum + weight(t), 0);
        const same = [...a.quotes].some((g) => b.quotes.has(g));
        if (shared / Math.min(total(a), total(b)) >= RELATED_SHARE || same)
          expected.push(key({ a, b } as Link));
      }
    });
    const found = linkSentences(sentences, weight).map(key);
    expect(found.length).toBeGreaterThan(0);
    expect([...found].sort()).toEqual([...expected].sort());
  });
});
