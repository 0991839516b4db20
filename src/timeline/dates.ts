import * as chrono from 'chrono-node/en';
import { type Tense, tenseAround } from '../language/tense.ts';
import {
  addDays,
  DAY,
  iso,
  mondayOf,
  monthStart,
  namedWeek,
  type Part,
  type Period,
  type Precision,
  SEASONS,
  utc,
} from './periods.ts';

export * from './periods.ts';

/** A time expression of a sentence, resolved against the article's publication date. */
export interface TimeRef extends Period {
  /** The words of the text, e.g. "on Wednesday". */
  readonly text: string;
  readonly index: number;
  /** Dated by the publication date because the text gives no time of its own (an article's lead). */
  readonly implicit?: boolean;
}

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
// chrono reads a year only with a month or day; news often gives the year alone.
const BARE_YEAR = /\b(?:in|since|by|during|until|of|from)\s+((?:19|20)\d{2})\b(?![-–/]\d)/giu;
const RECENT_DAYS = /\b(?:in|over|during) (?:the )?(?:recent|past|last few) days\b/iu;
// "In spring 2026": a year after the season names it.
const SEASON =
  /\b(?:(?:in|by|until|during|this|next|last|early|late)\s+(?:the\s+)?)(spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?((?:19|20)\d{2})\b)?/giu;

function partBefore(text: string, index: number): Part | undefined {
  const before = text.slice(Math.max(0, index - 12), index).toLowerCase();
  const match = /\b(early|mid|late)[\s-]*(?:in\s+)?$/u.exec(before);
  return match?.[1] as Part | undefined;
}

/** A month named as a deadline: "by the end of November" is late November, "before December" too. */
function deadline(text: string, index: number, words: string, month: string): Pick<Period, 'start' | 'part'> {
  if (/^(?:the\s+)?end of\b/iu.test(words)) return { start: month, part: 'late' };
  if (/^(?:the\s+)?(?:start|beginning) of\b/iu.test(words)) return { start: month, part: 'early' };
  if (/\bbefore\s+$/iu.test(text.slice(Math.max(0, index - 8), index)))
    return { start: monthStart(month, -1), part: 'late' };
  return { start: month, part: partBefore(text, index) };
}

/** The weekday `weekday` (0 Sunday) on or before publication, or for what is to come after it. */
function weekdayFrom(published: string, weekday: number, tense: Tense): string {
  const day = utc(published).getUTCDay();
  if (tense === 'future') return addDays(published, (weekday - day + 7) % 7 || 7);
  return addDays(published, -((day - weekday + 7) % 7));
}

/** The same month and day in the year that puts it on the side of publication the tense asks for. */
function yearFor(date: string, published: string, tense: Tense): string {
  const year = Number(date.slice(0, 4));
  const shift = tense === 'past' && date > published ? -1 : tense === 'future' && date < published ? 1 : 0;
  return `${year + shift}${date.slice(4)}`;
}

const DATELINE =
  /^\p{Lu}[\p{Lu}\s.'’-]+,(?:\s[\p{L}\s.'’-]+,)?\s+[\p{L}.]+\s+\d{1,2}(?:,\s*\d{4})?\s*(?:\([^)]{1,20}\))?\s*[-–—]+\s/u;

// "Between 2 April and 28 April 2026": the first date of a pair takes the year of the second.
const PAIRED = /^\s*(?:and|to|until|till|through|-|–|—)\s*$/iu;

function resolve(
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

/** "in the spring": the season the tense points to, next to publication. */
function seasons(text: string, published: string): TimeRef[] {
  return [...text.matchAll(SEASON)].flatMap((m) => {
    const name = (m[1] ?? '').toLowerCase();
    const first = SEASONS[name] ?? 0;
    const tense = /^next/iu.test(m[0])
      ? 'future'
      : /^last/iu.test(m[0])
        ? 'past'
        : tenseAround(text, m.index, m.index + m[0].length);
    if (m[2])
      return [
        {
          start: iso(new Date(Date.UTC(Number(m[2]), first, 1, 12))),
          precision: 'season' as Precision,
          text: m[0],
          index: m.index,
        },
      ];
    const pub = utc(published);
    let year = pub.getUTCFullYear() - (first === 11 && pub.getUTCMonth() < 2 ? 1 : 0);
    let start = iso(new Date(Date.UTC(year, first, 1, 12)));
    // The season under way at publication is "this" one; otherwise the next one or the last one.
    const end = monthStart(start, 3);
    if (tense === 'future' && end <= published) start = iso(new Date(Date.UTC(++year, first, 1, 12)));
    if (tense === 'past' && start > published) start = iso(new Date(Date.UTC(--year, first, 1, 12)));
    return [{ start, precision: 'season' as Precision, text: m[0], index: m.index }];
  });
}

/**
 * Finds the time expressions of `text` and resolves them for a news article published on
 * `published`: by the tense of their clause, a bare weekday or month is the last one on or before
 * publication, or for what is planned the next one; "last week" is a week, not a day.
 */
export function findTimes(text: string, published: string): TimeRef[] {
  const found: TimeRef[] = [];
  // A wire dateline ("CORROWBY, England, March 11 (MPA) -") dates the report, not its news.
  const from = DATELINE.exec(text)?.[0].length ?? 0;
  const results = chrono
    .parse(text, { instant: utc(published), timezone: 'UTC' })
    .filter((r) => r.index >= from);
  for (const [i, result] of results.entries()) {
    const ref = resolve(result, text, published, results[i + 1]);
    if (ref) found.push(ref);
  }
  const covered = (index: number) => found.some((f) => index >= f.index && index < f.index + f.text.length);
  for (const match of text.matchAll(BARE_YEAR)) {
    const year = match[1] ?? '';
    const index = match.index + match[0].length - year.length;
    const ahead = `${year}-01-01` > published;
    if (!covered(index) && (!ahead || tenseAround(text, index, index + year.length) === 'future'))
      found.push({ start: `${year}-01-01`, precision: 'year', text: year, index });
  }
  found.push(...seasons(text, published).filter((s) => !covered(s.index)));
  const recent = RECENT_DAYS.exec(text);
  if (recent) {
    const start = iso(mondayOf(new Date(utc(published).getTime() - 3 * DAY)));
    found.push({ start, precision: 'week', text: recent[0], index: recent.index });
  }
  return found.sort((a, b) => a.index - b.index);
}
