import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import type { Reply, ReplyItem } from '../commands/reply.ts';
import { type ButtonRow, buttonRows, type MessageFrame } from './buttons.ts';
import { discordCitation, markSnippet } from './citation.ts';
import { escapeDiscord } from './escape.ts';
import { invocationLine } from './invocation.ts';
import { LIMITS, truncate } from './limits.ts';
import { type MessageFile, renderPicture } from './picture.ts';

/** A reply ready for discord.js: mentions never parsed, sizes within every limit. */
export interface DiscordMessage {
  readonly embeds: APIEmbed[];
  readonly components: ButtonRow[];
  readonly allowedMentions: { parse: [] };
  readonly ephemeral: boolean;
  /** Attached files (the timeline's picture, shown in the embed). */
  readonly files: readonly MessageFile[];
}

const COLOR = 0x3b82f6;
// Discord refuses an empty field name or value; this shows nothing.
const BLANK = '\u200b';
const ECHO_MAX = 400;

/** A passage and its citation line; the text may be cut to fit, the citation never is. */
interface Block {
  readonly text: string;
  readonly cite: string;
}

const citeLine = (item: ReplyItem) =>
  item.citations.length > 0 ? `\n-# ${discordCitation(item.citations)}` : '';

const bodyOf = (item: ReplyItem) => markSnippet(item.body, escapeDiscord, '**', '**');

// A cut passage keeps at least this much of its text; less than that, it is left out.
const MIN_TEXT = 80;

/** The block within `max` characters: the text cut at a sentence, the citation whole; '' if too small. */
function fitBlock({ text, cite }: Block, max: number): string {
  if (text.length + cite.length <= max) return text + cite;
  if (max - cite.length < MIN_TEXT) return '';
  return truncate(text, max - cite.length) + cite;
}

/** A field per item; a group's name heads its first item only, the others follow it unnamed. */
function itemField(item: ReplyItem, previous: ReplyItem | undefined): APIEmbedField {
  const grouped = item.group !== undefined;
  const name = grouped ? (previous?.group === item.group ? '' : (item.group ?? '')) : (item.heading ?? '');
  return {
    name: truncate(escapeDiscord(name), LIMITS.fieldName) || BLANK,
    value: fitBlock({ text: bodyOf(item), cite: citeLine(item) }, LIMITS.fieldValue) || BLANK,
  };
}

/** Adds blocks while they fit; the first that does not is cut at a sentence boundary. */
function fitBlocks(blocks: readonly Block[], budget: number): string {
  let out = '';
  for (const block of blocks) {
    const next = out ? `${out}\n\n${block.text}${block.cite}` : block.text + block.cite;
    if (next.length <= budget) {
      out = next;
      continue;
    }
    const cut = fitBlock(block, budget - out.length - 2);
    if (cut) out = `${out}${out ? '\n\n' : ''}${cut}`;
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
  const asField = (i: ReplyItem) => i.heading !== undefined || i.group !== undefined;
  const headed = reply.items.filter(asField);
  const plain = reply.items.filter((i) => !asField(i));
  const fields: APIEmbedField[] = [];
  for (const [k, item] of headed.slice(0, LIMITS.embedFields).entries()) {
    const field = itemField(item, headed[k - 1]);
    const size = field.name.length + field.value.length;
    if (size > budget - 200) break;
    fields.push(field);
    budget -= size;
  }
  if (fields.length > 0) embed.fields = fields;
  const offset = reply.paging?.offset ?? 0;
  const blocks: Block[] = [
    ...(reply.items.length === 0 && reply.empty ? [{ text: escapeDiscord(reply.empty), cite: '' }] : []),
    ...plain.map((item, i) => ({ text: `**[${offset + i + 1}]** ${bodyOf(item)}`, cite: citeLine(item) })),
  ];
  // The bot quotes the user's words as a block quote; the words themselves are escaped.
  const room = Math.min(LIMITS.embedDescription, budget + head.length) - head.length - 2;
  const description = [head, fitBlocks(blocks, room)].filter(Boolean).join('\n\n');
  if (description) embed.description = description;
  // Discord refuses an embed with nothing in it.
  else if (!embed.title && !embed.fields) embed.description = BLANK;
  const files = reply.picture ? [renderPicture(reply.picture)] : [];
  // The picture shows inside the embed, under the events it draws.
  for (const file of files) embed.image = { url: `attachment://${file.name}` };
  return {
    embeds: [embed],
    components: buttonRows(reply, frame),
    allowedMentions: { parse: [] },
    ephemeral: reply.ephemeral === true || reply.items.length === 0,
    files,
  };
}
