import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/corpus/normalize.ts';

describe('normalizeText', () => {
  it.each([
    ['Kir\u200bby', 'Kirby'],
    ['Kir\u200c\u200dby\u2060', 'Kirby'],
    ['\ufeffsoft\u00adware', 'software'],
    ['Ｐｙｏｎｇｙａｎｇ', 'Pyongyang'],
    ['ﬁrm and ﬂat', 'firm and flat'],
    ['no\u00a0break', 'no break'],
    ['wait…', 'wait...'],
    ['［x］（ｈｔｔｐ：／／e）', '[x](http://e)'],
    ['“quoted” — dash\nnext line', '“quoted” — dash\nnext line'],
    // Decomposed é (e + combining acute) composes to one character.
    ['Cafe\u0301', 'Café'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});
