import { terms } from '../language/text.ts';
import type { TimeRef } from './time-ref.ts';

// Times and sentences that refer back to an event told before: "at the time", "later", "the
// denial came a day after …".

// "The denial came a day after …", "The search came weeks after …": a sentence that opens on a
// definite noun and "came" or "followed" tells when an event told before happened, counting from
// it. That event is the last sentence's that names it (the noun, or its verb: "denied",
// "searched"); when that sentence gives no time, it is the article's news, dated by the lead.
const OPENS = /^(?:The|This|That)\s+(\p{Ll}+)\s+(?:came|comes|followed|follows)\b/u;

/** A sentence told before: its terms, and the time of its own event when the text gives one. */
export interface Told {
  readonly terms: ReadonlySet<string>;
  readonly time: TimeRef | undefined;
}

/** A sentence as told: words in lower case tell what happened; a name ("United States") is no "stated". */
export const toldOf = (text: string, time: TimeRef | undefined): Told => ({
  terms: new Set(terms(text.replace(/\p{Lu}[\p{L}’'-]*/gu, ' '))),
  time,
});

/** The time of the event a sentence's opening noun refers back to, if it opens on one. */
export function referentTime(
  text: string,
  told: readonly Told[],
  reword: (word: string) => readonly string[],
  news: TimeRef,
): TimeRef | undefined {
  const noun = OPENS.exec(text)?.[1];
  if (!noun) return undefined;
  const forms = [...terms(noun), ...reword(noun)].filter((t) => !t.startsWith('@'));
  const named = told.findLast((t) => forms.some((f) => t.terms.has(f)));
  return named && (named.time ?? news);
}

// Times that point back to the last one the article named: "he stressed at the time", "X later said".
// "At the time of the collapse" names its own occasion: it points to no sentence before.
export const ANAPHORIC = /\b(?:at the time(?!\s+of\b)|at that time|later|afterwards)\b/iu;
// A time that only points back ("later") is no event to count "the next day" from.
export const POINTS_BACK = /^(?:at the time|at that time|later|afterwards)$/iu;

/** The time an anaphoric expression points back to: the same period, or for "later" its month. */
export function pointBack(previous: TimeRef, words: string, index: number): TimeRef {
  // "at the time" and "afterwards" speak of the same occasion; "later" of some time after it.
  const same = /time|afterwards/iu.test(words);
  if (same || previous.precision !== 'day') {
    return { ...previous, part: same ? previous.part : undefined, text: words, index };
  }
  return { start: `${previous.start.slice(0, 8)}01`, precision: 'month', text: words, index };
}

// "In November that year", "on 3 May the same year", "later that year in June": a month or a day
// whose year is the one the text last named, not the last before publication.
const THAT_YEAR_AFTER = /^[\s,]*(?:of\s+)?(?:that|the same|that same) year\b/iu;
const THAT_YEAR_BEFORE = /\b(?:that|the same|that same) year,?\s*(?:in|on)?\s*$/iu;

/** A month or day of "that year", moved into the year of `anchor`; any other time as it is. */
export function inYearOf(time: TimeRef, text: string, anchor: TimeRef | undefined): TimeRef {
  if (!anchor || (time.precision !== 'month' && time.precision !== 'day')) return time;
  const after = text.slice(time.index + time.text.length);
  const before = text.slice(0, time.index);
  if (!THAT_YEAR_AFTER.test(after) && !THAT_YEAR_BEFORE.test(before)) return time;
  const start = `${anchor.start.slice(0, 4)}${time.start.slice(4)}`;
  return start === time.start ? time : { ...time, start };
}
