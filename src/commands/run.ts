import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import { z } from 'zod';
import { normalizeText } from '../corpus/normalize.ts';
import { notice, type Reply } from './reply.ts';
import { type Command, type CommandContext, commandName, type Focused } from './types.ts';

/** Option values as they arrive from Discord, the CLI or the chat prompt, before validation. */
export type RawOptions = Readonly<Record<string, unknown>>;

export type Validated = { ok: true; options: unknown } | { ok: false; problem: string };

/** Checks raw options against a command's schema; the problem names the option and the fix. */
export function validateOptions(command: Command, raw: RawOptions): Validated {
  const parsed = command.options.safeParse(raw);
  if (parsed.success) return { ok: true, options: parsed.data };
  const problem = parsed.error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
  return { ok: false, problem: `${problem}. For example: ${command.example}` };
}

/** The command of that name in the registry given: its Discord name, or its terminal name. */
export function findCommand(commands: readonly Command[], name: string): Command | undefined {
  return commands.find((c) => c.data.name === name || commandName(c) === name);
}

/** The one path from a command name and raw options to a reply, for every front end. */
export function runCommand(context: CommandContext, name: string, raw: RawOptions): Reply {
  const command = findCommand(context.commands, name);
  if (!command) {
    const known = context.commands.map((c) => `/${commandName(c)}`).join(', ');
    return notice('Unknown command', `There is no /${name}. The commands are ${known}.`, {
      error: 'unknown command',
    });
  }
  const checked = validateOptions(command, raw);
  if (!checked.ok) return notice(`/${name}: check the options`, checked.problem, { error: checked.problem });
  return command.execute(context, checked.options);
}

/** Choices for the option being typed; what was typed is read in the articles' normal form. */
export function runAutocomplete(
  context: CommandContext,
  name: string,
  focused: Focused,
): APIApplicationCommandOptionChoice<string>[] {
  const command = findCommand(context.commands, name);
  return command?.autocomplete?.(context, { ...focused, value: normalizeText(focused.value) }) ?? [];
}

/** Names of the options a command's schema accepts (its Discord options plus hidden ones). */
export function optionNames(command: Command): string[] {
  return command.options instanceof z.ZodObject ? Object.keys(command.options.shape) : [];
}
