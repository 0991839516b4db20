import { describe, expect, it } from 'vitest';
import { type ExpectedClaim, readJson, stancesRight, storyOf } from './scores.ts';

// /check on claims written blind for stories that have only claims (rounds 10 and 11), floors at
// their first run (Corlan's raised by the passages that tell the claim's happening, told-passages.ts):
// evidence passages read with the expected side, and sides shown.
describe.each([
  ['Kestrelbridge', 'kestrelbridge', { right: 8, sides: 7 }],
  ['Corlan', 'corlan', { right: 12, sides: 10 }],
])('/check on the %s story’s blind claims', (_, dir, floor) => {
  it(`reads at least ${floor.right} evidence passages right and shows ${floor.sides} sides`, async () => {
    const story = await storyOf(`stories/${dir}`);
    const claims = await readJson<ExpectedClaim[]>(`stories/${dir}/claims.json`);
    const { right, sidesShown } = stancesRight(story, claims);
    expect({ right, sidesShown }).toEqual({
      right: Math.max(right, floor.right),
      sidesShown: Math.max(sidesShown, floor.sides),
    });
  });
});
