import { parseArgs } from 'node:util';
import { findCommand, optionNames, type RawOptions } from '../commands/run.ts';
import {
  type Command,
  commandName,
  isMessageCommand,
  leadingOption,
  slashOptions,
} from '../commands/types.ts';
import { nearest } from './nearest.ts';

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface CliRequest {
  readonly command: Command;
  readonly options: RawOptions;
  readonly json: boolean;
  /** The option whose value is "-": one value per line of standard input, JSON out. */
  readonly fromStdin?: string;
  /** Where to write the reply's picture (--png FILE), for a command that draws one. */
  readonly png?: string;
}

/** What was asked on the command line: a command to run, or the usage to show (--help). */
export type CliAsk =
  | ({ readonly kind: 'run' } & CliRequest)
  | { readonly kind: 'help'; readonly text: string };

const HELP = new Set(['--help', '-h', 'help']);

export function usage(commands: readonly Command[]): string {
  const lines = commands.map((c) => {
    const [first] = slashOptions(c);
    const required = isMessageCommand(c) || (first !== undefined && 'required' in first && first.required);
    const lead = leadingOption(c);
    const positional = required && lead ? ` "<${lead}>"` : '';
    const flags = optionNames(c)
      .filter((n) => !positional.includes(`<${n}>`))
      .map((n) => ` [--${n} …]`)
      .join('');
    const png = c.draws ? ' [--png FILE]' : '';
    // In the terminal, help is this list.
    if (c.data.name === 'help') return '  help';
    return `  ${commandName(c)}${positional}${flags}${png} [--json]`;
  });
  return `Usage: npm run cli -- <command> [options]\n${lines.join('\n')}\nUse "-" as a value to read one per line from standard input (prints JSON lines).`;
}

/** The command named, or a usage error that suggests the nearest one. */
function commandOf(name: string, commands: readonly Command[]): Command {
  const command = findCommand(commands, name);
  if (command) return command;
  const guess = nearest(name, commands.map(commandName));
  const hint = guess ? ` Did you mean ${guess}?` : '';
  throw new UsageError(`Unknown command "${name}".${hint}\n${usage(commands)}`);
}

/** node:util's complaint about the arguments, as one plain sentence with a suggestion. */
function argumentProblem(error: unknown, names: readonly string[]): string {
  const { code, message } = error as { code?: string; message?: string };
  const option = /'(-{1,2}[^'\s]+)/u.exec(message ?? '')?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const guess = nearest(option.replace(/^-+/u, ''), names);
    return `Unknown option ${option}.${guess ? ` Did you mean --${guess}?` : ''}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${option || 'That option'} needs a value.`;
  return message ?? 'The arguments could not be read.';
}

/** Parses CLI arguments against the registry: a command, its options as flags, --json, --png. */
export function parseCli(argv: readonly string[], commands: readonly Command[]): CliAsk {
  const [name, ...rest] = argv;
  if (!name) throw new UsageError(usage(commands));
  if (HELP.has(name)) return { kind: 'help', text: usage(commands) };
  const command = commandOf(name, commands);
  if (rest.some((a) => a === '--help' || a === '-h')) return { kind: 'help', text: usage([command]) };
  const names = [...optionNames(command), 'json', ...(command.draws ? ['png'] : [])];
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      strict: true,
      options: Object.fromEntries(
        names.map((n) => [n, { type: n === 'json' ? 'boolean' : 'string' } as const]),
      ),
    });
  } catch (error) {
    throw new UsageError(`${argumentProblem(error, names)}\n${usage([command])}`);
  }
  const options: Record<string, unknown> = {};
  for (const n of optionNames(command))
    if (typeof parsed.values[n] === 'string') options[n] = parsed.values[n];
  // The leading option may be given without its flag: ask "question", check "text".
  const lead = leadingOption(command);
  if (parsed.positionals.length > 0) {
    if (!lead || options[lead] !== undefined) {
      throw new UsageError(`Unexpected argument "${parsed.positionals[0]}".\n${usage([command])}`);
    }
    options[lead] = parsed.positionals.join(' ');
  }
  const fromStdin = Object.keys(options).find((k) => options[k] === '-');
  const png = parsed.values.png;
  return {
    kind: 'run',
    command,
    options,
    json: parsed.values.json === true || fromStdin !== undefined,
    ...(fromStdin ? { fromStdin } : {}),
    ...(typeof png === 'string' ? { png } : {}),
  };
}
