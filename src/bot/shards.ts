import { z } from 'zod';
import type { ShardPlan } from './client.ts';
import type { BotEnv } from './env.ts';

/** The part of GET /gateway/bot that sharding needs. */
export const gatewayBotSchema = z
  .object({
    shards: z.number().int().min(1),
    session_start_limit: z.object({ max_concurrency: z.number().int().min(1) }).loose(),
  })
  .loose();

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);

/**
 * Shard ids of process `index` (0-based) of `processes`, out of `count` shards: contiguous runs,
 * the first processes taking one more when the count does not divide evenly.
 */
export function shardIdsFor(index: number, processes: number, count: number): number[] {
  const base = Math.floor(count / processes);
  const extra = count % processes;
  const start = index * base + Math.min(index, extra);
  return range(start, start + base + (index < extra ? 1 : 0));
}

/** This process's place among the processes discord.js's ShardingManager started, if it was one. */
export function shardingChild(env: NodeJS.ProcessEnv): { index: number; processes: number } | undefined {
  if (env.SHARDING_MANAGER !== 'true') return undefined;
  // The manager's "shards" are our processes: SHARDS is this process's index, SHARD_COUNT their number.
  const index = Number(env.SHARDS);
  const processes = Number(env.SHARD_COUNT);
  return Number.isInteger(index) && Number.isInteger(processes) && processes > 0
    ? { index, processes }
    : undefined;
}

/** The shards this process connects: its part under the manager, else all of DISCORD_SHARDS or "auto". */
export function shardPlan(env: BotEnv, child = shardingChild(process.env)): ShardPlan {
  const count = env.DISCORD_SHARDS;
  if (count === 'auto') return { shards: 'auto' };
  const shards = child ? shardIdsFor(child.index, child.processes, count) : range(0, count);
  return { shards, shardCount: count };
}

/**
 * How long to wait between starting processes so that, across processes, no more than
 * max_concurrency shards identify in any 5 s window (Discord's rule): a process needs one window
 * for every max_concurrency of its shards. 0 when every shard fits in one window.
 */
export function spawnDelayMs(count: number, processes: number, maxConcurrency: number): number {
  if (count <= maxConcurrency) return 0;
  return Math.ceil(Math.ceil(count / processes) / maxConcurrency) * 5500;
}
