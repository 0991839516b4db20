import { aspectOf, isNegative, isOpen, POLARITY_WORDS } from '../language/polarity.ts';
import { queryGroups } from '../language/query.ts';
import { wordVectors } from '../language/resources/vectors.ts';
import { sentenceWords } from '../language/sentence-words.ts';
import { words } from '../language/text.ts';
import { type Relevance, relevanceOf } from '../retrieval/relevance.ts';
import { softCoverage } from '../retrieval/soft-match.ts';
import type { Story } from '../retrieval/story.ts';

/** Which way a passage goes on a checked claim. */
export type Stance = 'supports' | 'contradicts' | 'mentions';

// A clause takes a side only when it is about the same thing: it holds this share of the claim
// (word by word, synonyms and words used alike counting in part). Below, it only bears on it.
const SAME_CONTENT = 0.5;
// One sentence may carry both sides ("the union says staff reported a defect; the company denies
// it"): each clause is read on its own, and the one closest to the claim decides.
const CLAUSES = /;|,? but |,? while |,? whereas |,? although /u;

/** A text without the words that only turn it round, so that content is compared with content. */
function withoutPolarity(text: string): string {
  return words(text)
    .filter((w) => !POLARITY_WORDS.has(w.norm))
    .map((w) => text.slice(w.start, w.end))
    .join(' ');
}

/** What a claim is about, ready to compare sentences against (once per claim). */
export function claimContent(story: Story, claim: string): Relevance {
  return relevanceOf(story, queryGroups(withoutPolarity(claim)));
}

/**
 * Whether `sentence` supports, contradicts or only mentions `claim`. About the same thing, a
 * denial against an assertion contradicts ("has never exported" against "is secretly supplying"),
 * so does something still to come against something claimed done ("is due to report" against
 * "has already published"); the same polarity supports, unless the sentence leaves it open.
 */
export function stanceOf(claim: string, content: Relevance, sentence: string): Stance {
  const vectors = wordVectors();
  let best = { clause: sentence, share: 0 };
  for (const clause of sentence.split(CLAUSES)) {
    const share = softCoverage(content, sentenceWords(clause), vectors);
    if (share > best.share) best = { clause, share };
  }
  if (best.share < SAME_CONTENT) return 'mentions';
  const { clause } = best;
  if (isNegative(claim) !== isNegative(clause)) return 'contradicts';
  // A hedged sentence ("Russia could purchase", "trying to find out if") settles nothing.
  if (isOpen(clause) && !isOpen(claim)) return 'mentions';
  if (aspectOf(claim) === 'done' && aspectOf(clause) === 'to come') return 'contradicts';
  return 'supports';
}
