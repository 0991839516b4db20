// Search and ask() against the floor, with wink's own search and MiniSearch beside them, at one
// corpus size; every figure of a row comes from the same run, so ratios hold on a noisy machine.
import MiniSearch from 'minisearch';
import winkBM25 from 'wink-bm25-text-search';
import type { Corpus } from '../../src/corpus/types.ts';
import { queryGroups, weightedTerms } from '../../src/language/query.ts';
import { ask } from '../../src/retrieval/ask.ts';
import { createStory } from '../../src/retrieval/story.ts';
import { FloorBM25 } from './floor.ts';
import { percentiles, timings } from './synthetic.ts';

export const QUESTIONS = [
  'What did North Korea say about the US claims?',
  'Who is John Kirby?',
  'Did Pyongyang sell artillery shells to the Kremlin?',
  'Why is Russia short of weapons?',
  'What happened in the Vigilant Storm exercise?',
];

const heapMb = () => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const ms = (f: () => void) => {
  const start = performance.now();
  f();
  return performance.now() - start;
};

export interface SearchRow {
  readonly passages: number;
  readonly buildMs: Record<string, number>;
  readonly p50: Record<string, number>;
  readonly p99: Record<string, number>;
  readonly storyHeapMb: number;
}

export function measureSearch(corpus: Corpus): SearchRow {
  const before = heapMb();
  let story = createStory(corpus);
  const buildProject = ms(() => {
    story = createStory(corpus);
  });
  const storyHeapMb = heapMb() - before;
  const docs = story.passages.map((p) => p.terms);
  const queries = QUESTIONS.map((q) => weightedTerms(queryGroups(q)));
  const index: Record<number, (typeof queries)[number]> = Object.fromEntries(queries.map((q, i) => [i, q]));
  const keys = QUESTIONS.map((_, i) => String(i));
  let floor = new FloorBM25([]);
  const buildFloor = ms(() => {
    floor = new FloorBM25(docs);
  });
  const wink = winkBM25();
  const buildWink = ms(() => {
    wink.defineConfig({ fldWeights: { body: 1 } });
    wink.definePrepTasks([(t: string) => t.split(' ')]);
    docs.forEach((terms, i) => {
      wink.addDoc({ body: terms.join(' ') }, i);
    });
    wink.consolidate();
  });
  const mini = new MiniSearch<{ id: number; body: string }>({
    fields: ['body'],
    tokenize: (t) => t.split(' '),
  });
  const buildMini = ms(() => mini.addAll(docs.map((terms, id) => ({ id, body: terms.join(' ') }))));
  const termsOf = (k: string) => (index[Number(k)] ?? []).map((t) => t.term);
  const runs: Record<string, number[]> = {
    floor: timings((k) => floor.search(termsOf(k), 60), keys),
    project: timings((k) => story.index.search(index[Number(k)] ?? [], 60), keys),
    wink: timings((k) => wink.search(termsOf(k).join(' '), 60), keys),
    minisearch: timings((k) => mini.search(termsOf(k).join(' ')).slice(0, 60), keys),
    ask: timings((q) => ask(story, q), QUESTIONS),
  };
  const p = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, percentiles(v)]));
  return {
    passages: docs.length,
    buildMs: { project: buildProject, floor: buildFloor, wink: buildWink, minisearch: buildMini },
    p50: Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.p50])),
    p99: Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.p99])),
    storyHeapMb,
  };
}
