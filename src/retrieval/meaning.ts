import type { SentenceEncoder } from '../language/resources/sentence-encoder.ts';
import { memoKey, type Story } from './story.ts';

// What a sentence encoder adds to the lexical ranking. Measured on eleven question sets (ten
// written blind, three of them held out while the weight was chosen): the encoder's cosine
// between the question and a passage, added at this weight to the ten best candidates' scores,
// lifted recall@3 on six sets and lowered it on one (by one question); any weight from 3 to 6
// does about as well. Only the best ten are re-weighed: each passage the encoder has not met
// costs about 30 ms the first time, and twenty did little better than ten.
const MEANING_WEIGHT = 4;
const REWEIGHED = 10;

// Passage vectors are kept by the story, bounded: a long-running bot on a large story meets
// many passages, and each vector takes 2 kB.
const PASSAGE_VECTORS = memoKey<Map<number, Float32Array>>('passage vectors');
const VECTORS_KEPT = 10_000;

/** The cosine of two unit vectors. */
function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += (a[i] ?? 0) * (b[i] ?? 0);
  return dot;
}

/**
 * The vectors of the passages given, embedding those the story does not keep yet (all at once,
 * after making room when the bound would be passed).
 */
function vectorsOf(
  story: Story,
  encoder: SentenceEncoder,
  docs: readonly number[],
): Map<number, Float32Array> {
  const kept = story.memo(PASSAGE_VECTORS, () => new Map<number, Float32Array>());
  const missing = docs.filter((doc) => !kept.has(doc));
  if (kept.size + missing.length > VECTORS_KEPT) kept.clear();
  const made = encoder.embed(missing.map((doc) => story.passages[doc]?.paragraph.text ?? ''));
  missing.forEach((doc, i) => {
    const vector = made[i];
    if (vector) kept.set(doc, vector);
  });
  return kept;
}

// Passages embedded in one step of meetPassages: about 100 ms of the thread, so that answers
// asked meanwhile wait little.
const STEP = 4;

/**
 * Embeds every passage of the story ahead of the questions, a few at a time, yielding the thread
 * between steps. Answers are the same with or without it; they only come sooner, as no question
 * then waits for the encoder to meet its passages. A story with more passages than are kept is
 * left to meet them as questions come.
 */
export async function meetPassages(story: Story): Promise<void> {
  const { encoder } = story;
  if (!encoder || story.passages.length > VECTORS_KEPT) return;
  const docs = story.passages.map((_, doc) => doc);
  for (let i = 0; i < docs.length; i += STEP) {
    vectorsOf(story, encoder, docs.slice(i, i + STEP));
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export interface Candidate {
  readonly doc: number;
  readonly score: number;
}

/** The candidates re-ordered with the encoder's view added; as given when the story has none. */
export function withMeaning<C extends Candidate>(story: Story, question: string, ranked: readonly C[]): C[] {
  const { encoder } = story;
  if (!encoder || ranked.length === 0) return [...ranked];
  const head = ranked.slice(0, REWEIGHED);
  const kept = vectorsOf(
    story,
    encoder,
    head.map((c) => c.doc),
  );
  const [asked] = encoder.embed([question]);
  const reweighed = head
    .map((c) => {
      const vector = kept.get(c.doc);
      return { ...c, score: c.score + (asked && vector ? MEANING_WEIGHT * cosine(asked, vector) : 0) };
    })
    .sort((a, b) => b.score - a.score);
  return [...reweighed, ...ranked.slice(REWEIGHED)];
}
