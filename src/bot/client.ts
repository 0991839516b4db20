import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Logger } from 'pino';
import type { CommandContext } from '../commands/types.ts';
import { Cooldown } from './cooldown.ts';
import type { BotEnv } from './env.ts';
import { handleInteraction } from './interactions.ts';

/** The discord.js client: Guilds intent only (no privileged intents, no message content). */
export function createClient(env: BotEnv, context: CommandContext, logger: Logger): Client {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: env.DISCORD_API_URL } });
  const deps = { context, logger, cooldown: new Cooldown() };
  client.once(Events.ClientReady, (ready) => {
    logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size }, 'ready');
  });
  client.on(Events.InteractionCreate, (interaction) => {
    void handleInteraction(interaction, deps);
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'client error'));
  client.on(Events.ShardDisconnect, (event, shard) =>
    logger.warn({ code: event.code, shard }, 'gateway disconnected'),
  );
  client.on(Events.ShardResume, (shard) => logger.info({ shard }, 'gateway resumed'));
  client.rest.on('rateLimited', (info) =>
    logger.warn({ route: info.route, retryAfter: info.retryAfter }, 'rate limited'),
  );
  return client;
}
