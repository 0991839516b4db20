import {
  type APIInteractionResponse,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
} from 'discord-api-types/v10';
import type { Logger } from 'pino';
import { findCommand } from '../commands/run.ts';
import { isEphemeral, type MessageData, withoutVisibility } from '../render/interaction-data.ts';
import { parsePageCustomId, SHARE_CUSTOM_ID } from '../render/paging.ts';
import { type Answer, type AnswerDeps, answerInteraction, describeInteraction, failed } from './answer.ts';
import { askedOf } from './asked.ts';
import { safeError } from './errors.ts';
import { type FeedbackEntry, type FeedbackStore, userHash } from './feedback-log.ts';
import type { Latencies } from './latencies.ts';
import { type RawInteraction, userIdOf } from './schema.ts';

/** How a front end delivers responses: the gateway bot by REST, the HTTP endpoint in its response. */
export interface Responder {
  /** The first response (must reach Discord within 3 s). */
  respond(response: APIInteractionResponse): Promise<void>;
  /** The interaction webhook, for everything after a deferral. */
  editOriginal(data: MessageData): Promise<void>;
  deleteOriginal(): Promise<void>;
  followUp(data: MessageData): Promise<void>;
}

export interface HandleDeps extends AnswerDeps {
  readonly logger: Logger;
  /**
   * A command whose answers recently took longer than this is deferred ("thinking…") and its
   * answer sent through the webhook. 0 defers every command and button.
   */
  readonly deferAfterMs: number;
  readonly latencies: Latencies;
  /** Where 👍 and 👎 are kept (FEEDBACK_FILE). */
  readonly feedback: FeedbackStore;
}

interface Deferral {
  readonly response: APIInteractionResponse;
  readonly privately: boolean;
}

/**
 * The deferral that keeps what the final answer will look like: an update of the asker's own
 * answer, a public answer, or a private one (anything else).
 */
function deferral(i: RawInteraction, deps: AnswerDeps): Deferral {
  const later = InteractionResponseType.DeferredChannelMessageWithSource;
  if (i.type === InteractionType.MessageComponent) {
    const id = i.data?.custom_id ?? '';
    const update = { type: InteractionResponseType.DeferredMessageUpdate } as const;
    if (parsePageCustomId(id)?.owner === userIdOf(i)) return { response: update, privately: false };
    if (id === SHARE_CUSTOM_ID) return { response: { type: later }, privately: false };
  } else {
    const command = findCommand(deps.context.commands, i.data?.name ?? '');
    const asked = command && askedOf(command, i);
    if (command && command.ephemeral !== true && asked?.ok && !asked.hide) {
      return { response: { type: later }, privately: false };
    }
  }
  return { response: { type: later, data: { flags: MessageFlags.Ephemeral } }, privately: true };
}

/** Logs a vote and appends it to the feedback file; a failed write is logged, never thrown. */
async function keep(entry: FeedbackEntry, deps: HandleDeps): Promise<void> {
  deps.logger.info(entry, 'feedback');
  await deps.feedback.save(entry).catch((error: unknown) => {
    deps.logger.error({ error: safeError(error) }, 'feedback not saved');
  });
}

/** Sends a finished answer after `deferred` went out in its place. */
async function complete(deferred: Deferral, answer: Answer, to: Responder): Promise<void> {
  const { response } = answer;
  if (response.type === InteractionResponseType.UpdateMessage) {
    if (response.data) await to.editOriginal(response.data);
    return;
  }
  if (response.type !== InteractionResponseType.ChannelMessageWithSource) return;
  const privately = isEphemeral(response.data);
  if (deferred.response.type === InteractionResponseType.DeferredMessageUpdate) {
    // The original is the message carrying the button: a notice goes beside it, never over it.
    await to.followUp(response.data);
  } else if (privately && !deferred.privately) {
    // A notice after a public "thinking…": only the user should see it.
    await to.deleteOriginal();
    await to.followUp(response.data);
  } else await to.editOriginal(withoutVisibility(response.data));
}

const deferrable = (i: RawInteraction) =>
  i.type === InteractionType.ApplicationCommand || i.type === InteractionType.MessageComponent;

/**
 * Handles one interaction from any front end: answers it through the registry and sends the answer
 * as the first response; a command known to be slow is deferred first and answered through the
 * webhook. Logs one line (command, user, latency, outcome). Never throws.
 */
export async function handleInteraction(i: RawInteraction, deps: HandleDeps, to: Responder): Promise<void> {
  const started = performance.now();
  const what = describeInteraction(i);
  let outcome = 'ok';
  let deferred: Deferral | undefined;
  let responded = false;
  try {
    if (deferrable(i) && (deps.deferAfterMs <= 0 || deps.latencies.expected(what) > deps.deferAfterMs)) {
      deferred = deferral(i, deps);
      await to.respond(deferred.response);
      responded = true;
      // Let the deferral leave before the slow work blocks this process.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const answering = performance.now();
    const answer = answerInteraction(i, deps);
    deps.latencies.record(what, performance.now() - answering);
    outcome = answer.outcome;
    if (answer.error !== undefined) {
      deps.logger.error({ error: safeError(answer.error), command: what }, 'interaction failed');
    }
    if (deferred) await complete(deferred, answer, to);
    else {
      await to.respond(answer.response);
      responded = true;
    }
    // Only once the voter has their "Thanks": keeping the vote never delays or breaks the reply.
    if (answer.feedback) await keep(answer.feedback, deps);
  } catch (error) {
    outcome = 'error';
    deps.logger.error({ error: safeError(error), command: what }, 'interaction failed');
    if (!responded) await to.respond(failed().response).catch(() => undefined);
  } finally {
    const ms = Math.round((performance.now() - started) * 10) / 10;
    const how = deferred ? { deferred: true } : {};
    // Who asked, as a hash: the same person can be followed across lines, never named.
    deps.logger.info({ command: what, user: userHash(userIdOf(i)), ms, outcome, ...how }, 'interaction');
  }
}
