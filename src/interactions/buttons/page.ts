import { notice, type Reply } from '../../commands/reply.ts';
import { findCommand, runCommand } from '../../commands/run.ts';
import { isEphemeral } from '../../render/interaction-data.ts';
import { invocationKey, readInvocation } from '../../render/invocation.ts';
import type { PageRequest } from '../../render/paging.ts';
import { type Answer, type AnswerDeps, frameOf, messageAnswer, updateAnswer } from '../respond.ts';
import { type RawInteraction, userIdOf } from '../schema.ts';

/**
 * Another page of the answer the button sits on: exactly what its question gives at that offset,
 * the question read back from the message and checked against the key in the button. The asker's
 * page replaces their message; anyone else gets the page as a private message of their own, and
 * a notice (a page past the end) always comes as a private message beside the answer.
 */
export function onPage(i: RawInteraction, page: PageRequest, { context }: AnswerDeps): Answer {
  const command = findCommand(context.commands, page.command);
  const invocation = readInvocation(i.message?.embeds?.[0]?.description, page.command);
  if (!command || !invocation || invocationKey(invocation) !== page.key) {
    const text = 'This button no longer matches the answer it is under. Run the command again.';
    return messageAnswer(notice('This button has expired', text), {}, 'unknown');
  }
  const clicker = userIdOf(i);
  const own = clicker === page.owner;
  const reply = runCommand(context, command.data.name, { ...invocation.options, offset: page.offset });
  // The asker's hidden answer stays hidden, another user's page is theirs alone: both can be shared.
  const shown: Reply =
    own && !isEphemeral(i.message) ? reply : { ...reply, ephemeral: true, shareable: true };
  const frame = frameOf(command, clicker, invocation);
  return own && reply.items.length > 0 ? updateAnswer(shown, frame) : messageAnswer(shown, frame);
}
