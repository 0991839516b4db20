import type { Paging } from '../commands/reply.ts';
import { words } from '../language/text.ts';
import { LIMITS } from './limits.ts';

const PREFIX = 'page';
/** The button under an ephemeral reply that posts the same reply in the channel. */
export const SHARE_CUSTOM_ID = 'share';
const SEPARATOR = '|';

export interface PageRequest {
  readonly command: string;
  readonly offset: number;
  readonly query: string;
}

/**
 * A button's custom_id that carries everything needed to show another page, so it still works
 * after a restart: `page|ask|3|the question`. A question too long for Discord's 100 characters
 * keeps its words in order until the id is full; retrieval ignores punctuation anyway.
 */
export function pageCustomId(paging: Pick<Paging, 'command' | 'query'>, offset: number): string {
  const head = [PREFIX, paging.command, String(offset), ''].join(SEPARATOR);
  const room = LIMITS.customId - head.length;
  if (paging.query.length <= room) return head + paging.query;
  let query = '';
  for (const word of words(paging.query)) {
    const raw = paging.query.slice(word.start, word.end);
    const next = query ? `${query} ${raw}` : raw;
    if (next.length > room) break;
    query = next;
  }
  return head + query;
}

/** Reads a custom_id made by pageCustomId; undefined for anything else. */
export function parsePageCustomId(customId: string): PageRequest | undefined {
  const [prefix, command, offset, ...rest] = customId.split(SEPARATOR);
  if (prefix !== PREFIX || !command || !offset || !/^\d{1,4}$/u.test(offset)) return undefined;
  // An empty query is a command run without its text option (/timeline with no topic).
  return rest.length > 0 ? { command, offset: Number(offset), query: rest.join(SEPARATOR) } : undefined;
}
