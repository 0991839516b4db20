import { REST, Routes, ShardingManager } from 'discord.js';
import type { Logger } from 'pino';
import { shareStory } from '../corpus/snapshot.ts';
import type { BotEnv } from './env.ts';
import { gatewayBotSchema, shardIdsFor, spawnDelayMs } from './shards.ts';

/**
 * DISCORD_SHARD_PROCESSES > 1: this process only supervises. discord.js's ShardingManager starts
 * that many copies of the bot (its "shards" are our processes), each connecting a contiguous run of
 * the gateway shards and answering from the one prepared story written here. A process that dies
 * is started again.
 */
export async function runShardManager(env: BotEnv, script: string, logger: Logger): Promise<void> {
  // discord.js's own recommended-count helper ignores the REST base, so ask through DISCORD_API_URL.
  const rest = new REST({ version: '10', api: env.DISCORD_API_URL }).setToken(env.DISCORD_TOKEN);
  const gateway = gatewayBotSchema.parse(await rest.get(Routes.gatewayBot()));
  const count = env.DISCORD_SHARDS === 'auto' ? gateway.shards : env.DISCORD_SHARDS;
  const processes = Math.min(env.DISCORD_SHARD_PROCESSES, count);
  const story = await shareStory({ seedsDir: env.SEEDS_DIR, snapshot: env.STORY_SNAPSHOT });
  // Every child inherits these: the fixed shard count and the prepared story.
  process.env.DISCORD_SHARDS = String(count);
  process.env.STORY_SNAPSHOT = story.path;
  const manager = new ShardingManager(script, {
    totalShards: processes,
    token: env.DISCORD_TOKEN,
    // The children run TypeScript through the same loader (tsx) as this process.
    execArgv: process.execArgv,
    respawn: true,
  });
  manager.on('shardCreate', (shard) => {
    const shards = shardIdsFor(shard.id, processes, count);
    logger.info({ process: shard.id, shards, shardCount: count }, 'shard process started');
    shard.on('death', () => logger.warn({ process: shard.id, shards }, 'shard process exited'));
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    manager.respawn = false;
    logger.info({ signal }, 'stopping shard processes');
    const exits = [...manager.shards.values()].map((shard) => {
      const child = shard.process;
      if (!child || child.exitCode !== null) return Promise.resolve();
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      return exited;
    });
    setTimeout(() => process.exit(0), 7000).unref();
    void Promise.all(exits)
      .then(() => story.discard())
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  const delay = spawnDelayMs(count, processes, gateway.session_start_limit.max_concurrency);
  logger.info({ processes, shardCount: count, delayMs: delay }, 'starting shard processes');
  try {
    await manager.spawn({ amount: processes, delay, timeout: 60_000 });
  } catch (error) {
    // Leave nothing running behind a failed start.
    manager.respawn = false;
    for (const shard of manager.shards.values()) shard.kill();
    await story.discard();
    throw error;
  }
  logger.info({ processes }, 'all shard processes ready');
}
