import { describe, expect, it } from 'vitest';
import { wordMemo } from '../../src/language/resources/word-memo.ts';

describe('wordMemo', () => {
  it('computes a word once and gives the same answer after', () => {
    const asked: string[] = [];
    const length = wordMemo((w) => {
      asked.push(w);
      return w.length;
    });
    expect([length('shell'), length('rocket'), length('shell')]).toEqual([5, 6, 5]);
    expect(asked).toEqual(['shell', 'rocket']);
  });

  it('empties itself when full rather than grow: a word is computed again after', () => {
    const asked: string[] = [];
    const upper = wordMemo((w) => {
      asked.push(w);
      return w.toUpperCase();
    }, 2);
    for (const w of ['a', 'b', 'c', 'a']) upper(w);
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });

  it('remembers an undefined answer too (a stop word has no term)', () => {
    let calls = 0;
    const none = wordMemo(() => {
      calls += 1;
      return undefined;
    });
    none('the');
    none('the');
    expect(calls).toBe(1);
  });
});
