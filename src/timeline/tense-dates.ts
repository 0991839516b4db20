import type { Tense } from '../language/tense.ts';
import { addDays, utc } from './periods.ts';

/** The weekday `weekday` (0 Sunday) on or before publication, or for what is to come after it. */
export function weekdayFrom(published: string, weekday: number, tense: Tense): string {
  const day = utc(published).getUTCDay();
  if (tense === 'future') return addDays(published, (weekday - day + 7) % 7 || 7);
  return addDays(published, -((day - weekday + 7) % 7));
}

/** The same month and day in the year that puts it on the side of publication the tense asks for. */
export function yearFor(date: string, published: string, tense: Tense): string {
  const year = Number(date.slice(0, 4));
  const shift = tense === 'past' && date > published ? -1 : tense === 'future' && date < published ? 1 : 0;
  return `${year + shift}${date.slice(4)}`;
}

/**
 * A date given with its weekday and no year ("Saturday, August 15"): the year, next to
 * publication's, in which that day is that weekday, the one the tense points to first.
 */
export function yearOfWeekday(
  date: string,
  weekday: number,
  published: string,
  tense: Tense | undefined,
): string {
  const byTense = tense ? yearFor(date, published, tense) : date;
  const year = Number(published.slice(0, 4));
  const candidates = [byTense, ...[year, year + 1, year - 1].map((y) => `${y}${date.slice(4)}`)];
  return candidates.find((d) => utc(d).getUTCDay() === weekday) ?? byTense;
}
