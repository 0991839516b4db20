import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContext } from '../../src/app.ts';
import { type CliIO, runCli } from '../../src/cli/run.ts';
import { commands } from '../../src/commands/registry.ts';
import { commandName } from '../../src/commands/types.ts';

// The CLI's entry run in-process (src/cli/main.ts only hands it the process's streams): each case
// is what is typed, the exit code, and what standard output and error say.
let seeds: Awaited<ReturnType<typeof loadContext>>;
let dir: string;
beforeAll(async () => {
  seeds = await loadContext('seeds');
  dir = await mkdtemp(join(tmpdir(), 'storydesk-png-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

interface Outcome {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

async function cli(argv: string[], env: Record<string, string> = {}): Promise<Outcome> {
  let out = '';
  let err = '';
  const io: CliIO = {
    env: { SEEDS_DIR: 'seeds', ...env },
    stdin: Readable.from([]),
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    color: false,
    // The seeds are loaded once for the file; any other folder is loaded as the CLI would.
    load: (folder, ...rest) => (folder === 'seeds' ? Promise.resolve(seeds) : loadContext(folder, ...rest)),
  };
  const code = await runCli(argv, io);
  return { code, out, err };
}

const USAGE = /^Usage: npm run cli -- <command> \[options\]$/mu;
// Discord's syntax ("/ask question:…") has no place in the terminal's messages.
const DISCORD_SYNTAX = /\/\w[\w-]* \w+:|For example: \//u;

describe('usage errors: exit 2, one plain sentence on standard error, then the CLI usage', () => {
  it.each<[string, string[], RegExp]>([
    ['1 nothing typed', [], /^Usage: npm run cli/u],
    ['2 a mistyped command', ['aks', 'Who?'], /^Unknown command "aks"\. Did you mean ask\?\n/u],
    [
      '3 a mistyped option',
      ['timeline', '--form', '2022-09'],
      /^Unknown option --form\. Did you mean --from\?\n/u,
    ],
    [
      '4 a blank question',
      ['ask', '   '],
      /^Write a question in your own words, up to 300 characters\.\nUsage: .+\n {2}ask "<question>"/u,
    ],
    ['5 no question', ['ask'], /^Write a question in your own words, up to 300 characters\.\n/u],
    [
      '6 a limit that is no number',
      ['ask', 'Who?', '--limit', 'many'],
      /^Write the limit as a whole number from 1 to 10\.\n/u,
    ],
    [
      '7 a date in words',
      ['timeline', '--from', 'last week'],
      /^Write the start date as 2022-09-01 \(a month, 2022-09, or a year, 2022, also works\)\.\nUsage: .+\n {2}timeline /u,
    ],
    [
      '8 dates the wrong way round',
      ['timeline', '--from', '2022-11-30', '--to', '2022-09-01'],
      /swap from and to\.\n/u,
    ],
    [
      '9 who-said with nothing to look for',
      ['who-said'],
      /^Give a few words of a quotation, or a speaker’s name\.\n/u,
    ],
    [
      '10 an offset past the end',
      ['sources', '--offset', '9'],
      /^There are 5 results, so offset 9 is past the end/u,
    ],
    [
      '11 a topic too long',
      ['compare', '--topic', 'x'.repeat(201)],
      /^Write a topic of up to 200 characters/u,
    ],
    ['12 check with no text', ['check'], /^Give the text to check, such as a sentence from a message\.\n/u],
    [
      '13 --png on a command that draws nothing',
      ['ask', 'Who?', '--png', 'x.png'],
      /^Unknown option --png\.\n/u,
    ],
    ['14 --png with no file name', ['timeline', '--png', ''], /^--png needs a file name\.\n/u],
  ])('%s', async (_, argv, said) => {
    const { code, out, err } = await cli(argv);
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err).toMatch(said);
    expect(err).toMatch(USAGE);
    expect(err).not.toMatch(DISCORD_SYNTAX);
    expect(err).not.toMatch(/Invalid input|expected string/u);
  });
});

describe('corpus and environment problems: exit 1, one line on standard error', () => {
  // Every command that reads the articles (help is the CLI's usage, which needs none).
  const reading = commands.map(commandName).filter((n) => n !== 'help');
  it.each(reading.map((n) => [n]))('%s with a corpus folder that does not exist', async (name) => {
    const argv =
      name === 'ask' || name === 'check'
        ? [name, 'Who?']
        : name === 'who-said'
          ? [name, '--speaker', 'Kirby']
          : [name];
    const { code, out, err } = await cli(argv, { SEEDS_DIR: '/nonexistent/storydesk' });
    expect({ code, out }).toEqual({ code: 1, out: '' });
    expect(err).toBe(
      'Cannot load the articles: Manifest /nonexistent/storydesk/manifest.json: it does not exist.\n',
    );
  });

  it.each<[string, string[], Record<string, string>, RegExp]>([
    [
      '1 a bad variable',
      ['ask', 'Who?'],
      { MAX_ARTICLES: '-3' },
      /^MAX_ARTICLES: must be a whole number above 0 \(see \.env\.example\)\n$/u,
    ],
    [
      '1b a count in words',
      ['sources'],
      { MAX_ARTICLES: 'abc' },
      /^MAX_ARTICLES: must be a whole number above 0 \(see \.env\.example\)\n$/u,
    ],
    [
      '1c a log level that is none',
      ['sources'],
      { LOG_LEVEL: 'loud' },
      /^LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent \(see \.env\.example\)\n$/u,
    ],
    [
      '2 a picture to a folder that does not exist',
      ['timeline', '--png', '/nonexistent/storydesk/t.png'],
      {},
      /Cannot write \/nonexistent\/storydesk\/t\.png: its folder does not exist\.\n$/u,
    ],
  ])('%s', async (_, argv, env, said) => {
    const { code, err } = await cli(argv, env);
    expect(code).toBe(1);
    expect(err).toMatch(said);
  });
});

describe('answers: exit 0', () => {
  it('help and --help print the usage on standard output', async () => {
    for (const argv of [['--help'], ['help'], ['-h']]) {
      const { code, out, err } = await cli(argv);
      expect({ code, err }).toEqual({ code: 0, err: '' });
      expect(out).toMatch(USAGE);
    }
  });

  it('timeline --png FILE writes the picture, and says so on standard error', async () => {
    const path = join(dir, 'timeline.png');
    const { code, out, err } = await cli(['timeline', '--png', path]);
    expect(code).toBe(0);
    expect(out).toMatch(/^Timeline of the story\n/u);
    expect(err).toMatch(/^Wrote .+timeline\.png: 14 events, \d+ kB\.\n$/u);
    const png = await readFile(path);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeLessThan(1024 * 1024);
  });

  it('timeline --png with no event writes nothing, and says so', async () => {
    const path = join(dir, 'none.png');
    const { code, err } = await cli(['timeline', '--topic', 'jollof rice', '--png', path]);
    expect(code).toBe(0);
    expect(err).toBe(`Nothing to draw, so ${path} was not written.\n`);
    await expect(readFile(path)).rejects.toThrow();
  });
});
