import { beforeAll, describe, expect, it } from 'vitest';
import type { Story } from '../../src/retrieval/story.ts';
import {
  disagreementsFound,
  type ExpectedClaim,
  type ExpectedEvents,
  type ExpectedQuote,
  eventsRight,
  type Planted,
  quotesRight,
  readJson,
  stancesRight,
  storyOf,
} from './scores.ts';

// Round 6: a museum theft told by four outlets (a local daily, a broadcaster's Q&A explainer, a
// wire with a dateline, a trade analysis), written blind and frozen before this session's rules.
// First run, before any of them: 12 of 14 quotes, 15 of 16 events, 5 of 8 disagreements, 7 of
// 34 evidence passages on the expected side (5 of 15 sides). Its misses were then read for
// general faults, so these floors are what the rules reach now, not held-out figures.
describe('a museum theft told by four outlets (wrensteadheist), with no code change', () => {
  let story: Story;
  beforeAll(async () => {
    story = await storyOf('stories/wrensteadheist');
  });

  it('credits at least 13 of its 14 quotes to the right speakers', async () => {
    const expected = await readJson<ExpectedQuote[]>('stories/wrensteadheist/quotes.json');
    expect(quotesRight(story, expected).length).toBeGreaterThanOrEqual(13);
  });

  // The one left: the hoard "found in 1997" (m04) is one event with "discovered in 1998" (m01),
  // shown under both years; its first year is the other article's.
  it('dates at least 15 of its 16 events to the right month', async () => {
    const expected = await readJson<ExpectedEvents>('stories/wrensteadheist/events.json');
    expect(eventsRight(story, expected).right.length).toBeGreaterThanOrEqual(15);
  });

  it('finds at least 6 of the 8 disagreements planted between its outlets', async () => {
    const planted = await readJson<Planted[]>('stories/wrensteadheist/disagreements.json');
    expect(disagreementsFound(story, planted).length).toBeGreaterThanOrEqual(6);
  });

  it('takes the expected side with at least 14 of 34 evidence passages, 9 of its 15 sides shown', async () => {
    const claims = await readJson<ExpectedClaim[]>('stories/wrensteadheist/claims.json');
    const { right, sidesShown } = stancesRight(story, claims);
    expect({ right: right >= 14, sides: sidesShown >= 9 }).toEqual({ right: true, sides: true });
  });

  it('takes titles from the articles, never from the site around them', () => {
    expect(story.corpus.articles.map((a) => a.title)).toEqual([
      'Sedgewick Hoard stolen as raiders smash through museum skylight',
      'Wrenstead museum heist: What we know about the stolen Sedgewick Hoard',
      'Gold hoard worth millions stolen in overnight raid on Wrenstead museum',
      'Wrenstead: how a deferred sensor upgrade left the Sedgewick Hoard exposed',
    ]);
  });
});
