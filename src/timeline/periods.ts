import { WEEKDAYS } from '../language/days.ts';

/** How long a period a date names: a day, a week (from its Monday), a month, a season or a year. */
export type Precision = 'day' | 'week' | 'month' | 'season' | 'year';
export type Part = 'early' | 'mid' | 'late';

/** A period as the timeline keeps it: its first day and how long it is. */
export interface Period {
  /** First day the period covers, YYYY-MM-DD (a week starts on its Monday). */
  readonly start: string;
  readonly precision: Precision;
  readonly part?: Part | undefined;
}

export const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Seasons as the northern hemisphere counts them, by the month each starts in.
export const SEASONS: Readonly<Record<string, number>> = {
  spring: 2,
  summer: 5,
  autumn: 8,
  fall: 8,
  winter: 11,
};
const SEASON_NAMES = ['spring', 'summer', 'autumn', 'winter'];

export const iso = (date: Date) => date.toISOString().slice(0, 10);
export const utc = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`);
export const addDays = (isoDate: string, days: number) => iso(new Date(utc(isoDate).getTime() + days * DAY));

export function mondayOf(date: Date): Date {
  return new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * DAY);
}

/** The first day of the month `months` after the one `isoDate` falls in. */
export function monthStart(isoDate: string, months = 0): string {
  const date = utc(isoDate);
  return iso(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1, 12)));
}

/** The date as JSON gives it: only as long as the precision allows; a week as its Monday. */
export function dateKey(ref: Period): string {
  if (ref.precision === 'year') return ref.start.slice(0, 4);
  if (ref.precision === 'month' || ref.precision === 'season') return ref.start.slice(0, 7);
  return ref.start;
}

/** "21 Sep 2022", "week of 31 Oct 2022", "early Sep 2022", "Sep 2022", "spring 2026", "2022". */
export function dateLabel(ref: Period): string {
  const [year, month, day] = ref.start.split('-').map(Number);
  const monthName = `${MONTHS[(month ?? 1) - 1]} ${year}`;
  if (ref.precision === 'year') return String(year);
  if (ref.precision === 'season') return `${SEASON_NAMES[Math.floor((((month ?? 1) + 9) % 12) / 3)]} ${year}`;
  if (ref.precision === 'month') return ref.part ? `${ref.part} ${monthName}` : monthName;
  if (ref.precision === 'week') return `week of ${day} ${monthName}`;
  return `${day} ${monthName}`;
}

/** Sort key: where the period sits in time. A coarse period sorts by its first day, an "early/mid/late" part by its third. */
export function sortKey(ref: Period): number {
  const offset = ref.part === 'mid' ? 10 : ref.part === 'late' ? 20 : 0;
  return utc(ref.start).getTime() + offset * DAY;
}

/** The first and last day (YYYY-MM-DD) a period covers; "early" is days 1-10, "mid" 11-20. */
export function periodOf(ref: Period): [string, string] {
  const start = utc(ref.start);
  if (ref.precision === 'day') return [iso(start), iso(start)];
  if (ref.precision === 'week') return [iso(start), addDays(ref.start, 6)];
  if (ref.precision === 'year') return [iso(start), `${ref.start.slice(0, 4)}-12-31`];
  if (ref.precision === 'season') return [iso(start), addDays(monthStart(ref.start, 3), -1)];
  const monthEnd = addDays(monthStart(ref.start, 1), -1);
  const month = ref.start.slice(0, 8);
  if (ref.part === 'early') return [`${month}01`, `${month}10`];
  if (ref.part === 'mid') return [`${month}11`, `${month}20`];
  if (ref.part === 'late') return [`${month}21`, monthEnd];
  return [iso(start), monthEnd];
}

/** Whether two periods share at least one day. */
export function overlaps(a: readonly [string, string], b: readonly [string, string]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/** A bound written YYYY, YYYY-MM or YYYY-MM-DD, as the period it names. */
export function boundPeriod(bound: string): [string, string] {
  const [year = '1970', month, day] = bound.split('-');
  const precision: Precision = day ? 'day' : month ? 'month' : 'year';
  return periodOf({ start: `${year}-${month ?? '01'}-${day ?? '01'}`, precision });
}

export { isCalendarDate } from '../corpus/calendar.ts';

const WEEK_SHIFT: Readonly<Record<string, number>> = { this: 0, last: -7, next: 7 };
const NAMED_WEEK = new RegExp(`\\b(?:(${WEEKDAYS.join('|')})\\s+)?(this|last|next)\\s+week$`, 'iu');

/**
 * "this week", "last week", "Thursday this week", "on Monday last week": the week counted from
 * publication's, or that day of it.
 */
export function namedWeek(words: string, published: string): Period | undefined {
  const named = NAMED_WEEK.exec(words);
  if (!named) return undefined;
  const monday = addDays(iso(mondayOf(utc(published))), WEEK_SHIFT[named[2]?.toLowerCase() ?? ''] ?? 0);
  const weekday = WEEKDAYS.findIndex((d) => d.toLowerCase() === named[1]?.toLowerCase());
  return weekday >= 0
    ? { start: addDays(monday, weekday), precision: 'day' }
    : { start: monday, precision: 'week' };
}
