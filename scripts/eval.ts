// Prints the retrieval scores of every question set side by side, then the cleaner's on whole
// pages (npm run eval; --verbose lists every question, otherwise only the misses).
import { PAGE_SETS, scorePages } from '../src/eval/pages.ts';
import { evaluate, readQuestionSet } from '../src/eval/run.ts';
import { EVAL_SETS, loadSetCorpus } from '../src/eval/sets.ts';
import { loadSentenceEncoder } from '../src/language/resources/sentence-encoder.ts';
import { createStory } from '../src/retrieval/story.ts';

const verbose = process.argv.includes('--verbose');
const only = process.argv.find((a) => !a.startsWith('-') && a !== process.argv[0] && a !== process.argv[1]);
const f = (n: number) => n.toFixed(3);
// As the bot ranks: with the sentence encoder (--lexical: without it, to compare).
const encoder = process.argv.includes('--lexical') ? undefined : await loadSentenceEncoder();
const rows: string[] = [];
const misses: string[] = [];
for (const set of EVAL_SETS.filter((s) => !only || s.name.includes(only))) {
  const story = createStory(await loadSetCorpus(set), encoder ? { encoder } : {});
  const report = evaluate(story, await readQuestionSet(set.questions));
  const answerable = report.outcomes.filter((o) => o.scores).length;
  const none = report.outcomes.length - answerable;
  const { recallAt1, recallAt3, mrrAt5, ndcgAt5 } = report.answerable;
  rows.push(
    `| ${set.name}${set.blind ? ' (blind)' : ''} | ${answerable} | ${f(recallAt1)} | ${f(recallAt3)} | ${f(mrrAt5)} | ${f(ndcgAt5)} | ${report.falsePositives.length} of ${none} |`,
  );
  for (const o of report.outcomes) {
    const missed = o.scores ? o.scores.recallAt3 === 0 : o.ranked.length > 0;
    if (missed || verbose) {
      misses.push(
        `${missed ? 'MISS' : 'ok  '} [${set.name}] ${o.id} ${o.question}\n     expected ${o.expected.join(' ') || '(nothing)'}; got ${o.ranked.join(' ') || '(nothing)'}`,
      );
    }
  }
}
console.log('| set | answerable | recall@1 | recall@3 | MRR@5 | nDCG@5 | unanswerable answered |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
console.log(rows.join('\n'));
console.log(misses.join('\n'));
// The cleaner on whole made-up pages (src/eval/pages.ts).
if (!only || 'pages'.includes(only)) {
  console.log('\n| pages | titles | story paragraphs found | paragraphs kept that are the story |');
  console.log('| --- | --- | --- | --- |');
  for (const dir of PAGE_SETS) {
    const r = await scorePages(dir);
    console.log(
      `| ${dir.split('/').at(-1)} | ${r.titles} of ${r.pages.length} | ${f(r.recall)} | ${f(r.precision)} |`,
    );
  }
}
