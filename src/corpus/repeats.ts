// A pull quote repeats a sentence of the story in large type between its paragraphs ("“We were
// waking people up four or five times a night.”"), often with its punctuation changed. Kept, it
// would stand as a passage of its own, answering what its paragraph already answers.

const MIN_REPEATED_WORDS = 6;

const comparable = (text: string): string =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/** The paragraphs without those whose words all stand, in order, inside another paragraph. */
export function withoutRepeats(paragraphs: readonly string[]): string[] {
  const texts = paragraphs.map(comparable);
  return paragraphs.filter((_, i) => {
    const own = texts[i] ?? '';
    if (own.trim().split(' ').length < MIN_REPEATED_WORDS) return true;
    return !texts.some((other, j) => j !== i && other.length > own.length && other.includes(own));
  });
}
