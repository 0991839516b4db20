import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContext } from '../../src/app.ts';
import { commands } from '../../src/commands/registry.ts';
import { runAutocomplete, runCommand } from '../../src/commands/run.ts';
import {
  type Command,
  type CommandContext,
  commandName,
  isMessageCommand,
  slashOptions,
} from '../../src/commands/types.ts';
import { renderChoices } from '../../src/render/choices.ts';
import { renderDiscord } from '../../src/render/discord.ts';
import { renderTerminal } from '../../src/render/terminal.ts';
import { hostileText } from '../render/attacks.ts';
import { leaks, problemsOf } from '../render/markup.ts';

let context: CommandContext;
beforeAll(async () => {
  context = await loadContext('seeds');
});

/** The text options of a command with the length Discord lets users type into each. */
function textOptions(command: Command): { name: string; max: number }[] {
  if (isMessageCommand(command)) return [{ name: command.messageOption, max: 4000 }];
  return slashOptions(command).flatMap((o) =>
    o.type === 3 ? [{ name: o.name, max: 'max_length' in o ? (o.max_length ?? 6000) : 6000 }] : [],
  );
}

/** Hostile values for some of a command's text options, each cut to what Discord would allow. */
const hostileOptions = (command: Command) =>
  fc.record(
    Object.fromEntries(
      textOptions(command).map((o) => [o.name, hostileText(8).map((t) => t.slice(0, o.max))]),
    ),
    { requiredKeys: [] },
  );

const NON_TEXT_COMMANDS = ['sources', 'help'];

describe('every command’s reply under hostile input', () => {
  it('covers every command that takes text', () => {
    expect(commands.filter((c) => textOptions(c).length === 0).map(commandName)).toEqual(NON_TEXT_COMMANDS);
  });

  for (const command of commands.filter((c) => textOptions(c).length > 0)) {
    it(`/${commandName(command)}: no markup from the input in any field, every limit kept`, () => {
      fc.assert(
        fc.property(hostileOptions(command), (raw) => {
          const reply = runCommand(context, command.data.name, raw);
          expect(problemsOf(renderDiscord(reply), { marks: true })).toEqual([]);
          expect(renderTerminal(reply)).not.toMatch(/[^\P{Cc}\n]/u);
        }),
        { numRuns: 40 },
      );
    });
  }

  for (const command of commands.filter((c) => c.autocomplete)) {
    it(`/${commandName(command)} autocomplete: escaped choices within the limits`, () => {
      const names = textOptions(command).map((o) => o.name);
      fc.assert(
        fc.property(fc.constantFrom(...names), hostileText(4), (name, value) => {
          const choices = renderChoices(runAutocomplete(context, command.data.name, { name, value }));
          expect(choices.length).toBeLessThanOrEqual(25);
          for (const c of choices) {
            expect(leaks(c.name)).toEqual([]);
            expect([c.name.length, c.value.length].every((n) => n >= 1 && n <= 100)).toBe(true);
          }
        }),
        { numRuns: 30 },
      );
    });
  }
});

describe('the hostile inputs the issue names', () => {
  const cases: [string, Record<string, string>][] = [
    ['ask', { question: '[official Reuters source](http://evil.example/phish) did North Korea deny it?' }],
    ['ask', { question: '# heading </ask:1234567890123456789> <#123456789012345678> -# small' }],
    ['timeline', { topic: '**@everyone** missile tests [x](https://evil.example)' }],
    ['compare', { topic: '> quote @HERE ~~air exercise~~ ||x||' }],
    ['who-said', { speaker: '**Kirby** @everyone <@&123456789012345678>' }],
    ['who-said', { quote: '`literally millions` ```x``` https://evil.example' }],
  ];
  it.each(cases)('/%s %j', (name, raw) => {
    const message = renderDiscord(runCommand(context, name, raw));
    expect(problemsOf(message, { marks: true })).toEqual([]);
  });
});
