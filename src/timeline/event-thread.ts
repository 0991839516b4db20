import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Corpus } from '../corpus/types.ts';
import type { Story } from '../retrieval/story.ts';
import type { Mention } from './event-mentions.ts';
import type { Weights } from './event-worker.ts';

// The events take a third of a large story's preparation and depend on little else: a process
// that prepares before taking traffic finds them on a second thread. Run from the sources the
// worker is event-worker.ts beside this file; in the compiled runtime (dist/, this code bundled
// into dist/<entry>/main.js) it is dist/timeline/event-worker.js.
const CANDIDATES = ['./event-worker.ts', '../timeline/event-worker.js'];

function workerFile(): URL | undefined {
  return CANDIDATES.map((c) => new URL(c, import.meta.url)).find((url) => existsSync(fileURLToPath(url)));
}

export interface EventThread {
  /** Sends the story's term weights, once its index is built: grouping needs them. */
  weigh(story: Story): void;
  /** The story's events as groups of mentions, or undefined when the thread could not run. */
  readonly groups: Promise<Mention[][] | undefined>;
}

/** Starts finding the events of a corpus on a worker thread. Never throws: it may only find none. */
export function startEventThread(corpus: Corpus): EventThread {
  const file = workerFile();
  if (!file) return { weigh: () => undefined, groups: Promise.resolve(undefined) };
  let worker: Worker;
  try {
    // Run from the sources (tests, `npm run dev`), the worker loads TypeScript through tsx.
    const tsx = file.pathname.endsWith('.ts') ? import.meta.resolve('tsx/esm/api') : undefined;
    const code = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(file.href)}); })`;
    worker = tsx
      ? new Worker(code, { eval: true, workerData: corpus })
      : new Worker(file, { workerData: corpus });
  } catch {
    return { weigh: () => undefined, groups: Promise.resolve(undefined) };
  }
  const groups = new Promise<Mention[][] | undefined>((resolve) => {
    worker.once('message', (found: Mention[][]) => resolve(found));
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  }).finally(() => void worker.terminate());
  return {
    weigh(story) {
      const idf = new Map<string, number>();
      for (const term of story.index.terms()) idf.set(term, story.idf(term));
      // A term no passage holds: the highest weight, as the story gives it.
      const weights: Weights = { idf, unseen: story.idf('\u0000') };
      worker.postMessage(weights);
    },
    groups,
  };
}
