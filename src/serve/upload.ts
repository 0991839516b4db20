import { type APIInteractionResponse, InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { forUpload, isEphemeral, type MessageData, withoutVisibility } from '../render/interaction-data.ts';

/** What the HTTP response says now, and the edit of the original message that follows it. */
export interface HttpAnswer {
  readonly now: APIInteractionResponse;
  readonly later?: MessageData;
}

/**
 * Discord takes no files in the HTTP response to an interaction (a multipart response fails the
 * interaction), so an answer that carries files (the timeline's picture) is deferred in the
 * response, the deferral looking as the answer will (private or not, a new message or the
 * update of the one clicked), and delivered with its files by editing the original message.
 */
export function answerOverHttp(response: APIInteractionResponse): HttpAnswer {
  const data = 'data' in response ? (response.data as MessageData | undefined) : undefined;
  if (!data || forUpload(data).files.length === 0) return { now: response };
  if (response.type === InteractionResponseType.UpdateMessage) {
    return { now: { type: InteractionResponseType.DeferredMessageUpdate }, later: data };
  }
  if (response.type !== InteractionResponseType.ChannelMessageWithSource) return { now: response };
  const flags = isEphemeral(data) ? { data: { flags: MessageFlags.Ephemeral } } : {};
  return {
    now: { type: InteractionResponseType.DeferredChannelMessageWithSource, ...flags },
    later: withoutVisibility(data),
  };
}
