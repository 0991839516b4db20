import type { Paging, Reply, ReplyItem } from '../commands/reply.ts';
import { markSnippet, terminalCitation } from './citation.ts';
import { escapeTerminal } from './escape.ts';

/** Opening and closing sequences for bold and dim text. */
export interface TerminalStyle {
  readonly bold: readonly [string, string];
  readonly dim: readonly [string, string];
}

export const ansi: TerminalStyle = { bold: ['\u001b[1m', '\u001b[22m'], dim: ['\u001b[2m', '\u001b[22m'] };
export const plainStyle: TerminalStyle = { bold: ['', ''], dim: ['', ''] };

/** How the next page is asked for: a flag on the command line, a command at the chat prompt. */
export type MoreHint = (paging: Paging, rest: number) => string;

export const cliMore: MoreHint = (paging, rest) =>
  `${rest} more result(s): ask again with --offset ${paging.offset + paging.pageSize}`;

type Wrap = (pair: readonly [string, string], text: string) => string;
const wrap: Wrap = ([open, close], text) => `${open}${text}${close}`;

/** One numbered item: heading and body, then its citation lines, all indented by `indent`. */
function itemLines(item: ReplyItem, number: number, indent: string, style: TerminalStyle): string[] {
  const label = `${indent}[${number}] `;
  const inner = `${indent}    `;
  const body = markSnippet(item.body, escapeTerminal, ...style.bold).replace(/\n/gu, `\n${inner}`);
  const lines = item.heading
    ? [`${label}${wrap(style.bold, escapeTerminal(item.heading))}`, `${inner}${body}`]
    : [`${label}${body}`];
  const [first, ...also] = terminalCitation(item.citations);
  if (first) lines.push(wrap(style.dim, `${inner}— ${first}`));
  for (const line of also) lines.push(wrap(style.dim, `${inner}  ${line}`));
  return lines;
}

/**
 * Renders a reply model as terminal text, items numbered with their citations (each article
 * with its outlet and address when the manifest gives them); the items of a group are indented
 * under its name, given once. Every text from a user or an article goes through escapeTerminal,
 * so none can drive the terminal; the styles' escape sequences are added around it.
 */
export function renderTerminal(reply: Reply, style: TerminalStyle = plainStyle, more = cliMore): string {
  const lines = [wrap(style.bold, escapeTerminal(reply.title))];
  if (reply.echo) lines.push(`> ${escapeTerminal(reply.echo)}`);
  lines.push('');
  if (reply.items.length === 0 && reply.empty) lines.push(escapeTerminal(reply.empty), '');
  let group: string | undefined;
  reply.items.forEach((item, i) => {
    if (item.group !== undefined && item.group !== group) {
      lines.push(wrap(style.bold, escapeTerminal(item.group)));
    }
    group = item.group;
    const indent = item.group !== undefined ? '  ' : '';
    lines.push(...itemLines(item, (reply.paging?.offset ?? 0) + i + 1, indent, style), '');
  });
  const paging = reply.paging;
  if (paging && paging.offset + paging.pageSize < paging.total) {
    lines.push(wrap(style.dim, more(paging, paging.total - paging.offset - paging.pageSize)));
  }
  if (reply.note) lines.push(wrap(style.dim, escapeTerminal(reply.note)));
  return `${lines.join('\n').trimEnd()}\n`;
}
