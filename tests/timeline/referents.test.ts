import { describe, expect, it } from 'vitest';
import type { TimeRef } from '../../src/timeline/dates.ts';
import { rewordingTerms } from '../../src/timeline/event-clauses.ts';
import { referentTime, toldOf as told } from '../../src/timeline/referents.ts';

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
