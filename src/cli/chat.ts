import { createInterface } from 'node:readline/promises';
import { loadContext } from '../app.ts';
import { commands } from '../commands/registry.ts';
import { runCommand } from '../commands/run.ts';
import { corpusLimits } from '../config.ts';
import { escapeTerminal } from '../render/escape.ts';
import { ansi, plainStyle, renderTerminal } from '../render/terminal.ts';
import { parseChatLine } from './chat-line.ts';
import { exitOnError, readEnv } from './shell.ts';

class NoUsageError extends Error {}

// The bot without Discord: the same commands and replies, typed at a prompt.
async function main(): Promise<void> {
  const env = readEnv();
  const context = await loadContext(env.SEEDS_DIR, commands, corpusLimits(env));
  const style = process.stdout.isTTY ? ansi : plainStyle;
  const prompt = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: process.stdin.isTTY,
  });
  const count = context.story.corpus.articles.length;
  process.stdout.write(
    `storydesk: ${count} articles loaded. Type /help, /sources, /ask <question>, or /quit.\n`,
  );
  prompt.setPrompt('> ');
  prompt.prompt();
  for await (const line of prompt) {
    const parsed = parseChatLine(line, commands);
    if (parsed.kind === 'quit') break;
    if (parsed.kind === 'invalid') process.stdout.write(`${escapeTerminal(parsed.message)}\n`);
    if (parsed.kind === 'command') {
      process.stdout.write(renderTerminal(runCommand(context, parsed.name, parsed.options), style));
    }
    prompt.prompt();
  }
  prompt.close();
}

main().catch((error: unknown) => exitOnError(error, NoUsageError));
