import type * as chrono from 'chrono-node/en';
import { tenseAround } from '../language/tense.ts';
import { deadline } from './month-parts.ts';
import { iso, mondayOf, monthStart, namedWeek, utc } from './periods.ts';
import { weekdayFrom, yearFor, yearOfWeekday } from './tense-dates.ts';
import type { TimeRef } from './time-ref.ts';

// Expressions chrono finds that name no time of an event ("the now eight-month war"), or a
// stretch too vague to date one ("in the next weeks", "over the coming months").
// A window counted back or forward from publication ("in the past 12 months") is such a
// stretch too; so is "a typical weekday", which chrono reads as a day.
const NOT_EVENT_TIME =
  /^(?:now|today|tonight|this|right now|at the moment|(?:the )?(?:next|coming|last|past) (?:few |\d+ |(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|several) )?(?:days|weeks|months|years)|(?:a |every )?(?:typical )?weekdays?)$/iu;
// Counted from another event, not from publication ("two days later", "the next day"): anchors.ts.
const COUNTED_FROM_EVENT = /\b(?:later|after|afterwards|earlier|before|following|next day)\b/iu;
// A month or weekday named ("two days after 4 June"); not "months", which counts.
const NAMES_A_TIME =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\b/iu;
// Words that fix the direction themselves ("next week", "three months ago", "last Monday").
const EXPLICIT = /\b(?:next|last|ago|coming|this|tomorrow|yesterday|past)\b/iu;

// A weekday opening an expression ("Saturday night", "on Friday 14 to …").
const WEEKDAY_FIRST = /^(?:on\s+|from\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/iu;
const THE_WEEKDAY = /\bthe\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:and|or|to)\s+)?$/iu;
// The day number of a range's first day written without its month: "Friday 14 to Sunday 16 August".
const DAY_BEFORE_RANGE =
  /^(?:on\s+|from\s+)?(?:\p{L}+day,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s*(?:to|until|till|through|-|–|—|and)\s/iu;

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
  // "for several days", "within 14 days": how long, or a window from publication, not when.
  if (NOT_EVENT_TIME.test(words) || /^(?:for|within)\b/iu.test(words)) return undefined;
  if (COUNTED_FROM_EVENT.test(words) && !NAMES_A_TIME.test(words)) return undefined;
  // "Ri Chol-jun", "May" the verb: a month only as a bare abbreviation inside a name is no date.
  if (/^\p{L}{3}$/u.test(words) && (text[result.index - 1] === '-' || /^may$/iu.test(words)))
    return undefined;
  const before = text.slice(0, result.index);
  // "12-hour weekend shifts", "Weekend trains": a weekend that no article or preposition sets
  // in time only says what kind of thing follows; "the biggest crowd of the weekend" is the
  // weekend of the event told.
  if (
    /^weekends?$/iu.test(words) &&
    (!/\b(?:the|this|last|next|that|at|on|over|every)\s+$/iu.test(before) || /\bof\s+the\s+$/iu.test(before))
  )
    return undefined;
  // "The lantern launch on the Saturday night", "cancelled on the Monday and Tuesday after the
  // attack": a weekday with "the" is a day of the event the story tells, not counted from
  // publication.
  if (WEEKDAY_FIRST.test(words) && !result.start.isCertain('day') && THE_WEEKDAY.test(before))
    return undefined;
  // "This August": the month of the year of publication, whatever the tense.
  const thisYear = /\bthis\s+$/iu.test(before);
  const explicit = thisYear || EXPLICIT.test(words);
  const tense = explicit ? undefined : tenseAround(text, result.index, result.index + result.text.length);
  const s = result.start;
  const paired =
    next && PAIRED.test(text.slice(result.index + result.text.length, next.index)) ? next.start : undefined;
  const end = result.end ?? paired;
  // "From Friday 14 to Sunday 16 August": the first day is in the month the range ends in.
  const firstDay =
    end?.isCertain('month') && !s.isCertain('month') ? DAY_BEFORE_RANGE.exec(words)?.[1] : undefined;
  const month = firstDay ? end?.get('month') : s.get('month');
  const dayOfMonth = firstDay ? Number(firstDay) : s.get('day');
  const monthCertain = firstDay !== undefined || s.isCertain('month');
  const dayCertain = firstDay !== undefined || s.isCertain('day');
  const certainYear = s.isCertain('year') || end?.isCertain('year') === true;
  // A pair across the new year ("2 December and 5 January 2026") starts in the year before.
  const across = end !== undefined && (month ?? 0) > (end.get('month') ?? 0) ? 1 : 0;
  const year = s.isCertain('year')
    ? s.get('year')
    : thisYear && !end?.isCertain('year')
      ? Number(published.slice(0, 4))
      : end
        ? (end.get('year') ?? 0) - across
        : s.get('year');
  const chosen = iso(new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, dayOfMonth ?? 1, 12)));
  const base = { text: words, index: result.index };
  let ref: TimeRef;
  // chrono puts "this week" a week back and a weekday of it in the week after.
  const named = namedWeek(words, published);
  if (named) {
    ref = { ...base, ...named };
  } else if (/\bweek\b/iu.test(words)) {
    ref = { ...base, start: iso(mondayOf(utc(chosen))), precision: 'week' };
  } else if (/^(?:the\s+)?(?:end|start|beginning) of\b/iu.test(words) || (!dayCertain && monthCertain)) {
    const first =
      tense && !certainYear ? yearFor(monthStart(chosen), monthStart(published), tense) : monthStart(chosen);
    ref = { ...base, ...deadline(text, result.index, words, first), precision: 'month' };
  } else if (dayCertain || s.isCertain('weekday')) {
    let day = chosen;
    if (tense && !monthCertain) day = weekdayFrom(published, s.get('weekday') ?? 0, tense);
    else if (!certainYear && s.isCertain('weekday') && !firstDay) {
      // The weekday fixes the year, whatever the tense says: "proposed a walk on Saturday, August 15".
      day = yearOfWeekday(chosen, s.get('weekday') ?? 0, published, tense);
      return { ...base, start: day, precision: 'day' };
    } else if (tense && !certainYear) day = yearFor(chosen, published, tense);
    ref = { ...base, start: day, precision: 'day' };
  } else if (s.isCertain('year')) {
    ref = { ...base, start: `${chosen.slice(0, 4)}-01-01`, precision: 'year' };
  } else return undefined;
  // What the tense puts in the past but would fall after publication is a misreading ("a day after").
  if (tense === 'past' && ref.start > published) return undefined;
  return ref;
}
