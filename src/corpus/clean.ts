import { endMarker } from './end-markers.ts';
import { isHeadline, isSubhead } from './headline.ts';
import {
  endsSentence,
  isChrome,
  MAX_TITLE_CASE_SHARE,
  stopWordDensity,
  titleCaseShare,
  words,
} from './line-kind.ts';
import { LIST_ITEM, splitLines } from './page-lines.ts';
import { withoutRepeats } from './repeats.ts';
import { AfterMarker } from './teaser-box.ts';
import { TitleReader } from './title-reader.ts';

export interface CleanArticle {
  title: string;
  paragraphs: string[];
}

// Shape of a story's own paragraph. Real paragraphs run to a sentence or more; headings, teaser
// titles and widget text are shorter or do not end like a sentence.
const MIN_BODY_WORDS = 6;
const MIN_STOP_WORD_DENSITY = 0.1;

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
 * chrome is skipped; before the body starts, the headline-like lines are read for the title
 * (title-reader.ts); once the body has started, an end-of-article marker ends the story, since
 * all that follows is teasers, comments or author boxes, unless the story resumes under a box of
 * links (teaser-box.ts). Any other line is kept only if it reads as a body paragraph.
 */
export function cleanArticle(raw: string): CleanArticle {
  const heading = new TitleReader();
  const paragraphs: string[] = [];
  // A question standing as a subheading of the body heads the paragraph under it (see isSubhead).
  let subhead = '';
  // Set once the body has met a box of links (teaser-box.ts).
  let after: AfterMarker | undefined;
  const add = (line: string, asSubhead: boolean) => {
    if (asSubhead) {
      subhead = line;
      return;
    }
    paragraphs.push(subhead ? `${subhead} ${dropBrokenTail(line)}` : dropBrokenTail(line));
    subhead = '';
  };
  const lines = splitLines(raw);
  // Under "Key points" or "At a glance", a list sums the story up before it is told.
  let summary = false;
  for (const [i, line] of lines.entries()) {
    if (paragraphs.length === 0) heading.notice(line, i);
    summary = (summary && LIST_ITEM.test(line)) || SUMMARY_HEADING.test(line);
    if (summary) continue;
    const marker = endMarker(line);
    // A count of comments also sits by the byline ("152 comments"): only under a story is it the
    // start of the comments.
    if (marker === 'final' && paragraphs.length >= STORY_BEFORE_COMMENTS) break;
    if (marker === 'final') {
      // a widget above the story
    } else if (marker) {
      if (paragraphs.length > 0) after = new AfterMarker(paragraphs);
      subhead = '';
    } else if (isChrome(line) || isCredit(lines[i + 1]) || isCaptionLabel(lines[i - 1])) {
      // skipped wherever it stands; a line above a photo's credit, or under "Image caption,", is
      // the photo's caption
    } else if (after) {
      const step = after.next(line, isBodyParagraph(line));
      if (step.kind === 'resume') {
        for (const held of step.paragraphs) add(held, isSubhead(held));
        after = undefined;
      }
    } else if (paragraphs.length === 0 && isHeadline(line)) {
      heading.offer(line, i);
    } else if (paragraphs.length > 0 && isSubhead(line)) {
      subhead = line;
    } else if (isBodyParagraph(line)) {
      add(line, false);
    }
  }
  return { title: heading.title, paragraphs: withoutRepeats(paragraphs) };
}

const STORY_BEFORE_COMMENTS = 2;

// A photo's credit on a line of its own, under its caption: "© Rheinblick / Petra Wolff",
// "Photo: Jane Doe/Reuters", "(Pic: Courier)". A copyright with a year ("© 2024 KMRB") is the
// site's footer, which may follow the story's last paragraph.
const CREDIT_ALONE =
  /^(?:©|\(c\)|\(?(?:[Pp]hoto(?:graph)?s?|[Pp]ictures?|[Pp]ics?|[Ii]mages?|[Cc]redits?|[Ff]oto)\s*:)\s*[^.!?]{1,60}$/u;
const isCredit = (line: string | undefined): boolean =>
  line !== undefined && CREDIT_ALONE.test(line) && !/\b(?:19|20)\d{2}\b/u.test(line);
// A caption's label ("Image caption,") or a text browser's mark of its photo ("[IMG]") on the
// line above it. (A described photo, "[Photo: Dockworkers cheer]", is the caption itself.)
const isCaptionLabel = (line: string | undefined): boolean =>
  line !== undefined &&
  (/^(?:(?:photos?|images?|pictures?|video)\s+)?captions?\s*[:,]?$/iu.test(line) ||
    /^\[(?:img|image|photo|picture|video)\]$/iu.test(line));

const SUMMARY_HEADING =
  /^(?:key (?:points|facts|takeaways)|at a glance|highlights|story highlights|in brief|in short|summary|the most important in brief|the essentials)\s*:?$/iu;
