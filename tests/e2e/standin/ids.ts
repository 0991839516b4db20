import { randomBytes } from 'node:crypto';

/** Discord's epoch (2015-01-01T00:00:00Z) in ms, as used by real snowflakes. */
const DISCORD_EPOCH = 1_420_070_400_000n;

let last = 0n;

/**
 * A new snowflake: a numeric string that is strictly greater than every one handed out before
 * in this process, and whose timestamp part decodes to (about) now, like Discord's.
 */
export function nextSnowflake(): string {
  const fromClock = (BigInt(Date.now()) - DISCORD_EPOCH) << 22n;
  last = fromClock > last ? fromClock : last + 1n;
  return last.toString();
}

/** An opaque random token, the shape of an interaction token or session id. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

let onShard = 0n;

/**
 * A snowflake (a guild id) that Discord's rule `(id >> 22) % count` puts on `shard`: its
 * timestamp part is moved forward at most `count - 1` ms to land there.
 */
export function snowflakeOnShard(shard: number, count: number): string {
  const n = BigInt(count);
  const now = BigInt(Date.now()) - DISCORD_EPOCH;
  const stamp = now + ((BigInt(shard) - (now % n) + n) % n);
  onShard = (onShard + 1n) % 4096n;
  return ((stamp << 22n) | onShard).toString();
}
