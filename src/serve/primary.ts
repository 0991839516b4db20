import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';
import { shareStory } from '../corpus/snapshot.ts';
import type { ServeEnv } from './env.ts';

// Under 8 s in all: workers drain for up to 6.5 s, then anything left is killed.
const STOP_MS = 7500;
// A worker that dies this soon after starting is restarted after a pause, not in a tight loop;
// after this many such deaths in a row (a port in use, say) the primary gives up.
const EARLY_DEATH_MS = 5000;
const EARLY_DEATHS = 5;

/**
 * WEB_CONCURRENCY > 1: the primary prepares the story once (a snapshot file), then starts that many
 * workers (node:cluster; they share the port) which load it. A worker that dies is replaced. SIGTERM
 * or SIGINT: every worker stops accepting, finishes what it has, and exits; then the primary exits 0.
 */
export async function runPrimary(env: ServeEnv, logger: Logger): Promise<void> {
  const story = await shareStory({ seedsDir: env.SEEDS_DIR, snapshot: env.STORY_SNAPSHOT });
  const started = new Map<Worker, number>();
  let stopping = false;
  let earlyDeaths = 0;
  const fork = (): void => {
    const worker = cluster.fork({ STORY_SNAPSHOT: story.path });
    started.set(worker, Date.now());
    logger.info({ worker: worker.id, workerPid: worker.process.pid }, 'worker started');
  };
  cluster.on('exit', (worker, code, signal) => {
    const age = Date.now() - (started.get(worker) ?? 0);
    started.delete(worker);
    if (stopping) return;
    earlyDeaths = age < EARLY_DEATH_MS ? earlyDeaths + 1 : 0;
    if (earlyDeaths >= EARLY_DEATHS) {
      logger.error(
        { worker: worker.id, code, deaths: earlyDeaths },
        'workers keep dying at start; giving up',
      );
      stop('workers failing', 1);
      return;
    }
    logger.warn({ worker: worker.id, code, signal }, 'worker died; starting another');
    setTimeout(fork, earlyDeaths > 0 ? 1000 : 0);
  });
  function stop(signal: string, exitCode = 0): void {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, workers: started.size }, 'stopping workers');
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    const exits = workers.map((w) => new Promise<void>((resolve) => w.once('exit', () => resolve())));
    for (const worker of workers) worker.process.kill('SIGTERM');
    const finish = () => void story.discard().finally(() => process.exit(exitCode));
    setTimeout(() => {
      for (const worker of workers) if (!worker.isDead()) worker.process.kill('SIGKILL');
      finish();
    }, STOP_MS).unref();
    void Promise.all(exits).then(() => {
      logger.info('all workers stopped');
      finish();
    });
  }
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  for (let i = 0; i < env.WEB_CONCURRENCY; i += 1) fork();
  logger.info({ workers: env.WEB_CONCURRENCY, port: env.PORT }, 'primary started');
}
