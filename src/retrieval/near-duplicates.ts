import type { Paragraph } from '../corpus/types.ts';
import { terms } from '../language/text.ts';

// Sentences this short say too little to call two reports the same.
export const MIN_SENTENCE_TERMS = 4;
const MIN_TERMS = MIN_SENTENCE_TERMS;
// Share of terms two sentences need in common to report the same fact or quote.
export const SAME_CLAIM = 0.45;

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const term of a) if (b.has(term)) common++;
  return common / (a.size + b.size - common);
}

/** Share of the smaller set's terms found in the other: wording and length vary between outlets. */
export function overlapShare(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let common = 0;
  for (const term of small) if (large.has(term)) common++;
  return common / small.size;
}

/** The term sets of a paragraph's sentences (those long enough to say something). */
export function sentenceTermSets(paragraph: Paragraph): readonly ReadonlySet<string>[] {
  return paragraph.sentences.map((s) => new Set(terms(s.text))).filter((s) => s.size >= MIN_TERMS);
}

/** How strongly two paragraphs report the same thing: their most similar pair of sentences. */
export function paragraphSimilarity(a: Paragraph, b: Paragraph): number {
  return setsSimilarity(sentenceTermSets(a), sentenceTermSets(b));
}

/** The same, from the paragraphs' sentence term sets (a story keeps them: pairs meet them again). */
export function setsSimilarity(a: readonly ReadonlySet<string>[], b: readonly ReadonlySet<string>[]): number {
  let best = 0;
  for (const x of a) for (const y of b) best = Math.max(best, jaccard(x, y));
  return best;
}

/** Sum of term weights over the terms of a set. */
export function weightOf(set: ReadonlySet<string>, weight: (term: string) => number): number {
  let sum = 0;
  for (const term of set) sum += weight(term);
  return sum;
}
