import type {
  APIApplicationCommandOptionChoice,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { z } from 'zod';
import type { Story } from '../retrieval/story.ts';
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

/**
 * One slash command: its registration payload, the zod schema of its options, and a handler that
 * turns validated options into a reply model. The bot, the CLI and the tests all call `execute`.
 */
export interface Command<Schema extends z.ZodType = z.ZodType> {
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  readonly options: Schema;
  /** One example invocation, shown by /help. */
  readonly example: string;
  execute(context: CommandContext, options: z.infer<Schema>): Reply;
  autocomplete?(context: CommandContext, focused: Focused): APIApplicationCommandOptionChoice<string>[];
}
