/** Discord's message limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedsTotal: 6000,
  embeds: 10,
  customId: 100,
  buttonLabel: 80,
  choices: 25,
  choiceName: 100,
  attachmentDescription: 1024,
} as const;

const ELLIPSIS = '…';

/**
 * Shortens text to at most `max` characters (UTF-16 units, as Discord counts), cutting after the
 * last whole sentence that fits, else the last whole word, and marking the cut with "…".
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  // Room for a closing bold marker, a space and the ellipsis.
  const reserve = 4;
  if (max <= reserve) return ELLIPSIS.slice(0, Math.max(max, 0));
  const room = text.slice(0, max - reserve);
  const sentenceEnds = [...room.matchAll(/[.!?][”’"')\]*_]*\s/gu)].map((m) => m.index + m[0].length - 1);
  const sentenceEnd = sentenceEnds.at(-1) ?? 0;
  const wordEnd = room.search(/\s\S*$/u);
  const cut =
    sentenceEnd > room.length / 2
      ? room.slice(0, sentenceEnd)
      : wordEnd > room.length / 2
        ? room.slice(0, wordEnd)
        : room;
  // Never leave half a surrogate pair, half an escape or an unclosed bold marker behind.
  return `${closeBold(dropHalfEscape(dropLoneSurrogate(keepGuard(cut, text).trimEnd())))} ${ELLIPSIS}`;
}

// escapeDiscord guards "@", "<" and "://" with a zero-width space after them; a cut between the
// character and its guard would leave a live mention or chip ("@ …"): the character goes too.
const GUARD = '\u200b';
function keepGuard(cut: string, text: string): string {
  return text.charAt(cut.length) === GUARD ? cut.slice(0, -1) : cut;
}

/** The first `max` UTF-16 units of a text, without a lone high surrogate at the cut. */
export function cutUnits(text: string, max: number): string {
  return text.length <= max ? text : dropLoneSurrogate(text.slice(0, max));
}

function dropLoneSurrogate(text: string): string {
  return /[\uD800-\uDBFF]$/u.test(text) ? text.slice(0, -1) : text;
}

// An odd run of backslashes at the end would escape whatever is appended next (the bold marker).
function dropHalfEscape(text: string): string {
  return (/\\+$/u.exec(text)?.[0].length ?? 0) % 2 === 1 ? text.slice(0, -1) : text;
}

function closeBold(text: string): string {
  // Escaped characters ("\*", "\\") are text, not markers.
  const unescaped = text.replace(/\\[^\p{L}\p{N}\s]/gu, '');
  return (unescaped.match(/\*\*/gu)?.length ?? 0) % 2 === 1 ? `${text}**` : text;
}
