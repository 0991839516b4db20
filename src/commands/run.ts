import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import { z } from 'zod';
import { normalizeText } from '../corpus/normalize.ts';
import { notice, optionNotice, type Reply } from './reply.ts';
import { type Command, type CommandContext, commandName, type Focused } from './types.ts';

/** Option values as they arrive from Discord, the CLI or the chat prompt, before validation. */
export type RawOptions = Readonly<Record<string, unknown>>;

export type Validated = { ok: true; options: unknown } | { ok: false; problem: string };

/**
 * Checks raw options against a command's schema. The problem is one sentence per bad option, the
 * command's own hint saying what to type, however many rules the value broke; never the
 * validator's words.
 */
export function validateOptions(command: Command, raw: RawOptions): Validated {
  const parsed = command.options.safeParse(raw);
  if (parsed.success) return { ok: true, options: parsed.data };
  const names = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '')))];
  const sentences = names.map(
    (n) => command.hints?.[n] ?? (n ? `Check the value of ${n}.` : 'Check the options.'),
  );
  return { ok: false, problem: sentences.join(' ') };
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
  if (!checked.ok) return optionNotice(name, checked.problem, command.example);
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
