import winkBM25 from 'wink-bm25-text-search';

export interface Hit {
  /** Position of the document in the order it was added. */
  readonly doc: number;
  readonly score: number;
}

// wink refuses to consolidate fewer than three documents; empty stand-ins make any size work.
const WINK_MINIMUM = 3;
// wink rounds each term weight to 4 decimals unless told otherwise; 9 is its maximum.
const PRECISION = 9;
// Documents arrive already turned into terms; wink's own preparation must only split them again.
const splitTerms = (text: string): string[] => text.split(' ').filter(Boolean);

/**
 * BM25 over documents given as term lists, wrapping wink-bm25-text-search once with types and
 * with its traps handled: minimum size, string ids, rounding, prep tasks lost on import.
 */
export class BM25Index {
  private constructor(
    private readonly engine: ReturnType<typeof winkBM25>,
    readonly size: number,
  ) {}

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

  /**
   * Scores documents for weighted query terms (a weight repeats its term, which wink sums).
   * Ties are broken by document order so results never depend on object key order.
   */
  search(query: readonly { term: string; weight: number }[], limit = this.size): Hit[] {
    if (this.size === 0 || query.length === 0) return [];
    const text = query.flatMap(({ term, weight }) => Array<string>(weight).fill(term)).join(' ');
    return this.engine
      .search(text, Math.max(this.size, WINK_MINIMUM))
      .map(([id, score]) => ({ doc: Number(id), score }))
      .filter((hit) => hit.doc < this.size && hit.score > 0)
      .sort((a, b) => b.score - a.score || a.doc - b.doc)
      .slice(0, limit);
  }
}
