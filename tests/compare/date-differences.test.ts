import { describe, expect, it } from 'vitest';
import type { Claim, ClaimSentence } from '../../src/compare/claims.ts';
import { claimDates } from '../../src/compare/date-differences.ts';
import { buildArticle } from '../../src/corpus/article.ts';
import { createStory } from '../../src/retrieval/story.ts';
import { CLOSE_DAYS } from '../../src/timeline/event-mentions.ts';

const PUBLISHED = '2022-11-20';
const said = (day: string) => `The ministry denied the report about the shipment on ${day}.`;

/** Two articles reporting one claim, each with its own day, and that claim as alignment makes it. */
function claimOn(dayA: string, dayB: string) {
  const article = (id: string, day: string) =>
    buildArticle(
      { id, file: `${id}.txt`, published: PUBLISHED },
      `Ministry denies report\n\n${said(day)} Officials said the story was false and had no basis.\n`,
    );
  const story = createStory({ dir: '(test)', articles: [article('a', dayA), article('b', dayB)] });
  const member = (articleId: string, day: string): ClaimSentence => ({
    articleId,
    paragraph: 1,
    index: 0,
    text: said(day),
    start: 0,
    end: said(day).length,
    terms: new Set(),
    published: PUBLISHED,
    quotes: new Set(),
    people: new Set(),
  });
  const claim: Claim = {
    id: 0,
    members: [member('a', dayA), member('b', dayB)],
    articles: ['a', 'b'],
    text: said(dayA),
  };
  return claimDates(story, [claim]).map((d) => d.sides.map((s) => `${s.articleId} ${s.value}`));
}

describe('date differences of one claim', () => {
  it('the bound is /timeline’s own: 8 days', () => {
    expect(CLOSE_DAYS).toBe(8);
  });

  it.each([
    ['the same day', '1 November 2022', '1 November 2022', []],
    [
      'one day apart',
      '1 November 2022',
      '2 November 2022',
      [['a Tuesday 1 Nov 2022', 'b Wednesday 2 Nov 2022']],
    ],
    [
      '8 days apart, at the bound',
      '1 November 2022',
      '9 November 2022',
      [['a Tuesday 1 Nov 2022', 'b Wednesday 9 Nov 2022']],
    ],
    ['9 days apart, past it: two events', '1 November 2022', '10 November 2022', []],
    ['months apart', '1 September 2022', '10 November 2022', []],
  ])('%s', (_, dayA, dayB, expected) => {
    expect(claimOn(dayA, dayB)).toEqual(expected);
  });
});
