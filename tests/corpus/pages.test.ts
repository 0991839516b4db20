import { describe, expect, it } from 'vitest';
import { PAGE_SETS, scorePage, scorePages } from '../../src/eval/pages.ts';

// Made-up pages written by helpers who never read the code: the first six batches were then read
// to find general faults (each judged once first); the seventh was judged once and never read.
const FLOORS = [
  { dir: 'tests/fixtures/pages-blind', pages: 8, titles: 8, recall: 1, precision: 1 },
  { dir: 'tests/fixtures/pages-blind2', pages: 8, titles: 8, recall: 1, precision: 0.95 },
  { dir: 'tests/fixtures/pages-blind3', pages: 8, titles: 8, recall: 1, precision: 0.96 },
  { dir: 'tests/fixtures/pages-blind4', pages: 8, titles: 8, recall: 1, precision: 0.92 },
  { dir: 'tests/fixtures/pages-blind5', pages: 10, titles: 7, recall: 1, precision: 0.93 },
  { dir: 'tests/fixtures/pages-blind6', pages: 10, titles: 10, recall: 1, precision: 0.97 },
  { dir: 'tests/fixtures/pages-blind7', pages: 10, titles: 8, recall: 1, precision: 0.92 },
  { dir: 'tests/fixtures/pages-blind8', pages: 10, titles: 8, recall: 1, precision: 0.99 },
];

describe('the cleaner on whole pages it was not written for', () => {
  it('holds a floor for every batch the eval prints', () => {
    expect(FLOORS.map((f) => f.dir)).toEqual(PAGE_SETS);
  });

  it.each(FLOORS)(
    '$dir: titles, the story found, little else kept',
    async ({ dir, pages, titles, recall, precision }) => {
      const report = await scorePages(dir);
      expect(report.pages).toHaveLength(pages);
      expect(report.titles).toBeGreaterThanOrEqual(titles);
      expect(report.recall).toBeGreaterThanOrEqual(recall);
      expect(report.precision).toBeGreaterThanOrEqual(precision);
    },
  );

  it('scores a page by what it holds', () => {
    const raw =
      'Harbour wall to be rebuilt\n\nBy Jane Doe\n\nThe council approved the new harbour plan on Tuesday after a long debate.\n\nAdvertisement';
    expect(
      scorePage('p.txt', raw, 'Harbour wall to be rebuilt', [
        'The council approved the new harbour plan on Tuesday after a long debate.',
        'A paragraph the cleaner never saw at all.',
      ]),
    ).toEqual({
      file: 'p.txt',
      title: true,
      expected: 2,
      found: 1,
      kept: 1,
      story: 1,
    });
  });
});
