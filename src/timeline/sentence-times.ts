import { countedTimes, fromAnchor } from './anchors.ts';
import { findTimes } from './dates.ts';
import { iso, mondayOf, utc } from './periods.ts';
import { ANAPHORIC, inYearOf, pointBack } from './referents.ts';
import { isSubordinate, quotedRanges } from './time-clauses.ts';
import type { TimeRef } from './time-ref.ts';

// The times one sentence carries, before the article decides which of them is its own event
// (event-mentions.ts).

const samePeriod = (a: TimeRef, b: TimeRef) => a.start === b.start && a.precision === b.precision;

/** The times of one sentence: its own, those counted from an anchor, and those pointing back. */
export function timesOf(
  text: string,
  published: string,
  anchor: TimeRef | undefined,
  referent: TimeRef | undefined,
): TimeRef[] {
  const own = findTimes(text, published).map((t) => inYearOf(t, text, anchor));
  const quoted = quotedRanges(text);
  const outside = own.filter((t) => !quoted.some(([s, e]) => t.index >= s && t.index < e));
  const times = [...own];
  for (const counted of countedTimes(text)) {
    if (
      own.some(
        (t) => counted.index < t.index + t.text.length && t.index < counted.index + counted.text.length,
      )
    )
      continue;
    // A sentence that dates itself needs no "two days after the explosion" to do it.
    if (counted.fromNamedEvent && outside.length > 0) continue;
    const before = outside.filter((t) => t.index < counted.index).at(-1);
    // The clause after "after" is dated from the sentence's own event: a time of its main clause,
    // not one inside the clause it dates, else the event of the sentence before.
    const main = counted.datesClauseAfter
      ? (outside.find((t) => t.index < counted.index && !isSubordinate(text, t.index)) ??
        referent ??
        anchor ??
        implicitTime(published))
      : (before ?? anchor);
    if (main) times.push(fromAnchor(main, counted));
  }
  const anaphor = times.length === 0 ? ANAPHORIC.exec(text) : null;
  if (anaphor && anchor) times.push(pointBack(anchor, anaphor[0], anaphor.index));
  // One period named twice ("June 11 … on Wednesday") is one time of the sentence.
  return times
    .sort((a, b) => a.index - b.index)
    .filter((t, i, all) => !all.slice(0, i).some((u) => samePeriod(t, u)));
}

/** An article's lead without a time of its own reports what happened by publication: its week. */
export function implicitTime(published: string): TimeRef {
  return { start: iso(mondayOf(utc(published))), precision: 'week', text: '', index: 0, implicit: true };
}
