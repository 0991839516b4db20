// The bot as users meet it on a large story: a real discord.js client in a child process against
// the Discord stand-in (tests/e2e/standin), the story prepared before login. Measures the time from
// start to the gateway, then sends a burst of commands at once (two /timeline, a /compare with a
// topic, eleven /ask, each from its own user) and times each one's first response (Discord drops
// one later than 3 s) and its final answer.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Corpus } from '../../src/corpus/types.ts';
import { type DiscordStandin, startStandin } from '../../tests/e2e/standin/standin.ts';
import { writeSynthetic } from './synthetic.ts';

export interface BurstResult {
  readonly articles: number;
  /** From the bot's start to its session on the gateway. */
  readonly gatewayMs: number;
  /** Per command: its name, first response and final answer, from its dispatch. */
  readonly commands: readonly { name: string; ackMs: number; finalMs: number; deferred: boolean }[];
}

const QUESTIONS = [
  'What did North Korea say about the US claims?',
  'Who is John Kirby?',
  'Did North Korea send artillery shells to Russia?',
  'When did the US make the accusation?',
  'What did the Deputy Director say?',
  'How many rockets were mentioned?',
  'Why did North Korea deny it?',
  'What is Wagner?',
  'Where were the weapons sent?',
  'Who denied the claims?',
  'What did the White House say?',
];

/** The burst: two /timeline, a /compare with a topic and eleven /ask, all at once. */
export const BURST: readonly { name: string; options: Record<string, string> }[] = [
  { name: 'timeline', options: {} },
  { name: 'timeline', options: { topic: 'weapons' } },
  { name: 'compare', options: { topic: 'artillery shells' } },
  ...QUESTIONS.map((question) => ({ name: 'ask', options: { question } })),
];

export interface BurstOptions {
  /** The bot's command line after `node`: the compiled entry, or `--import tsx src/bot/main.ts`. */
  readonly bot: readonly string[];
  readonly seeds: Corpus;
  readonly articles: number;
  readonly gatewayTimeoutMs?: number;
  readonly answerTimeoutMs?: number;
  /** A file for the bot's log lines (its interactions with their latency). */
  readonly log?: string | undefined;
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  return exited.finally(() => clearTimeout(timer));
}

export async function runBurst(options: BurstOptions): Promise<BurstResult> {
  const dir = mkdtempSync(join(tmpdir(), 'storydesk-burst-'));
  let d: DiscordStandin | undefined;
  let child: ChildProcess | undefined;
  try {
    writeSynthetic(dir, options.seeds, options.articles);
    d = await startStandin({ heartbeatIntervalMs: 5000 });
    const started = performance.now();
    child = spawn(process.execPath, [...options.bot], {
      env: {
        ...process.env,
        SEEDS_DIR: dir,
        DISCORD_API_URL: d.apiUrl,
        DISCORD_TOKEN: 'MTIzNDU2Nzg5.burst.bench-token-value',
        LOG_LEVEL: options.log ? 'info' : 'warn',
      },
      stdio: ['ignore', options.log ? openSync(options.log, 'w') : 'ignore', 'inherit'],
    });
    await d.waitForReady(options.gatewayTimeoutMs ?? 120_000);
    const gatewayMs = performance.now() - started;
    // Every command from a user of its own: the cooldown never answers.
    const handles = BURST.map((c, i) =>
      d?.sendCommand(c.name, c.options, { userId: `93000000000000${String(i).padStart(4, '0')}` }),
    );
    const timeout = options.answerTimeoutMs ?? 30_000;
    const commands = await Promise.all(
      handles.map(async (h, i) => {
        if (!h) throw new Error('the stand-in is gone');
        const final = await h.waitForFinal(timeout);
        const first = h.responses[0];
        const ackMs = first?.accepted ? first.ms : Number.POSITIVE_INFINITY;
        return { name: BURST[i]?.name ?? '?', ackMs, finalMs: final.ms, deferred: final.via !== 'callback' };
      }),
    );
    return { articles: options.articles, gatewayMs, commands };
  } finally {
    if (child) await stop(child);
    await d?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
