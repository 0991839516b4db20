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
// Candidates come through the rarer terms only: pairs sharing nothing but words found in more
// than this many sentences cannot reach RELATED_SHARE, and walking those lists would make linking
// quadratic. A fixed bound, so the work per sentence does not grow with the story.
const MAX_CANDIDATE_DF = 64;
// Below the share asked, for rounding: the bound below sums weights in another order.
const MARGIN = 1e-9;

const quoteSame = (a: ClaimSentence, b: ClaimSentence) =>
  a.quotes.size > 0 && b.quotes.size > 0 && [...a.quotes].some((g) => b.quotes.has(g));

/** The sentences' terms as numbers, each term's weight and the sentences holding it. */
function numbered(sentences: readonly ClaimSentence[], weight: (t: string) => number) {
  const ids = new Map<string, number>();
  const weights: number[] = [];
  const postings: number[][] = [];
  const terms = sentences.map((s, i) =>
    [...s.terms].map((t) => {
      let id = ids.get(t);
      if (id === undefined) {
        id = weights.length;
        ids.set(t, id);
        weights.push(weight(t));
        postings.push([]);
      }
      postings[id]?.push(i);
      return id;
    }),
  );
  return { terms, weights, postings };
}

/** Links between sentences of different articles: related by shared terms, or quoting the same words. */
export function linkSentences(sentences: readonly ClaimSentence[], weight: (t: string) => number): Link[] {
  const { terms, weights, postings } = numbered(sentences, weight);
  const totals = sentences.map((s) => weightOf(s.terms, weight));
  const rare = postings.map((list) => list.length <= MAX_CANDIDATE_DF);
  // Per pair, the weight of the rare terms shared: with the weight of the common ones it bounds
  // what the pair can share, so most pairs are dismissed without comparing their terms.
  const sharedRare = new Float64Array(sentences.length);
  const links: Link[] = [];
  sentences.forEach((a, i) => {
    const own = terms[i] ?? [];
    const common = own.reduce((sum, t) => (rare[t] ? sum : sum + (weights[t] ?? 0)), 0);
    const candidates: number[] = [];
    for (const t of own) {
      if (!rare[t]) continue;
      for (const j of postings[t] ?? [])
        if (j > i && sentences[j]?.articleId !== a.articleId) {
          if (sharedRare[j] === 0) candidates.push(j);
          sharedRare[j] = (sharedRare[j] ?? 0) + (weights[t] ?? 0);
        }
    }
    for (const j of candidates) {
      const b = sentences[j];
      const [wa, wb] = [totals[i] ?? 0, totals[j] ?? 0];
      const bound = (sharedRare[j] ?? 0) + common;
      sharedRare[j] = 0;
      if (!b || wa === 0 || wb === 0) continue;
      const sameWords = quoteSame(a, b);
      if (!sameWords && bound < (RELATED_SHARE - MARGIN) * Math.min(wa, wb)) continue;
      let shared = 0;
      for (const t of a.terms) if (b.terms.has(t)) shared += weight(t);
      const share = shared / Math.min(wa, wb);
      if (share >= RELATED_SHARE || sameWords)
        links.push({ a, b, score: shared / (wa + wb - shared), share, sameWords });
    }
  });
  return links;
}
