import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import type { Reply, ReplyItem } from '../commands/reply.ts';
import type { Citation } from '../corpus/types.ts';
import { type ButtonRow, buttonRows, type MessageFrame } from './buttons.ts';
import { type CitationStyle, citationLine, linkTarget, markSnippet, refLabel } from './citation.ts';
import { escapeDiscord } from './escape.ts';
import { invocationLine } from './invocation.ts';
import { LIMITS, truncate } from './limits.ts';

/** A reply ready for discord.js: mentions never parsed, sizes within every limit. */
export interface DiscordMessage {
  readonly embeds: APIEmbed[];
  readonly components: ButtonRow[];
  readonly allowedMentions: { parse: [] };
  readonly ephemeral: boolean;
}

const COLOR = 0x3b82f6;
// Discord refuses an empty field name or value; this shows nothing.
const BLANK = '\u200b';
const ECHO_MAX = 400;

/**
 * The bot's own link to an article: built from the manifest's URL, apart from the escaping path,
 * so it stays a link (in angle brackets, so Discord shows no preview under the answer).
 */
function citedRef(c: Citation): string {
  const label = escapeDiscord(refLabel(c));
  const target = linkTarget(c.url);
  return target ? `[${label}](<${target}>)` : label;
}

const citationStyle: CitationStyle = { text: escapeDiscord, ref: citedRef };

const citeLine = (item: ReplyItem) =>
  item.citations.length > 0 ? `\n-# ${citationLine(item.citations, citationStyle)}` : '';

const bodyOf = (item: ReplyItem) => markSnippet(item.body, escapeDiscord, '**', '**');

function itemBlock(item: ReplyItem, number: number): string {
  return `**[${number}]** ${bodyOf(item)}${citeLine(item)}`;
}

function itemField(item: ReplyItem): APIEmbedField {
  return {
    name: truncate(escapeDiscord(item.heading ?? ''), LIMITS.fieldName) || BLANK,
    value: truncate(bodyOf(item) + citeLine(item), LIMITS.fieldValue) || BLANK,
  };
}

/** Adds blocks while they fit; the first that does not is cut at a sentence boundary. */
function fitBlocks(blocks: readonly string[], budget: number): string {
  let out = '';
  for (const block of blocks) {
    const next = out ? `${out}\n\n${block}` : block;
    if (next.length <= budget) {
      out = next;
      continue;
    }
    const room = budget - out.length - 2;
    if (room > 80) out = `${out}${out ? '\n\n' : ''}${truncate(block, room)}`;
    break;
  }
  return out;
}

function footerText(reply: Reply): string | undefined {
  const paging = reply.paging;
  if (!paging || reply.items.length === 0) return reply.note;
  const last = paging.offset + reply.items.length;
  const range = `Results ${paging.offset + 1}–${last} of ${paging.total}`;
  return reply.note ? `${range} · ${reply.note}` : range;
}

/**
 * The quoted line at the top: the question as asked when a button will read it back (a page, or a
 * 👍/👎 under something found; written whole, never cut), else the reply's echo of the user's words.
 */
function headLine(reply: Reply, frame: MessageFrame): string {
  const readBack = reply.paging !== undefined || (frame.feedback !== undefined && reply.items.length > 0);
  if (frame.invocation && readBack) return `> ${invocationLine(frame.invocation)}`;
  const echoed = reply.echo ? truncate(escapeDiscord(reply.echo.replace(/\s+/gu, ' ')), ECHO_MAX) : '';
  return echoed ? `> ${echoed}` : '';
}

/**
 * Renders a reply model as a Discord message; every text in it went through escapeDiscord. A reply
 * with nothing found is shown only to the user who asked.
 */
export function renderDiscord(reply: Reply, frame: MessageFrame = {}): DiscordMessage {
  const title = truncate(escapeDiscord(reply.title), LIMITS.embedTitle);
  const footer = footerText(reply);
  const embed: APIEmbed = { color: COLOR };
  if (title) embed.title = title;
  if (footer) embed.footer = { text: truncate(escapeDiscord(footer), LIMITS.footer) };
  const head = headLine(reply, frame);
  // The head line is kept whole: fields only get the room it leaves.
  let budget = LIMITS.embedsTotal - title.length - (embed.footer?.text.length ?? 0) - head.length;
  const headed = reply.items.filter((i) => i.heading !== undefined);
  const plain = reply.items.filter((i) => i.heading === undefined);
  const fields: APIEmbedField[] = [];
  for (const item of headed.slice(0, LIMITS.embedFields)) {
    const field = itemField(item);
    const size = field.name.length + field.value.length;
    if (size > budget - 200) break;
    fields.push(field);
    budget -= size;
  }
  if (fields.length > 0) embed.fields = fields;
  const offset = reply.paging?.offset ?? 0;
  const blocks = [
    ...(reply.items.length === 0 && reply.empty ? [escapeDiscord(reply.empty)] : []),
    ...plain.map((item, i) => itemBlock(item, offset + i + 1)),
  ];
  // The bot quotes the user's words as a block quote; the words themselves are escaped.
  const room = Math.min(LIMITS.embedDescription, budget + head.length) - head.length - 2;
  const description = [head, fitBlocks(blocks, room)].filter(Boolean).join('\n\n');
  if (description) embed.description = description;
  // Discord refuses an embed with nothing in it.
  else if (!embed.title && !embed.fields) embed.description = BLANK;
  return {
    embeds: [embed],
    components: buttonRows(reply, frame),
    allowedMentions: { parse: [] },
    ephemeral: reply.ephemeral === true || reply.items.length === 0,
  };
}
