import { writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { loadContext } from '../app.ts';
import { commands } from '../commands/registry.ts';
import type { Reply } from '../commands/reply.ts';
import { runCommand } from '../commands/run.ts';
import { corpusLimits } from '../config.ts';
import { escapeTerminal } from '../render/escape.ts';
import { renderPicture } from '../render/picture.ts';
import { ansi, plainStyle, renderTerminal } from '../render/terminal.ts';
import { type CliRequest, parseCli, UsageError, usage } from './args.ts';
import { failure, OutputError, readEnv } from './shell.ts';

/** Where the CLI reads and writes: the process's streams, or a test's. */
export interface CliIO {
  readonly env: NodeJS.ProcessEnv;
  readonly stdin: NodeJS.ReadableStream;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** ANSI bold and dim for a terminal. */
  readonly color: boolean;
  /** Loads the story; a test may hand back one it loaded already. */
  readonly load?: typeof loadContext;
}

/** A reply that only complains about what was typed (`data.error`): the CLI's usage error. */
const complaint = (reply: Reply): string | undefined => {
  const data = reply.data as { error?: unknown } | null;
  return data && typeof data === 'object' && typeof data.error === 'string' ? data.error : undefined;
};

/** Writes the reply's picture to the file --png names; says what it wrote, or why nothing. */
async function writePicture(reply: Reply, path: string, io: CliIO): Promise<void> {
  if (!reply.picture) {
    io.err(`Nothing to draw, so ${escapeTerminal(path)} was not written.\n`);
    return;
  }
  const file = renderPicture(reply.picture);
  try {
    await writeFile(path, file.data);
  } catch (error) {
    const why = (error as { code?: string }).code === 'ENOENT' ? 'its folder does not exist' : String(error);
    throw new OutputError(`Cannot write ${path}: ${why}.`);
  }
  const events = reply.picture.events.length;
  io.err(
    `Wrote ${path}: ${events} event${events === 1 ? '' : 's'}, ${Math.ceil(file.data.length / 1024)} kB.\n`,
  );
}

async function run(request: CliRequest, io: CliIO): Promise<number> {
  const env = readEnv(io.env);
  const meaning = request.command.meaning === true;
  const context = await (io.load ?? loadContext)(env.SEEDS_DIR, commands, corpusLimits(env), meaning);
  const name = request.command.data.name;
  if (request.fromStdin) {
    const key = request.fromStdin;
    for await (const line of createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
      if (line.trim() === '') continue;
      io.out(`${JSON.stringify(runCommand(context, name, { ...request.options, [key]: line }).data)}\n`);
    }
    return 0;
  }
  const reply = runCommand(context, name, request.options);
  const problem = complaint(reply);
  // The sentence saying what to type, then this command's usage (not Discord's syntax).
  if (problem !== undefined) throw new UsageError(`${problem}\n${usage([request.command])}`);
  if (request.json) io.out(`${JSON.stringify(reply.data, null, 2)}\n`);
  else io.out(renderTerminal(reply, io.color ? ansi : plainStyle));
  if (request.png !== undefined) await writePicture(reply, request.png, io);
  return 0;
}

/**
 * `npm run cli -- <command> …`: the exit code, 0 when answered, 2 for a usage error (what was
 * typed: an unknown command or option, a bad value), 1 for the corpus or the environment (a bad
 * variable, a manifest to fix, a file that cannot be written).
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    const asked = parseCli(argv, commands);
    if (asked.kind === 'help') {
      io.out(`${asked.text}\n`);
      return 0;
    }
    if (asked.png === '') throw new UsageError(`--png needs a file name.\n${usage([asked.command])}`);
    return await run(asked, io);
  } catch (error) {
    return failure(error, UsageError, io.err);
  }
}
