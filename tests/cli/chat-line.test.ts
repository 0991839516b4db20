import { describe, expect, it } from 'vitest';
import { type ChatLine, parseChatLine } from '../../src/cli/chat-line.ts';
import { commands } from '../../src/commands/registry.ts';

const _ = (line: string, expected: ChatLine) =>
  it(line || '(empty)', () => expect(parseChatLine(line, commands)).toEqual(expected));

describe('parseChatLine', () => {
  _('/ask Who denied it?', { kind: 'command', name: 'ask', options: { question: 'Who denied it?' } });
  _('/ask question:Who denied it?', {
    kind: 'command',
    name: 'ask',
    options: { question: 'Who denied it?' },
  });
  _('/ask question:Why? offset:3', {
    kind: 'command',
    name: 'ask',
    options: { question: 'Why?', offset: '3' },
  });
  _('Who is Kirby?', { kind: 'command', name: 'ask', options: { question: 'Who is Kirby?' } });
  _('/sources', { kind: 'command', name: 'sources', options: {} });
  _('/compare topic:the air exercise', {
    kind: 'command',
    name: 'compare',
    options: { topic: 'the air exercise' },
  });
  // The message command goes by its terminal name and takes the text to check.
  _('/check Kirby said: millions of shells', {
    kind: 'command',
    name: 'check',
    options: { text: 'Kirby said: millions of shells' },
  });
  _('/quit', { kind: 'quit' });
  _('   ', { kind: 'empty' });
  _('/more', { kind: 'more' });
  _('/nope', {
    kind: 'invalid',
    message:
      'There is no /nope. Try /ask, /who-said, /timeline, /compare, /check, /sources, /help, /more or /quit.',
  });
  _('/aks Who denied it?', {
    kind: 'invalid',
    message:
      'There is no /aks. Did you mean /ask? Try /ask, /who-said, /timeline, /compare, /check, /sources, /help, /more or /quit.',
  });
  _('/mroe', {
    kind: 'invalid',
    message:
      'There is no /mroe. Did you mean /more? Try /ask, /who-said, /timeline, /compare, /check, /sources, /help, /more or /quit.',
  });
});
