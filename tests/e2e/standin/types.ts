import type { APIMessage, APIUser } from 'discord.js';
import type { Upload } from './http-util.ts';

/** A guild the bot is in, with its one text channel. */
export interface GuildInfo {
  readonly id: string;
  readonly name: string;
  readonly channelId: string;
}

/** The fixed ids of the fake Discord world the bot logs into. */
export interface World {
  readonly applicationId: string;
  /** The first guild (and its channel), where interactions happen unless told otherwise. */
  readonly guildId: string;
  readonly guildName: string;
  readonly channelId: string;
  /** Every guild; with several shards, at least one on each (Discord: (id >> 22) % shards). */
  readonly guilds: readonly GuildInfo[];
  /** What GET /gateway/bot recommends, and the count every IDENTIFY must carry. */
  readonly shardCount: number;
  readonly botUser: APIUser;
  /** The default human who "types" commands. */
  readonly userId: string;
}

export interface StandinOptions {
  applicationId?: string;
  guildId?: string;
  botUserId?: string;
  /** HELLO's heartbeat_interval. Default 41250 (Discord's). */
  heartbeatIntervalMs?: number;
  /** Initial callbacks later than this get 404 Unknown interaction, as on Discord. Default 3000. */
  responseDeadlineMs?: number;
  /** Shards GET /gateway/bot recommends; one guild is made on each. Default 1. */
  shards?: number;
  /** session_start_limit.max_concurrency: shards that may IDENTIFY together. Default 1. */
  maxConcurrency?: number;
}

/** One REST call the bot made (successful or not). `path` has no /api/v10 prefix and is URL-decoded. */
export interface RestRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  /** Names of uploaded files for multipart bodies (the JSON part is `body`). */
  files: string[];
  /** The uploaded parts themselves: form field, file name, type and bytes. */
  uploads: Upload[];
  /** The route pattern it matched, e.g. 'POST /interactions/:id/:token/callback'; null if none. */
  route: string | null;
  /** Status the stand-in answered with (set once answered). */
  status: number;
  /** Date.now() on arrival. */
  at: number;
}

export interface FailOptions {
  /** Seconds; for 429 (Retry-After header and retry_after). Default 0.1. */
  retryAfter?: number;
  /** How many matching calls fail. Default 1. */
  times?: number;
}

export interface GatewayStats {
  connections: number;
  identifies: number;
  resumes: number;
  /** RESUMEs answered with op 9 (invalid session). */
  invalidSessions: number;
  heartbeats: number;
  /** Intents bitfield of the last IDENTIFY. */
  intents: number | null;
  /** The `shard` field of every accepted IDENTIFY, in order ([0, 1] when it had none). */
  identified: [number, number][];
}

export interface GatewayLogEntry {
  at: number;
  dir: 'in' | 'out';
  op: number;
  t?: string;
}

/** A message to run a message context-menu command on. */
export interface TargetMessage {
  id?: string;
  content: string;
  /** A bot's message often has embeds and no content. */
  embeds?: APIMessage['embeds'];
  author?: APIUser | { id: string; username: string; bot?: boolean };
}
