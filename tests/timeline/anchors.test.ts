import { describe, expect, it } from 'vitest';
import { countedTimes, fromAnchor } from '../../src/timeline/anchors.ts';
import { dateLabel } from '../../src/timeline/dates.ts';
import type { TimeRef } from '../../src/timeline/time-ref.ts';

const day = (start: string): TimeRef => ({ start, precision: 'day', text: '', index: 0 });
const month = (start: string): TimeRef => ({ start, precision: 'month', text: '', index: 0 });

describe('times counted from another event', () => {
  // [sentence, the anchor event's time, the label of each counted time]
  const _ = (text: string, anchor: TimeRef, expected: string[]) =>
    it(`${text} (from ${dateLabel(anchor)})`, () =>
      expect(countedTimes(text).map((c) => dateLabel(fromAnchor(anchor, c)))).toEqual(expected));
  _('The next day her office said the inquiry would be chaired by a judge.', day('2025-06-10'), [
    '11 Jun 2025',
  ]);
  _('The cargo was handed over two days later.', day('2022-11-18'), ['20 Nov 2022']);
  _('The fire burned until the following afternoon.', day('2025-06-09'), ['10 Jun 2025']);
  _('They had met the previous week.', day('2025-06-11'), ['week of 2 Jun 2025']);
  _('Three days earlier, the union had written to the board.', day('2024-03-08'), ['5 Mar 2024']);
  _('The blaze was out some 15 hours after the blast.', day('2025-06-09'), ['9 Jun 2025']);
  // "weeks after <clause>" dates the clause: some weeks before the sentence's own event.
  _('North Korea denied it, weeks after the United States said so.', day('2022-09-21'), ['Sep 2022']);
  _('The pact came months after the talks began.', day('2024-05-20'), ['Mar 2024']);
  // A count before a clause dates the clause that long before the sentence's event (the anchor).
  _('The denial came a day after the ministry said the talks had failed.', day('2022-12-23'), [
    '22 Dec 2022',
  ]);
  _('The strike began two weeks after the union voted for it.', day('2024-03-15'), ['week of 26 Feb 2024']);
  // Counted from a month, a day later is still only known to the month.
  _('A day later the talks resumed.', month('2024-03-01'), ['Mar 2024']);
  _('The ministry said nothing more.', day('2024-03-01'), []);
  // A bound on how long is no time counted from an event.
  _('Symptoms can appear up to 70 days after eating contaminated food.', day('2025-12-15'), []);
  _('Results come within two days after testing.', day('2025-12-15'), []);
});

describe('which counted times need the event before them', () => {
  it('marks "weeks after <clause>" and "two days after the explosion" for what they count from', () => {
    const kinds = (text: string) =>
      countedTimes(text).map((c) => [c.text, c.datesClauseAfter, c.fromNamedEvent]);
    expect(kinds('Two days after the explosion, residents returned.')).toEqual([
      ['Two days after', false, true],
    ]);
    expect(kinds('The search came weeks after the council refused.')).toEqual([['weeks after', true, false]]);
    expect(kinds('The denial came a day after the ministry said so.')).toEqual([
      ['a day after', true, false],
    ]);
    expect(kinds('The blaze was out 15 hours after the blast.')).toEqual([['15 hours after', false, true]]);
  });
});
