import { prepareContext, warmUp } from '../app.ts';
import type { Command } from '../commands/types.ts';
import { corpusLimits } from '../config.ts';
import { CorpusError } from '../corpus/corpus.ts';
import { safeError } from '../interactions/errors.ts';
import { escapeTerminal } from '../render/escape.ts';
import { createClient } from './client.ts';
import { readBotEnv } from './env.ts';
import { createLogger } from './logger.ts';
import { describeFailure } from './operator-errors.ts';
import { withoutCredentials } from './secrets.ts';
import { runShardManager } from './shard-manager.ts';
import { shardingChild, shardPlan } from './shards.ts';

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
  const child = shardingChild(process.env);
  // With several processes, every line says which one wrote it.
  const root = createLogger(env.LOG_LEVEL, [env.DISCORD_TOKEN]);
  const logger = child ? root.child({ process: child.index, pid: process.pid }) : root;
  process.on('unhandledRejection', (reason) =>
    logger.error({ error: safeError(reason) }, 'unhandled rejection'),
  );
  const script = process.argv[1];
  if (!child && env.DISCORD_SHARD_PROCESSES > 1 && script) {
    await runShardManager(env, script, logger).catch((error: unknown) => {
      if (error instanceof CorpusError) fail(`Cannot load the articles: ${error.message}`);
      fail(`Cannot start the shard processes: ${error instanceof Error ? error.message : String(error)}`);
    });
    return;
  }
  const source = { seedsDir: env.SEEDS_DIR, snapshot: env.STORY_SNAPSHOT };
  const { context, ms } = await prepareContext(source, commands, corpusLimits(env)).catch(
    (error: unknown) => {
      if (error instanceof CorpusError) fail(`Cannot load the articles: ${error.message}`);
      throw error;
    },
  );
  logger.info({ ms, snapshot: Boolean(env.STORY_SNAPSHOT) }, 'story prepared');
  const plan = shardPlan(env, child);
  const client = createClient(env, plan, context, logger);
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
  const articles = context.story.corpus.articles.length;
  logger.info({ articles, api: withoutCredentials(env.DISCORD_API_URL), shards: plan.shards }, 'logging in');
  try {
    await client.login(env.DISCORD_TOKEN);
    // Connected: what the first answers would load is loaded now, before the first commands.
    setImmediate(() => warmUp(context.story));
  } catch (error) {
    // Network, token or permissions: each named as such, with what to do (never the token).
    fail(describeFailure(error, 'Cannot log in to Discord', env.DISCORD_API_URL, [env.DISCORD_TOKEN]));
  }
}
