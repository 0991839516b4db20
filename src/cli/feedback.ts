// `npm run feedback`: what readers said of the answers (FEEDBACK_FILE, written by the bot and the
// endpoint), answers with the most 👎 first, each with its question and passages: what to fix.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { describeEnvError, loadDotEnv, withoutEmpty } from '../config.ts';
import { feedbackFileSchema } from '../interactions/env.ts';
import { escapeTerminal } from '../render/escape.ts';
import { feedbackTable, summarizeFeedback } from './feedback-summary.ts';
import { exitOnError } from './shell.ts';

class UsageError extends Error {}

async function main(): Promise<void> {
  try {
    parseArgs({ options: {}, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\nUsage: npm run feedback (reads FEEDBACK_FILE)`);
  }
  loadDotEnv();
  const parsed = z.object({ FEEDBACK_FILE: feedbackFileSchema }).safeParse(withoutEmpty(process.env));
  if (!parsed.success) throw new UsageError(describeEnvError(parsed.error));
  const file = parsed.data.FEEDBACK_FILE;
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (text === undefined) {
    process.stdout.write(
      `No feedback yet: ${escapeTerminal(file)} does not exist (the first 👍 or 👎 makes it).\n`,
    );
    return;
  }
  process.stdout.write(feedbackTable(summarizeFeedback(text.split('\n')), file));
}

main().catch((error: unknown) => exitOnError(error, UsageError));
