import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.ts';
import { buildArticle } from '../../src/corpus/article.ts';
import { createStory } from '../../src/retrieval/story.ts';

// Two made-up reports of one harbour strike, each sentence a paragraph.
const storyOf = (a: string, b: string) =>
  createStory({
    dir: 'made-up',
    articles: [
      buildArticle({ id: 'a', file: 'a.txt', published: '2026-06-05' }, `Port strike ends\n\n${a}\n`),
      buildArticle({ id: 'b', file: 'b.txt', published: '2026-06-05' }, `Harbour strike over\n\n${b}\n`),
    ],
  });
const numbers = (a: string, b: string) =>
  compare(storyOf(a, b))
    .discrepancies.filter((d) => d.kind === 'number')
    .map((d) => d.about);

// [what the pair shows, one article's sentence, the other's, the points of disagreement]
describe('counts of one thing under two names', () => {
  it.each([
    [
      'a kind of the other is one thing ("vessels" and "ships")',
      'By Thursday, 38 vessels were waiting at anchor outside the port of Ostrand.',
      'By Thursday, 35 ships were waiting at anchor outside the port of Ostrand.',
      ['how many: 38 vessels or 35 ships'],
    ],
    [
      'two kinds of people are not ("strikers" outside, "dockworkers" on strike)',
      'Around forty strikers waited outside the mediation offices of the port of Ostrand.',
      'About 2,400 dockworkers walked off the job at the port of Ostrand.',
      [],
    ],
    [
      'a group left singular counts its members ("214 staff" and "220 employees")',
      'The port operator ceased trading on Monday, leaving 214 staff out of work.',
      'The port operator stopped running on Monday, leaving 220 employees without work.',
      ['how many: 214 staff or 220 employees'],
    ],
    [
      '"people" is no group of one kind ("400 people" and "460 workers")',
      'About 400 people gathered at the port gates on Monday.',
      'About 460 workers gathered at the port gates on Monday.',
      [],
    ],
  ])('%s', (_, a, b, expected) => expect(numbers(a, b)).toEqual(expected));
});
