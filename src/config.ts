import { existsSync } from 'node:fs';
import { z } from 'zod';

/** The environment every entry point shares; the bot adds its own variables on top. */
export const baseEnvSchema = z.object({
  SEEDS_DIR: z.string().min(1).default('./seeds'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** One line per bad variable, naming it and pointing at the example file. */
export function describeEnvError(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message} (see .env.example)`)
    .join('\n');
}

/** Loads `.env` from the working directory when there is one; variables already set win. */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
