import { z } from 'zod';
import { type EnvResult, loadedEnv, parseEnv } from '../config.ts';
import { interactionsEnvSchema } from '../interactions/env.ts';

const snowflake = z.string().regex(/^\d{17,20}$/u, 'must be a Discord id (17 to 20 digits)');

export const botEnvSchema = interactionsEnvSchema.extend({
  DISCORD_TOKEN: z
    .string({ error: 'is missing; set it in .env (or try `npm run chat`, which needs no token)' })
    .trim()
    .min(20, 'does not look like a bot token; copy it from the Developer Portal → Bot'),
  DISCORD_CLIENT_ID: snowflake.optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  // "auto" follows GET /gateway/bot; a number fixes the shard count (it must then stay the same
  // in every process of the bot).
  DISCORD_SHARDS: z
    .union([z.literal('auto'), z.coerce.number().int().min(1).max(4096)], {
      error: 'must be "auto" or a whole number of shards from 1',
    })
    .default('auto'),
  DISCORD_SHARD_PROCESSES: z.coerce.number().int().min(1).max(64).default(1),
});

export type BotEnv = z.infer<typeof botEnvSchema>;

/** Parses the environment; on failure returns one line per problem, never echoing a value. */
export function readBotEnv(env: NodeJS.ProcessEnv = loadedEnv()): EnvResult<BotEnv> {
  return parseEnv(botEnvSchema, env);
}
