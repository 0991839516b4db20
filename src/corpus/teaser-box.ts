// What follows a heading such as "Related" or "Read more". At the end of a page it is the site's
// other stories, comments or an author's box, and the story is over. But a site may set a box
// of links in the middle of a story ("Related:" and three bulleted headlines), and the story
// goes on under it. Only a box of list items followed by prose, two paragraphs of it, is read
// as such an inset: a teaser's own sentence after a heading, or one line of a newsletter's
// pitch under the box, is not the story resuming.

const LIST_ITEM = /^(?:[-–—•*·▪]\s|\d{1,2}[.)]\s)/u;
const RESUMES_AFTER = 2;

export type BoxStep =
  /** The line belongs to the box, or to what follows the story: drop it. */
  | { readonly kind: 'skip' }
  /** The story goes on: these paragraphs, held while it was not yet clear, are its own. */
  | { readonly kind: 'resume'; readonly paragraphs: readonly string[] };

/** Reads the lines after one end-of-article marker; a new marker starts a new reader. */
export class AfterMarker {
  private listed = false;
  private held: string[] = [];

  /** `body`: whether the line reads as a paragraph of a story (clean.ts's test). */
  next(line: string, body: boolean): BoxStep {
    if (LIST_ITEM.test(line)) {
      this.listed = true;
      this.held = [];
    } else if (this.listed && body) {
      this.held.push(line);
      if (this.held.length >= RESUMES_AFTER) return { kind: 'resume', paragraphs: this.held };
    } else {
      this.held = [];
    }
    return { kind: 'skip' };
  }
}
