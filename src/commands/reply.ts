import type { Citation } from '../corpus/types.ts';
import type { Snippet } from '../retrieval/snippet.ts';

/** One cited item of a reply: a passage, a quotation, an event or an article. */
export interface ReplyItem {
  readonly heading?: string;
  /** Plain text from the articles; renderers escape it and add marks. */
  readonly body: Snippet;
  readonly citations: readonly Citation[];
}

/**
 * Where a page sits among the results. What was asked is not here: the front end knows it (a
 * Discord page button finds it in the message it sits on).
 */
export interface Paging {
  readonly offset: number;
  readonly pageSize: number;
  readonly total: number;
}

/**
 * What a command answers, independent of where it is shown. `data` is the machine form printed
 * by the CLI's --json; the rest is rendered for Discord or the terminal.
 */
export interface Reply {
  readonly title: string;
  /** User text echoed back (a question, a quote); always escaped by renderers. */
  readonly echo?: string;
  readonly items: readonly ReplyItem[];
  /** Said instead of items when there are none. */
  readonly empty?: string;
  readonly note?: string;
  readonly ephemeral?: boolean;
  /** An ephemeral reply the user may post in the channel with one button. */
  readonly shareable?: boolean;
  readonly paging?: Paging;
  readonly data: unknown;
}

/** A short notice (help, errors, "slow down"); shown only to the user who asked in Discord. */
export function notice(title: string, text: string, data: unknown = { message: text }): Reply {
  return { title, items: [], empty: text, ephemeral: true, data };
}

export const plain = (text: string): Snippet => ({ text, marks: [] });
