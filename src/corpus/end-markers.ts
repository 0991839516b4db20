import { COMMENT_COUNT } from './boilerplate.ts';

// The headings after which a page moves on to other stories, comments or an author's box. Only
// generic phrases, never text of one article.

// After one of these, the page moves on to other stories (a box of links, which a site may also
// set inside a story: teaser-box.ts), or to comments or the author's box, after which it never
// resumes.
const BOX_MARKERS = new Set([
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
]);
const FINAL_MARKERS = new Set([
  'leave a reply',
  'leave a comment',
  'post a comment',
  'add a comment',
  'comments',
  'please enter your comment',
  'about the author',
  'more from the author',
  'notes to editors',
  'note to editors',
  'notes for editors',
]);
// "More from Continental Dispatch", "More on this story": the site's other stories follow.
const MORE_FROM = /^more (?:from|on|in|by) [\p{L}\p{N} '’&.-]{1,50}$/iu;
// "About Jane Doe", or a box that opens with its label: "About the author: Jane Doe worked …".
const AUTHOR_BOX = /^[Aa]bout(?:\s+\p{Lu}[\p{L}.'’-]*){2,4}$|^[Aa]bout the (?:author|writer)s?\s*:/u;
// The box to write a comment opens the comments: "Write a comment...", "Add a reply".
const COMMENT_PROMPT = /^(?:write|post|add|leave) a (?:comment|reply)\b/iu;
// A box of the site's other stories, by its heading: "Related coverage", "Most read on APA",
// "Popular now", "Editor's picks", "Top stories". A heading of a word or three, not a sentence.
const TEASER_BOX =
  /^(?:related(?: [\p{L}]+)?|most (?:read|viewed|popular|shared|watched|commented)(?: (?:on|at|in) [\p{L}\p{N} '’&.-]{1,40})?|(?:popular|trending)(?: now| today| this week| stories| articles)?|(?:top|featured|latest|recommended) (?:stories|reads|videos|headlines)|editor['’]s (?:picks?|choice)|you may have missed|don['’]t miss|what to read next|further reading|in other news|explore more(?: on (?:these|this) topics?)?)$/iu;

export type EndMarker = 'box' | 'final';

/** Whether a line ends the story: at a box of links ('box'), or at comments or a bio ('final'). */
export function endMarker(line: string): EndMarker | undefined {
  const bare = line.replace(/^[\s\-–—•|]+|[\s:.!?…]+$/gu, '');
  const lower = bare.toLowerCase();
  if (
    FINAL_MARKERS.has(lower) ||
    AUTHOR_BOX.test(bare) ||
    COMMENT_COUNT.test(bare) ||
    COMMENT_PROMPT.test(bare)
  )
    return 'final';
  if (BOX_MARKERS.has(lower) || TEASER_BOX.test(bare) || MORE_FROM.test(bare)) return 'box';
  return undefined;
}

export const isEndMarker = (line: string): boolean => endMarker(line) !== undefined;
