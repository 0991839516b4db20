// How the one-off preparation grows with the corpus: everything a process that answers Discord
// prepares before it takes traffic (the index, quotations, dates and events, claims and their
// discrepancies), timed at several sizes, with the exponent fitted over them; then each heavy
// command's latency on the prepared story.
import { prepareStory } from '../../src/app.ts';
import { check } from '../../src/compare/check.ts';
import { compare } from '../../src/compare/compare.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import { ask } from '../../src/retrieval/ask.ts';
import type { Story } from '../../src/retrieval/story.ts';
import { timeline } from '../../src/timeline/timeline.ts';
import { percentiles, timings } from './synthetic.ts';

export interface PrepareRow {
  readonly articles: number;
  readonly passages: number;
  readonly ms: number;
  /** Processor time of the process (its worker thread and garbage collector's threads included). */
  readonly cpuMs: number;
  readonly story: Story;
}

export async function measurePrepare(corpus: Corpus): Promise<PrepareRow> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const story = await prepareStory(corpus);
  const used = process.cpuUsage(cpu);
  const ms = performance.now() - start;
  return {
    articles: corpus.articles.length,
    passages: story.passages.length,
    ms,
    cpuMs: (used.user + used.system) / 1000,
    story,
  };
}

const QUESTIONS = [
  'What did North Korea say about the US claims?',
  'Who is John Kirby?',
  'artillery shells Russia',
];

/** p50 and p99 of each command users may send, on a prepared story, in milliseconds. */
export function commandLatencies(story: Story): Record<string, { p50: number; p99: number }> {
  const tasks: Record<string, (input: string) => unknown> = {
    '/timeline': () => timeline(story),
    '/timeline topic': (q) => timeline(story, { topic: q }),
    '/compare topic': (q) => compare(story, { topic: q }),
    '/check': (q) => check(story, q),
    '/ask': (q) => ask(story, q),
  };
  return Object.fromEntries(
    Object.entries(tasks).map(([name, task]) => [name, percentiles(timings(task, QUESTIONS, 1500))]),
  );
}

/** The exponent k of time ∝ size^k, fitted by least squares on the logarithms. */
export function growthExponent(rows: readonly { articles: number; ms: number }[]): number {
  const xs = rows.map((r) => Math.log(r.articles));
  const ys = rows.map((r) => Math.log(r.ms));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * ((ys[i] ?? 0) - my);
    den += (x - mx) ** 2;
  });
  return den === 0 ? Number.NaN : num / den;
}
