import { describe, expect, it } from 'vitest';
import { yearDifferences } from '../../src/compare/year-differences.ts';
import { storyOfTexts } from '../fixtures/text-story.ts';

const points = (a: string, b: string) =>
  yearDifferences(storyOfTexts([`First report\n\n${a}`, `Second report\n\n${b}`], '2026-03-20')).map((d) => [
    d.about.split(',')[0],
    d.sides.map((s) => `${s.articleId}:${s.value}`),
  ]);

describe('one verb given two years by two articles', () => {
  it.each([
    [
      'Corlan Valley Buses, founded in 1958 and one of the biggest family-owned operators, stopped running.',
      'Founded in 1961, the operator had grown into one of the largest family-owned bus companies.',
      [['the year: 1958 or 1961', ['a0:1958', 'a1:1961']]],
    ],
    // Nothing else in common: two events of one kind, not one event dated twice.
    [
      'Mayor Ellen Frost was elected in 2015 after a long campaign.',
      'The harbour board chair was elected in 2019.',
      [],
    ],
    // Only the verb in common: "founded" is no evidence of one thing.
    [
      'The school, founded in 1998, has four classes.',
      'The library was founded in 2004 after a campaign.',
      [],
    ],
    // The same year: no difference.
    [
      'The bridge, opened in 1998, carries the main road.',
      'Opened in 1998, the bridge carries the main road.',
      [],
    ],
  ])('%s / %s', (a, b, expected) => expect(points(a, b)).toEqual(expected));
});
