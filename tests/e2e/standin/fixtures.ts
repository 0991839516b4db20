import type {
  APIGuildTextChannel,
  APIInteractionGuildMember,
  APIMessage,
  APIUser,
  ChannelFlags,
  ChannelType,
  GuildMemberFlags,
  Locale,
} from 'discord.js';
import { nextSnowflake, snowflakeOnShard } from './ids.ts';
import type { GuildInfo, StandinOptions, World } from './types.ts';

export const EN_US = 'en-US' as Locale;
// Flag enums have no 0 member; "no flags" still has to be typed as the enum.
const NO_CHANNEL_FLAGS = 0 as ChannelFlags;
const NO_MEMBER_FLAGS = 0 as GuildMemberFlags;
/** Administrator-free but generous permissions (view, send, embed, history, app commands...). */
export const PERMISSIONS = '2248473465835073';

export function makeUser(id: string, username: string, bot = false): APIUser {
  return { id, username, discriminator: '0', global_name: bot ? null : username, avatar: null, bot };
}

/** A guild's one text channel (the first guild's by default). */
export function textChannel(world: World, guild?: GuildInfo): APIGuildTextChannel<ChannelType.GuildText> {
  return {
    id: guild?.channelId ?? world.channelId,
    type: 0,
    guild_id: guild?.id ?? world.guildId,
    name: 'general',
    position: 0,
    parent_id: null,
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    permission_overwrites: [],
    flags: NO_CHANNEL_FLAGS,
  };
}

export function member(user: APIUser, joinedAt = new Date().toISOString()): APIInteractionGuildMember {
  return {
    user,
    roles: [],
    joined_at: joinedAt,
    deaf: false,
    mute: false,
    flags: NO_MEMBER_FLAGS,
    pending: false,
    nick: null,
    avatar: null,
    premium_since: null,
    communication_disabled_until: null,
    permissions: PERMISSIONS,
  };
}

export interface MessageInit {
  id?: string;
  content?: string;
  author?: APIUser;
  flags?: number;
  components?: APIMessage['components'];
  embeds?: APIMessage['embeds'];
  /** 0 = DEFAULT, 20 = CHAT_INPUT_COMMAND, 23 = CONTEXT_MENU_COMMAND. */
  type?: 0 | 20 | 23;
  webhookId?: string;
  /** Default: the first guild's channel. */
  channelId?: string;
}

export function message(world: World, init: MessageInit = {}): APIMessage {
  const msg: APIMessage = {
    id: init.id ?? '0',
    channel_id: init.channelId ?? world.channelId,
    author: init.author ?? world.botUser,
    content: init.content ?? '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: init.embeds ?? [],
    components: init.components ?? [],
    pinned: false,
    type: init.type ?? 0,
    flags: init.flags ?? 0,
  };
  if (init.webhookId !== undefined) msg.webhook_id = init.webhookId;
  return msg;
}

/** The fake world: the application, its bot user, a human, and one guild per shard. */
export function makeWorld(options: StandinOptions): World {
  const applicationId = options.applicationId ?? nextSnowflake();
  const shardCount = options.shards ?? 1;
  // One guild per shard, so that every shard has something to answer.
  const guilds = Array.from({ length: shardCount }, (_, shard) => ({
    id: shard === 0 && options.guildId ? options.guildId : snowflakeOnShard(shard, shardCount),
    name: shardCount === 1 ? 'Stand-in Guild' : `Stand-in Guild ${shard}`,
    channelId: nextSnowflake(),
  }));
  const [first] = guilds;
  if (!first) throw new Error('stand-in: shards must be at least 1');
  return {
    applicationId,
    guildId: first.id,
    guildName: first.name,
    channelId: first.channelId,
    guilds,
    shardCount,
    botUser: makeUser(options.botUserId ?? applicationId, 'standin-bot', true),
    userId: nextSnowflake(),
  };
}

/** The labels of a message's buttons, row by row (a body the bot sent, or a message). */
export function buttonLabels(components: readonly unknown[] | undefined): string[][] {
  const rows = (components ?? []) as { components?: { label?: string }[] }[];
  return rows.map((row) => (row.components ?? []).map((b) => b.label ?? ''));
}
