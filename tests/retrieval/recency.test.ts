import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/corpus/article.ts';
import { asksAboutNow } from '../../src/language/recency.ts';
import { ask } from '../../src/retrieval/ask.ts';
import { isLatest } from '../../src/retrieval/recency.ts';
import { createStory } from '../../src/retrieval/story.ts';

// Two reports of one kind of statement, the second much later or a week later.
const storyOf = (second: string) =>
  createStory({
    dir: 'made-up',
    articles: [
      buildArticle(
        { id: 'a', file: 'a.txt', published: '2022-09-22' },
        'Ministry denies arms sales\n\nThe defence ministry issued a statement denying the arms sales to the neighbour.\n\nThe harbour office said the mooring fees would stay the same for the season.\n',
      ),
      buildArticle(
        { id: 'b', file: 'b.txt', published: second },
        'Ministry denies arms sales again\n\nThe foreign ministry issued a statement denying the arms sales to the neighbour.\n\nThe weather office said the storm would pass by the end of the week.\n',
      ),
    ],
  });

describe('asksAboutNow: a question about the state of things now, or the latest turn', () => {
  it.each([
    ['who issued the statement this time', true],
    ['are the deliveries still going', true],
    ['how many times has it denied it so far', true],
    ['who issued the statement', false],
    ['what did the ministry say in its statement', false],
  ])('%s → %s', (question, expected) => expect(asksAboutNow(question)).toBe(expected));
});

describe('recency: on a story that went on for months, a question about now gets its latest reports', () => {
  // The same statement in both is one grouped answer: which report leads it.
  const first = (story: ReturnType<typeof storyOf>, question: string) =>
    ask(story, question, { meaning: false }).results[0]?.articleId;

  it('ranks the later report first when the question asks about now, and keeps the order otherwise', () => {
    const story = storyOf('2026-05-12');
    const [older] = story.passages;
    expect(older && isLatest(story, older)).toBe(false);
    expect(first(story, 'who issued the statement denying the arms sales this time')).toBe('b');
    expect(first(story, 'who issued the statement denying the arms sales')).toBe('a');
  });

  it('favours no report of a story told within a few days', () => {
    const story = storyOf('2022-09-29');
    const [, , later] = story.passages;
    expect(later && isLatest(story, later)).toBe(false);
    expect(first(story, 'who issued the statement denying the arms sales this time')).toBe('a');
  });
});
