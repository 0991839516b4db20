import { isEndMarker } from './end-markers.ts';
import { endsSentence, isChrome, isStopWord, words } from './line-kind.ts';

// A captured page as lines: blocks between blank lines, hard-wrapped prose joined back into one
// line, whitespace normalised.

const MIN_WRAPPED_WORDS = 8;
// A block wrapped at a fixed width: its lines run to nearly the width of the longest, which is
// that of a text editor or a terminal, not of a paragraph on one line.
const WRAP = { maxWidth: 100, fullShare: 0.7, minLength: 40, minFullLines: 2 };
const ADDRESS = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;
export const LIST_ITEM = /^(?:[-–—•*·▪]\s|\d{1,2}[.)]\s)/u;

/** Whitespace-normalised, non-empty lines, unwrapped within each blank-line-separated block. */
export function splitLines(raw: string): string[] {
  const text = raw.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  return text
    .split(/\n\s*\n/u)
    .flatMap((block) => unwrap(block.split('\n').map(normaliseSpace).filter(Boolean)));
}

/**
 * Joins hard-wrapped prose: a line continues the one before when it starts in lower case, the one
 * before stops mid-sentence, or the block is wrapped at a fixed width (wrapJoins). Other lines of
 * a block stay apart, since widgets and headings often sit on adjacent lines with no blank between.
 */
function unwrap(lines: string[]): string[] {
  const wrapped = wrapJoins(lines);
  const out: string[] = [];
  for (const [i, line] of lines.entries()) {
    const prev = out.at(-1);
    // A writer's address alone ("noura@gulfmeridian.ae") opens in lower case but goes on nothing.
    const goesOn =
      wrapped[i] || ((/^\p{Ll}/u.test(line) || endsMidSentence(prev ?? '')) && !ADDRESS.test(line));
    if (prev !== undefined && goesOn) out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return out;
}

/**
 * In a block hard-wrapped at a fixed width, whether each line goes on from the one before: that
 * one runs to the width, so its paragraph goes on even after a full stop ("… 1.8 miles long. /
 * When full, it would hold …"); a shorter line ends its paragraph. In other blocks, none does.
 * A list item, chrome or an end marker neither runs to the width nor goes on from one.
 */
function wrapJoins(lines: readonly string[]): readonly boolean[] {
  const none = lines.map(() => false);
  const width = Math.max(0, ...lines.map((l) => l.length));
  if (width > WRAP.maxWidth) return none;
  const limit = Math.max(WRAP.minLength, width * WRAP.fullShare);
  const apart = lines.map((l) => LIST_ITEM.test(l) || isChrome(l) || isEndMarker(l));
  const full = lines.map((l, i) => l.length >= limit && !apart[i]);
  const fullLines = lines.filter((_, i) => full[i]);
  // Lines that each end a sentence may be one-line paragraphs set close, and lines that each
  // open on a capital a list of headlines; a wrap cuts sentences, mostly before a small word,
  // and its last line ends one with a full stop ("… the Solid Waste / Division or using the portal
  // before May 31."); a headline may end on a question mark.
  const cutsSentence =
    lines.some((_, i) => full[i] && /^\p{Ll}/u.test(lines[i + 1] ?? '')) ||
    /[.!][”’"')\]]*$/u.test(lines.at(-1) ?? '');
  const wrapped =
    fullLines.length >= WRAP.minFullLines && fullLines.some((l) => !endsSentence(l)) && cutsSentence;
  return wrapped ? lines.map((_, i) => i > 0 && full[i - 1] === true && !apart[i]) : none;
}

/** A prose-length line stopping on a comma, hyphen or stop word; short menu lines ("Log in") do not count. */
function endsMidSentence(line: string): boolean {
  const lastWord = line.split(' ').at(-1) ?? '';
  return words(line).length >= MIN_WRAPPED_WORDS && (/[,-]$/u.test(lastWord) || isStopWord(lastWord));
}

/** Collapses runs of whitespace (tabs, no-break spaces) and drops zero-width spaces. */
function normaliseSpace(text: string): string {
  return (
    text
      .replace(/[\u200B\uFEFF]/gu, '')
      // A text browser numbers each link: "[16]Share on Facebook", "the [3]council said".
      .replace(/\[\d{1,3}\](?=\S)/gu, '')
      .replace(/\s+/gu, ' ')
      .trim()
  );
}
