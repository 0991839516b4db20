import { baseEnvSchema, describeEnvError, loadDotEnv, withoutEmpty } from '../config.ts';
import { CorpusError } from '../corpus/corpus.ts';

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
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
  } else if (error instanceof CorpusError) {
    process.stderr.write(`Cannot load the articles: ${error.message}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(
      `Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  }
}
