import { describe, expect, it } from 'vitest';
import { botEnvSchema } from '../../src/bot/env.ts';
import { shardIdsFor, shardingChild, shardPlan, spawnDelayMs } from '../../src/bot/shards.ts';

const env = (extra: Record<string, string> = {}) =>
  botEnvSchema.parse({ DISCORD_TOKEN: 'x'.repeat(30), ...extra });

describe('sharding plans', () => {
  it('splits shards into contiguous runs, the first processes taking the remainder', () => {
    expect([0, 1, 2].map((i) => shardIdsFor(i, 3, 8))).toEqual([
      [0, 1, 2],
      [3, 4, 5],
      [6, 7],
    ]);
    expect([0, 1].map((i) => shardIdsFor(i, 2, 2))).toEqual([[0], [1]]);
  });

  it('follows Discord by default, or connects every one of DISCORD_SHARDS', () => {
    expect(shardPlan(env(), undefined)).toEqual({ shards: 'auto' });
    expect(shardPlan(env({ DISCORD_SHARDS: '3' }), undefined)).toEqual({ shards: [0, 1, 2], shardCount: 3 });
    expect(botEnvSchema.safeParse({ DISCORD_TOKEN: 'x'.repeat(30), DISCORD_SHARDS: 'many' }).success).toBe(
      false,
    );
  });

  it('under the ShardingManager, a process connects its part of the count', () => {
    const child = shardingChild({ SHARDING_MANAGER: 'true', SHARDS: '1', SHARD_COUNT: '2' });
    expect(child).toEqual({ index: 1, processes: 2 });
    expect(shardPlan(env({ DISCORD_SHARDS: '5' }), child)).toEqual({ shards: [3, 4], shardCount: 5 });
    expect(shardingChild({ SHARDS: '1', SHARD_COUNT: '2' })).toBeUndefined();
  });

  it('spaces process starts so no more than max_concurrency shards identify per 5 s', () => {
    expect(spawnDelayMs(2, 2, 2)).toBe(0);
    expect(spawnDelayMs(2, 2, 1)).toBe(5500);
    expect(spawnDelayMs(16, 4, 1)).toBe(22_000);
    expect(spawnDelayMs(32, 4, 16)).toBe(5500);
  });
});
