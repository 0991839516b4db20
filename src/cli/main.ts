import { loadedEnv } from '../config.ts';
import { runCli } from './run.ts';

// `npm run cli -- <command> …`: the commands of the bot in a terminal.
process.exitCode = await runCli(process.argv.slice(2), {
  env: loadedEnv(),
  stdin: process.stdin,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  color: process.stdout.isTTY === true,
});
