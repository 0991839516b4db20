import { eng } from 'stopword';
import { isBoilerplate } from './boilerplate.ts';

// Features and shapes of one captured line. A news page's chrome (labels, widgets, bylines, dates,
// teaser headings) differs from prose in shape more than in wording, so most rules here are
// about shape; the phrase lists hold only generic web boilerplate, never text of one article.

const STOP_WORDS = new Set(eng);
const CLOSERS = `"'”’»)\\]`;
const SENTENCE_END = new RegExp(`(?<!\\.\\.)[.!?][${CLOSERS}]*$`, 'u');
const ELLIPSIS_END = new RegExp(`(?:\\.\\.\\.|…)[${CLOSERS}]*$`, 'u');

/** Tokens a reader would count as words: anything holding a letter or a digit. */
export function words(text: string): string[] {
  return text.split(/\s+/u).filter((t) => /[\p{L}\p{N}]/u.test(t));
}

/** A text's runs of letters and digits, in lower case: its words, punctuation aside. */
export function lowerWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Ends like a sentence (". ! ?", maybe inside closing quotes), but not with an ellipsis. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/** Teasers and breadcrumbs are cut off with an ellipsis; a story's own paragraphs are not. */
export function isTruncated(text: string): boolean {
  return ELLIPSIS_END.test(text);
}

/** Whether a token ("The", "don’t") is an English stop word, whatever its case and apostrophe. */
export function isStopWord(token: string): boolean {
  return STOP_WORDS.has(token.toLowerCase().replace(/’/g, "'"));
}

/** Share of stop words: prose is full of them, lists of names and menus have almost none. */
export function stopWordDensity(text: string): number {
  const letters = text.match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
  if (letters.length === 0) return 0;
  return letters.filter(isStopWord).length / letters.length;
}

// Prose capitalises few of its stop words; above this share a line is a heading or a teaser.
export const MAX_TITLE_CASE_SHARE = 0.5;

/**
 * Share of stop words written with a capital where a sentence would not capitalise them
 * ("Not Supplying Weapons To Russia"): headings and teaser titles are in title case, prose is not.
 */
export function titleCaseShare(text: string): number {
  const tokens = text.split(/\s+/u);
  let stops = 0;
  let capitalised = 0;
  tokens.forEach((token, i) => {
    const word = token.replace(/^\P{L}+|\P{L}+$/gu, '');
    const sentenceStart = i === 0 || /[.!?:][”’"']*$/u.test(tokens[i - 1] ?? '');
    if (sentenceStart || !isStopWord(word)) return;
    stops++;
    if (/^\p{Lu}/u.test(word)) capitalised++;
  });
  return stops < 2 ? 0 : capitalised / stops;
}

const MONTHS_DAYS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)$/iu;
const DATE_FILLER =
  /^(?:\d{1,4}(?:st|nd|rd|th)?|\d{1,2}(?::\d{2})?(?:am|pm)?|am|pm|(?:gmt|utc|bst|cet|cest|eet|eest|wet|west|est|edt|cst|cdt|mst|mdt|pst|pdt|kst|jst|ist|msk|hkt|sgt|aest|aedt|et|pt|ct|mt)(?:[+-]\d{1,2})?|updated|published|posted|on|at|last|ago|read|(?:second|minute|min|hour|hr|day)s?)$/iu;

// A date in figures: "09.03.2026", "2026-03-09", "9/3/26".
const NUMERIC_DATE = /\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b/u;

/**
 * A line that is only a date or time ("Friday, April 19, 2024", "09.03.2026 (Monday), 07:15"),
 * such as the capture date.
 */
export function isDateLine(line: string): boolean {
  const tokens = line.split(/[\s,.|/()–—*·•-]+/u).filter(Boolean);
  return (
    /\d/u.test(line) &&
    (tokens.some((t) => MONTHS_DAYS.test(t)) || NUMERIC_DATE.test(line)) &&
    tokens.every((t) => MONTHS_DAYS.test(t) || DATE_FILLER.test(t))
  );
}

/** A line of page furniture alone: a boilerplate phrase, or only a date or time. */
const isFurniture = (line: string) => isBoilerplate(line) || isDateLine(line);

// A podcast's or a broadcast's credits stand where a byline does: "Host: Priya Raman · Guests: …".
const BYLINE =
  /^(?:[Bb]y|(?:[Aa]uthors?|[Ww]ritten by|[Ww]ords(?: and pictures)? by|[Ss]tory by|[Pp]osted by|[Rr]eported by|[Rr]eporters?|[Tt]ext)\s*:?|[Ff]rom:|(?:[Hh]osts?|[Gg]uests?|[Pp]resenters?|[Pp]resented by|[Mm]oderators?|[Ii]nterviewers?)\s*:)\s+\p{Lu}/u;
// A byline without "By": a name, a comma, and the writer's post ("Saskia Brennan, KBC News
// transport correspondent", "Fenella Cragg, contributing editor").
// A writer's post, capitalised or not ("News Editor", "transport correspondent").
const POSTS =
  '[Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Ww]riter|[Jj]ournalist|[Cc]olumnist|[Cc]ontributor|[Pp]roducer|[Bb]ureau [Cc]hief';
const NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}";
const NAMED_POST = new RegExp(
  `^${NAME}(?:\\s+and\\s+${NAME})?,\\s+(?:[\\p{L}'’-]+\\s+){0,6}(?:${POSTS})s?\\b[^.!?]*$`,
  'u',
);
// A writer's post on the line under the name: "Transport correspondent", "Chief Reporter",
// "Communications Officer, North West Region".
const POST_ALONE =
  /^(?:[\p{L}'’-]+\s+){0,4}(?:correspondent|reporter|editor|writer|journalist|columnist|contributor|producer|bureau chief|communications officer|press officer)s?(?:,\s*[\p{L}'& ]{1,40})?$/iu;
const MENU_ITEM_WORDS = 3;
// Two reporters, each with a place or a title, and the agency.
const BYLINE_WORDS = 14;

/**
 * A byline: "By Jane Doe", "By Jane Doe in Geneva and John Roe in Seoul", "Author: Jane Doe,
 * correspondent", "From: Jonas Albrecht", or a post alone under a name.
 */
export function isByline(line: string): boolean {
  return (
    (BYLINE.test(line) || NAMED_POST.test(line) || POST_ALONE.test(line)) &&
    words(line).length <= BYLINE_WORDS &&
    !endsSentence(line)
  );
}

/**
 * Lines that are never part of a story wherever they stand. Only chrome that could pass for a
 * headline or a paragraph needs a rule here; bare widgets ("spot_img", "23.8 C") are too short
 * to pass for either and fall away by shape.
 */
export function isChrome(line: string): boolean {
  const count = words(line).length;
  const parts = line.split(/\s*\|\s*|\s[·•]\s/u);
  return (
    isBoilerplate(line) ||
    // Widgets on one line, set apart by bars or dots: "4 minute read | Updated February 11, 2026
    // 11:52 AM", "May 11, 2026 1:47 PM GMT · Updated 40 minutes ago".
    (parts.length > 1 && parts.every(isFurniture)) ||
    // A menu of links set apart by bars, each of a few words: "My News | Sign In".
    (line.includes('|') && line.split('|').every((part) => words(part).length <= MENU_ITEM_WORDS)) ||
    // A label standing alone: "Date:", "Share post:", "Download The App:".
    (/^\p{L}[\p{L}'’ -]*:$/u.test(line) && count <= 6) ||
    isByline(line) ||
    // A breadcrumb trail or a toolbar: "Home » World » Asia", "Share this story · Print · Text size".
    (line.match(/\s[»›>|/·•▾▸►]\s/gu) ?? []).length >= 2 ||
    // A weather reading: "72°", "23.8 °C Port Louis" (a temperature in a sentence is the story's).
    (/(?:^|\s)-?\d{1,3}(?:[.,]\d)?\s?°\s?[CF]?\b/u.test(line) && count <= 4) ||
    isDateLine(line)
  );
}
