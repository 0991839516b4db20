import { baseEnvSchema, describeEnvError, loadDotEnv, withoutEmpty } from '../config.ts';
import { CorpusError } from '../corpus/corpus.ts';
import { escapeTerminal } from '../render/escape.ts';

export function readEnv() {
  loadDotEnv();
  const parsed = baseEnvSchema.safeParse(withoutEmpty(process.env));
  if (!parsed.success) {
    process.stderr.write(`${describeEnvError(parsed.error)}\n`);
    process.exit(2);
  }
  return parsed.data;
}

/** Known problems become one clear message and an exit code; anything else is a bug, with its stack. */
export function exitOnError(error: unknown, usageError: new (...args: never[]) => Error): void {
  if (error instanceof usageError) {
    process.stderr.write(`${escapeTerminal(error.message)}\n`);
    process.exitCode = 2;
  } else if (error instanceof CorpusError) {
    // The manifest's file names reach this line: nothing in them may drive the terminal.
    process.stderr.write(`Cannot load the articles: ${escapeTerminal(error.message)}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(
      `Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  }
}
