import { clockTimesIn } from '../language/clock.ts';
import { bareNumbersIn, quantitiesIn } from '../language/numbers.ts';

// The values a checked claim states (counts, numbers, times of day) against those a sentence
// gives: another value of the same kind contradicts it, the same value bears it out.

/** Whether a claim states a count, a number or a time of day. */
export function statesValue(claim: string): boolean {
  return quantitiesIn(claim).length > 0 || bareNumbersIn(claim).length > 0 || clockTimesIn(claim).length > 0;
}

/**
 * Two counts of one unit with no value in common: "around 290,000 patients" against "310,000
 * patients"; where neither names what it counts, two numbers ("the man who died was 84" against
 * "was 81"); or two times of day ("at 8.14am" against "at 8:21 a.m.").
 */
export function otherValue(claim: string, clause: string): boolean {
  const asked = quantitiesIn(claim);
  const given = quantitiesIn(clause);
  const [bareAsked, bareGiven] = [bareNumbersIn(claim), bareNumbersIn(clause)];
  const [clockAsked, clockGiven] = [clockTimesIn(claim), clockTimesIn(clause)];
  const differ = (a: readonly number[], b: readonly number[]) =>
    a.length > 0 && b.length > 0 && !a.some((x) => b.includes(x));
  return (
    asked.some(
      (a) =>
        given.some((g) => g.unit === a.unit) && !given.some((g) => g.unit === a.unit && g.value === a.value),
    ) ||
    differ(bareAsked, bareGiven) ||
    differ(clockAsked, clockGiven)
  );
}

/** Whether a clause gives one of the values a claim states, as a count, a number or a time. */
export function sameValue(claim: string, clause: string): boolean {
  const given = quantitiesIn(clause);
  const values = new Set([...given.map((g) => g.value), ...bareNumbersIn(clause)]);
  const clocks = clockTimesIn(clause);
  return (
    quantitiesIn(claim).some((a) => given.some((g) => g.unit === a.unit && g.value === a.value)) ||
    bareNumbersIn(claim).some((n) => values.has(n)) ||
    clockTimesIn(claim).some((t) => clocks.includes(t))
  );
}
