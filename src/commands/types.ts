import type {
  APIApplicationCommandOption,
  APIApplicationCommandOptionChoice,
  ApplicationCommandType,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { z } from 'zod';
import type { Story } from '../retrieval/story.ts';
import { hideOption } from './payload.ts';
import type { Reply } from './reply.ts';

export interface CommandContext {
  readonly story: Story;
  /** Every registered command, for /help; passed in so that no command imports the registry. */
  readonly commands: readonly Command[];
}

export interface Focused {
  readonly name: string;
  readonly value: string;
}

interface Handler<Schema extends z.ZodType> {
  readonly options: Schema;
  /** One example invocation, shown by /help. */
  readonly example: string;
  /**
   * For each option, one sentence saying what to type ("Write dates as 2022-09-01."), shown in
   * place of the validator's words when the value given cannot be used: those name types and
   * schemas, which mean nothing to the person typing.
   */
  readonly hints?: Readonly<Record<string, string>>;
  /**
   * Its answers are shown only to the user who asked. Known before running, so that a reply
   * deferred while it is worked out is deferred privately too.
   */
  readonly ephemeral?: boolean;
  /** Its replies may carry a picture (the CLI then offers --png FILE). */
  readonly draws?: boolean;
  /** Its answers carry 👍 and 👎 buttons, so that readers can say which answers are wrong. */
  readonly feedback?: boolean;
  /**
   * Its answers are ranked with the sentence encoder (loaded asynchronously, about half a
   * second): a front end that runs one command and exits (the CLI) loads it only for these.
   */
  readonly meaning?: boolean;
  execute(context: CommandContext, options: z.infer<Schema>): Reply;
  autocomplete?(context: CommandContext, focused: Focused): APIApplicationCommandOptionChoice<string>[];
}

/**
 * A slash command: its registration payload, the zod schema of its options, and a handler that
 * turns validated options into a reply model. The bot, the CLI and the tests all call `execute`.
 */
export interface SlashCommand<Schema extends z.ZodType = z.ZodType> extends Handler<Schema> {
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
}

/**
 * A message context-menu command (Apps → name). Discord sends the target message with the
 * interaction; its text fills `messageOption`. In the terminal and the chat prompt, where there is
 * no message to right-click, it goes by `alias` and takes the text as that option.
 */
export interface MessageCommand<Schema extends z.ZodType = z.ZodType> extends Handler<Schema> {
  readonly data: RESTPostAPIContextMenuApplicationCommandsJSONBody & { type: ApplicationCommandType.Message };
  readonly alias: string;
  readonly description: string;
  readonly messageOption: string;
}

export type Command<Schema extends z.ZodType = z.ZodType> = SlashCommand<Schema> | MessageCommand<Schema>;

export const isMessageCommand = (command: Command): command is MessageCommand => 'messageOption' in command;

/** The name typed in the terminal and at the chat prompt. */
export const commandName = (command: Command): string =>
  isMessageCommand(command) ? command.alias : command.data.name;

export const commandDescription = (command: Command): string =>
  isMessageCommand(command) ? command.description : command.data.description;

/** The options Discord shows for the command; a message command has none. */
export const slashOptions = (command: Command): readonly APIApplicationCommandOption[] =>
  isMessageCommand(command) ? [] : (command.data.options ?? []);

/** The option a bare argument fills: `ask "why?"`, `check "the text"` (never Discord's `hide`). */
export const leadingOption = (command: Command): string | undefined =>
  isMessageCommand(command)
    ? command.messageOption
    : slashOptions(command).find((o) => o.name !== hideOption.name)?.name;
