import { describe, expect, it } from 'vitest';
import { BM25Index } from '../../src/retrieval/bm25.ts';

const q = (...terms: string[]) => terms.map((term) => ({ term, weight: 1 }));
const docsOf = (index: BM25Index, query: { term: string; weight: number }[]) =>
  index.search(query).map((h) => h.doc);

describe('BM25Index sizes below wink’s minimum of three', () => {
  it('builds and searches an empty index', () => {
    const index = BM25Index.build([]);
    expect(index.size).toBe(0);
    expect(index.search(q('anything'))).toEqual([]);
  });

  it('returns the one document, never a padding document', () => {
    const index = BM25Index.build([['north', 'korea']]);
    expect(docsOf(index, q('korea'))).toEqual([0]);
    // Padding documents are empty stand-ins: no term can reach them, and they count for nothing.
    expect(docsOf(index, q('north', 'korea', 'russia', ''))).toEqual([0]);
    expect(index.documentFrequency('korea')).toBe(1);
  });

  it('returns both of two documents and only those', () => {
    const index = BM25Index.build([['arms'], ['arms', 'russia']]);
    const hits = index.search(q('arms', 'russia'));
    expect(hits.map((h) => h.doc)).toEqual([1, 0]);
    expect(hits.every((h) => h.doc < index.size)).toBe(true);
  });
});

describe('BM25Index.search', () => {
  const index = BM25Index.build([
    ['x', 'y', 'z'],
    ['a', 'b', 'q'],
    ['a', 'b', 'q'],
    ['c', 'd', 'e'],
    ['a', 'c', 'f'],
  ]);

  it('gives numeric ids in insertion order when scores tie', () => {
    const hits = index.search(q('b'));
    expect(hits.map((h) => h.doc)).toEqual([1, 2]);
    expect(hits.every((h) => typeof h.doc === 'number')).toBe(true);
    expect(hits[0]?.score).toBe(hits[1]?.score);
  });

  it('ranks by matched terms, rarer terms weighing more, then ties by order', () => {
    // 4 holds both; 'c' (in 2 documents) outweighs 'a' (in 3), so 3 comes before 1 and 2.
    expect(docsOf(index, q('a', 'c'))).toEqual([4, 3, 1, 2]);
  });

  it('keeps more than four decimals in scores (precision 9, not wink’s default 4)', () => {
    const score = index.search(q('a'))[0]?.score ?? 0;
    expect(score).toBeGreaterThan(0);
    expect(Math.round(score * 1e4) / 1e4).not.toBe(score);
  });

  it('scales a term’s contribution by its query weight', () => {
    const once = index.search([{ term: 'c', weight: 1 }])[0]?.score ?? 0;
    const twice = index.search([{ term: 'c', weight: 2 }])[0]?.score ?? 0;
    expect(twice).toBeGreaterThan(once);
    expect(twice).toBeCloseTo(2 * once, 9);
  });

  it('ignores terms with weight 0 and unknown terms', () => {
    expect(index.search([{ term: 'a', weight: 0 }])).toEqual([]);
    expect(index.search(q('nowhere'))).toEqual([]);
  });

  it('respects the limit', () => {
    expect(docsOf(index, q('a'))).toEqual([1, 2, 4]);
    expect(index.search(q('a'), 1).map((h) => h.doc)).toEqual([1]);
  });

  it('searches identically after a toJSON/fromJSON round trip', () => {
    const restored = BM25Index.fromJSON(index.toJSON(), index.size);
    for (const query of [q('a'), q('b'), q('a', 'c'), q('x', 'e', 'q'), [{ term: 'c', weight: 2 }]]) {
      expect(restored.search(query)).toEqual(index.search(query));
    }
    expect(restored.documentFrequency('a')).toBe(3);
  });

  it('round-trips a padded index without exposing its padding', () => {
    const small = BM25Index.build([['solo', 'term']]);
    const restored = BM25Index.fromJSON(small.toJSON(), small.size);
    expect(restored.search(q('solo'))).toEqual(small.search(q('solo')));
    expect(restored.size).toBe(1);
  });
});
