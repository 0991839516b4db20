import { better, siftDown, siftUp } from './score-heap.ts';
import { winkWeights } from './wink-weights.ts';

export interface Hit {
  /** Position of the document in the order it was added. */
  readonly doc: number;
  readonly score: number;
}

/** One term's postings: the documents holding it and its BM25 weight in each. */
interface Postings {
  readonly docs: Int32Array;
  readonly weights: Float64Array;
}

/** What toJSON writes: each term's postings as plain arrays. */
interface Saved {
  readonly size: number;
  readonly postings: Record<string, [number[], number[]]>;
}

/**
 * BM25 over documents given as term lists. wink-bm25-text-search computes the weights (with its
 * traps handled: minimum size, string ids, rounding); the index then keeps only typed-array
 * postings and drops wink's engine, which held most of the memory (its documents, tokens and
 * configuration) for nothing search needs. Search sums weights into one reused array and keeps
 * the best in a heap of document numbers: no object per document touched.
 */
export class BM25Index {
  // Reused between searches: one score per document, which documents have one, and the heap.
  private readonly scores: Float64Array;
  private readonly touched: Int32Array;
  private readonly heap: Int32Array;

  private constructor(
    private readonly postings: ReadonlyMap<string, Postings>,
    readonly size: number,
  ) {
    this.scores = new Float64Array(size);
    this.touched = new Int32Array(size);
    this.heap = new Int32Array(size);
  }

  static build(documents: readonly (readonly string[])[]): BM25Index {
    return BM25Index.fromLists(winkWeights(documents), documents.length);
  }

  private static fromLists(lists: Map<string, { docs: number[]; weights: number[] }>, size: number) {
    const postings = new Map<string, Postings>();
    for (const [term, { docs, weights }] of lists) {
      // Postings in document order, so ties are broken the same way however they were read.
      const order = docs.map((_, i) => i).sort((a, b) => (docs[a] ?? 0) - (docs[b] ?? 0));
      postings.set(term, {
        docs: Int32Array.from(order, (i) => docs[i] ?? 0),
        weights: Float64Array.from(order, (i) => weights[i] ?? 0),
      });
    }
    return new BM25Index(postings, size);
  }

  /** Restores an index saved with toJSON. */
  static fromJSON(json: string, size?: number): BM25Index {
    const saved = JSON.parse(json) as Saved;
    const lists = new Map(
      Object.entries(saved.postings).map(([term, [docs, weights]]) => [term, { docs, weights }] as const),
    );
    return BM25Index.fromLists(lists, size ?? saved.size);
  }

  toJSON(): string {
    const postings: Saved['postings'] = {};
    for (const [term, { docs, weights }] of this.postings) postings[term] = [[...docs], [...weights]];
    return JSON.stringify({ size: this.size, postings } satisfies Saved);
  }

  /** Every term some document holds. */
  terms(): IterableIterator<string> {
    return this.postings.keys();
  }

  /** How many documents hold a term. */
  documentFrequency(term: string): number {
    return this.postings.get(term)?.docs.length ?? 0;
  }

  /**
   * Scores documents for weighted query terms: the sum of each term's BM25 weight times its
   * query weight. Ties are broken by document order so results never depend on insertion order.
   */
  search(query: readonly { term: string; weight: number }[], limit = this.size): Hit[] {
    const { scores, touched, heap } = this;
    let count = 0;
    for (const { term, weight } of query) {
      const list = this.postings.get(term);
      if (!list || weight <= 0) continue;
      const { docs, weights } = list;
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i] ?? 0;
        if (scores[doc] === 0) touched[count++] = doc;
        scores[doc] = (scores[doc] ?? 0) + weight * (weights[i] ?? 0);
      }
    }
    // Keep the best `limit` in a heap whose root is the worst kept, then sort only those.
    const keep = Math.min(limit, count);
    let size = 0;
    for (let i = 0; i < count; i++) {
      const doc = touched[i] ?? 0;
      if (size < keep) size = siftUp(heap, size, doc, scores);
      else if (size > 0 && better(doc, heap[0] ?? 0, scores)) siftDown(heap, size, doc, scores);
    }
    const hits: Hit[] = [];
    for (let i = 0; i < size; i++) {
      const doc = heap[i] ?? 0;
      if ((scores[doc] ?? 0) > 0) hits.push({ doc, score: scores[doc] ?? 0 });
    }
    for (let i = 0; i < count; i++) scores[touched[i] ?? 0] = 0;
    return hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
  }
}
