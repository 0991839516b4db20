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

/** What the commands must reach on a story written blind: at least so many of each. */
export interface StoryFloors {
  readonly quotes: number;
  /** Events dated to the right month; `ordered` when every ordering must be right too. */
  readonly events: number;
  readonly ordered?: boolean;
  readonly disagreements: number;
  /** Evidence passages read with the expected side, and sides shown ('all': every one). */
  readonly stances: { readonly right: number; readonly sides: number | 'all' };
  readonly titles: readonly string[];
}

/** The tests of a story folder (quotes, events, disagreements, claims, manifest) used as the corpus. */
export function storyHoldsFloors(name: string, dir: string, floors: StoryFloors): void {
  describe(`${name} (${dir}), with no code change`, () => {
    let story: Story;
    beforeAll(async () => {
      story = await storyOf(`stories/${dir}`);
    });

    it(`credits at least ${floors.quotes} quotes to the right speakers`, async () => {
      const expected = await readJson<ExpectedQuote[]>(`stories/${dir}/quotes.json`);
      expect(quotesRight(story, expected).length).toBeGreaterThanOrEqual(floors.quotes);
    });

    it(`dates at least ${floors.events} events to the right month${floors.ordered ? ', every ordering right' : ''}`, async () => {
      const expected = await readJson<ExpectedEvents>(`stories/${dir}/events.json`);
      const { right, ordered } = eventsRight(story, expected);
      expect({ right: right.length >= floors.events, ordered: ordered || !floors.ordered }).toEqual({
        right: true,
        ordered: true,
      });
    });

    it(`finds at least ${floors.disagreements} of the disagreements planted between its outlets`, async () => {
      const planted = await readJson<Planted[]>(`stories/${dir}/disagreements.json`);
      expect(disagreementsFound(story, planted).length).toBeGreaterThanOrEqual(floors.disagreements);
    });

    it(`takes the expected side with at least ${floors.stances.right} evidence passages, ${floors.stances.sides} sides shown`, async () => {
      const claims = await readJson<ExpectedClaim[]>(`stories/${dir}/claims.json`);
      const { right, sides, sidesShown } = stancesRight(story, claims);
      const wanted = floors.stances.sides === 'all' ? sides : floors.stances.sides;
      expect({ right: right >= floors.stances.right, sides: sidesShown >= wanted }).toEqual({
        right: true,
        sides: true,
      });
    });

    it('takes titles from the articles, never from the page around them', () => {
      expect(story.corpus.articles.map((a) => a.title)).toEqual(floors.titles);
    });
  });
}
