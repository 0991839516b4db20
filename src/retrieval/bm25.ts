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

/**
 * BM25 over documents given as term lists. wink-bm25-text-search computes the weights (with its
 * traps handled: minimum size, string ids, rounding, prep tasks lost on import); search reads
 * them from postings arrays, because wink's own search repeats a term to weigh it, keys its
 * scores by string and sorts every document touched.
 */
export class BM25Index {
  private readonly postings = new Map<string, Postings>();
  // Reused between searches: one score per document, and which documents have one.
  private readonly scores: Float64Array;
  private readonly touched: Int32Array;

  private constructor(
    private readonly engine: ReturnType<typeof winkBM25>,
    readonly size: number,
  ) {
    this.scores = new Float64Array(size);
    this.touched = new Int32Array(size);
    const byIndex = new Map<string, string>();
    for (const [token, index] of Object.entries(engine.getTokens())) byIndex.set(String(index), token);
    const lists = new Map<string, { docs: number[]; weights: number[] }>();
    for (const [id, { freq }] of Object.entries(engine.getDocs())) {
      const doc = Number(id);
      if (doc >= size) continue;
      for (const [index, weight] of Object.entries(freq)) {
        const token = byIndex.get(index);
        if (token === undefined) continue;
        const list = lists.get(token) ?? { docs: [], weights: [] };
        list.docs.push(doc);
        list.weights.push(weight);
        lists.set(token, list);
      }
    }
    for (const [token, list] of lists) {
      this.postings.set(token, {
        docs: Int32Array.from(list.docs),
        weights: Float64Array.from(list.weights),
      });
    }
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
    return new BM25Index(engine, documents.length);
  }

  /** Restores an index saved with toJSON; wink forgets its prep tasks on import, so set them again. */
  static fromJSON(json: string, size: number): BM25Index {
    const engine = winkBM25();
    engine.importJSON(json);
    engine.definePrepTasks([splitTerms]);
    return new BM25Index(engine, size);
  }

  toJSON(): string {
    return this.engine.exportJSON();
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
    const { scores, touched } = this;
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
    const heap: Hit[] = [];
    for (let i = 0; i < count; i++) {
      const doc = touched[i] ?? 0;
      const hit = { doc, score: scores[doc] ?? 0 };
      scores[doc] = 0;
      if (heap.length < limit) heapPush(heap, hit);
      else if (heap[0] && better(hit, heap[0])) heapReplaceRoot(heap, hit);
    }
    return heap.filter((h) => h.score > 0).sort((a, b) => (better(a, b) ? -1 : 1));
  }
}

const better = (a: Hit, b: Hit): boolean => a.score > b.score || (a.score === b.score && a.doc < b.doc);

function heapPush(heap: Hit[], hit: Hit): void {
  heap.push(hit);
  for (let i = heap.length - 1; i > 0; ) {
    const parent = (i - 1) >> 1;
    const [p, c] = [heap[parent], heap[i]];
    if (!p || !c || !better(p, c)) break;
    heap[parent] = c;
    heap[i] = p;
    i = parent;
  }
}

function heapReplaceRoot(heap: Hit[], hit: Hit): void {
  heap[0] = hit;
  for (let i = 0; ; ) {
    const [left, right] = [2 * i + 1, 2 * i + 2];
    let worst = i;
    const at = (k: number) => heap[k] ?? hit;
    if (left < heap.length && better(at(worst), at(left))) worst = left;
    if (right < heap.length && better(at(worst), at(right))) worst = right;
    if (worst === i) return;
    [heap[i], heap[worst]] = [at(worst), at(i)];
    i = worst;
  }
}
