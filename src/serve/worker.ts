import cluster from 'node:cluster';
import type { AddressInfo } from 'node:net';
import { REST } from '@discordjs/rest';
import type { Logger } from 'pino';
import { prepareContext, warmUp } from '../app.ts';
import type { Command } from '../commands/types.ts';
import { Cooldown } from '../interactions/cooldown.ts';
import { feedbackFile } from '../interactions/feedback-log.ts';
import type { HandleDeps } from '../interactions/handle.ts';
import { Latencies } from '../interactions/latencies.ts';
import type { ServeEnv } from './env.ts';
import { createEndpoint } from './server.ts';
import { publicKeyFromHex } from './signature.ts';

// The primary gives up at 7.5 s; a worker stops waiting for stragglers before that.
const DRAIN_MS = 6500;

/**
 * One serving process: listens at once (so /healthz can say 503 while the story is prepared), then
 * prepares the story and answers. SIGTERM or SIGINT: stop accepting, finish what is in flight
 * (follow-ups included), exit 0.
 */
export async function runWorker(env: ServeEnv, commands: readonly Command[], logger: Logger): Promise<void> {
  let deps: HandleDeps | undefined;
  let stopping = false;
  const rest = new REST({ version: '10', api: env.DISCORD_API_URL });
  const endpoint = createEndpoint({
    publicKey: publicKeyFromHex(env.DISCORD_PUBLIC_KEY),
    rest,
    logger,
    ready: () => deps,
    stopping: () => stopping,
    identity: { pid: process.pid, ...(cluster.worker ? { worker: cluster.worker.id } : {}) },
  });
  const { server, inFlight } = endpoint;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, inFlight: inFlight.size }, 'shutting down');
    setTimeout(() => {
      logger.warn({ inFlight: inFlight.size }, 'gave up waiting for in-flight interactions');
      process.exit(0);
    }, DRAIN_MS).unref();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    // Keep-alive connections that served the last requests would otherwise hold the server open.
    server.closeAllConnections();
    await closed;
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  // Longer than the idle timeout of common load balancers (60 s), so they never reuse a socket
  // this server is closing.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  rest.on('rateLimited', (info) =>
    logger.warn({ route: info.route, retryAfter: info.retryAfter }, 'rate limited'),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(env.PORT, env.HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  logger.info({ port }, 'listening');
  const source = { seedsDir: env.SEEDS_DIR, snapshot: env.STORY_SNAPSHOT };
  const { context, ms } = await prepareContext(source, commands);
  deps = {
    context,
    cooldown: new Cooldown(),
    logger,
    deferAfterMs: env.INTERACTION_DEFER_MS,
    latencies: new Latencies(),
    feedback: feedbackFile(env.FEEDBACK_FILE),
  };
  logger.info({ ms, snapshot: Boolean(env.STORY_SNAPSHOT) }, 'story prepared');
  // What the first answers would load (WordNet, the vectors, the definitions of the story's
  // words) is loaded now, as the gateway bot does once connected.
  setImmediate(() => warmUp(context.story));
}
