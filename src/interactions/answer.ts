import {
  type APIEmbed,
  type APIInteractionResponse,
  InteractionResponseType,
  InteractionType,
} from 'discord-api-types/v10';
import { notice, type Reply } from '../commands/reply.ts';
import { findCommand, type RawOptions, runAutocomplete, runCommand } from '../commands/run.ts';
import { type CommandContext, isMessageCommand, leadingOption } from '../commands/types.ts';
import { renderChoices } from '../render/choices.ts';
import { renderDiscord } from '../render/discord.ts';
import { messageData } from '../render/interaction-data.ts';
import { parsePageCustomId, SHARE_CUSTOM_ID } from '../render/paging.ts';
import type { Cooldown } from './cooldown.ts';
import { type RawEmbed, type RawInteraction, type RawOptionValue, userIdOf } from './schema.ts';

export type Outcome = 'ok' | 'unknown' | 'cooldown' | 'error';

/** What to send for one interaction, and how it went (for the log). */
export interface Answer {
  readonly response: APIInteractionResponse;
  readonly outcome: Outcome;
  /** What a handler threw, when it did; the user got "Something went wrong". */
  readonly error?: unknown;
}

export interface AnswerDeps {
  readonly context: CommandContext;
  readonly cooldown: Cooldown;
}

const message = (reply: Reply, outcome: Outcome = 'ok'): Answer => ({
  response: {
    type: InteractionResponseType.ChannelMessageWithSource,
    data: messageData(renderDiscord(reply)),
  },
  outcome,
});

/** A message's text: its content, or for a message of embeds only (a bot's answer) their text. */
function textOf(target: { content?: string | undefined; embeds?: RawEmbed[] | undefined } | undefined) {
  if (target?.content && target.content.trim() !== '') return target.content;
  return (target?.embeds ?? [])
    .flatMap((e) => [e.title, e.description, ...(e.fields ?? []).map((f) => f.value)])
    .filter((t): t is string => Boolean(t))
    .join('\n');
}

function onCommand(i: RawInteraction, { context }: AnswerDeps): Answer {
  const command = findCommand(context.commands, i.data?.name ?? '');
  if (!command) {
    const text = 'This command is no longer available. Type /help to see what the bot can do.';
    return message(notice('Unknown command', text), 'unknown');
  }
  // A message command reads the text Discord sends with it: no message-content intent needed.
  const target = i.data?.target_id ? i.data.resolved?.messages?.[i.data.target_id] : undefined;
  const raw: RawOptions = isMessageCommand(command)
    ? { [command.messageOption]: textOf(target) }
    : Object.fromEntries((i.data?.options ?? []).map((o) => [o.name, o.value]));
  return message(runCommand(context, command.data.name, raw));
}

function onButton(i: RawInteraction, { context }: AnswerDeps): Answer {
  const customId = i.data?.custom_id ?? '';
  if (customId === SHARE_CUSTOM_ID) {
    // The embeds the renderer made for the user (escaped, within limits), now for everyone.
    const embeds = (i.message?.embeds ?? []) as APIEmbed[];
    const data = { embeds, components: [], allowed_mentions: { parse: [] } };
    return { response: { type: InteractionResponseType.ChannelMessageWithSource, data }, outcome: 'ok' };
  }
  const page = parsePageCustomId(customId);
  const command = page && findCommand(context.commands, page.command);
  if (!page || !command) {
    const expired = notice('This button has expired', 'Run the command again to get fresh results.');
    return message(expired, 'unknown');
  }
  // A command without options (/sources) pages by its offset alone.
  const option = leadingOption(command);
  const raw = page.query && option ? { [option]: page.query, offset: page.offset } : { offset: page.offset };
  // A page replaces the message it belongs to; its visibility cannot change.
  const data = messageData(renderDiscord(runCommand(context, page.command, raw)), false);
  return { response: { type: InteractionResponseType.UpdateMessage, data }, outcome: 'ok' };
}

const flatten = (options: readonly RawOptionValue[]): RawOptionValue[] =>
  options.flatMap((o) => [o, ...flatten(o.options ?? [])]);

function onAutocomplete(i: RawInteraction, { context }: AnswerDeps): Answer {
  const command = findCommand(context.commands, i.data?.name ?? '');
  const focused = flatten(i.data?.options ?? []).find((o) => o.focused);
  // Choices come from the articles: escaped and cut like every other text they supply.
  const choices = focused
    ? runAutocomplete(context, i.data?.name ?? '', { name: focused.name, value: String(focused.value ?? '') })
    : [];
  const data = { choices: renderChoices(choices) };
  const type = InteractionResponseType.ApplicationCommandAutocompleteResult;
  return { response: { type, data }, outcome: command ? 'ok' : 'unknown' };
}

function dispatch(i: RawInteraction, deps: AnswerDeps, now: number): Answer {
  if (i.type === InteractionType.Ping)
    return { response: { type: InteractionResponseType.Pong }, outcome: 'ok' };
  if (i.type === InteractionType.ApplicationCommandAutocomplete) return onAutocomplete(i, deps);
  if (i.type !== InteractionType.ApplicationCommand && i.type !== InteractionType.MessageComponent) {
    const text = 'The bot does not handle this kind of interaction.';
    return message(notice('Not supported', text), 'unknown');
  }
  const wait = deps.cooldown.take(userIdOf(i), now);
  if (wait > 0) {
    const text = `You are sending commands quickly; try again in ${Math.ceil(wait / 1000)} s.`;
    return message(notice('Slow down', text), 'cooldown');
  }
  return i.type === InteractionType.ApplicationCommand ? onCommand(i, deps) : onButton(i, deps);
}

/**
 * Answers one interaction through the registry and the renderer, whichever front end received it.
 * Synchronous and free of I/O; a handler that throws becomes an ephemeral "Something went wrong".
 */
export function answerInteraction(i: RawInteraction, deps: AnswerDeps, now = Date.now()): Answer {
  try {
    return dispatch(i, deps, now);
  } catch (error) {
    return { ...failed(), error };
  }
}

/** The answer when something broke: an ephemeral notice; the log has the details. */
export const failed = (): Answer =>
  message(notice('Something went wrong', 'The bot could not answer that. Please try again.'), 'error');

/** A short name for the log: the command, the button's kind, or the interaction type. */
export function describeInteraction(i: RawInteraction): string {
  if (i.type === InteractionType.Ping) return 'ping';
  if (i.data?.name) return i.data.name;
  if (i.data?.custom_id !== undefined) return `button:${i.data.custom_id.split('|').slice(0, 2).join('|')}`;
  return `type:${i.type}`;
}
