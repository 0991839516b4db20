// npm run bench: everything as ratios against a floor measured in the same run (the machine is
// shared, so absolute figures drift; ratios hold). Search and ask() at 1k, 20k and 100k passages
// against a minimal typed-array BM25, with wink's own search and MiniSearch beside them; the
// story's heap; cold start of the compiled CLI against bare node; preparation time at 100, 400
// and 1,000 articles and its growth exponent. `npm run bench -- --quick` skips 100k and 1,000.

import { loadCorpus } from '../src/corpus/corpus.ts';
import { measureColdStart } from './bench/cold.ts';
import { commandLatencies, growthExponent, measurePrepare, type PrepareRow } from './bench/prepare.ts';
import { measureSearch } from './bench/search.ts';
import { synthetic } from './bench/synthetic.ts';
import { build, isStale } from './build.mjs';

const quick = process.argv.includes('--quick');
const f = (n: number | undefined, d = 2) => (n === undefined ? '–' : n.toFixed(d));
const seeds = await loadCorpus(process.env.SEEDS_DIR ?? './seeds');

console.log(
  '| passages | build (project / floor / wink / MiniSearch) | search p50 floor | project ×floor | wink ×floor | MiniSearch ×floor | ask() p50 / p99 | ask ×floor | story heap |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const articles of quick ? [50, 1000] : [50, 1000, 5000]) {
  const r = measureSearch(synthetic(seeds, articles));
  const floor = r.p50.floor ?? 1;
  const b = r.buildMs;
  console.log(
    `| ${r.passages} | ${f(b.project, 0)} / ${f(b.floor, 0)} / ${f(b.wink, 0)} / ${f(b.minisearch, 0)} ms | ${f(floor, 3)} ms | ${f((r.p50.project ?? 0) / floor)} | ${f((r.p50.wink ?? 0) / floor)} | ${f((r.p50.minisearch ?? 0) / floor)} | ${f(r.p50.ask, 2)} / ${f(r.p99.ask, 2)} ms | ${f((r.p50.ask ?? 0) / floor, 1)} | ${f(r.storyHeapMb, 0)} MB |`,
  );
}

if (isStale()) await build();
const cold = await measureColdStart();
console.log(
  `\ncold start: node -e 0 ${f(cold.node, 0)} ms, cli ask ${f(cold.cli, 0)} ms (${f(cold.cli / cold.node, 1)}× bare node), bot on the seeds to the gateway ${f(cold.bot, 0)} ms (${f(cold.bot / cold.node, 1)}×)`,
);

// What any first preparation loads once (WordNet's files, compiled code) is not growth: loaded first.
await measurePrepare(synthetic(seeds, 20, 12));
const rows: PrepareRow[] = [];
for (const articles of quick ? [50, 100] : [100, 400, 1000]) {
  const row = await measurePrepare(synthetic(seeds, articles, 12));
  rows.push(row);
  console.log(
    `preparation: ${row.articles} articles (${row.passages} passages) ${f(row.ms / 1000, 1)} s (processor ${f(row.cpuMs / 1000, 1)} s)`,
  );
}
console.log(`preparation grows as size^${f(growthExponent(rows), 2)}`);
const largest = rows.at(-1);
if (largest) {
  const latencies = Object.entries(commandLatencies(largest.story))
    .map(([name, { p50, p99 }]) => `${name} ${f(p50, 1)} / ${f(p99, 1)} ms`)
    .join(', ');
  console.log(`after preparation at ${largest.articles} articles, p50 / p99: ${latencies}`);
}
