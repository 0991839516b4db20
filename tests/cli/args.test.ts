import { describe, expect, it } from 'vitest';
import { type CliAsk, parseCli, UsageError, usage } from '../../src/cli/args.ts';
import { commands } from '../../src/commands/registry.ts';
import { commandName } from '../../src/commands/types.ts';

const parse = (...argv: string[]) => parseCli(argv, commands);
/** The parts of a request worth comparing: the command name instead of the command object. */
const summary = (asked: CliAsk) => {
  if (asked.kind === 'help') return asked;
  const { command, kind: _kind, ...rest } = asked;
  return { name: command.data.name, ...rest };
};
const _ = (argv: string[], expected: ReturnType<typeof summary>) =>
  it(argv.join(' ') || '(nothing)', () => expect(summary(parse(...argv))).toEqual(expected));

function usageError(...argv: string[]): UsageError {
  try {
    parse(...argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return error as UsageError;
  }
  throw new Error(`parseCli accepted ${JSON.stringify(argv)}`);
}

describe('parseCli accepts', () => {
  _(['ask', 'Who denied it?'], { name: 'ask', options: { question: 'Who denied it?' }, json: false });
  _(['ask', '--question', 'Who denied it?'], {
    name: 'ask',
    options: { question: 'Who denied it?' },
    json: false,
  });
  _(['ask', '--question=Who?'], { name: 'ask', options: { question: 'Who?' }, json: false });
  // Unquoted words after the command are one question.
  _(['ask', 'Who', 'denied', 'it?'], { name: 'ask', options: { question: 'Who denied it?' }, json: false });
  _(['ask', 'Who?', '--json'], { name: 'ask', options: { question: 'Who?' }, json: true });
  _(['ask', '--json', 'Who?', '--limit', '5', '--offset', '3'], {
    name: 'ask',
    options: { question: 'Who?', limit: '5', offset: '3' },
    json: true,
  });
  _(['ask', '-'], { name: 'ask', options: { question: '-' }, json: true, fromStdin: 'question' });
  _(['ask', '--question', '-'], {
    name: 'ask',
    options: { question: '-' },
    json: true,
    fromStdin: 'question',
  });
  _(['timeline', '--topic', '-'], {
    name: 'timeline',
    options: { topic: '-' },
    json: true,
    fromStdin: 'topic',
  });
  _(['sources'], { name: 'sources', options: {}, json: false });
  _(['sources', '--json'], { name: 'sources', options: {}, json: true });
  _(['timeline', '--from', '2022-09', '--png', 'out.png'], {
    name: 'timeline',
    options: { from: '2022-09' },
    json: false,
    png: 'out.png',
  });
  _(['--help'], { kind: 'help', text: usage(commands) });
  _(['help'], { kind: 'help', text: usage(commands) });
  _(['ask', '--help'], { kind: 'help', text: usage(commands.filter((c) => c.data.name === 'ask')) });
});

describe('parseCli refuses with a UsageError', () => {
  it('no arguments: the usage of every command', () => {
    const { message } = usageError();
    expect(message).toBe(usage(commands));
    expect(message).toMatch(/^Usage: /);
    for (const c of commands) expect(message).toContain(`  ${commandName(c)}`);
    expect(message).toContain(
      '  timeline [--topic …] [--from …] [--to …] [--offset …] [--png FILE] [--json]',
    );
  });

  it.each([
    [['nope'], 'Unknown command "nope".\nUsage: '],
    [['--json'], 'Unknown command "--json".\nUsage: '],
    [['aks', 'Who?'], 'Unknown command "aks". Did you mean ask?\nUsage: '],
    [['tmeline'], 'Unknown command "tmeline". Did you mean timeline?\nUsage: '],
    [['ask', '--qestion', 'Who?'], 'Unknown option --qestion. Did you mean --question?\nUsage: '],
    [['ask', '--bogus', 'x'], 'Unknown option --bogus.\nUsage: '],
    [['ask', '--question'], '--question needs a value.\nUsage: '],
    [['sources', '--limit', '3'], 'Unknown option --limit.\nUsage: '],
    [['ask', '--png', 'x.png', 'Who?'], 'Unknown option --png.\nUsage: '],
  ])('%j, in one plain sentence, with a suggestion when one is close', (argv, start) => {
    expect(usageError(...argv).message.startsWith(start)).toBe(true);
  });

  it('an unknown flag gets the usage of that command only', () => {
    const { message } = usageError('ask', '--bogus', 'x');
    expect(message).toContain('ask "<question>"');
    expect(message).not.toContain('timeline');
  });

  it('a stray argument where no positional option is free', () => {
    expect(usageError('ask', '--question', 'Who?', 'extra').message).toMatch(/^Unexpected argument "extra"/);
    expect(usageError('sources', 'extra').message).toMatch(/^Unexpected argument "extra"/);
  });
});
