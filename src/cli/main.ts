import { createInterface } from 'node:readline';
import { loadContext } from '../app.ts';
import { commands } from '../commands/registry.ts';
import { runCommand } from '../commands/run.ts';
import { corpusLimits } from '../config.ts';
import { ansi, plainStyle, renderTerminal } from '../render/terminal.ts';
import { parseCli, UsageError } from './args.ts';
import { exitOnError, readEnv } from './shell.ts';

async function main(): Promise<void> {
  const request = parseCli(process.argv.slice(2), commands);
  const env = readEnv();
  const context = await loadContext(env.SEEDS_DIR, commands, corpusLimits(env));
  const name = request.command.data.name;
  if (request.fromStdin) {
    const key = request.fromStdin;
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
      if (line.trim() === '') continue;
      const reply = runCommand(context, name, { ...request.options, [key]: line });
      process.stdout.write(`${JSON.stringify(reply.data)}\n`);
    }
    return;
  }
  const reply = runCommand(context, name, request.options);
  // A reply that is only a complaint about the options is a usage error: stderr, exit 2.
  if (reply.data && typeof reply.data === 'object' && 'error' in reply.data) {
    process.stderr.write(renderTerminal(reply));
    process.exitCode = 2;
  } else if (request.json) process.stdout.write(`${JSON.stringify(reply.data, null, 2)}\n`);
  else process.stdout.write(renderTerminal(reply, process.stdout.isTTY ? ansi : plainStyle));
}

main().catch((error: unknown) => exitOnError(error, UsageError));
