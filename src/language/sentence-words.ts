import { termOf, words } from './text.ts';

/** One sentence's words: written forms (for vectors) and index terms. */
export interface SentenceWords {
  readonly norms: readonly string[];
  readonly terms: ReadonlySet<string>;
}

export function sentenceWords(text: string): SentenceWords {
  const norms: string[] = [];
  const terms = new Set<string>();
  for (const word of words(text)) {
    const term = termOf(word);
    if (!term) continue;
    norms.push(word.norm);
    terms.add(term);
  }
  return { norms, terms };
}
