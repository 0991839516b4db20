import { numberValue } from './number-words.ts';
import { quantitiesIn } from './numbers.ts';
import { afterMonth, CLOCK, isYear } from './time-numbers.ts';

/**
 * The numbers of a text that count nothing named ("the man who died was 81"): no year, no time
 * of day, no day of a month, none a count of `quantitiesIn` holds.
 */
export function bareNumbersIn(text: string): number[] {
  const counted = quantitiesIn(text);
  const out: number[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\d.,:])\d+(?:[.,]\d+)?(?![\p{L}\d]|[:.]\d)/gu)) {
    const start = m.index;
    const value = numberValue(m[0]);
    if (value === undefined || isYear(m[0]) || counted.some((q) => start >= q.start && start < q.end))
      continue;
    if (CLOCK.test(text.slice(start + m[0].length)) || afterMonth(text, start)) continue;
    out.push(value);
  }
  return out;
}
