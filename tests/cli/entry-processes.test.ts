import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, it } from 'vitest';

// The exit codes of the entry points as processes (tests/cli/exit-codes.test.ts tests the CLI's
// in-process entry; these check that each entry hands its code to the process).
const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function exitOf(entry: string, args: string[], env: Record<string, string>) {
  const pending = run(process.execPath, ['--import', 'tsx', entry, ...args], {
    cwd: ROOT,
    env: { ...process.env, SEEDS_DIR: 'seeds', ...env },
  });
  pending.child.stdin?.end('/quit\n');
  try {
    await pending;
    return { code: 0, stderr: '' };
  } catch (error) {
    const failed = error as { code?: number; stderr?: string };
    return { code: failed.code ?? -1, stderr: failed.stderr ?? '' };
  }
}

describe.concurrent('entry points exit 2 for what was typed, 1 for the corpus or environment', {
  timeout: 120_000,
}, () => {
  it.for<[string, string, string[], Record<string, string>, number, RegExp]>([
    [
      '1 cli: a mistyped command',
      'src/cli/main.ts',
      ['aks', 'Who?'],
      {},
      2,
      /^Unknown command "aks"\. Did you mean ask\?/u,
    ],
    [
      '2 cli: a bad variable',
      'src/cli/main.ts',
      ['sources'],
      { MAX_ARTICLES: 'abc' },
      1,
      /^MAX_ARTICLES: must be/u,
    ],
    ['3 chat: an argument', 'src/cli/chat.ts', ['--bogus'], {}, 2, /^Usage: npm run chat/u],
    [
      '4 chat: a missing corpus folder',
      'src/cli/chat.ts',
      [],
      { SEEDS_DIR: '/nonexistent/storydesk' },
      1,
      /^Cannot load the articles: /u,
    ],
    [
      '5 chat: a bad variable',
      'src/cli/chat.ts',
      [],
      { LOG_LEVEL: 'loud' },
      1,
      /^LOG_LEVEL: must be one of/u,
    ],
    ['6 snapshot: an unknown option', 'src/cli/snapshot.ts', ['--bogus'], {}, 2, /Usage: npm run snapshot/u],
    [
      '7 snapshot: a missing corpus folder',
      'src/cli/snapshot.ts',
      ['--out', '/tmp/x.json'],
      { SEEDS_DIR: '/nonexistent/storydesk' },
      1,
      /^Cannot load the articles: /u,
    ],
  ])('%s', async ([, entry, args, env, expected, said], { expect }) => {
    const { code, stderr } = await exitOf(entry, args, env);
    expect(code).toBe(expected);
    expect(stderr).toMatch(said);
  });
});
