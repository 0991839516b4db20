import { describe, expect, it } from 'vitest';
import type { Claim, ClaimSentence } from '../../src/compare/claims.ts';
import { clockDifferences, clockLabel } from '../../src/compare/clock-differences.ts';

/** One claim carried by two articles, each sentence as given. */
function claimOf(a: string, b: string): Claim {
  const member = (articleId: string, text: string): ClaimSentence => ({
    articleId,
    paragraph: 2,
    index: 0,
    text,
    start: 0,
    end: text.length,
    terms: new Set(),
    published: '2026-05-11',
    quotes: new Set(),
    people: new Set(),
  });
  return { id: 0, members: [member('a', a), member('b', b)], articles: ['a', 'b'], text: a };
}

describe('times of day the articles disagree on', () => {
  // [sentence of one article, of the other, the values when they disagree]
  it.each([
    [
      'The gang got onto the roof shortly after 3am.',
      'The gang got onto the roof just before 4am.',
      ['3am', '4am'],
    ],
    ['The train derailed at 8.14am.', 'The train derailed at 8:21 a.m. on Tuesday.', ['8:14am', '8:21am']],
    // One moment told loosely, across midnight.
    ['The blast happened at about 11:40 p.m. on Monday.', 'The blast happened shortly before midnight.', []],
    ['The blast happened at 11:40 p.m.', 'The blast happened at 11:40pm, police said.', []],
    // Two windows with a time in common may be one told loosely.
    [
      'Police want anyone there between 2.30am and 3.30am.',
      'Police want anyone there between 2:30am and 4:30am.',
      [],
    ],
    // A sentence without a time of day leaves nothing to disagree on.
    ['The train derailed at 8.14am.', 'The train derailed on Tuesday morning.', []],
  ] as const)('%s | %s → %j', (a, b, values) => {
    const found = clockDifferences([claimOf(a, b)]);
    expect(found.flatMap((d) => d.sides.map((s) => `${s.articleId}: ${s.value}`))).toEqual(
      values.length > 0 ? [`a: ${values[0]}`, `b: ${values[1]}`] : [],
    );
  });

  it.each([
    [0, '12am'],
    [180, '3am'],
    [160, '2:40am'],
    [725, '12:05pm'],
    [1420, '11:40pm'],
  ])('%i minutes → %s', (minutes, label) => expect(clockLabel(minutes)).toBe(label));
});
