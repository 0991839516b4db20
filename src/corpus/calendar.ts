/** Whether YYYY-MM-DD names a real calendar day (not 2022-02-30): the manifest's dates, and /timeline's. */
export function isCalendarDate(isoDate: string): boolean {
  const date = new Date(`${isoDate}T12:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === isoDate;
}
