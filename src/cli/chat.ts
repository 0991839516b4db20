import { createInterface } from 'node:readline/promises';
import { loadContext } from '../app.ts';
import { commands } from '../commands/registry.ts';
import { corpusLimits } from '../config.ts';
import { ansi, plainStyle } from '../render/terminal.ts';
import { CHAT_HELP, ChatSession } from './chat-session.ts';
import { exitOnError, readEnv } from './shell.ts';

class UsageError extends Error {}

// The bot without Discord: the same commands and replies, typed at a prompt.
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const usage = `Usage: npm run chat (then type /help at the prompt)\n${CHAT_HELP}`;
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  if (args.length > 0) throw new UsageError(usage);
  const env = readEnv();
  const context = await loadContext(env.SEEDS_DIR, commands, corpusLimits(env));
  const session = new ChatSession(context, process.stdout.isTTY ? ansi : plainStyle);
  const prompt = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: process.stdin.isTTY,
  });
  const count = context.story.corpus.articles.length;
  process.stdout.write(
    `storydesk: ${count} articles loaded. Type a question, /help, /more for the next page, or /quit.\n`,
  );
  prompt.setPrompt('> ');
  prompt.prompt();
  for await (const line of prompt) {
    const turn = session.answer(line);
    if (turn.quit) break;
    process.stdout.write(turn.text);
    prompt.prompt();
  }
  prompt.close();
}

main().catch((error: unknown) => exitOnError(error, UsageError));
