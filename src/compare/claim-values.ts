import { clockTimesIn } from '../language/clock.ts';
import { bareNumbersIn, type Quantity, quantitiesIn } from '../language/numbers.ts';

// The values a checked claim states (counts, numbers, times of day) against those a sentence
// gives: another value of the same kind contradicts it, the same value bears it out.

/** The values of a text: counts of something, bare numbers, times of day (read once per text). */
export interface Values {
  readonly counts: readonly Quantity[];
  readonly bare: readonly number[];
  readonly clocks: readonly number[];
}

export function valuesIn(text: string): Values {
  return { counts: quantitiesIn(text), bare: bareNumbersIn(text), clocks: clockTimesIn(text) };
}

/** Whether a claim states a count, a number or a time of day. */
export const statesValue = (claim: Values): boolean =>
  claim.counts.length > 0 || claim.bare.length > 0 || claim.clocks.length > 0;

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
        clause.counts.some((g) => g.unit === a.unit) &&
        !clause.counts.some((g) => g.unit === a.unit && g.value === a.value),
    ) ||
    differ(claim.bare, clause.bare) ||
    differ(claim.clocks, clause.clocks)
  );
}

/** Whether a clause gives one of the values a claim states, as a count, a number or a time. */
export function sameValue(claim: Values, clause: Values): boolean {
  const values = new Set([...clause.counts.map((g) => g.value), ...clause.bare]);
  return (
    claim.counts.some((a) => clause.counts.some((g) => g.unit === a.unit && g.value === a.value)) ||
    claim.bare.some((n) => values.has(n)) ||
    claim.clocks.some((t) => clause.clocks.includes(t))
  );
}
