import type { SourceRef } from '../corpus/types.ts';
import { LIMITS } from './limits.ts';

export type Vote = 'up' | 'down';

/** What a 👍 or 👎 button says about the answer it sits under. */
export interface FeedbackRequest {
  readonly vote: Vote;
  readonly command: string;
  /** The passages the answer cited, first citation of each item, in the order shown. */
  readonly passages: readonly SourceRef[];
}

const FORMAT = /^fb\|(up|down)\|([^|]{1,32})\|([\w.,-]*)$/u;
const REF = /^([\w-]{1,32})\.(\d{1,6})$/u;

/**
 * `fb|down|ask|000.3,002.5`: the vote, the command and the cited passages travel in the button,
 * so a click needs nothing remembered. Passages are kept while they fit Discord's 100 characters
 * (all five of a page when article ids have up to 10 characters).
 */
export function feedbackCustomId(request: FeedbackRequest): string {
  let id = `fb|${request.vote}|${request.command}|`;
  const seen = new Set<string>();
  for (const p of request.passages) {
    const ref = `${p.articleId}.${p.paragraph}`;
    if (seen.has(ref)) continue;
    const next = seen.size === 0 ? id + ref : `${id},${ref}`;
    if (next.length > LIMITS.customId) break;
    seen.add(ref);
    id = next;
  }
  return id;
}

/** Reads a custom_id made by feedbackCustomId; undefined for anything else. */
export function parseFeedbackCustomId(customId: string): FeedbackRequest | undefined {
  const [, vote, command, refs = ''] = FORMAT.exec(customId) ?? [];
  if ((vote !== 'up' && vote !== 'down') || !command) return undefined;
  const passages: SourceRef[] = [];
  for (const ref of refs === '' ? [] : refs.split(',')) {
    const [, articleId, paragraph] = REF.exec(ref) ?? [];
    if (!articleId || !paragraph) return undefined;
    passages.push({ articleId, paragraph: Number(paragraph) });
  }
  return { vote, command, passages };
}
