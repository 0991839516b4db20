import { lowerWords } from './line-kind.ts';

// A pull quote repeats a sentence of the story in large type between its paragraphs ("“We were
// waking people up four or five times a night.”"), often with its punctuation changed. Kept, it
// would stand as a passage of its own, answering what its paragraph already answers.

const MIN_REPEATED_WORDS = 6;

// Padded, so that a sentence is found only as whole words.
const comparable = (text: string): string => ` ${lowerWords(text).join(' ')} `;

/**
 * The paragraphs without those whose every sentence stands, word for word, in another paragraph
 * (a quotation repeated whole, though the story broke it with "she said").
 */
export function withoutRepeats(paragraphs: readonly string[]): string[] {
  const texts = paragraphs.map(comparable);
  return paragraphs.filter((paragraph, i) => {
    const own = texts[i] ?? '';
    if (own.trim().split(' ').length < MIN_REPEATED_WORDS) return true;
    const sentences = paragraph.split(/(?<=[.!?][”’"']?)\s+/u).map(comparable);
    const elsewhere = (part: string) =>
      texts.some((other, j) => j !== i && other.length > own.length && other.includes(part));
    return !sentences.every(elsewhere);
  });
}
