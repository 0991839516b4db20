import { describe, expect, it } from 'vitest';
import { hitAt, mean, ndcg, reciprocalRank, scoreRanking } from '../../src/eval/metrics.ts';

const relevant = new Set(['a', 'c']);
const ranking = (keys: string) => (keys === '' ? [] : keys.split(' '));
// Discounted gain of a hit at 1-based rank r.
const gain = (r: number) => 1 / Math.log2(r + 1);

describe('hitAt', () => {
  const _ = (keys: string, k: number, expected: number) =>
    it(`[${keys}] @${k} = ${expected}`, () => expect(hitAt(ranking(keys), relevant, k)).toBe(expected));
  _('a b c', 1, 1);
  _('b a c', 1, 0);
  _('b a c', 2, 1);
  _('b x c', 3, 1);
  _('b x y c', 3, 0);
  _('b x y c', 10, 1);
  _('', 3, 0);
  _('a', 0, 0);
});

describe('reciprocalRank', () => {
  const _ = (keys: string, k: number, expected: number) =>
    it(`[${keys}] @${k} = ${expected}`, () =>
      expect(reciprocalRank(ranking(keys), relevant, k)).toBe(expected));
  _('a', 5, 1);
  _('b c', 5, 1 / 2);
  _('b x c a', 5, 1 / 3);
  _('b x y z a', 5, 1 / 5);
  _('b x y z q a', 5, 0);
  _('b c', 1, 0);
  _('', 5, 0);
});

describe('ndcg', () => {
  const _ = (keys: string, k: number, expected: number) =>
    it(`[${keys}] @${k} ≈ ${expected.toFixed(4)}`, () =>
      expect(ndcg(ranking(keys), relevant, k)).toBeCloseTo(expected, 12));
  _('a c b', 5, 1);
  _('c a', 5, 1);
  _('b a c', 5, (gain(2) + gain(3)) / (gain(1) + gain(2)));
  _('a b', 5, 1 / (gain(1) + gain(2)));
  _('b x y z q a', 5, 0);
  _('x', 5, 0);
  // With one slot, one relevant key at the top is the ideal.
  _('a b', 1, 1);

  it('is 0 when nothing is relevant', () => expect(ndcg(['a'], new Set(), 5)).toBe(0));
});

describe('scoreRanking and mean', () => {
  it('scores one ranking with every metric', () => {
    expect(scoreRanking(['b', 'a'], relevant)).toEqual({
      recallAt1: 0,
      recallAt3: 1,
      mrrAt5: 0.5,
      ndcgAt5: gain(2) / (gain(1) + gain(2)),
    });
  });

  it('averages each metric, and gives zeros for no rankings', () => {
    const scores = [scoreRanking(['a'], relevant), scoreRanking(['x', 'y', 'z', 'c'], relevant)];
    expect(mean(scores)).toMatchObject({ recallAt1: 0.5, recallAt3: 0.5, mrrAt5: (1 + 1 / 4) / 2 });
    expect(mean([])).toEqual({ recallAt1: 0, recallAt3: 0, mrrAt5: 0, ndcgAt5: 0 });
  });
});
