// Cold starts as users meet them: whole processes of the compiled runtime, against a bare
// `node -e 0` started the same way, the median of several runs each: the CLI answering a question,
// and the bot from its start to its session on the gateway (the Discord stand-in's).
import { spawn, spawnSync } from 'node:child_process';
import { startStandin } from '../../tests/e2e/standin/standin.ts';
import { percentiles } from './synthetic.ts';

function wall(args: readonly string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${run.stderr.toString()}`);
  return performance.now() - start;
}

/** Milliseconds from starting the compiled bot on the seeds to its session on the gateway. */
async function botReady(): Promise<number> {
  const d = await startStandin({ heartbeatIntervalMs: 5000 });
  const start = performance.now();
  const child = spawn(process.execPath, ['dist/bot/main.js'], {
    env: { ...process.env, DISCORD_API_URL: d.apiUrl, DISCORD_TOKEN: 'MTIzNDU2Nzg5.cold.bench-token-value' },
    stdio: 'ignore',
  });
  try {
    await d.waitForReady(60_000);
    return performance.now() - start;
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    await d.close();
  }
}

export async function measureColdStart(runs = 5): Promise<{ node: number; cli: number; bot: number }> {
  const node: number[] = [];
  const cli: number[] = [];
  const bot: number[] = [];
  wall(['dist/cli/main.js', 'sources', '--json']);
  for (let i = 0; i < runs; i++) {
    node.push(wall(['-e', '0']));
    cli.push(wall(['dist/cli/main.js', 'ask', 'Who is John Kirby?', '--json']));
    bot.push(await botReady());
  }
  return { node: percentiles(node).p50, cli: percentiles(cli).p50, bot: percentiles(bot).p50 };
}
