import { describe, expect, it } from 'vitest';
import { claimContent } from '../../src/compare/stance.ts';
import { toldPassages } from '../../src/compare/told-passages.ts';
import { storyOfTexts } from '../fixtures/text-story.ts';

// Candidates for a checked claim beyond a search by its words: passages that tell its happening,
// or the opposite ("bought" for "sold"), about what it is about.
const story = storyOfTexts(
  [
    'Depot sold\n\nGreyline bought the Corlan depot on Friday.\n\nDrivers met at the Corlan depot on Monday.\n\nGreyline sold two old buses to a museum.',
  ],
  '2026-03-27',
);
const found = (claim: string) => toldPassages(story, claimContent(story, claim), 0).map((f) => f.paragraph);

describe('passages that tell the claim’s happening', () => {
  it.each([
    // "bought" is the opposite of "sold"; the meeting tells no selling; the buses are no depot.
    ['Corlan has sold its depot', [1]],
    ['Corlan has never sold anything', []],
  ])('%s → paragraphs %j', (claim, expected) => expect(found(claim)).toEqual(expected));
});
