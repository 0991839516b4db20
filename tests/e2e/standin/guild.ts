import type {
  APIRole,
  ApplicationFlags,
  GatewayGuildCreateDispatchData,
  GatewayReadyDispatchData,
  GuildSystemChannelFlags,
  RoleFlags,
} from 'discord.js';
import { EN_US, member, PERMISSIONS, textChannel } from './fixtures.ts';
import type { GuildInfo, World } from './types.ts';

// Flag enums have no 0 member; "no flags" still has to be typed as the enum.
const NO_ROLE_FLAGS = 0 as RoleFlags;
const NO_SYSTEM_CHANNEL_FLAGS = 0 as GuildSystemChannelFlags;
const NO_APP_FLAGS = 0 as ApplicationFlags;

/** The shard Discord sends a guild's events on: (guild_id >> 22) % shard count. */
export const shardOf = (guildId: string, count: number): number =>
  Number((BigInt(guildId) >> 22n) % BigInt(count));

/** [id, count] from IDENTIFY's `shard`; 'invalid' (close 4010) or 'required' (4011) as Discord says. */
export function identifiedShard(field: unknown, count: number): [number, number] | 'invalid' | 'required' {
  if (field === undefined || field === null) return count === 1 ? [0, 1] : 'required';
  if (!Array.isArray(field) || field.length !== 2) return 'invalid';
  const [id, total] = field as unknown[];
  const whole = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n);
  if (!whole(id) || !whole(total) || total !== count || id < 0 || id >= total) return 'invalid';
  return [id, total];
}

export const guildsOnShard = (world: World, shard: number): GuildInfo[] =>
  world.guilds.filter((g) => shardOf(g.id, world.shardCount) === shard);

/** READY: the shard's guilds are listed unavailable; discord.js then waits for their GUILD_CREATE (up to 15 s). */
export function ready(
  world: World,
  sessionId: string,
  resumeUrl: string,
  shard: [number, number],
): GatewayReadyDispatchData {
  return {
    v: 10,
    user: { ...world.botUser, verified: true, mfa_enabled: false },
    guilds: guildsOnShard(world, shard[0]).map((g) => ({ id: g.id, unavailable: true })),
    session_id: sessionId,
    resume_gateway_url: resumeUrl,
    shard,
    application: { id: world.applicationId, flags: NO_APP_FLAGS, flags_new: '0' },
  };
}

function everyoneRole(guildId: string): APIRole {
  return {
    id: guildId,
    name: '@everyone',
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    position: 0,
    permissions: PERMISSIONS,
    managed: false,
    mentionable: false,
    flags: NO_ROLE_FLAGS,
    icon: null,
    unicode_emoji: null,
  };
}

/**
 * A complete GUILD_CREATE. discord.js itself only needs `id` and a `channels` array (without
 * `channels` it marks the guild unavailable); the channel listed here is what lets
 * interactions resolve `interaction.channel` (discord.js does not cache unknown channels).
 */
export function guildCreate(world: World, guild: GuildInfo): GatewayGuildCreateDispatchData {
  const { botUser } = world;
  const now = new Date().toISOString();
  const { guild_id: _omitted, ...channel } = textChannel(world, guild);
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: world.userId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [everyoneRole(guild.id)],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: guild.channelId,
    system_channel_flags: NO_SYSTEM_CHANNEL_FLAGS,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: EN_US,
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
    joined_at: now,
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [member(botUser, now)],
    channels: [channel],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}
