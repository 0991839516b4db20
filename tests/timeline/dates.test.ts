import { describe, expect, it } from 'vitest';
import { boundPeriod, dateKey, dateLabel, findTimes, periodOf } from '../../src/timeline/dates.ts';

// [sentence, publication date, expected labels in order]
const _ = (text: string, published: string, expected: string[]) =>
  it(`${text} (published ${published})`, () =>
    expect(findTimes(text, published).map(dateLabel)).toEqual(expected));

describe('findTimes resolves news time expressions against the publication date', () => {
  _('The ministry said on Wednesday that it never sold arms.', '2022-09-22', ['21 Sep 2022']);
  // A bare weekday that is the publication day itself means that day, not a week earlier.
  _('North Korea said on Tuesday that the claims were baseless.', '2022-11-08', ['8 Nov 2022']);
  // chrono would pick the coming Wednesday; news means the last one.
  _('Kirby told reporters on Wednesday.', '2022-11-08', ['2 Nov 2022']);
  _('A series of tests last week alarmed Seoul.', '2022-11-08', ['week of 31 Oct 2022']);
  // "Last week" across a month boundary is the week, starting on its Monday.
  _('Officials met last week in the capital.', '2022-03-02', ['week of 21 Feb 2022']);
  // "This week" is publication's week; a weekday of this, last or next week is that day.
  _('The union met this week.', '2026-06-05', ['week of 1 Jun 2026']);
  _('By Thursday this week, 38 ships were at anchor.', '2026-06-05', ['4 Jun 2026']);
  _('The union met on Monday last week.', '2026-06-05', ['25 May 2026']);
  _('The union will meet on Tuesday next week.', '2026-06-05', ['9 Jun 2026']);
  // A weekend no article or preposition sets in time only qualifies a noun.
  _('The employers dropped a plan for 12-hour weekend shifts.', '2026-06-06', []);
  _('The union met at the weekend.', '2026-06-06', ['6 Jun 2026']);
  _('In early November, Washington accused the North.', '2022-11-08', ['early Nov 2022']);
  _('In mid-July the talks stalled.', '2022-09-22', ['mid Jul 2022']);
  _('By late March the stocks were depleted.', '2022-09-22', ['late Mar 2022']);
  _('Moscow invaded Ukraine in February.', '2022-09-22', ['Feb 2022']);
  // A month without a year across the year boundary is last year's.
  _('The drills began in December.', '2023-01-10', ['Dec 2022']);
  _('Missiles were launched in recent days.', '2022-11-08', ['week of 31 Oct 2022']);
  _('The war began in 2014.', '2022-09-22', ['2014']);
  _('The now eight-month war goes on.', '2022-11-08', []);
  _('The sanctions have been in place for years.', '2022-11-08', []);
  // A wire dateline dates the report, not the news it opens.
  _('CORROWBY, England, March 11 (MPA) - A cheesemaker has recalled its range.', '2026-03-11', []);
  _('SEOUL, Nov 8 (Reuters) - North Korea said on Monday it never sold arms.', '2022-11-08', ['7 Nov 2022']);
  // A stretch too vague to date an event.
  _('Anyone who gets a fever in the next weeks must see a doctor.', '2026-03-11', []);
  _('Prices will rise over the coming months.', '2026-03-11', []);
  // A window counted from publication, and chrono's "weekday", date nothing.
  _('There had been no faults on the signal in the past 12 months.', '2025-06-04', []);
  _('The line carries 22,000 passengers on a typical weekday and stayed shut on Wednesday.', '2025-06-04', [
    '4 Jun 2025',
  ]);
  // The first date of a pair takes the year of the second, the year before across the new year.
  _('The talks ran between 2 December and 5 January 2026.', '2026-03-11', ['2 Dec 2025', '5 Jan 2026']);
  _('The trial ran from 2 February to 5 February 2024.', '2026-03-11', ['2 Feb 2024']);
  _('Cheeses sold between 2 April and 28 April 2024 were recalled.', '2026-03-11', [
    '2 Apr 2024',
    '28 Apr 2024',
  ]);
});

describe('findTimes resolves what is planned forward, what happened backward', () => {
  _('The inquiry will open public hearings in July.', '2025-06-20', ['Jul 2025']);
  _('The inquiry is due to report by the end of November.', '2025-06-11', ['late Nov 2025']);
  // "Before December" is a deadline: by the end of November.
  _('Her final report is expected before December.', '2025-06-20', ['late Nov 2025']);
  _('A United Nations team is due to report by the end of January.', '2022-12-14', ['late Jan 2023']);
  _('These are expected next week.', '2025-06-12', ['week of 16 Jun 2025']);
  _('A memorial service will be held on Sunday, 29 June.', '2025-06-20', ['29 Jun 2025']);
  _('They are to open again on Monday, the city announced.', '2025-06-12', ['16 Jun 2025']);
  _('The lines are expected to reopen in the spring.', '2025-06-11', ['spring 2026']);
  // A season with its year is that year's, whatever the tense.
  _('The office expects to publish its full report in spring 2026.', '2025-06-09', ['spring 2026']);
  // "will stay closed until at least Sunday": the participle is part of the future group.
  _('The line will stay closed until at least Sunday, the operator said.', '2025-06-04', ['8 Jun 2025']);
  _('The line stayed closed until Sunday.', '2025-06-04', ['1 Jun 2025']);
  _('The drills last winter were larger.', '2025-01-20', ['winter 2024']);
  _('The work will be finished in 2027.', '2025-06-20', ['2027']);
  _('The district wants to brief the council in its next session on 5 March.', '2026-02-16', ['5 Mar 2026']);
  _('A panel was expected to examine the claims in its next report, due in March.', '2022-12-23', [
    'Mar 2023',
  ]);
  // The same words in the past tense stay in the past.
  _('The hearings opened in July.', '2025-06-20', ['Jul 2024']);
  // A duration, a relative count and a month inside a name are no dates of their own.
  _('Crews would stay on the site for several days.', '2025-06-11', []);
  _('The cargo was handed over two days later.', '2023-01-20', []);
  _('Ri Chol-jun, vice director of the department, dismissed the report.', '2023-01-20', []);
  // A window from publication, and a count of months before another event, date nothing.
  _('Every buyer would be refunded within 14 days.', '2026-06-05', []);
  _('Officers arrived within nine minutes of the alarm.', '2026-05-12', []);
  _('She advised organisers to apply at least six months before an event.', '2026-06-10', []);
  // "Might", "should": what may still come.
  _('She warned that an appeal might not be heard before August.', '2026-06-03', ['late Jul 2026']);
});

describe('findTimes reads the days a story names for itself', () => {
  // "This August" is the year of publication's, whatever the tense of its clause.
  _('The trust had planned to admit 18,000 people a day this August.', '2026-06-10', ['Aug 2026']);
  // A weekday given with its date fixes the year, whatever the tense.
  _('The council proposed a one-day walk on Saturday, August 15.', '2026-06-16', ['15 Aug 2026']);
  // The first day of a range takes the month the range ends in.
  _('The festival was due to run from Friday 14 to Sunday 16 August.', '2026-06-03', ['14 Aug 2026']);
  // A weekday with "the" is a day of the event told, not counted from publication; so is "of the
  // weekend".
  _('The lantern launch on the Saturday night draws the biggest crowd of the weekend.', '2026-06-03', []);
  _('Appointments were cancelled on the Monday and Tuesday after the attack.', '2026-02-16', []);
});

describe('date forms', () => {
  it('gives JSON dates only as long as the precision allows', () => {
    expect(
      findTimes('in July, and on Monday, and last week, and in 2021', '2022-11-08').map(dateKey),
    ).toEqual(['2022-07', '2022-11-07', '2022-10-31', '2021']);
  });

  it('knows the days a period covers and what a bound names', () => {
    expect(periodOf({ start: '2022-02-01', precision: 'month' })).toEqual(['2022-02-01', '2022-02-28']);
    expect(periodOf({ start: '2022-10-31', precision: 'week' })).toEqual(['2022-10-31', '2022-11-06']);
    expect(boundPeriod('2022')).toEqual(['2022-01-01', '2022-12-31']);
    expect(boundPeriod('2022-11-07')).toEqual(['2022-11-07', '2022-11-07']);
  });
});
