import type { SourceRef } from '../corpus/types.ts';
import { weightOf } from '../retrieval/near-duplicates.ts';

/** A sentence of the story, the unit that alignment links across articles. */
export interface ClaimSentence extends SourceRef {
  readonly index: number;
  readonly text: string;
  /** Offset of the sentence in its paragraph. */
  readonly start: number;
  readonly end: number;
  readonly terms: ReadonlySet<string>;
  readonly published: string;
  /** The /who-said groups of the words it quotes in quotation marks. */
  readonly quotes: ReadonlySet<number>;
  /** The people it names (language/people.ts). */
  readonly people: ReadonlySet<string>;
}

export interface Link {
  readonly a: ClaimSentence;
  readonly b: ClaimSentence;
  /** idf-weighted Jaccard of the two term sets. */
  readonly score: number;
  /** idf-weighted share of the smaller set found in the other. */
  readonly share: number;
  /** Both quote the same words (as /who-said groups them). */
  readonly sameWords: boolean;
}

// Below this share two sentences are not even related.
export const RELATED_SHARE = 0.4;
// Candidates come through the rarer terms only: pairs sharing nothing but words found everywhere
// cannot reach RELATED_SHARE, and walking those lists would make linking quadratic.
const MIN_CANDIDATE_DF = 64;
const CANDIDATE_DF_SHARE = 0.02;

const quoteSame = (a: ClaimSentence, b: ClaimSentence) => [...a.quotes].some((g) => b.quotes.has(g));

function postingsOf(sentences: readonly ClaimSentence[]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  sentences.forEach((s, i) => {
    for (const t of s.terms) {
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
  });
  return postings;
}

/** Links between sentences of different articles: related by shared terms, or quoting the same words. */
export function linkSentences(sentences: readonly ClaimSentence[], weight: (t: string) => number): Link[] {
  const postings = postingsOf(sentences);
  const cap = Math.max(MIN_CANDIDATE_DF, sentences.length * CANDIDATE_DF_SHARE);
  const totals = sentences.map((s) => weightOf(s.terms, weight));
  const links: Link[] = [];
  sentences.forEach((a, i) => {
    const candidates = new Set<number>();
    for (const t of a.terms) {
      const list = postings.get(t) ?? [];
      if (list.length <= cap)
        for (const j of list) if (j > i && sentences[j]?.articleId !== a.articleId) candidates.add(j);
    }
    for (const j of candidates) {
      const b = sentences[j];
      const [wa, wb] = [totals[i] ?? 0, totals[j] ?? 0];
      if (!b || wa === 0 || wb === 0) continue;
      let shared = 0;
      for (const t of a.terms) if (b.terms.has(t)) shared += weight(t);
      const share = shared / Math.min(wa, wb);
      const sameWords = quoteSame(a, b);
      if (share >= RELATED_SHARE || sameWords)
        links.push({ a, b, score: shared / (wa + wb - shared), share, sameWords });
    }
  });
  return links;
}
