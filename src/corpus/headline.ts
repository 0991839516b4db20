import { VERSION_NOTE } from './boilerplate.ts';
import {
  endsSentence,
  isStopWord,
  isTruncated,
  lowerWords,
  MAX_TITLE_CASE_SHARE,
  titleCaseShare,
  words,
} from './line-kind.ts';

// Which line of a captured page is its headline (a few capitalised words above the byline and
// the body, told apart from the site's name, a tagline, a breadcrumb and the page's <title>), and
// which lines of the body are subheadings.

// A headline of at least `standfirstUnder` words keeps its title against a longer line right under
// it (the standfirst: "Kestrelbridge Lantern Festival cancelled for 2026" / "Organisers say …");
// a shorter line above is more often a kicker or a section. At 8, two headlines of six and seven
// words of an unseen story lost their title; at 5, one of batch 7's pages was right and one wrong.
export const HEADLINE_WORDS = { min: 4, max: 30, standfirstUnder: 5 };

/**
 * A headline: a single capitalised line of a few words that does not end like a statement.
 * A question mark is allowed only when the line is one sentence ("Is the war over?").
 */
export function isHeadline(line: string): boolean {
  const count = words(line).length;
  if (count < HEADLINE_WORDS.min || count > HEADLINE_WORDS.max || isTruncated(line)) return false;
  // Only quotes or brackets may open a headline: a line opening with a dash or a bullet is an item
  // of a list ("- Death toll rises to two"), such as a summary box under the real headline.
  if (!/^[\p{Pi}\p{Ps}"']*[\p{Lu}\p{N}]/u.test(line)) return false;
  if (!endsSentence(line)) return true;
  return /\?[”’"']*$/u.test(line) && !/[.!?][”’"']*\s/u.test(line);
}

/**
 * Whether `line` ends with the start of `title`: an exact repeat, a breadcrumb ("Home World
 * <title>") or a truncated breadcrumb ("Home World <first words of title>..."), whose last word
 * may itself be cut short.
 */
function echoesTitle(line: string, title: string): boolean {
  const l = lowerWords(line);
  const t = lowerWords(title);
  const need = Math.min(4, t.length);
  for (let i = 0; i + need <= l.length; i++) {
    const tail = l.slice(i);
    const last = tail.length - 1;
    if (tail.every((w, k) => (k === last ? t[k]?.startsWith(w) : w === t[k]))) return true;
  }
  return false;
}

/**
 * The headline is the last headline-like line before the story starts: a site's name, tagline
 * and weather line come first on a page, the headline just above the byline and the body. A
 * line that only repeats the one before (a doubled title, a breadcrumb ending in it) keeps it.
 */
export function pickTitle(current: string, line: string): string {
  // A page's <title> ("Investigators trace shells | The Meridian Ledger") above its headline: the
  // headline without the site's name.
  if (current.startsWith(line) && SITE_SUFFIX.test(current.slice(line.length))) return line;
  return current !== '' && echoesTitle(line, current) ? current : line;
}

const SITE_SUFFIX = /^\s+[|–—-]\s+[^|–—]{1,60}$/u;

// An explainer's subheadings are questions ("What does North Korea get in return?", "Could the
// gold be melted down?") answered by the paragraph under them, which often does not repeat them
// ("This is where the report breaks new ground…"). Standing alone, such a line matches a reader's
// question best and answers nothing; heading its paragraph, it says what the paragraph answers.
// A quoted question is someone's words, not a heading; one in title case ("What Happens To The
// Old Station?") is a teaser of another story.
const SUBHEAD_WORDS = { min: 2, max: 15 };

export function isSubhead(line: string): boolean {
  const count = words(line).length;
  return (
    count >= SUBHEAD_WORDS.min &&
    count <= SUBHEAD_WORDS.max &&
    /\?$/u.test(line) &&
    !/[.!?]\s/u.test(line) &&
    !/["“”«»]/u.test(line) &&
    titleCaseShare(line) <= MAX_TITLE_CASE_SHARE
  );
}

// A wire's slug of the version before its headline: "UPDATE 1-Hundreds pack town meeting …",
// "REFILE-…", "CORRECTED-…".
const WIRE_SLUG =
  /^(?:UPDATE|REFILE|CORRECTED|RPT|WRAPUP|EXCLUSIVE|ANALYSIS|FACTBOX|INSIGHT)(?:\s\d+)?\s?-(?=\S)/u;

/** The headline without the wire's note of its version (boilerplate.ts) or its slug. */
export const tidyTitle = (title: string): string => title.replace(VERSION_NOTE, '').replace(WIRE_SLUG, '');

// Under a headline, a longer line of its own kind is a standfirst; so is a line in sentence case
// under a headline in title case ("Fire Destroys Clubhouse as Club Counts Cost" / "Trophies and
// kit lost in overnight blaze").
const titleCased = (line: string) => capitalShare(line) >= TITLE_CASE_CAPITALS;
const TITLE_CASE_CAPITALS = 0.6;

/** Share of a line's content words after the first that are capitalised. */
function capitalShare(line: string): number {
  const content = words(line)
    .slice(1)
    .filter((w) => !isStopWord(w.replace(/^\P{L}+|\P{L}+$/gu, '')));
  return content.filter((w) => /^\P{L}*\p{Lu}/u.test(w)).length / Math.max(1, content.length);
}
export const isStandfirst = (line: string, title: string): boolean =>
  words(line).length > words(title).length || (titleCased(title) && !titleCased(line));
