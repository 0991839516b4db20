import type {
  APIApplicationCommandAutocompleteGuildInteraction,
  APIApplicationCommandInteractionDataBasicOption,
  APIApplicationCommandInteractionDataOption,
  APIChatInputApplicationCommandGuildInteraction,
  APIMessage,
  APIMessageApplicationCommandGuildInteraction,
  APIMessageComponentGuildInteraction,
  InteractionType,
} from 'discord.js';
import { EN_US, makeUser, member, PERMISSIONS, textChannel } from './fixtures.ts';
import { nextSnowflake, randomToken } from './ids.ts';
import type { GuildInfo, World } from './types.ts';

/** Option values by name (string → STRING, boolean → BOOLEAN, integer → INTEGER, other number → NUMBER). */
export type OptionValues = Record<string, string | number | boolean>;
/** Either plain values, or raw option objects (needed for subcommands or a NUMBER that is whole). */
export type CommandOptions = OptionValues | APIApplicationCommandInteractionDataOption[];

export interface InteractionOptions {
  /** The invoking user; default the world's user. */
  userId?: string;
  username?: string;
  /** Where it happens: one of world.guilds (default: the first). Decides the shard it is sent on. */
  guildId?: string;
}

/** The guild an interaction happens in. */
export function guildOf(world: World, opts: InteractionOptions): GuildInfo {
  const guild = opts.guildId ? world.guilds.find((g) => g.id === opts.guildId) : world.guilds[0];
  if (!guild) throw new Error(`stand-in: no guild ${opts.guildId ?? '(none)'} in this world`);
  return guild;
}

export function toOptions(options: CommandOptions): APIApplicationCommandInteractionDataOption[] {
  if (Array.isArray(options)) return options;
  return Object.entries(options).map(([name, value]) => basicOption(name, value));
}

function basicOption(
  name: string,
  value: string | number | boolean,
): APIApplicationCommandInteractionDataBasicOption {
  if (typeof value === 'string') return { name, type: 3, value };
  if (typeof value === 'boolean') return { name, type: 5, value };
  return Number.isInteger(value) ? { name, type: 4, value } : { name, type: 10, value };
}

/** Fields every guild interaction shares. */
function base<T extends InteractionType>(world: World, type: T, opts: InteractionOptions) {
  const userId = opts.userId ?? world.userId;
  const user = makeUser(userId, opts.username ?? `user${userId.slice(-4)}`);
  const guild = guildOf(world, opts);
  return {
    id: nextSnowflake(),
    application_id: world.applicationId,
    type,
    token: randomToken(),
    version: 1 as const,
    guild_id: guild.id,
    guild: { id: guild.id, locale: EN_US, features: [] },
    channel_id: guild.channelId,
    channel: textChannel(world, guild),
    member: member(user),
    app_permissions: PERMISSIONS,
    locale: EN_US,
    guild_locale: EN_US,
    entitlements: [],
    authorizing_integration_owners: { '0': guild.id },
    context: 0 as const,
    attachment_size_limit: 10_485_760,
  };
}

export function chatInput(
  world: World,
  commandId: string,
  name: string,
  options: CommandOptions,
  opts: InteractionOptions,
): APIChatInputApplicationCommandGuildInteraction {
  const data = { id: commandId, name, type: 1 as const, options: toOptions(options) };
  return { ...base(world, 2, opts), data };
}

export function autocomplete(
  world: World,
  commandId: string,
  name: string,
  options: CommandOptions,
  focused: string | undefined,
  opts: InteractionOptions,
): APIApplicationCommandAutocompleteGuildInteraction {
  const list = Array.isArray(options)
    ? options
    : Object.entries(options).map(([key, value]) =>
        key === (focused ?? Object.keys(options)[0])
          ? { name: key, type: 3 as const, value: String(value), focused: true }
          : basicOption(key, value),
      );
  return { ...base(world, 4, opts), data: { id: commandId, name, type: 1, options: list } };
}

export function button(
  world: World,
  customId: string,
  message: APIMessage,
  opts: InteractionOptions,
): APIMessageComponentGuildInteraction {
  return { ...base(world, 3, opts), data: { custom_id: customId, component_type: 2 }, message };
}

export function messageCommand(
  world: World,
  commandId: string,
  name: string,
  target: APIMessage,
  opts: InteractionOptions,
): APIMessageApplicationCommandGuildInteraction {
  const resolved = { messages: { [target.id]: target } };
  return { ...base(world, 2, opts), data: { id: commandId, name, type: 3, target_id: target.id, resolved } };
}
