import { baseEnvSchema, loadedEnv, parseEnv } from '../config.ts';
import { CorpusError } from '../corpus/corpus.ts';
import { escapeTerminal } from '../render/escape.ts';

/** The environment cannot be used (a bad variable): an environment problem, exit 1. */
export class EnvError extends Error {
  override readonly name = 'EnvError';
}

/** A file the CLI was asked to write could not be written: an environment problem, exit 1. */
export class OutputError extends Error {
  override readonly name = 'OutputError';
}

/** The terminal front ends' variables, from the environment given (by default .env, then the process's). */
export function readEnv(env: NodeJS.ProcessEnv = loadedEnv()) {
  const parsed = parseEnv(baseEnvSchema, env);
  if (!parsed.ok) throw new EnvError(parsed.message);
  return parsed.env;
}

/**
 * Known problems become clear lines on `write` and an exit code: 2 for what was typed (usage),
 * 1 for the corpus, the environment or a file; anything else is a bug, 1 with its stack.
 */
export function failure(
  error: unknown,
  usageError: new (...args: never[]) => Error,
  write: (text: string) => void,
): number {
  if (error instanceof usageError) {
    write(`${escapeTerminal(error.message)}\n`);
    return 2;
  }
  if (error instanceof CorpusError) {
    // The manifest's file names reach this line: nothing in them may drive the terminal.
    write(`Cannot load the articles: ${escapeTerminal(error.message)}\n`);
  } else if (error instanceof EnvError || error instanceof OutputError) {
    write(`${escapeTerminal(error.message)}\n`);
  } else {
    write(`Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  return 1;
}

/** For an entry point's last catch: the message on standard error, the code as the exit code. */
export function exitOnError(error: unknown, usageError: new (...args: never[]) => Error): void {
  process.exitCode = failure(error, usageError, (text) => process.stderr.write(text));
}
