import { z } from 'zod';
import { hideOption } from '../commands/payload.ts';
import type { RawOptions } from '../commands/run.ts';
import { type Command, isMessageCommand, slashOptions } from '../commands/types.ts';
import { canonicalText, type Invocation } from '../render/invocation.ts';
import type { RawEmbed, RawInteraction } from './schema.ts';

/** What a command interaction asks: the options to run with, and to whom the answer goes. */
export type Asked =
  | {
      readonly ok: true;
      readonly options: RawOptions;
      /** The question as asked, for the message (slash commands; a message command has none). */
      readonly invocation?: Invocation;
      readonly hide: boolean;
    }
  | { readonly ok: false; readonly problem: string };

const hideValue = z.boolean().optional();

/** A message's text: its content, or for a message of embeds only (a bot's answer) their text. */
function textOf(target: { content?: string | undefined; embeds?: RawEmbed[] | undefined } | undefined) {
  if (target?.content && target.content.trim() !== '') return target.content;
  return (target?.embeds ?? [])
    .flatMap((e) => [e.title, e.description, ...(e.fields ?? []).map((f) => f.value)])
    .filter((t): t is string => Boolean(t))
    .join('\n');
}

/**
 * Reads a command interaction. A slash command's options are its registered ones, each text in
 * canonical form, so that the first page and every later one (rebuilt from the message) run the
 * very same options; `hide` is taken out and decides who sees the answer.
 */
export function askedOf(command: Command, i: RawInteraction): Asked {
  if (isMessageCommand(command)) {
    // A message command reads the text Discord sends with it: no message-content intent needed.
    const target = i.data?.target_id ? i.data.resolved?.messages?.[i.data.target_id] : undefined;
    return { ok: true, options: { [command.messageOption]: textOf(target) }, hide: false };
  }
  const given = new Map((i.data?.options ?? []).map((o) => [o.name, o.value]));
  const hide = hideValue.safeParse(given.get(hideOption.name));
  if (!hide.success) return { ok: false, problem: 'The hide option is True or False.' };
  const options: Record<string, string> = {};
  for (const { name } of slashOptions(command)) {
    const value = given.get(name);
    // A blank text stays, so that the command's own schema says what to type ("Ask a question").
    if (name !== hideOption.name && value !== undefined) options[name] = canonicalText(String(value));
  }
  const invocation = { command: command.data.name, options };
  const hideable = slashOptions(command).some((o) => o.name === hideOption.name);
  return { ok: true, options, invocation, hide: hideable && hide.data === true };
}
