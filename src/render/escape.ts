// The one escaping path for text that users or articles supply. Every renderer passes such text
// through here and nowhere else; the bot's own markup (bold marks, numbering, subtext citations,
// citation links from the manifest) is added around the result, never inside it.

const ZWSP = '\u200b';

// C0/C1 controls (escape sequences, bells, carriage returns) and the bidirectional overrides that
// reorder what a reader sees. Line breaks stay (Unicode line and paragraph separators become
// ordinary ones, so the line-start rules below see them); a tab becomes a space.
const CONTROLS = /[^\P{Cc}\n]|[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** Text safe to print anywhere: no control characters or direction overrides, line breaks kept. */
export function stripControls(text: string): string {
  return text
    .replace(/\t/gu, ' ')
    .replace(/[\u2028\u2029]/gu, '\n')
    .replace(CONTROLS, '');
}

/** Text safe for a terminal: nothing that could drive it (colours, cursor moves, bells). */
export const escapeTerminal = stripControls;

// Characters that open or close Discord markdown anywhere in a line: bold, italics, underline,
// strike, spoilers, inline code and fences, masked-link brackets, and the escape character itself.
const INLINE = /[\\*_~|`[\]]/gu;
// What Discord reads only at the start of a line (after any indent): headings (#), subtext (-#),
// block quotes (>, >>>) and bullets (-, +; * is escaped above). A backslash escapes punctuation
// only, so a numbered list ("1. ") is stopped by escaping its full stop.
const LINE_START = /^([ \t]*)(#|-#|>|[-+](?=[ \t]))/gmu;
const NUMBERED = /^([ \t]*\d+)\.(?=[ \t])/gmu;

/**
 * Makes text inert in Discord, in every field (titles, descriptions, field names and values,
 * footers, button labels, autocomplete names): markdown and line-start syntax are escaped with a
 * backslash (Discord hides it), and what a backslash cannot stop gets a zero-width space:
 * mentions and @everyone/@here after every "@", channel, role, user, command and timestamp chips
 * after every "<", and bare links after every "://". Every rule is per character or per line
 * start, so text escaped in pieces (a snippet around its bold marks) is as inert as text escaped
 * whole. allowed_mentions already stops pings; this stops the look and the links.
 */
export function escapeDiscord(text: string): string {
  return stripControls(text)
    .replace(INLINE, '\\$&')
    .replace(LINE_START, '$1\\$2')
    .replace(NUMBERED, '$1\\.')
    .replace(/@/gu, `@${ZWSP}`)
    .replace(/</gu, `<${ZWSP}`)
    .replace(/:\/\//gu, `:${ZWSP}//`);
}

/**
 * Reads back text the bot escaped with escapeDiscord (the question at the top of its own answer):
 * backslashes before punctuation and the zero-width spaces it added are removed. Exact for text
 * in the articles' normal form (no zero-width spaces, no control characters).
 */
export function unescapeDiscord(text: string): string {
  return text.replace(/\\([^\p{L}\p{N}\s])/gu, '$1').replace(new RegExp(ZWSP, 'gu'), '');
}
