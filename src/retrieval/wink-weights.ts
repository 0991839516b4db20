import winkBM25 from 'wink-bm25-text-search';

// wink refuses to consolidate fewer than three documents; empty stand-ins make any size work.
const WINK_MINIMUM = 3;
// wink rounds each term weight to 4 decimals unless told otherwise; 9 is its maximum.
const PRECISION = 9;
// Documents arrive already turned into terms; wink's own preparation must only split them again.
const splitTerms = (text: string): string[] => text.split(' ').filter(Boolean);

/** Each term's BM25 weight in each document that holds it, as wink computes them. */
export function winkWeights(
  documents: readonly (readonly string[])[],
): Map<string, { docs: number[]; weights: number[] }> {
  const engine = winkBM25();
  engine.defineConfig({ fldWeights: { body: 1 }, bm25Params: { k1: 1.2, b: 0.75, k: 1 } });
  engine.definePrepTasks([splitTerms]);
  documents.forEach((terms, doc) => {
    engine.addDoc({ body: terms.join(' ') }, doc);
  });
  for (let pad = documents.length; pad < WINK_MINIMUM; pad++) engine.addDoc({ body: '' }, pad);
  engine.consolidate(PRECISION);
  const byIndex = new Map<string, string>();
  for (const [token, index] of Object.entries(engine.getTokens())) byIndex.set(String(index), token);
  const lists = new Map<string, { docs: number[]; weights: number[] }>();
  for (const [id, { freq }] of Object.entries(engine.getDocs())) {
    const doc = Number(id);
    if (doc >= documents.length) continue;
    for (const [index, weight] of Object.entries(freq)) {
      const token = byIndex.get(index);
      if (token === undefined) continue;
      const list = lists.get(token) ?? { docs: [], weights: [] };
      list.docs.push(doc);
      list.weights.push(weight);
      lists.set(token, list);
    }
  }
  return lists;
}
