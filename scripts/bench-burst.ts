// `npm run bench:burst`: the compiled bot (`npm start`) on a synthetic story of 1,000 articles
// (BURST_ARTICLES to change) against the Discord stand-in: the time from start to the gateway,
// then 14 commands sent at once, each one's first response and final answer. Targets: the gateway
// within 30 s; every command acknowledged within 3 s and answered within 8 s.
import { loadCorpus } from '../src/corpus/corpus.ts';
import { runBurst } from './bench/burst.ts';
import { build, isStale } from './build.mjs';

const articles = Number(process.env.BURST_ARTICLES ?? 1000);
if (isStale()) await build();
const seeds = await loadCorpus(process.env.SEEDS_DIR ?? './seeds');
const result = await runBurst({ bot: ['dist/bot/main.js'], seeds, articles, log: process.env.BURST_LOG });
const f = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(`${articles} articles: start to gateway ${f(result.gatewayMs)} (target 30 s)`);
console.log('| command | first response | final answer | deferred |');
console.log('| --- | --- | --- | --- |');
for (const c of result.commands)
  console.log(
    `| /${c.name} | ${c.ackMs.toFixed(0)} ms | ${c.finalMs.toFixed(0)} ms | ${c.deferred ? 'yes' : 'no'} |`,
  );
const ack = Math.max(...result.commands.map((c) => c.ackMs));
const final = Math.max(...result.commands.map((c) => c.finalMs));
console.log(`slowest: first response ${f(ack)} (target 3 s), final answer ${f(final)} (target 8 s)`);
