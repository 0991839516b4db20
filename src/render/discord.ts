import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
  ButtonStyle,
  ComponentType,
} from 'discord-api-types/v10';
import type { Reply, ReplyItem } from '../commands/reply.ts';
import { citationLine, markSnippet } from './citation.ts';
import { escapeDiscord } from './escape.ts';
import { LIMITS, truncate } from './limits.ts';
import { pageCustomId, SHARE_CUSTOM_ID } from './paging.ts';

/** A reply ready for discord.js: mentions never parsed, sizes within every limit. */
export interface DiscordMessage {
  readonly embeds: APIEmbed[];
  readonly components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  readonly allowedMentions: { parse: [] };
  readonly ephemeral: boolean;
}

const COLOR = 0x3b82f6;

function itemBlock(item: ReplyItem, number: number): string {
  const body = markSnippet(item.body, escapeDiscord, '**', '**');
  const cite = item.citations.length > 0 ? `\n-# ${escapeDiscord(citationLine(item.citations))}` : '';
  return `**[${number}]** ${body}${cite}`;
}

function itemField(item: ReplyItem): APIEmbedField {
  const cite = item.citations.length > 0 ? `\n-# ${escapeDiscord(citationLine(item.citations))}` : '';
  return {
    name: truncate(escapeDiscord(item.heading ?? ''), LIMITS.fieldName),
    value: truncate(markSnippet(item.body, escapeDiscord, '**', '**') + cite, LIMITS.fieldValue),
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

function buttonRow(reply: Reply): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  const paging = reply.paging;
  const buttons: APIButtonComponentWithCustomId[] = [];
  if (paging && paging.offset > 0) {
    const previous = Math.max(paging.offset - paging.pageSize, 0);
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: 'Previous',
      custom_id: pageCustomId(paging, previous),
    });
  }
  if (paging && paging.offset + paging.pageSize < paging.total) {
    const next = paging.offset + paging.pageSize;
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Primary,
      label: 'More results',
      custom_id: pageCustomId(paging, next),
    });
  }
  // Only what the user alone sees can be shared; a public reply is already in the channel.
  if (reply.shareable && reply.ephemeral) {
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: 'Share in channel',
      custom_id: SHARE_CUSTOM_ID,
    });
  }
  return buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
}

function footerText(reply: Reply): string | undefined {
  const paging = reply.paging;
  if (!paging || reply.items.length === 0) return reply.note;
  const last = paging.offset + reply.items.length;
  const range = `Results ${paging.offset + 1}–${last} of ${paging.total}`;
  return reply.note ? `${range} · ${reply.note}` : range;
}

/** Renders a reply model as a Discord message. */
export function renderDiscord(reply: Reply): DiscordMessage {
  const title = truncate(reply.title, LIMITS.embedTitle);
  const footer = footerText(reply);
  const embed: APIEmbed = { title, color: COLOR };
  if (footer) embed.footer = { text: truncate(footer, LIMITS.footer) };
  let budget = LIMITS.embedsTotal - title.length - (embed.footer?.text.length ?? 0);
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
  const echo = reply.echo ? `> ${truncate(escapeDiscord(reply.echo.replace(/\s+/gu, ' ')), 400)}` : '';
  const offset = reply.paging?.offset ?? 0;
  const blocks = [
    ...(echo ? [echo] : []),
    ...(reply.items.length === 0 && reply.empty ? [escapeDiscord(reply.empty)] : []),
    ...plain.map((item, i) => itemBlock(item, offset + i + 1)),
  ];
  const description = fitBlocks(blocks, Math.min(LIMITS.embedDescription, budget));
  if (description) embed.description = description;
  return {
    embeds: [embed],
    components: buttonRow(reply),
    allowedMentions: { parse: [] },
    ephemeral: reply.ephemeral === true,
  };
}
