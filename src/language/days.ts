// The days a text names, as a claim and a sentence each write them: a weekday ("on a Thursday")
// or a day of a month ("May 21", "20 May"), for check to set one against the other.
// Names of days and months are capitalised in English: "may" is a verb, "May 21" a day.
/** The days of the week, Monday first, as written. */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);
const MONTH = `(${MONTHS.join('|')}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?`;
const WEEKDAY = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'gu');
const DAY_OF_MONTH = new RegExp(
  `\\b${MONTH}\\s+(\\d{1,2})(?!\\d|:)|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?!\\p{L})`,
  'gu',
);
const monthOf = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.slice(0, 3))) + 1;
export const isWeekday = (day: number) => day < 7;
export const isDate = (day: number) => day >= 100;
/** The days a text names: weekdays 0 (Monday) to 6, days of a month as month × 100 + day. */
export function daysIn(text: string): number[] {
  const weekdays = [...text.matchAll(WEEKDAY)].map((m) => WEEKDAYS.indexOf(m[1] ?? ''));
  const dates = [...text.matchAll(DAY_OF_MONTH)].map((m) =>
    m[1] ? monthOf(m[1]) * 100 + Number(m[2]) : monthOf(m[4] ?? '') * 100 + Number(m[3]),
  );
  return [...weekdays, ...dates];
}
