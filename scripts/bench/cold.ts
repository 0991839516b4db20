// Cold starts as users meet them: whole processes of the compiled runtime, against a bare
// `node -e 0` started the same way, the median of several runs each.
import { spawnSync } from 'node:child_process';
import { percentiles } from './synthetic.ts';

function wall(args: readonly string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${run.stderr.toString()}`);
  return performance.now() - start;
}

export function measureColdStart(runs = 5): { node: number; cli: number } {
  const node: number[] = [];
  const cli: number[] = [];
  wall(['dist/cli/main.js', 'sources', '--json']);
  for (let i = 0; i < runs; i++) {
    node.push(wall(['-e', '0']));
    cli.push(wall(['dist/cli/main.js', 'ask', 'Who is John Kirby?', '--json']));
  }
  return { node: percentiles(node).p50, cli: percentiles(cli).p50 };
}
