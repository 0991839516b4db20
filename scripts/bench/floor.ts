// The floor: the least a BM25 search can do. Postings in typed arrays, scores summed into one
// array, the best kept by a partial sort. The project's index is measured against it.

export class FloorBM25 {
  private readonly postings = new Map<string, { docs: Int32Array; tf: Float64Array }>();
  private readonly scores: Float64Array;
  private readonly touched: Int32Array;
  private readonly lengths: Float64Array;
  private readonly avg: number;

  constructor(documents: readonly (readonly string[])[]) {
    const lists = new Map<string, { docs: number[]; tf: number[] }>();
    this.lengths = new Float64Array(documents.length);
    documents.forEach((terms, doc) => {
      this.lengths[doc] = terms.length;
      const counts = new Map<string, number>();
      for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
      for (const [t, n] of counts) {
        const list = lists.get(t) ?? { docs: [], tf: [] };
        list.docs.push(doc);
        list.tf.push(n);
        lists.set(t, list);
      }
    });
    this.avg = this.lengths.reduce((a, b) => a + b, 0) / Math.max(documents.length, 1);
    const n = documents.length;
    const [k1, b] = [1.2, 0.75];
    for (const [t, { docs, tf }] of lists) {
      const idf = Math.log(1 + (n - docs.length + 0.5) / (docs.length + 0.5));
      const weights = tf.map((f, i) => {
        const len = this.lengths[docs[i] ?? 0] ?? 0;
        return (idf * (f * (k1 + 1))) / (f + k1 * (1 - b + (b * len) / this.avg));
      });
      this.postings.set(t, { docs: Int32Array.from(docs), tf: Float64Array.from(weights) });
    }
    this.scores = new Float64Array(n);
    this.touched = new Int32Array(n);
  }

  search(query: readonly string[], limit: number): number[] {
    const { scores, touched } = this;
    let count = 0;
    for (const term of query) {
      const list = this.postings.get(term);
      if (!list) continue;
      for (let i = 0; i < list.docs.length; i++) {
        const doc = list.docs[i] ?? 0;
        if (scores[doc] === 0) touched[count++] = doc;
        scores[doc] = (scores[doc] ?? 0) + (list.tf[i] ?? 0);
      }
    }
    // The best `limit` by insertion into a short sorted list: most documents fail the first test.
    const best: number[] = [];
    for (let i = 0; i < count; i++) {
      const doc = touched[i] ?? 0;
      const score = scores[doc] ?? 0;
      if (best.length === limit && score <= (scores[best[limit - 1] ?? 0] ?? 0)) continue;
      let at = best.length;
      while (at > 0 && (scores[best[at - 1] ?? 0] ?? 0) < score) at--;
      best.splice(at, 0, doc);
      if (best.length > limit) best.pop();
    }
    const out = best.slice();
    for (let i = 0; i < count; i++) scores[touched[i] ?? 0] = 0;
    return out;
  }
}
