import { jaccard, overlapShare } from '../retrieval/near-duplicates.ts';

// Quotations with the same words in several places form one group. Only quotations sharing two
// neighbouring terms, or all their terms, can be the same words, so each is compared with those
// alone, found through lists by pair, instead of with every other (quadratic in the quotations).

/** What grouping reads of a quotation; `group` is written. */
export interface Groupable {
  readonly termSet: ReadonlySet<string>;
  /** Neighbouring terms, in order: what tells the same words from words on one topic. */
  readonly pairs: ReadonlySet<string>;
  group: number;
}

// Share of the smaller quote's terms two quotes need in common to be the same words translated.
const SAME_WORDS = 0.5;
// A pair of words in more quotations than this ("North Korea") tells no statement apart: it
// finds no candidate of its own. Far above any real story; it bounds the work on a huge one.
const MAX_LIST = 256;

/** Words in the same order: pairs of neighbouring terms ("artillery shells"). */
export const pairsOf = (list: readonly string[]) => new Set(list.slice(1).map((t, k) => `${list[k]} ${t}`));

/**
 * The same words, translated or excerpted: most of the smaller quote's terms, some of them in the
 * same order. Words of one topic ("Russia", "shells", "rockets") in another order are another
 * statement, whoever made it.
 */
export function sameWords(a: Groupable, b: Groupable): boolean {
  const smaller = Math.min(a.termSet.size, b.termSet.size);
  const share = overlapShare(a.termSet, b.termSet);
  const common = Math.round(share * smaller);
  if (smaller > 0 && jaccard(a.termSet, b.termSet) === 1) return true;
  return common >= 3 && share >= SAME_WORDS && [...a.pairs].some((p) => b.pairs.has(p));
}

function listed(index: Map<string, number[]>, key: string, i: number): void {
  const list = index.get(key);
  if (list) list.push(i);
  else index.set(key, [i]);
}

/**
 * Gives each quotation the smallest position among the same words: the quotations in turn, each
 * passing its group to the later-grouped ones with the same words (as a loop over every pair would).
 */
export function groupSameWords(entries: readonly Groupable[]): void {
  const byPair = new Map<string, number[]>();
  const bySet = new Map<string, number[]>();
  entries.forEach((e, i) => {
    for (const p of e.pairs) listed(byPair, p, i);
    if (e.termSet.size > 0) listed(bySet, [...e.termSet].sort().join(' '), i);
  });
  for (const a of entries) {
    const candidates = new Set(bySet.get([...a.termSet].sort().join(' ')) ?? []);
    for (const p of a.pairs) {
      const list = byPair.get(p) ?? [];
      if (list.length <= MAX_LIST) for (const j of list) candidates.add(j);
    }
    for (const j of candidates) {
      const b = entries[j];
      if (b && b.group > a.group && sameWords(a, b)) b.group = a.group;
    }
  }
}
