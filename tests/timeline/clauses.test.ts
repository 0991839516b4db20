import { describe, expect, it } from 'vitest';
import { inAdverbialClause } from '../../src/timeline/time-clauses.ts';

describe('times in an adverbial clause date what the clause tells, not the main event', () => {
  // [sentence, the time in it, whether it stands in an adverbial clause]
  it.each([
    [
      'The army denied it on Saturday, hours after the US released images taken in November.',
      'November',
      true,
    ],
    [
      'The army denied it on Saturday, hours after the US released images taken in November.',
      'Saturday',
      false,
    ],
    // A clause opening the sentence ends at its first comma.
    ['After the council voted on Monday, the mayor resigned on Tuesday.', 'Monday', true],
    ['After the council voted on Monday, the mayor resigned on Tuesday.', 'Tuesday', false],
    // "after the blast" holds no verb: no clause.
    ['The fire was out on Tuesday, hours after the blast in the plant on Monday.', 'Monday', false],
  ])('%s (%s) → %s', (text, time, expected) =>
    expect(inAdverbialClause(text, text.indexOf(time))).toBe(expected),
  );
});
