import type * as chrono from 'chrono-node/en';
import { tenseAround } from '../language/tense.ts';
import { deadline } from './month-parts.ts';
import { iso, mondayOf, monthStart, namedWeek, utc } from './periods.ts';
import { weekdayFrom, yearFor } from './tense-dates.ts';
import type { TimeRef } from './time-ref.ts';

// Expressions chrono finds that name no time of an event ("the now eight-month war"), or a
// stretch too vague to date one ("in the next weeks", "over the coming months").
// A window counted back or forward from publication ("in the past 12 months") is such a
// stretch too; so is "a typical weekday", which chrono reads as a day.
const NOT_EVENT_TIME =
  /^(?:now|today|tonight|this|right now|at the moment|(?:the )?(?:next|coming|last|past) (?:few |\d+ |(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|several) )?(?:days|weeks|months|years)|(?:a |every )?(?:typical )?weekdays?)$/iu;
// Counted from another event, not from publication ("two days later", "the next day"): anchors.ts.
const COUNTED_FROM_EVENT = /\b(?:later|after|afterwards|earlier|before|following|next day)\b/iu;
const NAMES_A_TIME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/iu;
// Words that fix the direction themselves ("next week", "three months ago", "last Monday").
const EXPLICIT = /\b(?:next|last|ago|coming|this|tomorrow|yesterday|past)\b/iu;

// "Between 2 April and 28 April 2026": the first date of a pair takes the year of the second.
const PAIRED = /^\s*(?:and|to|until|till|through|-|–|—)\s*$/iu;

/** One time expression chrono found, dated against publication; undefined for what dates no event. */
export function resolve(
  result: chrono.ParsedResult,
  text: string,
  published: string,
  next?: chrono.ParsedResult,
): TimeRef | undefined {
  const words = result.text.replace(/[,.]+$/u, '').trim();
  // "for several days", "for two weeks": how long, not when.
  if (NOT_EVENT_TIME.test(words) || /^for\b/iu.test(words)) return undefined;
  if (COUNTED_FROM_EVENT.test(words) && !NAMES_A_TIME.test(words)) return undefined;
  // "Ri Chol-jun", "May" the verb: a month only as a bare abbreviation inside a name is no date.
  if (/^\p{L}{3}$/u.test(words) && (text[result.index - 1] === '-' || /^may$/iu.test(words)))
    return undefined;
  // "12-hour weekend shifts", "Weekend trains": a weekend that no article or preposition sets
  // in time only says what kind of thing follows.
  if (
    /^weekends?$/iu.test(words) &&
    !/\b(?:the|this|last|next|that|at|on|over|every)\s+$/iu.test(text.slice(0, result.index))
  )
    return undefined;
  const explicit = EXPLICIT.test(words);
  const tense = explicit ? undefined : tenseAround(text, result.index, result.index + result.text.length);
  const s = result.start;
  const paired =
    next && PAIRED.test(text.slice(result.index + result.text.length, next.index)) ? next.start : undefined;
  const end = result.end ?? paired;
  const certainYear = s.isCertain('year') || end?.isCertain('year') === true;
  // A pair across the new year ("2 December and 5 January 2026") starts in the year before.
  const across = end !== undefined && (s.get('month') ?? 0) > (end.get('month') ?? 0) ? 1 : 0;
  const year = s.isCertain('year') ? s.get('year') : end ? (end.get('year') ?? 0) - across : s.get('year');
  const chosen = iso(new Date(Date.UTC(year ?? 0, (s.get('month') ?? 1) - 1, s.get('day') ?? 1, 12)));
  const base = { text: words, index: result.index };
  let ref: TimeRef;
  // chrono puts "this week" a week back and a weekday of it in the week after.
  const named = namedWeek(words, published);
  if (named) {
    ref = { ...base, ...named };
  } else if (/\bweek\b/iu.test(words)) {
    ref = { ...base, start: iso(mondayOf(utc(chosen))), precision: 'week' };
  } else if (
    /^(?:the\s+)?(?:end|start|beginning) of\b/iu.test(words) ||
    (!s.isCertain('day') && s.isCertain('month'))
  ) {
    const month =
      tense && !certainYear ? yearFor(monthStart(chosen), monthStart(published), tense) : monthStart(chosen);
    ref = { ...base, ...deadline(text, result.index, words, month), precision: 'month' };
  } else if (s.isCertain('day') || s.isCertain('weekday')) {
    let day = chosen;
    if (tense && !s.isCertain('month')) day = weekdayFrom(published, s.get('weekday') ?? 0, tense);
    else if (tense && !certainYear) day = yearFor(chosen, published, tense);
    ref = { ...base, start: day, precision: 'day' };
  } else if (s.isCertain('year')) {
    ref = { ...base, start: `${chosen.slice(0, 4)}-01-01`, precision: 'year' };
  } else return undefined;
  // What the tense puts in the past but would fall after publication is a misreading ("a day after").
  if (tense === 'past' && ref.start > published) return undefined;
  return ref;
}
