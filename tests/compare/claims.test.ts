import { describe, expect, it } from 'vitest';
import { alignClaims } from '../../src/compare/claims.ts';
import { storyOfTexts } from '../fixtures/text-story.ts';

// Two reports are one claim when they share enough: short sentences can share most of their
// weight in two words ("told", "happen") and still be two remarks of two people.
const story = storyOfTexts(
  [
    'Bus firm collapses\n\nThe Corlan bus company stopped running on Monday, leaving its drivers out of work.\n\nMaureen Ashdown waited at the stop. "Nobody has told us what happens now."',
    'Council and boss at odds\n\nThe Corlan bus company stopped running on Monday, leaving 214 drivers out of work.\n\nThe boss blamed the council. "We told them in writing in November what would happen."',
  ],
  '2026-03-10',
);
const claimOf = (needle: string) =>
  alignClaims(story)
    .claims.find((c) => c.members.some((m) => m.text.includes(needle)))
    ?.members.map((m) => `${m.articleId}#${m.paragraph}`);

describe('claims: sentences of several articles that report one thing', () => {
  it.each([
    ['stopped running on Monday', ['a0#1', 'a1#1']],
    ['Nobody has told us', ['a0#2']],
  ])('%s → %j', (needle, expected) => expect(claimOf(needle)).toEqual(expected));
});
