import { eng } from 'stopword';

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

// After one of these, the page moves on to other stories, comments or the author's box.
const END_MARKERS = new Set([
  'related articles',
  'related posts',
  'related stories',
  'related news',
  'related',
  'check also',
  'more articles',
  'more stories',
  'more news',
  'latest articles',
  'latest news',
  'latest posts',
  'read more',
  'read next',
  'you may also like',
  'you might also like',
  'recommended for you',
  'recommended',
  'leave a reply',
  'leave a comment',
  'post a comment',
  'add a comment',
  'comments',
  'please enter your comment',
  'about the author',
  'more from the author',
]);
// "More from Continental Dispatch", "More on this story": the site's other stories follow.
const MORE_FROM = /^more (?:from|on|in|by) [\p{L}\p{N} '’&.-]{1,50}$/iu;
// "About Jane Doe", or a box that opens with its label: "About the author: Jane Doe worked …".
const AUTHOR_BOX = /^[Aa]bout(?:\s+\p{Lu}[\p{L}.'’-]*){2,4}$|^[Aa]bout the (?:author|writer)s?\s*:/u;
const COMMENT_COUNT = /^\d+\s+comments?$/iu;

export function isEndMarker(line: string): boolean {
  const bare = line.replace(/^[\s\-–—•|]+|[\s:.!?…]+$/gu, '');
  return (
    END_MARKERS.has(bare.toLowerCase()) ||
    AUTHOR_BOX.test(bare) ||
    COMMENT_COUNT.test(bare) ||
    MORE_FROM.test(bare)
  );
}

// Generic web boilerplate that can sit anywhere on the page.
const BOILERPLATE = [
  /^[-–—•\s]*(?:advertisement|sponsored(?: content)?|promoted)\b/iu,
  /\b(?:we|this (?:web)?(?:site|page)) uses? cookies\b|\bcookie (?:policy|settings|preferences)\b|\baccept (?:all )?cookies\b|\byou accept our (?:privacy|cookie) policy\b/iu,
  /\bsubscribe to (?:our|the) (?:\p{L}+ )?newsletter\b|\bsign up (?:for|to) (?:our|the) (?:\p{L}+ )?newsletter\b/iu,
  // A paywall's count: "Subscriber preview: you are reading one of three free analyses this month".
  /^subscribers?(?:[- ]only)? (?:preview|content|exclusive)\b|\byou(?: are|['’]re) reading (?:\p{L}+|\d+) of (?:\p{L}+|\d+) free\b|\byou have (?:\p{L}+|\d+) free (?:articles?|stories|reads?)\b/iu,
  /\ball rights reserved\b|^©|^copyright\b/iu,
  // "Tags: a, b", "Read more: <other story>", "Photo: Reuters": a label introducing links or credits.
  /^(?:tags?|topics?|categor(?:y|ies)|filed under|keywords|read more|read also|also read|see also|share(?: this)?(?: article| story| post)?|follow us(?: on \p{L}+)?|photos?|images?|pictures?|credits?|source)\s*:/iu,
  // Page furniture: skip links, capture stamps, read-aloud widgets, comment prompts, translation
  // notices, weather.
  /^skip to (?:the )?(?:main )?(?:content|navigation)\b/iu,
  /^page (?:captured|saved|archived|retrieved)\b/iu,
  /\blisten to (?:this|the) (?:article|story)\b|^\d+ min(?:ute)?s? read$/iu,
  // "Status: 16.02.2026, 06:30 a.m.", "Reading time: 5 minutes": a page's labels of time.
  /^(?:status|reading time|read time|as of)\s*:[^.!?]*\d/iu,
  /\bleave a comment\b|\bcomments are (?:moderated|closed)\b|\bjoin the (?:conversation|discussion)\b/iu,
  /\b(?:translated automatically|automatically translated|machine[- ]translated|machine translation)\b|\bthe \p{L}+ original is authoritative\b/iu,
  /(?:^|\s)-?\d{1,3}\s?°\s?[CF]?\b/u,
  // "Posted on June 20, 2025 by Hugo Brandt | 4 Comments", "Published 10 June 2025, 18:05".
  /^(?:posted|published|updated|last updated)\b[^.!?]*\d[^.!?]*$/iu,
  // A count of comments as a widget: "Comments (23)", "23 comments".
  /^(?:comments?\s*\(\d+\)|\d+\s+comments?)$/iu,
  // A photo caption carries its credit: "(Photo: Reuters)".
  /\((?:file )?(?:photos?|images?|pictures?|credits?)\s*:[^)]*\)/iu,
  // A line wholly in square brackets is an editor's aside, never the story: "[Photo caption: …]",
  // "[Video]", "[This page is automatically translated …]".
  /^\[[^\]]*\]$/u,
  // A caption labelled as one: "Image caption: …", "Photo caption: …".
  /^(?:(?:photos?|images?|pictures?|video)\s+)?captions?\s*:/iu,
];

const MONTHS_DAYS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)$/iu;
const DATE_FILLER =
  /^(?:\d{1,4}(?:st|nd|rd|th)?|\d{1,2}(?::\d{2})?(?:am|pm)?|am|pm|(?:gmt|utc|bst|cet|cest|eet|eest|wet|west|est|edt|cst|cdt|mst|mdt|pst|pdt|kst|jst|ist|msk|hkt|sgt|aest|aedt)(?:[+-]\d{1,2})?|updated|published|posted|on|at|last|ago|(?:second|minute|min|hour|hr|day)s?)$/iu;

// A date in figures: "09.03.2026", "2026-03-09", "9/3/26".
const NUMERIC_DATE = /\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b/u;

/**
 * A line that is only a date or time ("Friday, April 19, 2024", "09.03.2026 (Monday), 07:15"),
 * such as the capture date.
 */
export function isDateLine(line: string): boolean {
  const tokens = line.split(/[\s,.|/()]+/u).filter(Boolean);
  return (
    /\d/u.test(line) &&
    (tokens.some((t) => MONTHS_DAYS.test(t)) || NUMERIC_DATE.test(line)) &&
    tokens.every((t) => MONTHS_DAYS.test(t) || DATE_FILLER.test(t))
  );
}

/** A line of page furniture alone: a boilerplate phrase, or only a date or time. */
const isFurniture = (line: string) => BOILERPLATE.some((re) => re.test(line)) || isDateLine(line);

const BYLINE = /^(?:[Bb]y|(?:[Aa]uthors?|[Ww]ritten by|[Rr]eporters?|[Tt]ext)\s*:?)\s+\p{Lu}/u;
// A byline without "By": a name, a comma, and the writer's post ("Saskia Brennan, KBC News
// transport correspondent", "Fenella Cragg, contributing editor").
const NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}";
const NAMED_POST = new RegExp(
  `^${NAME}(?:\\s+and\\s+${NAME})?,\\s+(?:[\\p{L}'’-]+\\s+){0,6}(?:correspondent|reporter|editor|writer|journalist|columnist|contributor|producer|bureau chief)s?\\b[^.!?]*$`,
  'u',
);
// Two reporters, each with a place or a title, and the agency.
const BYLINE_WORDS = 14;

/**
 * Lines that are never part of a story wherever they stand. Only chrome that could pass for a
 * headline or a paragraph needs a rule here; bare widgets ("spot_img", "23.8 C") are too short
 * to pass for either and fall away by shape.
 */
export function isChrome(line: string): boolean {
  const count = words(line).length;
  const parts = line.split(/\s\|\s/u);
  return (
    BOILERPLATE.some((re) => re.test(line)) ||
    // Widgets on one line, set apart by bars: "4 minute read | Updated February 11, 2026 11:52 AM".
    (parts.length > 1 && parts.every(isFurniture)) ||
    // A label standing alone: "Date:", "Share post:", "Download The App:".
    (/^\p{L}[\p{L}'’ -]*:$/u.test(line) && count <= 6) ||
    // A byline: "By Jane Doe", "By Jane Doe in Geneva and John Roe in Seoul", "Author: Jane Doe,
    // correspondent".
    ((BYLINE.test(line) || NAMED_POST.test(line)) && count <= BYLINE_WORDS && !endsSentence(line)) ||
    // A breadcrumb trail or a toolbar: "Home » World » Asia", "Share this story · Print · Text size".
    (line.match(/\s[»›>|/·•]\s/gu) ?? []).length >= 2 ||
    isDateLine(line)
  );
}
