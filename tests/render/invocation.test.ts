import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeDiscord, unescapeDiscord } from '../../src/render/escape.ts';
import {
  canonicalText,
  type Invocation,
  invocationKey,
  invocationLine,
  readInvocation,
} from '../../src/render/invocation.ts';
import { ATTACKS, hostileText } from './attacks.ts';

const ask = (question: string): Invocation => ({ command: 'ask', options: { question } });

describe('the question written at the top of an answer', () => {
  it.each([
    [ask('Who is John Kirby?'), '/ask question:Who is John Kirby?'],
    [
      { command: 'timeline', options: { topic: 'missile tests', from: '2022-09-01', to: '2022-11' } },
      '/timeline topic:missile tests from:2022-09-01 to:2022-11',
    ],
    [{ command: 'timeline', options: {} }, '/timeline'],
    // Words that look like option names stay inside the value: their ":" is escaped.
    [
      { command: 'who-said', options: { quote: 'x speaker:y from: z', speaker: 'Kirby' } },
      '/who-said quote:x speaker\\:y from\\: z speaker:Kirby',
    ],
    [
      ask('@everyone **now** http://x.example'),
      '/ask question:@\u200beveryone \\*\\*now\\*\\* http\\:\u200b//x.example',
    ],
    [ask('# 1. > -# a\\b'), '/ask question:\\# 1. > -# a\\\\b'],
    [ask('1. item'), '/ask question:1\\. item'],
  ])('%j is written %j and read back', (invocation, line) => {
    expect(invocationLine(invocation)).toBe(line);
    expect(readInvocation(`> ${line}\n\n**[1]** …`, invocation.command)).toEqual(invocation);
  });

  it.each([
    ['another command', '> /ask question:x', 'timeline'],
    ['a command whose name starts the same', '> /asked question:x', 'ask'],
    ['an echo of the user’s words', '> Who is Kirby?', 'ask'],
    ['text before the first option', '> /ask Who question:x', 'ask'],
    ['no text at all', undefined, 'ask'],
    ['a question on a later line', 'Title\n> /ask question:x', 'ask'],
  ])('reads nothing from %s', (_, text, command) => {
    expect(readInvocation(text, command)).toBeUndefined();
  });

  it.each([
    ['  Who   is\tKirby? \n', 'Who is Kirby?'],
    ['Ｋｉｒｂｙ', 'Kirby'],
    ['Kir\u200bby\u0007 said\u202e', 'Kirby said'],
    ['line\u2028break', 'line break'],
  ])('canonical text of %j is %j', (raw, canonical) => {
    expect(canonicalText(raw)).toBe(canonical);
  });

  it('reads back any canonical text exactly, however hostile', () => {
    const command = fc.constantFrom('ask', 'who-said', 'timeline');
    const options = fc.dictionary(
      fc.constantFrom('question', 'quote', 'speaker', 'topic', 'to'),
      hostileText(),
      {
        maxKeys: 4,
      },
    );
    fc.assert(
      fc.property(command, options, (name, raw) => {
        const invocation = {
          command: name,
          options: Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, canonicalText(v)])),
        };
        expect(readInvocation(`> ${invocationLine(invocation)}`, name)).toEqual(invocation);
      }),
      { numRuns: 500 },
    );
  });

  it('unescapes every attack fragment the way Discord shows it', () => {
    for (const attack of ATTACKS.map(canonicalText))
      expect(unescapeDiscord(escapeDiscord(attack))).toBe(attack);
  });

  it('keys the command and its options, in any order, and nothing else', () => {
    const a = { command: 'timeline', options: { topic: 'missile tests', from: '2022-09-01' } };
    const key = invocationKey(a);
    expect(key).toMatch(/^[\w-]{12}$/u);
    expect(
      invocationKey({ command: 'timeline', options: { from: '2022-09-01', topic: 'missile tests' } }),
    ).toBe(key);
    expect(
      new Set([
        key,
        invocationKey({ command: 'timeline', options: { topic: 'missile tests' } }),
        invocationKey({ command: 'timeline', options: { topic: 'missile tests', from: '2022-09-02' } }),
        invocationKey({ command: 'timeline', options: { topic: 'missile tests', to: '2022-09-01' } }),
        invocationKey({ command: 'compare', options: { topic: 'missile tests', from: '2022-09-01' } }),
      ]).size,
    ).toBe(5);
  });
});
