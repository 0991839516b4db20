import { InteractionResponseType, InteractionType } from 'discord-api-types/v10';
import { notice } from '../commands/reply.ts';
import { findCommand, runAutocomplete, runCommand } from '../commands/run.ts';
import { renderChoices } from '../render/choices.ts';
import { askedOf } from './asked.ts';
import { onButton } from './buttons/button.ts';
import { type Answer, type AnswerDeps, failed, frameOf, messageAnswer } from './respond.ts';
import { type RawInteraction, type RawOptionValue, userIdOf } from './schema.ts';

export type { Answer, AnswerDeps, Outcome } from './respond.ts';
export { failed } from './respond.ts';

function onCommand(i: RawInteraction, { context }: AnswerDeps): Answer {
  const command = findCommand(context.commands, i.data?.name ?? '');
  if (!command) {
    const text = 'This command is no longer available. Type /help to see what the bot can do.';
    return messageAnswer(notice('Unknown command', text), {}, 'unknown');
  }
  const asked = askedOf(command, i);
  if (!asked.ok) return messageAnswer(notice(`/${command.data.name}: check the options`, asked.problem));
  const reply = runCommand(context, command.data.name, asked.options);
  // A hidden answer is the asker's alone, until they share it.
  const shown = asked.hide ? { ...reply, ephemeral: true, shareable: true } : reply;
  return messageAnswer(shown, frameOf(command, userIdOf(i), asked.invocation));
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
    return messageAnswer(notice('Not supported', text), {}, 'unknown');
  }
  const wait = deps.cooldown.take(userIdOf(i), now);
  if (wait > 0) {
    const text = `You are sending commands quickly; try again in ${Math.ceil(wait / 1000)} s.`;
    return messageAnswer(notice('Slow down', text), {}, 'cooldown');
  }
  return i.type === InteractionType.ApplicationCommand ? onCommand(i, deps) : onButton(i, deps, now);
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

/** A short name for the log: the command, the button's kind, or the interaction type. */
export function describeInteraction(i: RawInteraction): string {
  if (i.type === InteractionType.Ping) return 'ping';
  if (i.data?.name) return i.data.name;
  if (i.data?.custom_id !== undefined) return `button:${i.data.custom_id.split('|').slice(0, 2).join('|')}`;
  return `type:${i.type}`;
}
