import * as chrono from 'chrono-node';

export type Precision = 'day' | 'week' | 'month' | 'year';
export type Part = 'early' | 'mid' | 'late';

/** A time expression of a sentence, resolved against the article's publication date. */
export interface TimeRef {
  /** First day the expression can mean, YYYY-MM-DD (a week starts on its Monday). */
  readonly start: string;
  readonly precision: Precision;
  readonly part?: Part | undefined;
  /** The words of the text, e.g. "on Wednesday". */
  readonly text: string;
  readonly index: number;
}

const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Expressions chrono finds that name no time of an event ("the now eight-month war").
const NOT_EVENT_TIME = /^(?:now|today|tonight|this|right now|at the moment)$/iu;
// chrono reads a year only with a month or day; news often gives the year alone.
const BARE_YEAR = /\b(?:in|since|by|during|until|of|from)\s+((?:19|20)\d{2})\b(?![-–/]\d)/giu;
const RECENT_DAYS = /\b(?:in|over|during) (?:the )?(?:recent|past|last few) days\b/iu;

const iso = (date: Date) => date.toISOString().slice(0, 10);
const utc = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`);

export function mondayOf(date: Date): Date {
  return new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * DAY);
}

function partBefore(text: string, index: number): Part | undefined {
  const before = text.slice(Math.max(0, index - 12), index).toLowerCase();
  const match = /\b(early|mid|late)[\s-]*(?:in\s+)?$/u.exec(before);
  return match?.[1] as Part | undefined;
}

/**
 * Finds the time expressions of `text` and resolves them for a news article published on
 * `published`. News speaks of the past: a bare weekday or month is the latest one on or before
 * publication (chrono picks the closest, which can be ahead); "last week" is a week, not a day.
 */
export function findTimes(text: string, published: string): TimeRef[] {
  const reference = utc(published);
  const found: TimeRef[] = [];
  for (const result of chrono.parse(text, { instant: reference, timezone: 'UTC' })) {
    const words = result.text.replace(/[,.]+$/u, '').trim();
    if (NOT_EVENT_TIME.test(words)) continue;
    const start = result.start;
    let date = new Date(
      Date.UTC(start.get('year') ?? 0, (start.get('month') ?? 1) - 1, start.get('day') ?? 1, 12),
    );
    let precision: Precision;
    if (/\bweek\b/iu.test(words)) {
      precision = 'week';
      date = mondayOf(date);
    } else if (start.isCertain('day') || start.isCertain('weekday')) {
      precision = 'day';
      if (!start.isCertain('year') && date > reference) date = new Date(date.getTime() - 7 * DAY);
    } else if (start.isCertain('month')) {
      precision = 'month';
      date = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1, 12));
      if (!start.isCertain('year') && date > reference) date.setUTCFullYear(date.getUTCFullYear() - 1);
    } else if (start.isCertain('year')) {
      precision = 'year';
      date = new Date(Date.UTC(date.getUTCFullYear(), 0, 1, 12));
    } else continue;
    // News reports the past; what would fall after publication is a misreading ("a day after").
    if (iso(date) > published) continue;
    const part = precision === 'month' ? partBefore(text, result.index) : undefined;
    found.push({ start: iso(date), precision, part, text: words, index: result.index });
  }
  for (const match of text.matchAll(BARE_YEAR)) {
    const year = match[1] ?? '';
    const index = match.index + match[0].length - year.length;
    const covered = found.some((f) => index >= f.index && index < f.index + f.text.length);
    if (!covered && `${year}-01-01` <= published)
      found.push({ start: `${year}-01-01`, precision: 'year', text: year, index });
  }
  const recent = RECENT_DAYS.exec(text);
  if (recent) {
    found.push({
      start: iso(mondayOf(new Date(reference.getTime() - 3 * DAY))),
      precision: 'week',
      text: recent[0],
      index: recent.index,
    });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The date as JSON gives it: only as long as the precision allows; a week as its Monday. */
export function dateKey(ref: Pick<TimeRef, 'start' | 'precision'>): string {
  if (ref.precision === 'year') return ref.start.slice(0, 4);
  if (ref.precision === 'month') return ref.start.slice(0, 7);
  return ref.start;
}

/** "21 Sep 2022", "week of 31 Oct 2022", "early Sep 2022", "Sep 2022", "2022". */
export function dateLabel(ref: Pick<TimeRef, 'start' | 'precision' | 'part'>): string {
  const [year, month, day] = ref.start.split('-').map(Number);
  const monthName = `${MONTHS[(month ?? 1) - 1]} ${year}`;
  if (ref.precision === 'year') return String(year);
  if (ref.precision === 'month') return ref.part ? `${ref.part} ${monthName}` : monthName;
  if (ref.precision === 'week') return `week of ${day} ${monthName}`;
  return `${day} ${monthName}`;
}

/** Sort key: where the period sits in time. A coarse period sorts by its first day, an "early/mid/late" part by its third. */
export function sortKey(ref: Pick<TimeRef, 'start' | 'precision' | 'part'>): number {
  const offset = ref.part === 'mid' ? 10 : ref.part === 'late' ? 20 : 0;
  return utc(ref.start).getTime() + offset * DAY;
}

/** The first and last day (YYYY-MM-DD) a period covers; "early" is days 1-10, "mid" 11-20. */
export function periodOf(
  ref: Pick<TimeRef, 'start' | 'precision'> & { part?: Part | undefined },
): [string, string] {
  const start = utc(ref.start);
  if (ref.precision === 'day') return [iso(start), iso(start)];
  if (ref.precision === 'week') return [iso(start), iso(new Date(start.getTime() + 6 * DAY))];
  if (ref.precision === 'year') return [iso(start), `${ref.start.slice(0, 4)}-12-31`];
  const monthEnd = iso(new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0, 12)));
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

/** Whether YYYY-MM-DD names a real calendar day (not 2022-02-30). */
export function isCalendarDate(isoDate: string): boolean {
  const date = new Date(`${isoDate}T12:00:00Z`);
  return !Number.isNaN(date.getTime()) && iso(date) === isoDate;
}
