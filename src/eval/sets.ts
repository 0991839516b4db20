import { loadCorpus } from '../corpus/corpus.ts';
import type { Corpus } from '../corpus/types.ts';

/** One question set and the corpus it was written against: one or more corpus folders, merged. */
export interface EvalSet {
  readonly name: string;
  readonly questions: string;
  readonly corpus: readonly string[];
  /** Written by someone who never read the code: the figures that tell the truth. */
  readonly blind: boolean;
}

const SEEDS = 'seeds';

// The first set was written while tuning and is kept as a regression check; the others were
// written blind, from the articles alone, and frozen before any change they judge.
export const EVAL_SETS: readonly EvalSet[] = [
  { name: 'tuned (seeds)', questions: 'tests/fixtures/eval/questions.json', corpus: [SEEDS], blind: false },
  {
    name: 'everyday (seeds)',
    questions: 'tests/fixtures/blind/seeds-everyday.json',
    corpus: [SEEDS],
    blind: true,
  },
  {
    name: 'paraphrase (seeds)',
    questions: 'tests/fixtures/blind/seeds-paraphrase.json',
    corpus: [SEEDS],
    blind: true,
  },
  {
    name: 'follow-ups (seeds + 2)',
    questions: 'tests/fixtures/followups/questions.json',
    corpus: [SEEDS, 'tests/fixtures/followups'],
    blind: true,
  },
  {
    name: 'other story (Brenmoor fire)',
    questions: 'tests/fixtures/stories/brenmoorfire/questions.json',
    corpus: ['tests/fixtures/stories/brenmoorfire'],
    blind: true,
  },
  // Written later, blind again, and run once before any change they judge (held out).
  {
    name: 'fresh everyday (seeds)',
    questions: 'tests/fixtures/blind/seeds-fresh.json',
    corpus: [SEEDS],
    blind: true,
  },
  {
    name: 'follow-ups 2 (seeds + 2)',
    questions: 'tests/fixtures/followups2/questions.json',
    corpus: [SEEDS, 'tests/fixtures/followups2'],
    blind: true,
  },
  {
    name: 'third story (Marrowby breach)',
    questions: 'tests/fixtures/stories/marrowbybreach/questions.json',
    corpus: ['tests/fixtures/stories/marrowbybreach'],
    blind: true,
  },
  // A third round, blind again, frozen before the session that first ran it (held out).
  {
    name: 'held-out 3 (seeds)',
    questions: 'tests/fixtures/blind/seeds-held3.json',
    corpus: [SEEDS],
    blind: true,
  },
  {
    name: 'follow-ups 3 (seeds + 2)',
    questions: 'tests/fixtures/followups3/questions.json',
    corpus: [SEEDS, 'tests/fixtures/followups3'],
    blind: true,
  },
  {
    name: 'fourth story (Brackwater dam)',
    questions: 'tests/fixtures/stories/brackwaterdam/questions.json',
    corpus: ['tests/fixtures/stories/brackwaterdam'],
    blind: true,
  },
  // A fourth round, blind again, frozen before the session that first ran it (held out).
  {
    name: 'held-out 4 (seeds)',
    questions: 'tests/fixtures/blind/seeds-held4.json',
    corpus: [SEEDS],
    blind: true,
  },
  {
    name: 'follow-ups 4 (seeds + 2)',
    questions: 'tests/fixtures/followups4/questions.json',
    corpus: [SEEDS, 'tests/fixtures/followups4'],
    blind: true,
  },
  {
    name: 'fifth story (Brackenfold)',
    questions: 'tests/fixtures/stories/brackenfold/questions.json',
    corpus: ['tests/fixtures/stories/brackenfold'],
    blind: true,
  },
  // A fifth round, blind again, frozen before the session that first ran it (held out).
  {
    name: 'held-out 5 (seeds)',
    questions: 'tests/fixtures/blind/seeds-held5.json',
    corpus: [SEEDS],
    blind: true,
  },
  {
    name: 'follow-ups 5 (seeds + 2)',
    questions: 'tests/fixtures/followups5/questions.json',
    corpus: [SEEDS, 'tests/fixtures/followups5'],
    blind: true,
  },
  {
    name: 'sixth story (Harrowgate)',
    questions: 'tests/fixtures/stories/harrowgate/questions.json',
    corpus: ['tests/fixtures/stories/harrowgate'],
    blind: true,
  },
  // A sixth round, blind again, frozen before the session that first ran it (held out).
  {
    name: 'held-out 6 (seeds)',
    questions: 'tests/fixtures/blind/seeds-held6.json',
    corpus: [SEEDS],
    blind: true,
  },
  {
    name: 'follow-ups 6 (seeds + 2)',
    questions: 'tests/fixtures/followups6/questions.json',
    corpus: [SEEDS, 'tests/fixtures/followups6'],
    blind: true,
  },
  {
    name: 'seventh story (Wrenstead)',
    questions: 'tests/fixtures/stories/wrensteadheist/questions.json',
    corpus: ['tests/fixtures/stories/wrensteadheist'],
    blind: true,
  },
  // A seventh round, blind again, frozen (its own commit) before it was first run.
  {
    name: 'held-out 7 (seeds)',
    questions: 'tests/fixtures/blind/seeds-held7.json',
    corpus: [SEEDS],
    blind: true,
  },
  {
    name: 'follow-ups 7 (seeds + 2)',
    questions: 'tests/fixtures/followups7/questions.json',
    corpus: [SEEDS, 'tests/fixtures/followups7'],
    blind: true,
  },
  {
    name: 'eighth story (Ostrand)',
    questions: 'tests/fixtures/stories/ostrandport/questions.json',
    corpus: ['tests/fixtures/stories/ostrandport'],
    blind: true,
  },
  // An eighth round, blind again, frozen (its own commit) before it was first run.
  {
    name: 'held-out 8 (seeds)',
    questions: 'tests/fixtures/blind/seeds-held8.json',
    corpus: [SEEDS],
    blind: true,
  },
  {
    name: 'follow-ups 8 (seeds + 2)',
    questions: 'tests/fixtures/followups8/questions.json',
    corpus: [SEEDS, 'tests/fixtures/followups8'],
    blind: true,
  },
  {
    name: 'ninth story (Tollenmere)',
    questions: 'tests/fixtures/stories/tollenmere/questions.json',
    corpus: ['tests/fixtures/stories/tollenmere'],
    blind: true,
  },
  // A ninth round, blind again, frozen (its own commit) before it was first run.
  {
    name: 'held-out 9 (seeds)',
    questions: 'tests/fixtures/blind/seeds-held9.json',
    corpus: [SEEDS],
    blind: true,
  },
  {
    name: 'follow-ups 9 (seeds + 2)',
    questions: 'tests/fixtures/followups9/questions.json',
    corpus: [SEEDS, 'tests/fixtures/followups9'],
    blind: true,
  },
  {
    name: 'tenth story (Hollinsby)',
    questions: 'tests/fixtures/stories/hollinsby/questions.json',
    corpus: ['tests/fixtures/stories/hollinsby'],
    blind: true,
  },
];

/** The corpus of a set: its folders' articles together, as if copied into one folder. */
export async function loadSetCorpus(set: EvalSet): Promise<Corpus> {
  const corpora = await Promise.all(set.corpus.map((dir) => loadCorpus(dir)));
  const [first] = corpora;
  if (!first) throw new Error(`eval set "${set.name}" names no corpus`);
  return { dir: first.dir, articles: corpora.flatMap((c) => c.articles) };
}
