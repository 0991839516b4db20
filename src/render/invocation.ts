import { createHash } from 'node:crypto';
import { normalizeText } from '../corpus/normalize.ts';
import { escapeDiscord, stripControls, unescapeDiscord } from './escape.ts';

/**
 * What a user asked, in the form that answers it again exactly: the command and the text of each
 * option given (already in canonical form). A page button carries only its key; the options
 * themselves are written in the message the button sits on, which Discord sends with every click,
 * so any process, after any restart, can show another page of exactly this question.
 */
export interface Invocation {
  readonly command: string;
  readonly options: Readonly<Record<string, string>>;
}

/**
 * An option's text as an invocation holds it: the articles' normal form, no control characters,
 * whitespace as single spaces (none of which changes what retrieval reads). Such text survives
 * being written in the message and read back, character for character.
 */
export const canonicalText = (value: string): string =>
  stripControls(normalizeText(value)).replace(/\s+/gu, ' ').trim();

// Discord option names: lower-case letters, digits, "-" and "_" (see commands/payload.ts).
const NAME = /(?:^| )([\p{Ll}\p{Lo}\p{N}_-]{1,32}):/gu;

/**
 * A short content hash of the command and its options (order does not matter): what a page
 * button holds to check that the options read back from the message are the ones it was made for.
 */
export function invocationKey(invocation: Invocation): string {
  const entries = Object.entries(invocation.options).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const canonical = JSON.stringify([invocation.command, entries]);
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 12);
}

// Escaped like all user text, and every ":" too (Discord hides a backslash before punctuation),
// so the only bare ":" in the line are the ones after option names: the line reads back exactly.
const escapeValue = (value: string) => escapeDiscord(value).replace(/:/gu, '\\:');

/** "/timeline topic:missile tests from:2022-09-01", as the user would type it, escaped. */
export function invocationLine(invocation: Invocation): string {
  const options = Object.entries(invocation.options).map(([name, value]) => ` ${name}:${escapeValue(value)}`);
  return `/${invocation.command}${options.join('')}`;
}

/**
 * The invocation of `command` written by invocationLine at the start of `text` (after a "> "
 * quote mark), or undefined when the text does not start with one.
 */
export function readInvocation(text: string | undefined, command: string): Invocation | undefined {
  const line = (text ?? '').split('\n', 1)[0]?.replace(/^> /u, '') ?? '';
  const head = `/${command}`;
  if (line !== head && !line.startsWith(`${head} `)) return undefined;
  const rest = line.slice(head.length + 1);
  const names = [...rest.matchAll(NAME)];
  if (rest !== '' && names[0]?.index !== 0) return undefined;
  const options: Record<string, string> = {};
  names.forEach((m, i) => {
    const end = names[i + 1]?.index ?? rest.length;
    if (m[1]) options[m[1]] = unescapeDiscord(rest.slice(m.index + m[0].length, end));
  });
  return { command, options };
}
