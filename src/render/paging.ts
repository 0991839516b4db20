const PREFIX = 'pg';
/** The button under an ephemeral reply that posts the same reply in the channel. */
export const SHARE_CUSTOM_ID = 'share';
const SEPARATOR = '|';

/** What a page button asks for: a page of the invocation with this key, on behalf of its owner. */
export interface PageRequest {
  readonly command: string;
  readonly offset: number;
  /** invocationKey() of the options written in the message the button sits on. */
  readonly key: string;
  /** The user who asked: only they change the message; anyone else gets a page of their own. */
  readonly owner: string;
}

const FORMAT = /^pg\|([^|]{1,32})\|(\d{1,6})\|([\w-]{1,16})\|(\d{1,20})$/u;

/**
 * A page button's custom_id: `pg|ask|3|<key>|<owner>`, at most 77 characters (Discord allows 100)
 * whatever the question: the question itself is in the message (see invocation.ts).
 */
export function pageCustomId(page: PageRequest): string {
  return [PREFIX, page.command, String(page.offset), page.key, page.owner].join(SEPARATOR);
}

/** Reads a custom_id made by pageCustomId; undefined for anything else (old buttons included). */
export function parsePageCustomId(customId: string): PageRequest | undefined {
  const [, command, offset, key, owner] = FORMAT.exec(customId) ?? [];
  if (!command || !offset || !key || !owner) return undefined;
  return { command, offset: Number(offset), key, owner };
}
