import type { Reply } from '../commands/reply.ts';
import { type CitationStyle, citationLine, markSnippet, refLabel } from './citation.ts';
import { escapeTerminal } from './escape.ts';

/** Opening and closing sequences for bold and dim text. */
export interface TerminalStyle {
  readonly bold: readonly [string, string];
  readonly dim: readonly [string, string];
}

export const ansi: TerminalStyle = { bold: ['\u001b[1m', '\u001b[22m'], dim: ['\u001b[2m', '\u001b[22m'] };
export const plainStyle: TerminalStyle = { bold: ['', ''], dim: ['', ''] };

const citationStyle: CitationStyle = { text: escapeTerminal, ref: refLabel };

/**
 * Renders a reply model as terminal text, items numbered with their citations. Every text from a
 * user or an article goes through escapeTerminal, so none can drive the terminal; the styles'
 * escape sequences are added around it.
 */
export function renderTerminal(reply: Reply, style: TerminalStyle = plainStyle): string {
  const wrap = ([open, close]: readonly [string, string], text: string) => `${open}${text}${close}`;
  const lines = [wrap(style.bold, escapeTerminal(reply.title))];
  if (reply.echo) lines.push(`> ${escapeTerminal(reply.echo)}`);
  lines.push('');
  if (reply.items.length === 0 && reply.empty) lines.push(escapeTerminal(reply.empty), '');
  reply.items.forEach((item, i) => {
    const number = `[${(reply.paging?.offset ?? 0) + i + 1}]`;
    const body = markSnippet(item.body, escapeTerminal, ...style.bold);
    if (item.heading) {
      lines.push(
        `${number} ${wrap(style.bold, escapeTerminal(item.heading))}`,
        `    ${body.replace(/\n/g, '\n    ')}`,
      );
    } else {
      lines.push(`${number} ${body}`);
    }
    if (item.citations.length > 0) {
      lines.push(wrap(style.dim, `    — ${citationLine(item.citations, citationStyle)}`));
    }
    lines.push('');
  });
  const paging = reply.paging;
  if (paging && paging.offset + paging.pageSize < paging.total) {
    const rest = paging.total - paging.offset - paging.pageSize;
    lines.push(
      wrap(style.dim, `${rest} more result(s): ask again with --offset ${paging.offset + paging.pageSize}`),
    );
  }
  if (reply.note) lines.push(wrap(style.dim, escapeTerminal(reply.note)));
  return `${lines.join('\n').trimEnd()}\n`;
}
