import { describe, expect, it } from 'vitest';
import { dashQuotesIn } from '../../src/quotes/dash-quotes.ts';

const quotes = (text: string) =>
  dashQuotesIn({ articleId: 'd', number: 1, text, sentences: [] }, []).map((q) => q.text);

describe('speech opened by a dash', () => {
  it.each([
    // To its attribution; the next dash opens more of it.
    [
      '– We stopped all deliveries at once, says Liv Hafsten. – We are a small firm and this is hard.',
      ['We stopped all deliveries at once', 'We are a small firm and this is hard'],
    ],
    // A paragraph that says nobody speaks holds none: a credit line, a list.
    ['— Reporting by Anna Brink in Rotterdam; Editing by Piet Janssen', []],
    ['– Sign of the shortages in the army –', []],
  ])('%s → %j', (text, expected) => expect(quotes(text)).toEqual(expected));
});
