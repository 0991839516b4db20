import { describe, expect, it } from 'vitest';
import { claimContent, stanceOf } from '../../src/compare/stance.ts';
import { storyOfTexts } from '../fixtures/text-story.ts';

// A negation counts against a claim only where the claim's happening is told, or when the claim
// tells none ("was an act of sabotage"): elsewhere it turns round something else.
const story = storyOfTexts(
  [
    'Bus firm collapses\n\nThousands were left without a bus after Corlan Valley Buses, the family-run operator based in Pellbridge, stopped trading without warning.\n\nFounded in 1958, the company ran 31 routes.\n\nPolice said there was no sign of sabotage at the depot.',
  ],
  '2026-03-10',
);
const stance = (claim: string, sentence: string) => stanceOf(claim, claimContent(story, claim), sentence);

describe('a negation in a clause about something else', () => {
  it.each([
    [
      'Corlan Valley Buses was founded in 1958',
      'Thousands were left without a bus after Corlan Valley Buses, the family-run operator based in Pellbridge, stopped trading without warning.',
      'mentions',
    ],
    [
      'There was sabotage at the depot.',
      'Police said there was no sign of sabotage at the depot.',
      'contradicts',
    ],
    ['Corlan Valley Buses was never founded', 'Founded in 1958, the company ran 31 routes.', 'contradicts'],
  ])('%s / %s → %s', (claim, sentence, expected) => expect(stance(claim, sentence)).toBe(expected));
});
