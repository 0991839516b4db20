import { beforeAll, describe, expect, it } from 'vitest';
import { loadContext } from '../../src/app.ts';
import { CHAT_HELP, ChatSession } from '../../src/cli/chat-session.ts';
import type { CommandContext } from '../../src/commands/types.ts';
import { plainStyle } from '../../src/render/terminal.ts';

let context: CommandContext;
beforeAll(async () => {
  context = await loadContext('seeds');
});

/** What the prompt answers to each line in turn: the numbered items' numbers, or the first line. */
function session(lines: string[]): string[] {
  const chat = new ChatSession(context, plainStyle);
  return lines.map((line) => {
    const { text, quit } = chat.answer(line);
    if (quit) return '(quit)';
    const numbers = [...text.matchAll(/^ *\[(\d+)\]/gmu)].map((m) => m[1]);
    return numbers.length > 0 ? `items ${numbers.join(',')}` : (text.split('\n')[0] ?? '');
  });
}

describe('the chat prompt', () => {
  it.each<[string, string[], string[]]>([
    ['1 /more before anything', ['/more'], ['Nothing to page yet: ask something first, then type /more.']],
    [
      '2 /more pages the last answer, its options kept, to the end',
      ['/who-said speaker:Kirby', '/more', '/more'],
      ['items 1,2,3,4,5', 'items 6,7,8,9,10', 'That was the last page.'],
    ],
    [
      '3 /more follows the latest answer',
      ['/timeline', '/ask Who is John Kirby?', '/more'],
      ['items 1,2,3,4,5,6,7,8,9,10', 'items 1,2,3', 'items 4,5,6'],
    ],
    [
      '4 a typo gets the nearest command',
      ['/aks Who denied it?'],
      [
        'There is no /aks. Did you mean /ask? Try /ask, /who-said, /timeline, /compare, /check, /sources, /help, /more or /quit.',
      ],
    ],
    [
      '5 a bad option: one sentence and an example',
      ['/timeline from:last week'],
      ['/timeline: check the options'],
    ],
    ['6 /quit', ['/quit'], ['(quit)']],
  ])('%s', (_, lines, expected) => {
    expect(session(lines)).toEqual(expected);
  });

  it('7 says how to see more the way the prompt takes it, never as a CLI flag', () => {
    const { text } = new ChatSession(context, plainStyle).answer('/timeline');
    expect(text).toContain('4 more: type /more for the next page.');
    expect(text).not.toContain('--offset');
  });

  it('8 /help explains /more', () => {
    const { text } = new ChatSession(context, plainStyle).answer('/help');
    expect(text.endsWith(`${CHAT_HELP}\n`)).toBe(true);
    expect(CHAT_HELP).toContain('/more shows the next page of the last answer');
  });
});
