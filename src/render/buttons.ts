import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  ButtonStyle,
  ComponentType,
} from 'discord-api-types/v10';
import type { Reply } from '../commands/reply.ts';
import { escapeDiscord } from './escape.ts';
import { LIMITS, truncate } from './limits.ts';
import { pageCustomId, SHARE_CUSTOM_ID } from './paging.ts';

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

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

/** "Previous" and "More results" for a paged reply, "Share in channel" under a shareable one. */
export function buttonRows(reply: Reply): ButtonRow[] {
  const paging = reply.paging;
  const buttons: APIButtonComponentWithCustomId[] = [];
  if (paging && paging.offset > 0) {
    const previous = Math.max(paging.offset - paging.pageSize, 0);
    buttons.push(button(ButtonStyle.Secondary, 'Previous', pageCustomId(paging, previous)));
  }
  if (paging && paging.offset + paging.pageSize < paging.total) {
    const next = paging.offset + paging.pageSize;
    buttons.push(button(ButtonStyle.Primary, 'More results', pageCustomId(paging, next)));
  }
  // Only what the user alone sees can be shared; a public reply is already in the channel.
  if (reply.shareable && reply.ephemeral) {
    buttons.push(button(ButtonStyle.Secondary, 'Share in channel', SHARE_CUSTOM_ID));
  }
  return buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
}
