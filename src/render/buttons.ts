import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  ButtonStyle,
  ComponentType,
} from 'discord-api-types/v10';
import type { Paging, Reply } from '../commands/reply.ts';
import { escapeDiscord } from './escape.ts';
import { feedbackCustomId, type Vote } from './feedback-ids.ts';
import { type Invocation, invocationKey } from './invocation.ts';
import { LIMITS, truncate } from './limits.ts';
import { pageCustomId, SHARE_CUSTOM_ID } from './paging.ts';

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

/** Where a reply is shown: what was asked, by whom, and whether it may be rated. */
export interface MessageFrame {
  /** The question as asked: written at the top of the message, where page buttons read it back. */
  readonly invocation?: Invocation;
  /** The user who asked; page buttons are theirs. */
  readonly owner?: string;
  /** The command name a 👍/👎 is about; no such buttons when undefined. */
  readonly feedback?: string;
}

function button(
  style: ButtonStyle.Primary | ButtonStyle.Secondary,
  label: string,
  customId: string,
): APIButtonComponentWithCustomId {
  // Labels are the bot's own words today; escaped all the same, so no later label can carry markup.
  return {
    type: ComponentType.Button,
    style,
    label: truncate(escapeDiscord(label), LIMITS.buttonLabel),
    custom_id: customId,
  };
}

/** "Previous" and "More results" within the results; "Last page" from past the end. */
function pageButtons(
  paging: Paging,
  invocation: Invocation,
  owner: string,
): APIButtonComponentWithCustomId[] {
  const page = (offset: number) =>
    pageCustomId({ command: invocation.command, offset, key: invocationKey(invocation), owner });
  const { offset, pageSize, total } = paging;
  if (total > 0 && offset >= total) {
    const last = Math.floor((total - 1) / pageSize) * pageSize;
    return [button(ButtonStyle.Primary, 'Last page', page(last))];
  }
  return [
    ...(offset > 0 ? [button(ButtonStyle.Secondary, 'Previous', page(Math.max(offset - pageSize, 0)))] : []),
    ...(offset + pageSize < total
      ? [button(ButtonStyle.Primary, 'More results', page(offset + pageSize))]
      : []),
  ];
}

/**
 * The paging buttons and "Share in channel" (under a private reply with something to share) in
 * one row, 👍 and 👎 (under an answer that can be rated) in the next.
 */
export function buttonRows(reply: Reply, frame: MessageFrame = {}): ButtonRow[] {
  const { invocation, owner } = frame;
  const found = reply.items.length > 0;
  const first = [
    ...(reply.paging && invocation && owner ? pageButtons(reply.paging, invocation, owner) : []),
    // Only what the user alone sees can be shared; a public reply is already in the channel.
    ...(reply.shareable && reply.ephemeral && found
      ? [button(ButtonStyle.Secondary, 'Share in channel', SHARE_CUSTOM_ID)]
      : []),
  ];
  const passages = reply.items.flatMap((item) => item.citations.slice(0, 1));
  const vote = (v: Vote, label: string, command: string) =>
    button(ButtonStyle.Secondary, label, feedbackCustomId({ vote: v, command, passages }));
  const second =
    frame.feedback && found ? [vote('up', '👍', frame.feedback), vote('down', '👎', frame.feedback)] : [];
  return [first, second]
    .filter((row) => row.length > 0)
    .map((components) => ({ type: ComponentType.ActionRow, components }));
}
