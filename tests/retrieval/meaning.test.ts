import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/corpus.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import type { SentenceEncoder } from '../../src/language/resources/sentence-encoder.ts';
import { meetPassages, withMeaning } from '../../src/retrieval/meaning.ts';
import { createStory } from '../../src/retrieval/story.ts';

// A stand-in encoder: a text that mentions Kirby points one way, any other text the other way,
// so a question about Kirby points his way. It counts the texts it is given.
function fakeEncoder(): SentenceEncoder & { texts: string[] } {
  const texts: string[] = [];
  return {
    texts,
    embed(list) {
      texts.push(...list);
      return list.map((t) => Float32Array.from(/kirby/iu.test(t) ? [1, 0] : [0, 1]));
    },
  };
}

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus('seeds');
});

describe('withMeaning: the encoder re-weighs the best candidates', () => {
  const setUp = () => {
    const encoder = fakeEncoder();
    const story = createStory(corpus, { encoder });
    const kirby = story.passages.flatMap((p, doc) => (/Kirby/u.test(p.paragraph.text) ? [doc] : []));
    const others = story.passages.flatMap((p, doc) => (/Kirby/u.test(p.paragraph.text) ? [] : [doc]));
    return { story, encoder, kirby, others };
  };

  it('lifts a passage the encoder places near the question over lexically better ones', () => {
    const { story, kirby, others } = setUp();
    // Lexical scores 3.0, 2.9, …: the Kirby passage fifth, 0.4 below the first.
    const docs = [...others.slice(0, 4), kirby[0] ?? -1, ...others.slice(4, 8)];
    const ranked = docs.map((doc, i) => ({ doc, score: 3 - i / 10 }));
    const out = withMeaning(story, 'what does Kirby do?', ranked);
    expect(out.map((c) => c.doc)).toEqual([kirby[0], ...others.slice(0, 4), ...others.slice(4, 8)]);
    expect(out[0]?.score).toBeCloseTo(2.6 + 4, 6);
  });

  it('leaves candidates past the first 10 where they are, and keeps passage vectors for the next question', () => {
    const { story, encoder, kirby, others } = setUp();
    const docs = [...others.slice(0, 10), kirby[0] ?? -1];
    const ranked = docs.map((doc, i) => ({ doc, score: 20 - i }));
    expect(withMeaning(story, 'what does Kirby do?', ranked).map((c) => c.doc)).toEqual(docs);
    const embedded = encoder.texts.length;
    // The ten passages and the question.
    expect(embedded).toBe(11);
    withMeaning(story, 'what does Kirby do?', ranked);
    expect(encoder.texts.length).toBe(embedded + 1);
  });

  it('meets every passage ahead of the questions, in steps, and the answers do not change', async () => {
    const { story, encoder, kirby, others } = setUp();
    const ranked = [...others.slice(0, 4), kirby[0] ?? -1].map((doc, i) => ({ doc, score: 3 - i / 10 }));
    const before = withMeaning(
      createStory(corpus, { encoder: fakeEncoder() }),
      'what does Kirby do?',
      ranked,
    );
    await meetPassages(story);
    expect(encoder.texts.length).toBe(story.passages.length);
    expect(withMeaning(story, 'what does Kirby do?', ranked)).toEqual(before);
    // Only the question was embedded after.
    expect(encoder.texts.length).toBe(story.passages.length + 1);
  });

  it('changes nothing without an encoder', () => {
    const story = createStory(corpus);
    const ranked = [
      { doc: 3, score: 2 },
      { doc: 1, score: 1 },
    ];
    expect(withMeaning(story, 'what does Kirby do?', ranked)).toEqual(ranked);
  });
});
