import * as chrono from 'chrono-node/en';
import { tenseAround } from '../language/tense.ts';
import { resolve } from './chrono-times.ts';
import { DAY, iso, mondayOf, utc } from './periods.ts';
import { seasons } from './seasons.ts';
import type { TimeRef } from './time-ref.ts';

export * from './periods.ts';

// chrono reads a year only with a month or day; news often gives the year alone.
const BARE_YEAR = /\b(?:in|since|by|during|until|of|from)\s+((?:19|20)\d{2})\b(?![-–/]\d)/giu;
const RECENT_DAYS = /\b(?:in|over|during) (?:the )?(?:recent|past|last few) days\b/iu;

const DATELINE =
  /^\p{Lu}[\p{Lu}\s.'’-]+,(?:\s[\p{L}\s.'’-]+,)?\s+[\p{L}.]+\s+\d{1,2}(?:,\s*\d{4})?\s*(?:\([^)]{1,20}\))?\s*[-–—]+\s/u;

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
