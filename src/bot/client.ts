import { Client, Events, GatewayDispatchEvents, GatewayIntentBits } from 'discord.js';
import type { Logger } from 'pino';
import type { CommandContext } from '../commands/types.ts';
import { Cooldown } from '../interactions/cooldown.ts';
import { safeError } from '../interactions/errors.ts';
import { feedbackFile } from '../interactions/feedback-log.ts';
import { handleInteraction } from '../interactions/handle.ts';
import { Latencies } from '../interactions/latencies.ts';
import { restResponder } from '../interactions/rest-responder.ts';
import { interactionSchema } from '../interactions/schema.ts';
import type { BotEnv } from './env.ts';

/** Which shards this process connects: Discord's recommendation, or ids out of a fixed count. */
export type ShardPlan = { shards: 'auto' } | { shards: number[]; shardCount: number };

/**
 * The discord.js client: Guilds intent only (no privileged intents, no message content). It keeps
 * the gateway connections (one per shard); interactions are read raw from the gateway and answered
 * by the same code as the HTTP endpoint.
 */
export function createClient(env: BotEnv, plan: ShardPlan, context: CommandContext, logger: Logger): Client {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: env.DISCORD_API_URL },
    ...plan,
  });
  const deps = {
    context,
    cooldown: new Cooldown(),
    deferAfterMs: env.INTERACTION_DEFER_MS,
    latencies: new Latencies(),
    feedback: feedbackFile(env.FEEDBACK_FILE),
  };
  // One child logger per shard: every line says which shard handled it.
  const loggers = new Map<number, Logger>();
  const shardLogger = (shard: number): Logger => {
    const found = loggers.get(shard) ?? logger.child({ shard });
    loggers.set(shard, found);
    return found;
  };
  client.ws.on(GatewayDispatchEvents.InteractionCreate, (data: unknown, shard: number) => {
    const parsed = interactionSchema.safeParse(data);
    if (!parsed.success) {
      shardLogger(shard).warn('ignored an interaction without the expected fields');
      return;
    }
    const responder = restResponder(client.rest, parsed.data);
    void handleInteraction(parsed.data, { ...deps, logger: shardLogger(shard) }, responder);
  });
  client.on(Events.ShardReady, (shard) => {
    const guilds = client.guilds.cache.filter((g) => g.shardId === shard).size;
    shardLogger(shard).info({ shardCount: client.options.shardCount, guilds }, 'shard ready');
  });
  client.once(Events.ClientReady, (ready) => {
    const shards = client.options.shards;
    logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size, shards }, 'ready');
  });
  client.on(Events.Error, (error) => logger.error({ error: safeError(error) }, 'client error'));
  client.on(Events.ShardDisconnect, (event, shard) =>
    shardLogger(shard).warn({ code: event.code }, 'gateway disconnected'),
  );
  client.on(Events.ShardResume, (shard) => shardLogger(shard).info('gateway resumed'));
  client.rest.on('rateLimited', (info) =>
    logger.warn({ route: info.route, retryAfter: info.retryAfter }, 'rate limited'),
  );
  return client;
}
