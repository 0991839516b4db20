import { parseFeedbackCustomId } from '../../render/feedback-ids.ts';
import { parsePageCustomId, SHARE_CUSTOM_ID } from '../../render/paging.ts';
import { type Answer, type AnswerDeps, expired } from '../respond.ts';
import type { RawInteraction } from '../schema.ts';
import { onFeedback } from './feedback.ts';
import { onPage } from './page.ts';
import { onShare } from './share.ts';

/**
 * A click on one of the bot's buttons. Everything it needs is in the click: the button's
 * custom_id and the message it sits on (Discord sends both), never in this process's memory, so
 * a button works the same after a restart and on any worker.
 */
export function onButton(i: RawInteraction, deps: AnswerDeps, now: number): Answer {
  const customId = i.data?.custom_id ?? '';
  if (customId === SHARE_CUSTOM_ID) return onShare(i);
  const page = parsePageCustomId(customId);
  if (page) return onPage(i, page, deps);
  const vote = parseFeedbackCustomId(customId);
  if (vote) return onFeedback(i, vote, deps, now);
  return expired();
}
