import { isEndMarker } from './boilerplate.ts';
import { HEADLINE_WORDS, isHeadline, isSubhead, pickTitle } from './headline.ts';
import {
  endsSentence,
  isChrome,
  isStopWord,
  MAX_TITLE_CASE_SHARE,
  stopWordDensity,
  titleCaseShare,
  words,
} from './line-kind.ts';
import { AfterMarker } from './teaser-box.ts';

export interface CleanArticle {
  title: string;
  paragraphs: string[];
}

// Shape of a story's own paragraph. Real paragraphs run to a sentence or more; headings, teaser
// titles and widget text are shorter or do not end like a sentence.
const MIN_BODY_WORDS = 6;
const MIN_STOP_WORD_DENSITY = 0.1;
const MIN_WRAPPED_WORDS = 8;

/** Whitespace-normalised, non-empty lines, unwrapped within each blank-line-separated block. */
function splitLines(raw: string): string[] {
  const text = raw.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  return text
    .split(/\n\s*\n/u)
    .flatMap((block) => unwrap(block.split('\n').map(normaliseSpace).filter(Boolean)));
}

/**
 * Joins hard-wrapped prose: a line continues the one before when it starts in lower case or the
 * one before stops mid-sentence. Other lines of a block
 * stay apart, since widgets and headings often sit on adjacent lines with no blank between.
 */
function unwrap(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out.at(-1);
    if (prev !== undefined && (/^\p{Ll}/u.test(line) || endsMidSentence(prev)))
      out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return out;
}

/** A prose-length line stopping on a comma, hyphen or stop word; short menu lines ("Log in") do not count. */
function endsMidSentence(line: string): boolean {
  const lastWord = line.split(' ').at(-1) ?? '';
  return words(line).length >= MIN_WRAPPED_WORDS && (/[,-]$/u.test(lastWord) || isStopWord(lastWord));
}

/** Collapses runs of whitespace (tabs, no-break spaces) and drops zero-width spaces. */
function normaliseSpace(text: string): string {
  return text
    .replace(/[\u200B\uFEFF]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Body paragraphs are prose: long enough, ending like a sentence (or on the colon that opens the
 * quotation of the next paragraph: "… Lem said:"), with ordinary stop words.
 */
function isBodyParagraph(text: string): boolean {
  return (
    words(text).length >= MIN_BODY_WORDS &&
    (endsSentence(text) || /\p{Ll}:$/u.test(text)) &&
    stopWordDensity(text) >= MIN_STOP_WORD_DENSITY &&
    titleCaseShare(text) <= MAX_TITLE_CASE_SHARE
  );
}

const OPENING_QUOTES: Record<string, RegExp> = {
  '‘': /’(?!\p{L})/u,
  '“': /”/u,
  '«': /»/u,
  '"': /"/u,
  "'": /'(?!\p{L})/u,
};

/**
 * Drops a broken last "sentence" of one or two words that opens a quote and never closes it
 * ("...depleted by the invasion. ‘Ukraine."): a scrap of a sentence lost in capture or
 * translation. A closing ’ followed by a letter is an apostrophe, not a closing quote.
 */
export function dropBrokenTail(paragraph: string): string {
  const match = /^(.*[.!?][”’"')\]]*)\s+(\S+(?:\s\S+)?)$/su.exec(paragraph);
  const head = match?.[1];
  const tail = match?.[2];
  if (head === undefined || tail === undefined) return paragraph;
  const closer = OPENING_QUOTES[tail.charAt(0)];
  return closer && !closer.test(tail.slice(1)) ? head : paragraph;
}

/**
 * Splits a captured news page into its headline and body paragraphs. Lines are read in order:
 * chrome is skipped; before the body starts, the first headline-like line is the title; once the
 * body has started, an end-of-article marker ends the story, since all that follows is teasers,
 * comments or author boxes, unless the story resumes under a box of links (teaser-box.ts). Any
 * other line is kept only if it reads as a body paragraph.
 */
export function cleanArticle(raw: string): CleanArticle {
  let title = '';
  // Whether the line before was taken as the title: a longer headline-like line right under a
  // headline is its standfirst ("Hundreds of appointments cancelled and staff forced back to paper
  // …"); a line of a few words may be a site's tagline, which the headline under it replaces.
  let underTitle = false;
  const paragraphs: string[] = [];
  // A question standing as a subheading of the body heads the paragraph under it (see isSubhead).
  let subhead = '';
  // Set once the body has met an end-of-article marker (teaser-box.ts).
  let after: AfterMarker | undefined;
  for (const line of splitLines(raw)) {
    const under = underTitle;
    underTitle = false;
    if (isEndMarker(line)) {
      if (paragraphs.length > 0) after = new AfterMarker();
    } else if (isChrome(line)) {
      // skipped wherever it stands
    } else if (after) {
      const step = after.next(line, isBodyParagraph(line));
      if (step.kind === 'resume') {
        paragraphs.push(...step.paragraphs.map(dropBrokenTail));
        after = undefined;
      }
    } else if (paragraphs.length === 0 && isHeadline(line)) {
      const standfirst = words(title).length >= HEADLINE_WORDS.standfirstUnder;
      if (under && standfirst && words(line).length > words(title).length) continue;
      title = pickTitle(title, line);
      underTitle = true;
    } else if (paragraphs.length > 0 && isSubhead(line)) {
      subhead = line;
    } else if (isBodyParagraph(line)) {
      paragraphs.push(subhead ? `${subhead} ${dropBrokenTail(line)}` : dropBrokenTail(line));
      subhead = '';
    }
  }
  return { title, paragraphs };
}
