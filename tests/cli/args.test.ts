import { describe, expect, it } from 'vitest';
import { type CliRequest, parseCli, UsageError, usage } from '../../src/cli/args.ts';
import { commands } from '../../src/commands/registry.ts';
import { commandName } from '../../src/commands/types.ts';

const parse = (...argv: string[]) => parseCli(argv, commands);
/** The parts of a request worth comparing: the command name instead of the command object. */
const summary = ({ command, ...rest }: CliRequest) => ({ name: command.data.name, ...rest });
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
});

describe('parseCli refuses with a UsageError', () => {
  it('no arguments, or --help: the usage of every command', () => {
    for (const argv of [[], ['--help'], ['-h']]) {
      const { message } = usageError(...argv);
      expect(message).toBe(usage(commands));
      expect(message).toMatch(/^Usage: /);
      for (const c of commands) expect(message).toContain(`  ${commandName(c)}`);
    }
  });

  it('an unknown command, naming it', () => {
    expect(usageError('nope').message).toMatch(/^Unknown command "nope"\.\nUsage: /);
    expect(usageError('--json').message).toMatch(/^Unknown command "--json"/);
  });

  it('an unknown flag, naming it, with the usage of that command only', () => {
    const { message } = usageError('ask', '--bogus', 'x');
    expect(message).toMatch(/'--bogus'/);
    expect(message).toContain('ask "<question>"');
    expect(message).not.toContain('timeline');
  });

  it('a flag without its value, and a flag on a command without options', () => {
    expect(usageError('ask', '--question').message).toMatch(/--question/);
    expect(usageError('sources', '--limit', '3').message).toMatch(/--limit/);
  });

  it('a stray argument where no positional option is free', () => {
    expect(usageError('ask', '--question', 'Who?', 'extra').message).toMatch(/^Unexpected argument "extra"/);
    expect(usageError('sources', 'extra').message).toMatch(/^Unexpected argument "extra"/);
  });
});
