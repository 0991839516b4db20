import { findCommand, optionNames, type RawOptions } from '../commands/run.ts';
import { type Command, commandName, leadingOption } from '../commands/types.ts';
import { nearest } from './nearest.ts';

export type ChatLine =
  | { kind: 'command'; name: string; options: RawOptions }
  | { kind: 'more' }
  | { kind: 'quit' }
  | { kind: 'empty' }
  | { kind: 'invalid'; message: string };

/**
 * Reads a line typed at the chat prompt the way Discord users type slash commands:
 * `/ask Why…?`, `/ask question:Why…?`, `/who-said speaker:Kirby quote:…`. Plain text is a question.
 */
export function parseChatLine(line: string, commands: readonly Command[]): ChatLine {
  const text = line.trim();
  if (text === '') return { kind: 'empty' };
  if (/^\/?(?:quit|exit)$/u.test(text)) return { kind: 'quit' };
  if (/^\/more$/u.test(text)) return { kind: 'more' };
  if (!text.startsWith('/')) return { kind: 'command', name: 'ask', options: { question: text } };
  const [, name = '', rest = ''] = /^\/(\S+)\s*(.*)$/su.exec(text) ?? [];
  const command = findCommand(commands, name);
  if (!command) {
    const names = commands.map(commandName);
    const guess = nearest(name, [...names, 'more', 'quit']);
    const hint = guess ? ` Did you mean /${guess}?` : '';
    const known = names.map((n) => `/${n}`).join(', ');
    return { kind: 'invalid', message: `There is no /${name}.${hint} Try ${known}, /more or /quit.` };
  }
  const names = optionNames(command);
  const options: Record<string, string> = {};
  // `name:value` pairs, each value running to the next known `name:`.
  const marker = new RegExp(`(?:^|\\s)(${names.map(escapeRegExp).join('|') || '(?!)'}):`, 'gu');
  const found = [...rest.matchAll(marker)];
  // Text before any `name:` fills the leading option: `/ask Why…?`, `/check the message`.
  const first = leadingOption(command) ?? names[0];
  if (found.length === 0) {
    if (rest.trim() !== '' && first) options[first] = rest.trim();
  } else {
    const leading = rest.slice(0, found[0]?.index ?? 0).trim();
    if (leading !== '' && first) options[first] = leading;
    found.forEach((m, i) => {
      const start = (m.index ?? 0) + m[0].length;
      const end = found[i + 1]?.index ?? rest.length;
      if (m[1]) options[m[1]] = rest.slice(start, end).trim();
    });
  }
  return { kind: 'command', name, options };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
