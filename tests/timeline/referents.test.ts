import { describe, expect, it } from 'vitest';
import { rewordingTerms } from '../../src/timeline/event-clauses.ts';
import { ANAPHORIC, inYearOf, referentTime, toldOf as told } from '../../src/timeline/referents.ts';
import type { TimeRef } from '../../src/timeline/time-ref.ts';

const day = (start: string): TimeRef => ({ start, precision: 'day', text: start, index: 0 });
const NEWS = day('2022-12-23');
const before = [
  told('North Korea on Friday denied the accusation.', NEWS),
  told('"We never sold arms," the ministry said in a statement.', undefined),
  told('Two days later, investigators searched the offices.', day('2024-10-18')),
  told('The United States said on Thursday that a train had crossed.', day('2022-12-22')),
];

describe('what a sentence opening on a definite noun refers back to', () => {
  // [sentence, the time of the event it refers to]
  it.each([
    // The noun, or its verb ("denial" → "denied"), in the last sentence that names it.
    ['The denial came a day after the White House said so.', '2022-12-23'],
    ['The search came weeks after the council refused.', '2024-10-18'],
    // A sentence that names it but gives no time: the article's news.
    ['The statement came a day after the army said so.', '2022-12-23'],
    // No such opening, or nothing told names it: no referent ("United States" is no "stated").
    ['The denial was a surprise.', undefined],
    ['The shipment came a week after the talks ended.', undefined],
  ])('%s → %s', (text, date) => expect(referentTime(text, before, rewordingTerms(), NEWS)?.start).toBe(date));
});

describe('a month or day of "that year": the year the text last named', () => {
  const ANCHOR: TimeRef = { start: '2022-09-01', precision: 'month', text: 'September 2022', index: 0 };
  // [sentence, the time's words in it, as the calendar before publication reads it, dated]
  it.each([
    ['In November that year it repeated the denial.', 'November', '2025-11-01', '2022-11-01'],
    ['Later that year, in June, it was moved.', 'June', '2025-06-01', '2022-06-01'],
    ['On 3 May the same year the panel met.', '3 May', '2026-05-03', '2022-05-03'],
    // A month of its own year stays where the calendar puts it.
    ['In November it repeated the denial.', 'November', '2025-11-01', '2025-11-01'],
  ])('%s → %s', (text, words, start, dated) => {
    const time: TimeRef = { start, precision: 'month', text: words, index: text.indexOf(words) };
    expect(inYearOf(time, text, ANCHOR).start).toBe(dated);
  });
});

describe('a time that only points back ("at the time", "later")', () => {
  it.each([
    ['At the time, the company had 19 vacancies.', 'At the time'],
    ['Weeks later the depot was sold.', 'later'],
    // "At the time of the collapse" names its own occasion.
    ['At the time of the collapse the company had 19 vacancies.', undefined],
  ])('%s → %s', (text, found) => expect(ANAPHORIC.exec(text)?.[0]).toBe(found));
});
