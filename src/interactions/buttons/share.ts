import {
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  ComponentType,
  InteractionResponseType,
} from 'discord-api-types/v10';
import type { ButtonRow } from '../../render/buttons.ts';
import { pageCustomId, parsePageCustomId, SHARE_CUSTOM_ID } from '../../render/paging.ts';
import type { Answer } from '../respond.ts';
import { buttonsOf, type RawInteraction, userIdOf } from '../schema.ts';

/**
 * The buttons of the shared copy: those of the private reply but "Share", its page buttons now
 * the sharer's (the public copy is their answer), each rebuilt from the fields the bot set.
 */
function sharedRows(components: readonly unknown[] | undefined, sharer: string): ButtonRow[] {
  return buttonsOf(components).flatMap((row) => {
    const buttons = row.flatMap((b): APIButtonComponentWithCustomId[] => {
      if (b.custom_id === SHARE_CUSTOM_ID) return [];
      const page = parsePageCustomId(b.custom_id);
      const customId = page ? pageCustomId({ ...page, owner: sharer }) : b.custom_id;
      return [
        {
          type: ComponentType.Button,
          style: b.style,
          custom_id: customId,
          ...(b.label ? { label: b.label } : {}),
        },
      ];
    });
    return buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
  });
}

/** "Share in channel": the embeds the renderer made for the user (escaped, within limits), for all. */
export function onShare(i: RawInteraction): Answer {
  const embeds = (i.message?.embeds ?? []) as APIEmbed[];
  const components = sharedRows(i.message?.components, userIdOf(i));
  const data = { embeds, components, allowed_mentions: { parse: [] } };
  return { response: { type: InteractionResponseType.ChannelMessageWithSource, data }, outcome: 'ok' };
}
