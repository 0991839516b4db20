// npm run bench: index build time, ask() latency and peak heap, on the seeds and on a synthetic
// corpus of 1,000 articles (about 20,000 passages) made from the seeds' own vocabulary; then the
// one-off alignment behind /compare and the latency of check(), on the seeds and 50 articles.
import { getHeapStatistics } from 'node:v8';
import { Bench } from 'tinybench';
import { check } from '../src/compare/check.ts';
import { discrepancies } from '../src/compare/discrepancies.ts';
import { buildArticle } from '../src/corpus/article.ts';
import { loadCorpus } from '../src/corpus/corpus.ts';
import type { Corpus } from '../src/corpus/types.ts';
import { ask } from '../src/retrieval/ask.ts';
import { createStory, type Story } from '../src/retrieval/story.ts';

const QUESTIONS = [
  'What did North Korea say about the US claims?',
  'Who is John Kirby?',
  'Did Pyongyang sell artillery shells to the Kremlin?',
  'Why is Russia short of weapons?',
  'What happened in the Vigilant Storm exercise?',
];

// A deterministic generator so every run measures the same corpus.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function synthetic(seeds: Corpus, articles: number, paragraphs: number): Corpus {
  const vocabulary = seeds.articles.flatMap((a) => a.paragraphs.flatMap((p) => p.text.split(/\s+/u)));
  const next = random(42);
  const word = () => vocabulary[Math.floor(next() * vocabulary.length)] ?? 'story';
  const sentence = () => `${Array.from({ length: 12 + Math.floor(next() * 14) }, word).join(' ')}.`;
  return {
    dir: '(synthetic)',
    articles: Array.from({ length: articles }, (_, i) => {
      const body = Array.from({ length: paragraphs }, () => `${sentence()} ${sentence()}`).join('\n\n');
      const meta = { id: `s${i}`, file: `s${i}.txt`, published: '2022-09-22' };
      return buildArticle(meta, `Synthetic article ${i} about the story\n\n${body}\n`);
    }),
  };
}

/** Latency of a task over inputs taken in turn, for 1.5 s after a short warm-up. */
async function latencyOf(task: (input: string) => unknown, inputs: readonly string[]) {
  let i = 0;
  const bench = new Bench({ time: 1500, warmupTime: 200 });
  bench.add('task', () => {
    task(inputs[i++ % inputs.length] ?? '');
  });
  await bench.run();
  const result = bench.tasks[0]?.result;
  return result && 'latency' in result ? result.latency : undefined;
}

async function measure(name: string, corpus: Corpus): Promise<void> {
  globalThis.gc?.();
  const started = performance.now();
  const story: Story = createStory(corpus);
  const buildMs = performance.now() - started;
  const latency = await latencyOf((q) => ask(story, q), QUESTIONS);
  const heapMb = getHeapStatistics().used_heap_size / 2 ** 20;
  console.log(
    `${name.padEnd(10)} passages ${String(story.passages.length).padStart(6)}  build ${buildMs.toFixed(0).padStart(5)} ms  ` +
      `ask p50 ${latency?.p50.toFixed(3)} ms  p99 ${latency?.p99.toFixed(3)} ms  ` +
      `heap ${heapMb.toFixed(0)} MB (${latency?.samplesCount ?? 0} asks)`,
  );
}

const CLAIMS = [
  'North Korea says it never sent weapons to Russia.',
  'Kirby said Russia is buying literally millions of shells. The drills were called Vigilant Storm.',
];

/** The one-off work behind /compare (alignment, quotations, dates), then check() per message. */
async function measureCompare(name: string, corpus: Corpus): Promise<void> {
  const story = createStory(corpus);
  globalThis.gc?.();
  const started = performance.now();
  const found = discrepancies(story).length;
  const prepareMs = performance.now() - started;
  const latency = await latencyOf((text) => check(story, text), CLAIMS);
  console.log(
    `${name.padEnd(10)} passages ${String(story.passages.length).padStart(6)}  compare prepare ${prepareMs.toFixed(0).padStart(5)} ms ` +
      `(${found} discrepancies)  check p50 ${latency?.p50.toFixed(3)} ms  p99 ${latency?.p99.toFixed(3)} ms`,
  );
}

const seeds = await loadCorpus(process.env.SEEDS_DIR ?? './seeds');
await measure('seeds', seeds);
await measure('synthetic', synthetic(seeds, 1000, 20));
await measureCompare('seeds', seeds);
await measureCompare('synthetic', synthetic(seeds, 50, 20));
