import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/corpus/article.ts';
import { ask } from '../../src/retrieval/ask.ts';
import { createStory } from '../../src/retrieval/story.ts';

// Article a repeats its lead in its last paragraph (as wire stories do); b reports the same lead.
const LEAD = 'The harbour authority said the new ferry to Vladivostok would carry two hundred passengers.';
const REPEAT =
  'The harbour authority said again that the new ferry to Vladivostok would carry two hundred passengers.';
const article = (id: string, paragraphs: string[]) =>
  buildArticle(
    { id, file: `${id}.txt`, published: '2022-09-22' },
    `Ferry news\n\n${paragraphs.join('\n\n')}\n`,
  );
const story = createStory({
  dir: '(test)',
  articles: [
    article('a', [
      LEAD,
      'Builders finished the terminal building in the spring after three years of work.',
      REPEAT,
    ]),
    article('b', [LEAD, 'The mayor of the town welcomed the news at a meeting with the port workers.']),
  ],
});

describe('near-duplicate groups', () => {
  it('fold the same report from another article, never a second paragraph of the same one', () => {
    const result = ask(story, 'How many passengers will the ferry to Vladivostok carry?', { limit: 10 });
    const groups = result.results.map((r) => [
      `${r.articleId}¶${r.paragraph}`,
      ...r.alsoIn.map((c) => `${c.articleId}¶${c.paragraph}`),
    ]);
    expect(groups.slice(0, 2)).toEqual([['a¶1', 'b¶1'], ['a¶3']]);
    for (const group of groups) {
      const articles = group.map((ref) => ref.split('¶')[0]);
      expect(new Set(articles).size).toBe(articles.length);
    }
  });
});
