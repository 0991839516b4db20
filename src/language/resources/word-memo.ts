// Language resources answer the same word again and again (every passage, every question), and
// looking a word up in WordNet or the stemmer is what indexing spends its time on. A word's
// answer never depends on the story, so it is kept per process; questions bring endless new words
// (and typos), so a full memo is emptied rather than let grow.
const LIMIT = 50_000;

/** `compute`, remembered per key, for at most `limit` keys at a time. */
export function wordMemo<V>(compute: (key: string) => V, limit = LIMIT): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    if (known.has(key)) return known.get(key) as V;
    const value = compute(key);
    if (known.size >= limit) known.clear();
    known.set(key, value);
    return value;
  };
}
