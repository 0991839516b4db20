import type { Period } from './periods.ts';

/** A time expression of a sentence, resolved against the article's publication date. */
export interface TimeRef extends Period {
  /** The words of the text, e.g. "on Wednesday". */
  readonly text: string;
  readonly index: number;
  /** Dated by the publication date because the text gives no time of its own (an article's lead). */
  readonly implicit?: boolean;
}
