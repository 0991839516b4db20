// What a hostile text could make Discord show, looked for in the text the bot sends. Shared by the
// property tests of the renderer and of every command. The bot's own markup is known and allowed:
// "**[n]**" numbering and "**word**" marks, the "> " echo line, "-# " citation lines and citation
// links to the manifest's URLs.
import type { APIEmbed } from 'discord-api-types/v10';
import type { DiscordMessage } from '../../src/render/discord.ts';

// The bot's own citation links: [ref](<url>) with a URL from the manifest.
const OWN_LINK = /\[[^\]\n]*\]\(<https:\/\/news\.example\/[^>\s]*>\)/gu;
// A "-# " line the bot writes: a reference ("002 para. 5"), then " · ".
const CITATION_LINE = /^-# [A-Za-z0-9\\_-]+(?: para\. \d+(?:, \d+)*)? · /u;

export interface LeakOptions {
  /** The first line may be the bot's "> " echo of the user's words. */
  readonly echoLine?: boolean;
  /** The text may hold the bot's "**word**" marks (snippets); elsewhere any "**" is a leak. */
  readonly marks?: boolean;
}

/** Markup in `text` that the bot did not put there; empty when there is none. */
export function leaks(text: string, options: LeakOptions = {}): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, i) => {
    let start = line.replace(/^[ \t]+/u, '');
    if (options.echoLine && i === 0 && start.startsWith('> ')) start = start.slice(2).replace(/^[ \t]+/u, '');
    if (start.startsWith('-#')) {
      if (!CITATION_LINE.test(start)) found.push(`subtext: ${line}`);
    } else if (/^#/u.test(start)) found.push(`heading: ${line}`);
    else if (/^>/u.test(start)) found.push(`block quote: ${line}`);
    else if (/^[-+*][ \t]/u.test(start)) found.push(`list: ${line}`);
    else if (/^\d+\.[ \t]/u.test(start)) found.push(`numbered list: ${line}`);
  });
  // Escaped characters are text: "\*" shows "*". What is left is what Discord would read.
  const bare = text
    .replace(OWN_LINK, '')
    .replace(/\\[^\p{L}\p{N}\s]/gu, '·')
    .replace(/\*\*\[\d+\]\*\*/gu, '');
  const inline: [string, RegExp][] = [
    ['masked link', /[[\]]/u],
    ['link', /:\/\//u],
    ['chip or mention', /<(?!\u200b)/u],
    ['@mention', /@(?!\u200b)/u],
    ['code', /`/u],
    ['strike', /~/u],
    ['spoiler', /\|/u],
    ['underline or italics', /_/u],
    ['lone asterisk', /\*/u],
  ];
  const withoutBold = bare.replace(/\*\*/gu, '');
  for (const [name, pattern] of inline) {
    const where = name === 'lone asterisk' ? withoutBold : bare;
    if (pattern.test(where)) found.push(`${name}: ${JSON.stringify(text.slice(0, 300))}`);
  }
  const bold = bare.match(/\*\*/gu)?.length ?? 0;
  if (bold % 2 === 1 || (bold > 0 && !options.marks)) found.push(`bold: ${text.slice(0, 300)}`);
  return found;
}

const size = (e: APIEmbed) =>
  (e.title?.length ?? 0) +
  (e.description?.length ?? 0) +
  (e.footer?.text.length ?? 0) +
  (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

/** Every text of a message with where it sits, for `leaks`. */
export function textsOf(message: DiscordMessage): { where: string; text: string }[] {
  return message.embeds.flatMap((e) => [
    ...(e.title !== undefined ? [{ where: 'title', text: e.title }] : []),
    ...(e.description !== undefined ? [{ where: 'description', text: e.description }] : []),
    ...(e.footer ? [{ where: 'footer', text: e.footer.text }] : []),
    ...(e.fields ?? []).flatMap((f) => [
      { where: 'field name', text: f.name },
      { where: 'field value', text: f.value },
    ]),
    ...message.components.flatMap((row) =>
      row.components.map((b) => ({ where: 'button label', text: b.label ?? '' })),
    ),
  ]);
}

/**
 * Markup leaks in any text of the message, and every Discord limit it breaks. With `marks`, the
 * description and field values may hold the bot's bold marks of matched words.
 */
export function problemsOf(message: DiscordMessage, options: { marks?: boolean } = {}): string[] {
  const problems = textsOf(message).flatMap(({ where, text }) => {
    const body = where === 'description' || where === 'field value';
    return leaks(text, { echoLine: where === 'description', marks: body && options.marks === true }).map(
      (leak) => `${where} ${leak}`,
    );
  });
  if (message.embeds.length > 10) problems.push('more than 10 embeds');
  for (const e of message.embeds) {
    if ((e.title?.length ?? 0) > 256) problems.push('title over 256');
    if ((e.description?.length ?? 0) > 4096) problems.push('description over 4096');
    if ((e.footer?.text.length ?? 0) > 2048) problems.push('footer over 2048');
    if ((e.fields?.length ?? 0) > 25) problems.push('over 25 fields');
    for (const f of e.fields ?? []) {
      if (f.name.length < 1 || f.name.length > 256) problems.push(`field name length ${f.name.length}`);
      if (f.value.length < 1 || f.value.length > 1024) problems.push(`field value length ${f.value.length}`);
    }
    if (size(e) > 6000) problems.push(`embed total ${size(e)} over 6000`);
    if (!e.title && !e.description && !e.fields?.length) problems.push('empty embed');
  }
  for (const row of message.components) {
    if (row.components.length > 5) problems.push('over 5 buttons in a row');
    for (const b of row.components) {
      if (b.custom_id.length > 100) problems.push(`custom_id length ${b.custom_id.length}`);
      if ((b.label ?? '').length > 80) problems.push(`label length ${(b.label ?? '').length}`);
    }
  }
  if (message.allowedMentions.parse.length !== 0) problems.push('mentions parsed');
  return problems;
}
