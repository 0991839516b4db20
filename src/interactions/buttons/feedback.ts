import { notice } from '../../commands/reply.ts';
import { findCommand } from '../../commands/run.ts';
import { unescapeDiscord } from '../../render/escape.ts';
import type { FeedbackRequest } from '../../render/feedback-ids.ts';
import { readInvocation } from '../../render/invocation.ts';
import { userHash } from '../feedback-log.ts';
import { type Answer, type AnswerDeps, expired, messageAnswer } from '../respond.ts';
import { type RawInteraction, userIdOf } from '../schema.ts';

/**
 * What was asked, as the answer under the button shows it: the question written at its top (the
 * option alone, or "name: value" pairs), or the quoted text a message command checked.
 */
function questionOf(description: string | undefined, command: string): string {
  const invocation = readInvocation(description, command);
  if (invocation) {
    const options = Object.entries(invocation.options);
    if (options.length === 1) return options[0]?.[1] ?? '';
    return options.map(([name, value]) => `${name}: ${value}`).join(' · ');
  }
  const first = (description ?? '').split('\n', 1)[0] ?? '';
  return first.startsWith('> ') ? unescapeDiscord(first.slice(2)) : '';
}

/**
 * A 👍 or 👎: acknowledged only to the voter; the vote, the question and the cited passages (all
 * read from the click, none remembered) go to the log and the feedback file once acknowledged.
 */
export function onFeedback(
  i: RawInteraction,
  vote: FeedbackRequest,
  { context }: AnswerDeps,
  now: number,
): Answer {
  const command = findCommand(context.commands, vote.command);
  if (!command?.feedback) return expired();
  const thumb = vote.vote === 'up' ? '👍' : '👎';
  const text = `Your ${thumb} is saved with the question and the passages it is about, to fix the answers.`;
  return {
    ...messageAnswer(notice('Thanks — noted', text)),
    feedback: {
      at: new Date(now).toISOString(),
      command: vote.command,
      vote: vote.vote,
      question: questionOf(i.message?.embeds?.[0]?.description, command.data.name).slice(0, 4000),
      passages: [...vote.passages],
      user: userHash(userIdOf(i)),
    },
  };
}
