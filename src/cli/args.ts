import { parseArgs } from 'node:util';
import { findCommand, optionNames, type RawOptions } from '../commands/run.ts';
import {
  type Command,
  commandName,
  isMessageCommand,
  leadingOption,
  slashOptions,
} from '../commands/types.ts';

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface CliRequest {
  readonly command: Command;
  readonly options: RawOptions;
  readonly json: boolean;
  /** The option whose value is "-": one value per line of standard input, JSON out. */
  readonly fromStdin?: string;
}

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
    return `  ${commandName(c)}${positional}${flags} [--json]`;
  });
  return `Usage: npm run cli -- <command> [options]\n${lines.join('\n')}\nUse "-" as a value to read one per line from standard input (prints JSON lines).`;
}

/** Parses CLI arguments against the registry: a command, its options as flags, --json. */
export function parseCli(argv: readonly string[], commands: readonly Command[]): CliRequest {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') throw new UsageError(usage(commands));
  const command = findCommand(commands, name);
  if (!command) throw new UsageError(`Unknown command "${name}".\n${usage(commands)}`);
  const names = optionNames(command);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        ...Object.fromEntries(names.map((n) => [n, { type: 'string' as const }])),
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${usage([command])}`);
  }
  const options: Record<string, unknown> = {};
  for (const n of names) if (typeof parsed.values[n] === 'string') options[n] = parsed.values[n];
  // The leading option may be given without its flag: ask "question", check "text".
  const lead = leadingOption(command);
  if (parsed.positionals.length > 0) {
    if (!lead || options[lead] !== undefined) {
      throw new UsageError(`Unexpected argument "${parsed.positionals[0]}".\n${usage([command])}`);
    }
    options[lead] = parsed.positionals.join(' ');
  }
  const fromStdin = Object.keys(options).find((k) => options[k] === '-');
  return {
    command,
    options,
    json: parsed.values.json === true || fromStdin !== undefined,
    ...(fromStdin ? { fromStdin } : {}),
  };
}
