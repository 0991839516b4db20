import type { WordVectors } from '../language/resources/vectors.ts';
import type { SentenceWords } from '../language/sentence-words.ts';
import type { Relevance } from './relevance.ts';

// The sentence that answers a question usually holds most of what it asks, in its own words.
// Each word the user typed is matched to the sentence word used most alike (its own term earns
// all; a relation WordNet or the vectors found earns its credit; any other word earns by how
// alike the two are used), and a sentence scores the weighted share of the question it holds.

// Below this cosine two words are taken as unrelated; above it they earn a growing share, up to
// UNRELATED_MAX of the typed word (less than a WordNet synonym in the same sense).
const ALIKE_FROM = 0.35;
const ALIKE_MAX = 0.5;

/** The share of the question's weight the sentence holds, 0 to 1. */
export function softCoverage(relevance: Relevance, sentence: SentenceWords, vectors: WordVectors): number {
  let total = 0;
  let held = 0;
  for (const { group, weight, whole, partial } of relevance) {
    total += weight;
    if (whole.some((s) => s.parts.every((t) => sentence.terms.has(t)))) {
      held += weight;
      continue;
    }
    let best = 0;
    for (const s of partial) {
      if (s.credit / (weight || 1) <= best) break;
      if (s.parts.every((t) => sentence.terms.has(t))) best = s.credit / (weight || 1);
    }
    if (group.word && vectors.has(group.word)) {
      for (const norm of sentence.norms) {
        const sim = vectors.similarity(group.word, norm) ?? 0;
        if (sim > ALIKE_FROM) best = Math.max(best, (ALIKE_MAX * (sim - ALIKE_FROM)) / (1 - ALIKE_FROM));
      }
    }
    held += weight * Math.min(best, 1);
  }
  return total > 0 ? held / total : 0;
}
