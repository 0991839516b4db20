import cluster from 'node:cluster';
import { createLogger } from '../bot/logger.ts';
import type { Command } from '../commands/types.ts';
import { CorpusError } from '../corpus/corpus.ts';
import { safeError } from '../interactions/errors.ts';
import { readServeEnv } from './env.ts';
import { runPrimary } from './primary.ts';
import { runWorker } from './worker.ts';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/**
 * Starts the endpoint: one process when WEB_CONCURRENCY is 1, else a primary and that many
 * workers. Problems an operator can fix end in one line and exit 1.
 */
export async function runServe(commands: readonly Command[]): Promise<void> {
  const read = readServeEnv();
  if (!read.ok) fail(`Cannot start the endpoint: ${read.message}`);
  const { env } = read;
  const root = createLogger(env.LOG_LEVEL);
  const worker = cluster.worker;
  const logger = worker
    ? root.child({ worker: worker.id, pid: process.pid })
    : root.child({ pid: process.pid });
  process.on('unhandledRejection', (reason) =>
    logger.error({ error: safeError(reason) }, 'unhandled rejection'),
  );
  const running =
    cluster.isPrimary && env.WEB_CONCURRENCY > 1 ? runPrimary(env, logger) : runWorker(env, commands, logger);
  await running.catch((error: unknown) => {
    if (error instanceof CorpusError) fail(`Cannot load the articles: ${error.message}`);
    const reason = error instanceof Error ? error.message : String(error);
    fail(`Cannot start the endpoint: ${reason}`);
  });
}
