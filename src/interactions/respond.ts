import { type APIInteractionResponse, InteractionResponseType } from 'discord-api-types/v10';
import { notice, type Reply } from '../commands/reply.ts';
import { type Command, type CommandContext, commandName } from '../commands/types.ts';
import type { MessageFrame } from '../render/buttons.ts';
import { renderDiscord } from '../render/discord.ts';
import { messageData } from '../render/interaction-data.ts';
import type { Invocation } from '../render/invocation.ts';
import type { Cooldown } from './cooldown.ts';
import type { FeedbackEntry } from './feedback-log.ts';

export type Outcome = 'ok' | 'unknown' | 'cooldown' | 'error';

/** What to send for one interaction, and how it went (for the log). */
export interface Answer {
  readonly response: APIInteractionResponse;
  readonly outcome: Outcome;
  /** What a handler threw, when it did; the user got "Something went wrong". */
  readonly error?: unknown;
  /** A 👍 or 👎 to log and save once the click is acknowledged. */
  readonly feedback?: FeedbackEntry;
}

export interface AnswerDeps {
  readonly context: CommandContext;
  readonly cooldown: Cooldown;
}

/** Where a command's reply is shown: the question as asked, the asker, and 👍/👎 if it takes them. */
export const frameOf = (
  command: Command,
  asker: string,
  invocation: Invocation | undefined,
): MessageFrame => ({
  ...(invocation ? { invocation } : {}),
  owner: asker,
  ...(command.feedback ? { feedback: commandName(command) } : {}),
});

/** A reply as a new message (in the channel, or only for the user when the reply is private). */
export const messageAnswer = (reply: Reply, frame: MessageFrame = {}, outcome: Outcome = 'ok'): Answer => ({
  response: {
    type: InteractionResponseType.ChannelMessageWithSource,
    data: messageData(renderDiscord(reply, frame)),
  },
  outcome,
});

/** A reply in place of the message the clicked button sits on; its visibility cannot change. */
export const updateAnswer = (reply: Reply, frame: MessageFrame): Answer => ({
  response: {
    type: InteractionResponseType.UpdateMessage,
    data: messageData(renderDiscord(reply, frame), false),
  },
  outcome: 'ok',
});

/** The answer to a button that no longer leads anywhere (an old button, a message changed since). */
export const expired = (): Answer =>
  messageAnswer(
    notice('This button has expired', 'Run the command again to get fresh results.'),
    {},
    'unknown',
  );

/** The answer when something broke: an ephemeral notice; the log has the details. */
export const failed = (): Answer =>
  messageAnswer(
    notice('Something went wrong', 'The bot could not answer that. Please try again.'),
    {},
    'error',
  );
