import type { Client } from 'discord.js';
import { loadContext } from '../app.ts';
import type { Command } from '../commands/types.ts';
import { discrepancies } from '../compare/discrepancies.ts';
import { corpusLimits } from '../config.ts';
import { CorpusError } from '../corpus/corpus.ts';
import { escapeTerminal } from '../render/escape.ts';
import { createClient } from './client.ts';
import { readBotEnv } from './env.ts';
import { createLogger } from './logger.ts';
import { describeFailure } from './operator-errors.ts';
import { withoutCredentials } from './secrets.ts';

// Problems an operator can fix end in one line and a non-zero exit.
function fail(message: string): never {
  process.stderr.write(`${escapeTerminal(message)}\n`);
  process.exit(1);
}

/** Starts the bot with the given commands (the registry in production). */
export async function runBot(commands: readonly Command[]): Promise<void> {
  const read = readBotEnv();
  if (!read.ok) fail(`Cannot start the bot: ${read.message}`);
  const { env } = read;
  const logger = createLogger(env.LOG_LEVEL, [env.DISCORD_TOKEN]);
  const context = await loadContext(env.SEEDS_DIR, commands, corpusLimits(env)).catch((error: unknown) => {
    if (error instanceof CorpusError) fail(`Cannot load the articles: ${error.message}`);
    throw error;
  });
  // Claims, quotations and dates are worked out once, now, so no command waits for them.
  const preparing = performance.now();
  discrepancies(context.story);
  logger.info({ ms: Math.round(performance.now() - preparing) }, 'story prepared');
  const client: Client = createClient(env, context, logger);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // Never hang on shutdown: exit even if the gateway does not close cleanly.
    setTimeout(() => process.exit(0), 3000).unref();
    void client.destroy().finally(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
  const api = withoutCredentials(env.DISCORD_API_URL);
  logger.info({ articles: context.story.corpus.articles.length, api }, 'logging in');
  try {
    await client.login(env.DISCORD_TOKEN);
  } catch (error) {
    // Network, token or permissions: each named as such, with what to do (never the token).
    fail(describeFailure(error, 'Cannot log in to Discord', env.DISCORD_API_URL, [env.DISCORD_TOKEN]));
  }
}
