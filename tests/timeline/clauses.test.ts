import { describe, expect, it } from 'vitest';
import { inAdverbialClause, isSubordinate } from '../../src/timeline/time-clauses.ts';

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

describe('times of the main clause, around a relative clause or an aside in brackets', () => {
  const relative =
    'The creamery, which has made cheese since 1987, announced the recall at 6pm on Tuesday, after the National Food Standards Authority (NFSA) warned in March.';
  const aside =
    'The creamery issued the recall on Tuesday (the agency had warned the firm in March) in a statement.';
  // [sentence, the time in it, whether it dates something other than the main clause]
  it.each([
    // A relative clause set off by commas ends at the next one.
    [relative, '1987', true],
    [relative, '6pm on Tuesday', false],
    // An aside in brackets holds only what stands inside it.
    [aside, 'March', true],
    [aside, 'Tuesday', false],
  ])('%s (%s) → subordinate %s', (text, time, expected) =>
    expect(isSubordinate(text, text.indexOf(time))).toBe(expected),
  );
});
