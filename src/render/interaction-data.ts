import { type APIInteractionResponseCallbackData, MessageFlags } from 'discord-api-types/v10';
import type { DiscordMessage } from './discord.ts';

/** A message body as Discord's API takes it (callback data, webhook edit or follow-up). */
export type MessageData = Pick<
  APIInteractionResponseCallbackData,
  'embeds' | 'components' | 'allowed_mentions' | 'flags'
>;

/**
 * The wire form of a rendered message. Mentions are never parsed; `flags` carries visibility,
 * which only the first response or a follow-up may set (an edit keeps what the message had).
 */
export function messageData(message: DiscordMessage, withVisibility = true): MessageData {
  const data: MessageData = {
    embeds: message.embeds,
    components: message.components,
    allowed_mentions: { parse: [] },
  };
  if (withVisibility && message.ephemeral) data.flags = MessageFlags.Ephemeral;
  return data;
}

/** The same body without visibility, for an edit (Discord rejects or ignores it there). */
export function withoutVisibility({ flags: _flags, ...rest }: MessageData): MessageData {
  return rest;
}

/** Whether a message body or a message (as Discord sends it with a click) is private. */
export const isEphemeral = (data: { readonly flags?: number | undefined } | undefined): boolean =>
  ((data?.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
