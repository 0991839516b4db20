import cluster from 'node:cluster';
import { createLogger } from '../bot/logger.ts';
import type { Command } from '../commands/types.ts';
import { safeError } from '../interactions/errors.ts';
import { readServeEnv } from './env.ts';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/**
 * Starts the endpoint: one process when WEB_CONCURRENCY is 1, else a primary and that many
 * workers. Problems an operator can fix end in one line and exit 1.
 */
export async function runServe(loadCommands: () => Promise<readonly Command[]>): Promise<void> {
  const read = readServeEnv();
  if (!read.ok) fail(`Cannot start the endpoint: ${read.message}`);
  const { env } = read;
  const root = createLogger(env.LOG_LEVEL);
  const worker = cluster.worker;
  const logger = root.child(worker ? { worker: worker.id, pid: process.pid } : { pid: process.pid });
  process.on('unhandledRejection', (reason) =>
    logger.error({ error: safeError(reason) }, 'unhandled rejection'),
  );
  // Loaded after the checks above, so a bad environment is reported at once; the primary never
  // loads the commands (its workers do).
  const { CorpusError } = await import('../corpus/corpus.ts');
  const running =
    cluster.isPrimary && env.WEB_CONCURRENCY > 1
      ? import('./primary.ts').then(({ runPrimary }) => runPrimary(env, logger))
      : Promise.all([import('./worker.ts'), loadCommands()]).then(([{ runWorker }, commands]) =>
          runWorker(env, commands, logger),
        );
  await running.catch((error: unknown) => {
    if (error instanceof CorpusError) fail(`Cannot load the articles: ${error.message}`);
    fail(`Cannot start the endpoint: ${error instanceof Error ? error.message : String(error)}`);
  });
}
