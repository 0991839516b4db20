import { bareNumbersIn } from '../language/bare-numbers.ts';
import { clockTimesIn } from '../language/clock.ts';
import { daysIn, isDate, isWeekday } from '../language/days.ts';
import { countsPeople, type Quantity, quantitiesIn } from '../language/numbers.ts';
import { terms } from '../language/text.ts';

// The values a checked claim states (counts, numbers, times of day, days) against those a sentence
// gives: another value of the same kind contradicts it, the same value bears it out.

/** The values of a text: counts of something, bare numbers, times of day, days (read once per text). */
export interface Values {
  readonly counts: readonly Count[];
  readonly bare: readonly number[];
  readonly clocks: readonly number[];
  /** Days named: weekdays (0 Monday … 6 Sunday) and days of a month (month × 100 + day). */
  readonly days: readonly number[];
}

/** A count and the values it allows: "under ten minutes" allows 0 to 9.99…, "14 minutes" 14. */
export interface Count extends Quantity {
  readonly low: number;
  readonly high: number;
}

// Words before a number that make it a bound, and the range each allows. "About" and "around"
// are not widened: "around 290,000 patients" is another figure than "310,000".
const BOUNDS: readonly [RegExp, (n: number) => [number, number]][] = [
  [/\b(?:under|below|less than|fewer than)\s+$/iu, (n) => [0, n - 1e-9]],
  [/\b(?:within|up to|at most|no more than)\s+$/iu, (n) => [0, n]],
  [/\b(?:over|above|more than|upwards of)\s+$/iu, (n) => [n + 1e-9, Number.POSITIVE_INFINITY]],
  [/\b(?:at least|no fewer than|no less than)\s+$/iu, (n) => [n, Number.POSITIVE_INFINITY]],
  [/\b(?:nearly|almost|just under)\s+$/iu, (n) => [n * 0.9, n]],
];

const PERCENT = /(?<![\d.,])(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)/giu;
const sharesIn = (text: string): Quantity[] =>
  [...text.matchAll(PERCENT)].map((m) => ({
    value: Number(m[1]),
    unit: 'percent',
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
// Spans of time are one kind of count, compared in days: "a 19-day strike" is not "more than a
// month".
const DAYS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['minute', 1 / 1440],
      ['hour', 1 / 24],
      ['day', 1],
      ['week', 7],
      ['fortnight', 14],
      ['month', 30.44],
      ['year', 365.25],
    ] as const
  ).map(([word, days]) => [terms(word)[0] ?? word, days]),
);
const UNIT_OF_TIME = /^(minute|hour|day|week|fortnight|month|year)\b/iu;
// "Over two years" after a noun spreads something across them ("a rise over two years"); it
// bounds a span only after a verb of lasting ("lasted over two years", "for over an hour").
const SPREAD_OVER = /(?<!\b(?:for|lasted|lasting|last|took|taking|spent))\s+over\s+$/iu;
// "More than a month", "within an hour": a span bounded by one of its unit.
const ONE_UNIT =
  /\b(?:under|below|less than|within|up to|at most|no more than|over|above|more than|at least|nearly|almost)\s+(an?)\s+(?=(?:minute|hour|day|week|fortnight|month|year)\b)/giu;

function countsIn(text: string): Count[] {
  const spans: Quantity[] = [...text.matchAll(ONE_UNIT)].map((m) => {
    const start = m.index + m[0].search(/\ban?\s+$/iu);
    const unit = UNIT_OF_TIME.exec(text.slice(m.index + m[0].length))?.[1] ?? 'day';
    return {
      value: 1,
      unit: terms(unit)[0] ?? unit,
      text: m[1] ?? 'a',
      start,
      end: start + (m[1]?.length ?? 1),
    };
  });
  // "6%", "5.5 per cent": a share of anything, whatever noun follows ("a 6% rise"). Only here, where
  // a claim's figure meets a sentence's on one subject; /compare keeps the noun, or every share
  // of a story would be one figure.
  const shares = sharesIn(text);
  const others = quantitiesIn(text).filter((q) => !shares.some((p) => q.start < p.end && p.start < q.end));
  return [...shares, ...others, ...spans].map((q) => {
    const before = text.slice(Math.max(0, q.start - 24), q.start);
    const spread = DAYS.has(q.unit) && SPREAD_OVER.test(before);
    const bound = spread ? undefined : BOUNDS.find(([words]) => words.test(before))?.[1];
    const [low, high] = bound ? bound(q.value) : [q.value, q.value];
    const days = DAYS.get(q.unit) ?? 1;
    return { ...q, low: low * days, high: high * days };
  });
}

export function valuesIn(text: string): Values {
  const counts = countsIn(text);
  const shares = new Set(counts.filter((c) => c.unit === 'percent').map((c) => c.value));
  return {
    counts,
    bare: bareNumbersIn(text).filter((n) => !shares.has(n)),
    clocks: clockTimesIn(text),
    days: daysIn(text),
  };
}

/** Whether every value a clause's count allows is one the claim's allows ("nine" for "under ten"). */
const within = (claim: Count, given: Count): boolean => given.low >= claim.low && given.high <= claim.high;
/** Whether a clause's count and the claim's allow a value in common ("at least two" and "four"). */
const overlap = (claim: Count, given: Count): boolean => given.low <= claim.high && given.high >= claim.low;

/** Whether a claim states a count, a number, a time of day or a day. */
export const statesValue = (claim: Values): boolean =>
  claim.counts.length > 0 || claim.bare.length > 0 || claim.clocks.length > 0 || claim.days.length > 0;

/**
 * Whether two counts count one kind of thing: the same unit, people either way ("four people"
 * and "three men", "two suspects"), or spans of time ("19 days" and "a month").
 */
const sameKind = (a: Count, b: Count): boolean =>
  a.unit === b.unit || (countsPeople(a) && countsPeople(b)) || (DAYS.has(a.unit) && DAYS.has(b.unit));

/** Whether a clause counts something the claim counts: then the value is what it says of the claim. */
export const countsSame = (claim: Values, clause: Values): boolean =>
  claim.counts.some((a) => clause.counts.some((g) => sameKind(a, g)));

/**
 * Two counts of one unit with no value in common: "around 290,000 patients" against "310,000
 * patients"; where neither names what it counts, two numbers ("the man who died was 84" against
 * "was 81"); or two times of day ("at 8.14am" against "at 8:21 a.m.").
 */
export function otherValue(claim: Values, clause: Values): boolean {
  const differ = (a: readonly number[], b: readonly number[]) =>
    a.length > 0 && b.length > 0 && !a.some((x) => b.includes(x));
  return (
    claim.counts.some(
      (a) =>
        clause.counts.some((g) => sameKind(a, g)) &&
        !clause.counts.some((g) => sameKind(a, g) && overlap(a, g)),
    ) ||
    differ(claim.bare, clause.bare) ||
    differ(claim.clocks, clause.clocks) ||
    differ(claim.days.filter(isWeekday), clause.days.filter(isWeekday)) ||
    differ(claim.days.filter(isDate), clause.days.filter(isDate))
  );
}

/** Whether a clause gives one of the values a claim states, as a count, a number or a time. */
export function sameValue(claim: Values, clause: Values): boolean {
  const values = new Set([...clause.counts.map((g) => g.value), ...clause.bare]);
  return (
    claim.counts.some((a) => clause.counts.some((g) => sameKind(a, g) && within(a, g))) ||
    claim.bare.some((n) => values.has(n)) ||
    claim.clocks.some((t) => clause.clocks.includes(t)) ||
    claim.days.some((d) => clause.days.includes(d))
  );
}
