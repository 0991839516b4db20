// The package ships no types; this declares only what wink-weights.ts uses.
declare module 'wink-bm25-text-search' {
  type PrepTask = (input: string) => string | string[];
  interface WinkBM25Config {
    fldWeights: Record<string, number>;
    bm25Params?: { k1?: number; b?: number; k?: number };
  }
  interface WinkBM25Engine {
    defineConfig(config: WinkBM25Config): boolean;
    definePrepTasks(tasks: PrepTask[], field?: string): number;
    addDoc(doc: Record<string, string>, id: string | number): number;
    consolidate(freqPrecision?: number): boolean;
    /** Ids come back as strings, whatever was given to addDoc. */
    search(text: string, limit?: number): Array<[string, number]>;
    /** Consolidated documents: each term's BM25 weight (term frequency part times IDF) by token index. */
    getDocs(): Record<string, { freq: Record<string, number> }>;
    /** Token to token index. */
    getTokens(): Record<string, number>;
    exportJSON(): string;
    importJSON(json: string): boolean;
  }
  function bm25(): WinkBM25Engine;
  export default bm25;
}
