import winkBM25 from 'wink-bm25-text-search';

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

// wink refuses to consolidate fewer than three documents; empty stand-ins make any size work.
const WINK_MINIMUM = 3;
// wink rounds each term weight to 4 decimals unless told otherwise; 9 is its maximum.
const PRECISION = 9;
// Documents arrive already turned into terms; wink's own preparation must only split them again.
const splitTerms = (text: string): string[] => text.split(' ').filter(Boolean);

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
    return BM25Index.fromLists(lists, documents.length);
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

function better(a: number, b: number, scores: Float64Array): boolean {
  const [sa, sb] = [scores[a] ?? 0, scores[b] ?? 0];
  return sa > sb || (sa === sb && a < b);
}

/** Adds a document to the heap; returns the new size. */
function siftUp(heap: Int32Array, size: number, doc: number, scores: Float64Array): number {
  let i = size;
  heap[i] = doc;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const p = heap[parent] ?? 0;
    if (!better(p, doc, scores)) break;
    heap[i] = p;
    heap[parent] = doc;
    i = parent;
  }
  return size + 1;
}

/** Replaces the root (the worst kept) with a better document and restores the heap. */
function siftDown(heap: Int32Array, size: number, doc: number, scores: Float64Array): void {
  let i = 0;
  heap[0] = doc;
  for (;;) {
    const [left, right] = [2 * i + 1, 2 * i + 2];
    let worst = i;
    if (left < size && better(heap[worst] ?? 0, heap[left] ?? 0, scores)) worst = left;
    if (right < size && better(heap[worst] ?? 0, heap[right] ?? 0, scores)) worst = right;
    if (worst === i) return;
    [heap[i], heap[worst]] = [heap[worst] ?? 0, heap[i] ?? 0];
    i = worst;
  }
}
