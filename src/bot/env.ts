import { z } from 'zod';
import { baseEnvSchema, describeEnvError, loadDotEnv, withoutEmpty } from '../config.ts';

function loadedEnv(): NodeJS.ProcessEnv {
  loadDotEnv();
  return process.env;
}

const snowflake = z.string().regex(/^\d{17,20}$/u, 'must be a Discord id (17 to 20 digits)');

export const botEnvSchema = baseEnvSchema.extend({
  DISCORD_TOKEN: z
    .string({ error: 'is missing; set it in .env (or try `npm run chat`, which needs no token)' })
    .trim()
    .min(20, 'does not look like a bot token; copy it from the Developer Portal → Bot'),
  DISCORD_CLIENT_ID: snowflake.optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_URL: z.url().default('https://discord.com/api'),
});

export type BotEnv = z.infer<typeof botEnvSchema>;

/** Parses the environment; on failure returns one line per problem, never echoing a value. */
export function readBotEnv(
  env: NodeJS.ProcessEnv = loadedEnv(),
): { ok: true; env: BotEnv } | { ok: false; message: string } {
  const parsed = botEnvSchema.safeParse(withoutEmpty(env));
  return parsed.success
    ? { ok: true, env: parsed.data }
    : { ok: false, message: describeEnvError(parsed.error) };
}
