import { describe, expect, it } from 'vitest';
import { commands } from '../../src/commands/registry.ts';
import { findCommand } from '../../src/commands/run.ts';
import type { Command } from '../../src/commands/types.ts';
import { askedOf } from '../../src/interactions/asked.ts';
import type { RawInteraction } from '../../src/interactions/schema.ts';

const commandNamed = (name: string): Command => {
  const found = findCommand(commands, name);
  if (!found) throw new Error(`no /${name}`);
  return found;
};
const slash = (name: string, options: Record<string, unknown>): RawInteraction => ({
  id: '1',
  application_id: '2',
  type: 2,
  token: 't',
  data: {
    name,
    type: 1,
    options: Object.entries(options).map(([n, value]) => ({ name: n, value })) as never,
  },
});

describe('what a command interaction asks', () => {
  it.each([
    ['ask', { question: '  Who   is\u200b Ｋｉｒｂｙ?\t' }, { question: 'Who is Kirby?' }, false],
    ['ask', { question: 'Who?', hide: true }, { question: 'Who?' }, true],
    ['ask', { question: 'Who?', hide: false }, { question: 'Who?' }, false],
    // Registered options only, in the order registered; a blank text stays blank.
    [
      'timeline',
      { to: '2022-11', offset: 30, topic: ' ', from: '2022-09-01' },
      { topic: '', from: '2022-09-01', to: '2022-11' },
      false,
    ],
    ['ask', { question: ' \u200b ' }, { question: '' }, false],
    ['who-said', { speaker: 'Kirby', quote: 'millions' }, { quote: 'millions', speaker: 'Kirby' }, false],
    ['sources', { hide: true }, {}, true],
    // A command without the option cannot be hidden by it.
    ['help', { hide: true }, {}, false],
  ])('/%s %j runs with %j, hidden: %s', (name, given, options, hide) => {
    const asked = askedOf(commandNamed(name), slash(name, given));
    expect(asked).toEqual({ ok: true, options, invocation: { command: name, options }, hide });
  });

  it('a hide that is not True or False is one plain sentence', () => {
    expect(askedOf(commandNamed('ask'), slash('ask', { question: 'Who?', hide: 'yes' }))).toEqual({
      ok: false,
      problem: 'The hide option is True or False.',
    });
  });

  it.each([
    ['its content', { content: 'North Korea sent shells' }, 'North Korea sent shells'],
    [
      'its embeds’ text when it has no content',
      { content: ' ', embeds: [{ title: 'T', description: 'D', fields: [{ name: 'n', value: 'V' }] }] },
      'T\nD\nV',
    ],
    ['nothing when there is no message', undefined, ''],
  ])('a message command reads %s, as sent, and is never hidden', (_, message, text) => {
    const i: RawInteraction = {
      id: '1',
      application_id: '2',
      type: 2,
      token: 't',
      data: {
        name: 'Check against sources',
        type: 3,
        target_id: '9',
        resolved: { messages: message ? { '9': message } : {} },
      },
    };
    expect(askedOf(commandNamed('check'), i)).toEqual({ ok: true, options: { text }, hide: false });
  });
});
