import { splitSentences } from './sentences.ts';

// A line this long with no blank line anywhere in the file is a whole article written on one line
// (or a few): a paragraph of the page would rarely run past it.
const LONG_LINE = 600;
// News paragraphs run to one to three sentences; the citation unit should stay that size.
const SENTENCES_PER_PARAGRAPH = 3;
const PARAGRAPH_CHARS = 500;

/** Groups a line's sentences into paragraphs of up to three sentences and about 500 characters. */
function paragraphsOf(line: string): string[] {
  const paragraphs: string[][] = [];
  let current: string[] = [];
  for (const { text } of splitSentences(line)) {
    const size = current.reduce((n, s) => n + s.length + 1, 0);
    if (
      current.length >= SENTENCES_PER_PARAGRAPH ||
      (current.length > 0 && size + text.length > PARAGRAPH_CHARS)
    ) {
      paragraphs.push(current);
      current = [];
    }
    current.push(text);
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs.map((p) => p.join(' '));
}

/**
 * An article captured without blank lines has no paragraphs to cite: its long lines are split
 * into paragraphs by sentences, so it loads like any other. Text with blank lines is unchanged.
 */
export function splitLongLines(raw: string): string {
  if (/\n[ \t]*\r?\n/u.test(raw)) return raw;
  // Other lines keep their single line breaks, so hard-wrapped prose is still joined by cleaning.
  return raw
    .split(/\r?\n/u)
    .map((line) => (line.length > LONG_LINE ? `\n${paragraphsOf(line.trim()).join('\n\n')}\n` : line))
    .join('\n');
}
