// Prints the retrieval scores of the question set in tests/fixtures/eval (npm run eval).
import { loadContext } from '../src/app.ts';
import { evaluate, readQuestionSet } from '../src/eval/run.ts';

const verbose = process.argv.includes('--verbose');
const { story } = await loadContext(process.env.SEEDS_DIR ?? './seeds');
const set = await readQuestionSet('tests/fixtures/eval/questions.json');
const report = evaluate(story, set);
const answerable = report.outcomes.filter((o) => o.scores).length;
const f = (n: number) => n.toFixed(3);
const { recallAt1, recallAt3, mrrAt5, ndcgAt5 } = report.answerable;
console.log(`questions: ${answerable} answerable, ${report.outcomes.length - answerable} must find nothing`);
console.log(`recall@1 ${f(recallAt1)}  recall@3 ${f(recallAt3)}  MRR@5 ${f(mrrAt5)}  nDCG@5 ${f(ndcgAt5)}`);
console.log(`must-find-nothing questions that showed a passage: ${report.falsePositives.length}`);
for (const o of report.outcomes) {
  const missed = o.scores ? o.scores.recallAt3 === 0 : o.ranked.length > 0;
  if (missed || verbose) {
    console.log(
      `${missed ? 'MISS' : 'ok  '} ${o.id} ${o.question}\n     expected ${o.expected.join(' ') || '(nothing)'}; got ${o.ranked.join(' ') || '(nothing)'}`,
    );
  }
}
