import { z } from 'zod';
import { type EnvResult, loadedEnv, parseEnv } from '../config.ts';
import { interactionsEnvSchema } from '../interactions/env.ts';

/** `npm run serve`: no bot token; Discord signs each request with the application's key pair. */
export const serveEnvSchema = interactionsEnvSchema.extend({
  DISCORD_PUBLIC_KEY: z
    .string({ error: 'is missing; copy it from the Developer Portal → General Information → Public Key' })
    .trim()
    .regex(/^[0-9a-fA-F]{64}$/u, 'must be the 64 hex characters of the Public Key (General Information)'),
  // 0 picks a free port (logged), for tests.
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().trim().min(1).optional(),
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
});

export type ServeEnv = z.infer<typeof serveEnvSchema>;

export function readServeEnv(env: NodeJS.ProcessEnv = loadedEnv()): EnvResult<ServeEnv> {
  return parseEnv(serveEnvSchema, env);
}
