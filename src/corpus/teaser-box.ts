import { isStopWord, words } from './line-kind.ts';

// What follows a heading such as "Related" or "Read more". At the end of a page it is the site's
// other stories, and the story is over. But a site may set a box of links in the middle of a
// story ("Related" and three headlines, "Recommended", a newsletter's pitch), and the story
// goes on under it. It is read as going on when two paragraphs of prose follow the box and they
// speak of what the story spoke of; teasers are headlines, or a sentence each under one, and a
// site's footer speaks of the site.

const RESUMES_AFTER = 2;
// Words of the story before the box that the prose after it must share ("Ferrie", "crew").
const SHARED_WORDS = 2;
const MIN_WORD_LENGTH = 4;

export type BoxStep =
  /** The line belongs to the box, or to what follows the story: drop it. */
  | { readonly kind: 'skip' }
  /** The story goes on: these paragraphs, held while it was not yet clear, are its own. */
  | { readonly kind: 'resume'; readonly paragraphs: readonly string[] };

const contentWords = (text: string): string[] =>
  words(text)
    .map((w) => w.toLowerCase().replace(/^\P{L}+|\P{L}+$/gu, ''))
    .filter((w) => w.length >= MIN_WORD_LENGTH && !isStopWord(w));

/** Reads the lines after one end-of-article marker; a new marker starts a new reader. */
export class AfterMarker {
  private held: string[] = [];
  private readonly story: ReadonlySet<string>;

  /** `before`: the story's paragraphs above the marker. */
  constructor(before: readonly string[]) {
    this.story = new Set(before.flatMap(contentWords));
  }

  /** `body`: whether the line reads as a paragraph of a story (clean.ts's test). */
  next(line: string, body: boolean): BoxStep {
    if (!body) {
      this.held = [];
      return { kind: 'skip' };
    }
    this.held.push(line);
    const shared = new Set(this.held.flatMap(contentWords).filter((w) => this.story.has(w)));
    if (this.held.length >= RESUMES_AFTER && shared.size >= SHARED_WORDS)
      return { kind: 'resume', paragraphs: this.held };
    return { kind: 'skip' };
  }
}
