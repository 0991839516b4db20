import type { Paging } from '../commands/reply.ts';
import { type RawOptions, runCommand } from '../commands/run.ts';
import type { CommandContext } from '../commands/types.ts';
import { escapeTerminal } from '../render/escape.ts';
import { type MoreHint, renderTerminal, type TerminalStyle } from '../render/terminal.ts';
import { parseChatLine } from './chat-line.ts';

/** What the prompt adds to /help: how it differs from Discord. */
export const CHAT_HELP = [
  'At this prompt:',
  '  type a question as it is to ask it (the same as /ask);',
  '  options go as name:value, e.g. /timeline from:2022-09-01 to:2022-11-30;',
  '  /more shows the next page of the last answer;',
  '  /quit leaves.',
].join('\n');

const chatMore: MoreHint = (_paging, rest) => `${rest} more: type /more for the next page.`;

export interface ChatTurn {
  readonly text: string;
  readonly quit: boolean;
}

/** The chat prompt's answers, line by line; it remembers the last paged answer for /more. */
export class ChatSession {
  private last: { name: string; options: RawOptions; paging: Paging } | undefined;

  constructor(
    private readonly context: CommandContext,
    private readonly style: TerminalStyle,
  ) {}

  answer(line: string): ChatTurn {
    const parsed = parseChatLine(line, this.context.commands);
    if (parsed.kind === 'quit') return { text: '', quit: true };
    if (parsed.kind === 'empty') return { text: '', quit: false };
    if (parsed.kind === 'invalid') return { text: `${escapeTerminal(parsed.message)}\n`, quit: false };
    if (parsed.kind === 'more') return { text: this.more(), quit: false };
    const text = this.run(parsed.name, parsed.options);
    return { text: parsed.name === 'help' ? `${text}\n${CHAT_HELP}\n` : text, quit: false };
  }

  private run(name: string, options: RawOptions): string {
    const reply = runCommand(this.context, name, options);
    this.last = reply.paging ? { name, options, paging: reply.paging } : undefined;
    return renderTerminal(reply, this.style, chatMore);
  }

  /** The next page of the last answer: its options exactly, the offset moved on. */
  private more(): string {
    if (!this.last) return 'Nothing to page yet: ask something first, then type /more.\n';
    const { name, options, paging } = this.last;
    const next = paging.offset + paging.pageSize;
    if (next >= paging.total) return 'That was the last page.\n';
    return this.run(name, { ...options, offset: next });
  }
}
