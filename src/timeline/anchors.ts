import { holdsClause } from '../language/tense.ts';
import { addDays, iso, mondayOf, monthStart, type Precision, utc } from './periods.ts';
import type { TimeRef } from './time-ref.ts';

// Times counted from another event rather than from publication: "the next day", "two days
// later", "the previous week" count from the event of the sentence before (or earlier in the
// same sentence: "loaded on November 18 and handed over two days later"); "weeks after the US
// said …" dates the clause after "after", some weeks before the event the sentence reports, and
// so does a count before a clause ("The denial came a day after the White House said …": the day
// before the denial); before a noun ("two days after the explosion") it counts from that event.

type Unit = 'day' | 'week' | 'month';

/** A time expression counted from an anchor: `amount` units later (negative: earlier). */
export interface Counted {
  readonly text: string;
  readonly index: number;
  readonly amount: number;
  readonly unit: Unit;
  /** "weeks after <clause>": the clause happened that long before the sentence's own event. */
  readonly datesClauseAfter: boolean;
  /** "weeks after", "days after": how long only roughly, so the period is coarser. */
  readonly rough: boolean;
  /** "two days after the explosion": counted from an event the sentence names, not one before it. */
  readonly fromNamedEvent: boolean;
}

const NUMBERS: Readonly<Record<string, number>> = Object.fromEntries(
  'a one two three four five six seven eight nine ten eleven twelve'.split(' ').map((w, i) => [w, i || 1]),
);
const NUM = `(\\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const UNIT = '(day|week|month|morning|afternoon|evening|night)s?';
const END = '(?=\\s*(?:[,.;:!?)–—]|$|and\\b|but\\b))';
const PATTERNS: readonly { re: RegExp; sign: number; counted?: true; after?: true; named?: true }[] = [
  { re: new RegExp(`\\bthe\\s+(?:next|following)\\s+${UNIT}`, 'giu'), sign: 1 },
  { re: new RegExp(`\\b${NUM}\\s+${UNIT}\\s+(?:later|afterwards|on)\\b`, 'giu'), sign: 1, counted: true },
  {
    re: /\b(?:(?:hours|minutes)\s+later|later\s+that\s+(day|night|morning|afternoon|evening)|(?:that|the)\s+same\s+(day))\b/giu,
    sign: 0,
  },
  {
    re: new RegExp(`\\bthe\\s+(?:previous|preceding)\\s+${UNIT}|\\bthe\\s+${UNIT}\\s+before${END}`, 'giu'),
    sign: -1,
  },
  { re: new RegExp(`\\b${NUM}\\s+${UNIT}\\s+(?:earlier|before)${END}`, 'giu'), sign: -1, counted: true },
  {
    re: new RegExp(`\\b${NUM}\\s+(day|week|month|hour)s?\\s+after\\b`, 'giu'),
    sign: 1,
    counted: true,
    named: true,
  },
  {
    re: /(?<!\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|few|several)\s+)\b(days|weeks|months)\s+after\b/giu,
    sign: -1,
    after: true,
  },
];

const UNIT_WORD = /day|week|month|morning|afternoon|evening|night|hour|minute/iu;
// "Symptoms can appear up to 70 days after eating", "within two days of": a bound on how long,
// not a time counted from an event.
const BOUND_BEFORE =
  /\b(?:up to|within|as (?:many|much|long) as|at (?:least|most)|(?:no )?more than|less than|for)\s+$/iu;

const unitOf = (word: string): Unit =>
  /^week/iu.test(word) ? 'week' : /^month/iu.test(word) ? 'month' : 'day';

/** The expressions of `text` that count from another event, in text order. */
export function countedTimes(text: string): Counted[] {
  const found: Counted[] = [];
  // Every pattern names a unit: most sentences name none, and need not be searched.
  if (!UNIT_WORD.test(text)) return found;
  for (const { re, sign, counted, after, named } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      if (BOUND_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
      const groups = m.slice(1).filter((g): g is string => g !== undefined);
      const n = counted ? (NUMBERS[(groups[0] ?? '').toLowerCase()] ?? Number(groups[0])) : 1;
      const unitWord = (counted ? groups[1] : groups[0]) ?? 'day';
      const unit = unitOf(unitWord);
      // "hours later", "that same day", "15 hours after": the same day as the anchor.
      const sameDay = sign === 0 || /^hour/iu.test(unitWord);
      // "weeks after": two of them, roughly; "days after", three; "months after", two.
      const rough = after
        ? unit === 'week'
          ? { amount: -14, unit: 'day' as const }
          : { amount: unit === 'day' ? -3 : -2, unit }
        : undefined;
      // "a day after the White House said …": what follows is a clause, dated before the sentence's event.
      const beforeClause =
        named === true && holdsClause(text.slice(m.index + m[0].length).split(/[,.;:]/u)[0] ?? '');
      found.push({
        text: m[0],
        index: m.index,
        amount: rough?.amount ?? (sameDay ? 0 : beforeClause ? -n : sign * n),
        unit: rough?.unit ?? unit,
        datesClauseAfter: after === true || beforeClause,
        rough: after === true,
        fromNamedEvent: named === true && !beforeClause,
      });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

const coarseness: Record<Precision, number> = { day: 0, week: 1, month: 2, season: 3, year: 4 };

/** The time a counted expression names, from the time of its anchor event. */
export function fromAnchor(anchor: TimeRef, counted: Counted): TimeRef {
  const shifted =
    counted.unit === 'month'
      ? monthStart(anchor.start, counted.amount)
      : addDays(anchor.start, counted.amount * (counted.unit === 'week' ? 7 : 1));
  // "weeks after" says how long only roughly: the month; "days after", the week.
  const own: Precision = counted.rough
    ? counted.unit === 'day' && counted.amount > -7
      ? 'week'
      : 'month'
    : counted.unit;
  const precision = coarseness[anchor.precision] > coarseness[own] ? anchor.precision : own;
  const start =
    precision === 'week'
      ? iso(mondayOf(utc(shifted)))
      : precision === 'month'
        ? monthStart(shifted)
        : precision === 'day'
          ? shifted
          : anchor.start;
  return { start, precision, text: counted.text, index: counted.index };
}
