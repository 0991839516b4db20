import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.ts';
import { storyOfTexts } from '../fixtures/text-story.ts';

// Two quotations of one claim are one statement worded twice when they share most of their
// content; an adverb ("simply") says how, not what, and joins nothing.
const story = storyOfTexts(
  [
    'Council and boss at odds\n\nCllr Imogen Tarrant, the council\'s cabinet member for transport, said it was "simply not true" that the council was to blame.',
    'Inside the fall\n\nCllr Imogen Tarrant, the council\'s cabinet member for transport, has said the council will not "simply recreate" the network.',
  ],
  '2026-03-13',
);

describe('quote wording: the same statement worded differently', () => {
  it('is no point when the two quotations share only an adverb', () => {
    const points = compare(story).discrepancies.map((d) => `${d.kind}: ${d.about}`);
    expect(points.filter((p) => p.startsWith('wording'))).toEqual([]);
    // The two sentences are one claim: the test would see a wording point if the rule were gone.
    expect(compare(story).claims.map((c) => c.sources.map((s) => s.articleId))).toEqual([['a0', 'a1']]);
  });
});
