import type { Citation, SourceRef } from '../corpus/types.ts';
import type { Snippet } from '../retrieval/snippet.ts';

/** One cited item of a reply: a passage, a quotation, an event or an article. */
export interface ReplyItem {
  readonly heading?: string;
  /**
   * What the item belongs to (a speaker): items of one group follow each other and renderers show
   * the group once, before the first of them, instead of a heading on each.
   */
  readonly group?: string;
  /** Plain text from the articles; renderers escape it and add marks. */
  readonly body: Snippet;
  readonly citations: readonly Citation[];
}

/** One event of a timeline picture: the dates its sources give it (two or more: they differ). */
export interface PictureEvent {
  /** ISO prefixes ("2022-09", "2022-09-21") with how each is said ("Sep 2022"). */
  readonly dates: readonly { readonly date: string; readonly label: string }[];
  readonly text: string;
}

/** A timeline to draw; renderers make the picture (Discord attaches it, the CLI writes it). */
export interface TimelinePicture {
  readonly title: string;
  readonly events: readonly PictureEvent[];
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
  readonly picture?: TimelinePicture;
  readonly data: unknown;
}

/** A short notice (help, errors, "slow down"); shown only to the user who asked in Discord. */
export function notice(title: string, text: string, data: unknown = { message: text }): Reply {
  return { title, items: [], empty: text, ephemeral: true, data };
}

/**
 * A notice about what was typed: the problem in plain sentences, then an example in Discord's
 * syntax. `data.error` holds the sentences alone, so the CLI can show its own usage instead.
 */
export function optionNotice(command: string, problem: string, example: string): Reply {
  return notice(`/${command}: check the options`, `${problem} For example: ${example}`, { error: problem });
}

export const plain = (text: string): Snippet => ({ text, marks: [] });

/** "002 para. 5", how a passage is named to readers; paragraph 0 stands for the whole article. */
export const sourceLabel = (r: SourceRef): string =>
  r.paragraph > 0 ? `${r.articleId} para. ${r.paragraph}` : r.articleId;
