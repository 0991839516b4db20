import { isClosedClass } from '../language/resources/closed-class.ts';
import { definitionsOf } from '../language/resources/definitions.ts';
import { type WordVectors, wordVectors } from '../language/resources/vectors.ts';
import { wordMemo } from '../language/resources/word-memo.ts';
import { termOf, words } from '../language/text.ts';

/** A word of the articles used alike with a word of a question, as the term it is indexed by. */
export interface Neighbour {
  readonly term: string;
  readonly similarity: number;
}

// Below this cosine, GloVe neighbours are mostly topical company ("job"/"spokesman" 0.33), not
// another way to say the word; the best few above it are kept.
const MIN_SIMILARITY = 0.5;
const MAX_NEIGHBOURS = 6;
/**
 * The story's words as the vectors know them, grouped by the term they index as, so a question's
 * word finds the articles' words used alike ("penalties" → "sanction", "Tehran" → "iran").
 */
export class Vocabulary {
  private readonly byWord = new Map<string, string>();
  private readonly byTerm = new Map<string, string[]>();
  // Questions bring endless new words: the story remembers a bounded number of them.
  private readonly found = wordMemo((word) => this.nearest(word));

  constructor(
    texts: Iterable<string>,
    private readonly vectors: WordVectors = wordVectors(),
  ) {
    const seen = new Set<string>();
    for (const text of texts) {
      for (const word of words(text)) {
        if (word.acronym || seen.has(word.norm)) continue;
        seen.add(word.norm);
        const term = termOf(word);
        if (!term || !vectors.has(word.norm)) continue;
        this.byTerm.set(term, [...(this.byTerm.get(term) ?? []), word.norm]);
        if (isClosedClass(word.norm)) continue;
        this.byWord.set(word.norm, term);
      }
    }
  }

  /**
   * How alike a question's word and a term of the articles are used: the best of the term's
   * written forms; undefined when either has no vector.
   */
  similarity(word: string, term: string): number | undefined {
    if (!this.vectors.has(word)) return undefined;
    let best: number | undefined;
    for (const form of this.byTerm.get(term) ?? []) {
      const s = this.vectors.similarity(word, form);
      if (s !== undefined && (best === undefined || s > best)) best = s;
    }
    return best;
  }

  // Read on the first question that needs it (the warm-up of the bot and of each HTTP worker
  // asks one): about 250 ms for the 48 articles of every fixture story together.
  private definers: Map<string, string[]> | undefined;

  /** The terms of the articles' words whose definition uses `term` ("abroad" → "export"). */
  definedBy(term: string): readonly string[] {
    this.definers ??= this.readDefinitions();
    return this.definers.get(term) ?? [];
  }

  private readDefinitions(): Map<string, string[]> {
    const definers = new Map<string, Set<string>>();
    for (const [word, own] of this.byWord) {
      for (const gloss of definitionsOf(word)) {
        for (const used of words(gloss)) {
          const term = termOf(used);
          if (!term || term === own) continue;
          const set = definers.get(term) ?? new Set<string>();
          definers.set(term, set.add(own));
        }
      }
    }
    return new Map([...definers].map(([term, set]) => [term, [...set]]));
  }

  /** The terms of the articles' words most like `word`, best first, the word's own term excluded. */
  neighbours(word: string, own: string): readonly Neighbour[] {
    return this.found(word)
      .filter((n) => n.term !== own)
      .slice(0, MAX_NEIGHBOURS);
  }

  private nearest(word: string): readonly Neighbour[] {
    const best = new Map<string, number>();
    if (this.vectors.has(word) && !isClosedClass(word)) {
      for (const [other, term] of this.byWord) {
        const similarity = this.vectors.similarity(word, other) ?? 0;
        if (similarity >= MIN_SIMILARITY && similarity > (best.get(term) ?? 0)) best.set(term, similarity);
      }
    }
    // One more than shown: the word's own term may be among them.
    return [...best]
      .map(([term, similarity]) => ({ term, similarity }))
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, MAX_NEIGHBOURS + 1);
  }
}
