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

/** Questions on the seeds alone. */
function onSeeds(name: string, file: string): EvalSet {
  return { name, questions: `tests/fixtures/${file}`, corpus: [SEEDS], blind: true };
}

/** Questions on the seeds with a folder of follow-up articles added, as a user adds them. */
function withFollowups(name: string, dir: string): EvalSet {
  const folder = `tests/fixtures/${dir}`;
  return { name, questions: `${folder}/questions.json`, corpus: [SEEDS, folder], blind: true };
}

/** Questions on another story, its folder the whole corpus. */
function onStory(name: string, dir: string): EvalSet {
  const folder = `tests/fixtures/stories/${dir}`;
  return { name, questions: `${folder}/questions.json`, corpus: [folder], blind: true };
}

// The first set was written while tuning and is kept as a regression check; the others were
// written blind, from the articles alone, and frozen before any change they judge. From the
// second round on, each round is run once before any change it judges (held out); from the
// seventh, each is frozen in its own commit before its first run.
export const EVAL_SETS: readonly EvalSet[] = [
  { name: 'tuned (seeds)', questions: 'tests/fixtures/eval/questions.json', corpus: [SEEDS], blind: false },
  onSeeds('everyday (seeds)', 'blind/seeds-everyday.json'),
  onSeeds('paraphrase (seeds)', 'blind/seeds-paraphrase.json'),
  withFollowups('follow-ups (seeds + 2)', 'followups'),
  onStory('other story (Brenmoor fire)', 'brenmoorfire'),
  onSeeds('fresh everyday (seeds)', 'blind/seeds-fresh.json'),
  withFollowups('follow-ups 2 (seeds + 2)', 'followups2'),
  onStory('third story (Marrowby breach)', 'marrowbybreach'),
  onSeeds('held-out 3 (seeds)', 'blind/seeds-held3.json'),
  withFollowups('follow-ups 3 (seeds + 2)', 'followups3'),
  onStory('fourth story (Brackwater dam)', 'brackwaterdam'),
  onSeeds('held-out 4 (seeds)', 'blind/seeds-held4.json'),
  withFollowups('follow-ups 4 (seeds + 2)', 'followups4'),
  onStory('fifth story (Brackenfold)', 'brackenfold'),
  onSeeds('held-out 5 (seeds)', 'blind/seeds-held5.json'),
  withFollowups('follow-ups 5 (seeds + 2)', 'followups5'),
  onStory('sixth story (Harrowgate)', 'harrowgate'),
  onSeeds('held-out 6 (seeds)', 'blind/seeds-held6.json'),
  withFollowups('follow-ups 6 (seeds + 2)', 'followups6'),
  onStory('seventh story (Wrenstead)', 'wrensteadheist'),
  onSeeds('held-out 7 (seeds)', 'blind/seeds-held7.json'),
  withFollowups('follow-ups 7 (seeds + 2)', 'followups7'),
  onStory('eighth story (Ostrand)', 'ostrandport'),
  onSeeds('held-out 8 (seeds)', 'blind/seeds-held8.json'),
  withFollowups('follow-ups 8 (seeds + 2)', 'followups8'),
  onStory('ninth story (Tollenmere)', 'tollenmere'),
  onSeeds('held-out 9 (seeds)', 'blind/seeds-held9.json'),
  withFollowups('follow-ups 9 (seeds + 2)', 'followups9'),
  onStory('tenth story (Hollinsby)', 'hollinsby'),
  onSeeds('held-out 10 (seeds)', 'blind/seeds-held10.json'),
  withFollowups('follow-ups 10 (seeds + 2)', 'followups10'),
  onStory('eleventh story (Kestrelbridge)', 'kestrelbridge'),
  onSeeds('held-out 11 (seeds)', 'blind/seeds-held11.json'),
  withFollowups('follow-ups 11 (seeds + 2)', 'followups11'),
  onStory('twelfth story (Corlan)', 'corlan'),
];

/** The corpus of a set: its folders' articles together, as if copied into one folder. */
export async function loadSetCorpus(set: EvalSet): Promise<Corpus> {
  const corpora = await Promise.all(set.corpus.map((dir) => loadCorpus(dir)));
  const [first] = corpora;
  if (!first) throw new Error(`eval set "${set.name}" names no corpus`);
  return { dir: first.dir, articles: corpora.flatMap((c) => c.articles) };
}
