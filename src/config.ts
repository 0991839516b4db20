import { existsSync } from 'node:fs';
import { z } from 'zod';
import { type CorpusLimits, DEFAULT_LIMITS } from './corpus/corpus.ts';

/** The environment every entry point shares; the bot adds its own variables on top. */
export const baseEnvSchema = z.object({
  SEEDS_DIR: z.string().min(1).default('./seeds'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  // One message for every way a count can be wrong ("abc", "2.5", "-3"), in the operator's words.
  MAX_ARTICLE_BYTES: z.coerce
    .number({ error: 'must be a whole number of bytes above 0' })
    .int('must be a whole number of bytes above 0')
    .positive('must be a whole number of bytes above 0')
    .default(DEFAULT_LIMITS.maxArticleBytes),
  MAX_ARTICLES: z.coerce
    .number({ error: 'must be a whole number above 0' })
    .int('must be a whole number above 0')
    .positive('must be a whole number above 0')
    .default(DEFAULT_LIMITS.maxArticles),
});

/** The corpus limits the environment sets. */
export const corpusLimits = (env: z.infer<typeof baseEnvSchema>): CorpusLimits => ({
  maxArticleBytes: env.MAX_ARTICLE_BYTES,
  maxArticles: env.MAX_ARTICLES,
});

// An empty line in .env ("DISCORD_GUILD_ID=") means unset, not an invalid empty value.
export function withoutEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''),
  );
}

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

export type EnvResult<T> = { ok: true; env: T } | { ok: false; message: string };

/** Parses the environment against a schema; on failure one line per problem, never echoing a value. */
export function parseEnv<Schema extends z.ZodType>(
  schema: Schema,
  env: NodeJS.ProcessEnv,
): EnvResult<z.infer<Schema>> {
  const parsed = schema.safeParse(withoutEmpty(env));
  return parsed.success
    ? { ok: true, env: parsed.data }
    : { ok: false, message: describeEnvError(parsed.error) };
}

/** `.env` loaded into the process environment, then the environment. */
export function loadedEnv(): NodeJS.ProcessEnv {
  loadDotEnv();
  return process.env;
}
