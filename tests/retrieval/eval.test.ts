import { beforeAll, describe, expect, it } from 'vitest';
import { type EvalReport, evaluate, readQuestionSet, resolveAnswer } from '../../src/eval/run.ts';
import { EVAL_SETS, loadSetCorpus } from '../../src/eval/sets.ts';
import { loadSentenceEncoder } from '../../src/language/resources/sentence-encoder.ts';
import { createStory, type Story } from '../../src/retrieval/story.ts';

// Floors under the figures measured when each set was added or ranking last changed (README):
// a change that loses ground on any set fails here. The blind sets' figures are below the
// issue's bar of 0.85 (not yet met); the floors guard what has been reached.
const FLOORS: Record<string, { recallAt3: number; unanswered: number }> = {
  'tuned (seeds)': { recallAt3: 0.95, unanswered: 0 },
  'everyday (seeds)': { recallAt3: 0.88, unanswered: 1 },
  'paraphrase (seeds)': { recallAt3: 0.65, unanswered: 2 },
  'follow-ups (seeds + 2)': { recallAt3: 0.55, unanswered: 0 },
  'other story (Brenmoor fire)': { recallAt3: 0.77, unanswered: 3 },
  // Held out: run once before the change they judge, then kept as floors like the others.
  'fresh everyday (seeds)': { recallAt3: 0.76, unanswered: 1 },
  'follow-ups 2 (seeds + 2)': { recallAt3: 0.6, unanswered: 0 },
  'third story (Marrowby breach)': { recallAt3: 0.58, unanswered: 5 },
  'held-out 3 (seeds)': { recallAt3: 0.88, unanswered: 4 },
  'follow-ups 3 (seeds + 2)': { recallAt3: 0.7, unanswered: 0 },
  'fourth story (Brackwater dam)': { recallAt3: 0.8, unanswered: 3 },
  'held-out 4 (seeds)': { recallAt3: 0.82, unanswered: 2 },
  'follow-ups 4 (seeds + 2)': { recallAt3: 0.63, unanswered: 0 },
  'fifth story (Brackenfold)': { recallAt3: 0.72, unanswered: 2 },
  'held-out 5 (seeds)': { recallAt3: 0.8, unanswered: 2 },
  'follow-ups 5 (seeds + 2)': { recallAt3: 0.54, unanswered: 0 },
  'sixth story (Harrowgate)': { recallAt3: 0.67, unanswered: 2 },
  'held-out 6 (seeds)': { recallAt3: 0.75, unanswered: 2 },
  'follow-ups 6 (seeds + 2)': { recallAt3: 0.6, unanswered: 1 },
  'seventh story (Wrenstead)': { recallAt3: 0.69, unanswered: 2 },
  // Round 7: first run, then judged once more at the end of the next session (its seeds set gained).
  'held-out 7 (seeds)': { recallAt3: 0.88, unanswered: 1 },
  'follow-ups 7 (seeds + 2)': { recallAt3: 0.7, unanswered: 1 },
  'eighth story (Ostrand)': { recallAt3: 0.63, unanswered: 3 },
  // Round 8, at its first run (this session's changes, judged on it at the end, moved none of it).
  'held-out 8 (seeds)': { recallAt3: 0.88, unanswered: 2 },
  'follow-ups 8 (seeds + 2)': { recallAt3: 0.33, unanswered: 2 },
  'ninth story (Tollenmere)': { recallAt3: 0.74, unanswered: 4 },
  // Round 9, at its first run.
  'held-out 9 (seeds)': { recallAt3: 0.85, unanswered: 1 },
  'follow-ups 9 (seeds + 2)': { recallAt3: 0.92, unanswered: 3 },
  'tenth story (Hollinsby)': { recallAt3: 0.65, unanswered: 3 },
  // Round 10, at its first run.
  'held-out 10 (seeds)': { recallAt3: 0.82, unanswered: 2 },
  'follow-ups 10 (seeds + 2)': { recallAt3: 0.84, unanswered: 1 },
  'eleventh story (Kestrelbridge)': { recallAt3: 0.77, unanswered: 4 },
  // Round 11, at its first run.
  'held-out 11 (seeds)': { recallAt3: 0.82, unanswered: 2 },
  'follow-ups 11 (seeds + 2)': { recallAt3: 0.84, unanswered: 2 },
  'twelfth story (Corlan)': { recallAt3: 0.8, unanswered: 5 },
};

const runs = new Map<string, { story: Story; report: EvalReport }>();
beforeAll(async () => {
  // Ranked as the bot ranks: with the sentence encoder.
  const encoder = await loadSentenceEncoder();
  for (const set of EVAL_SETS) {
    const story = createStory(await loadSetCorpus(set), { encoder });
    runs.set(set.name, { story, report: evaluate(story, await readQuestionSet(set.questions)) });
  }
  // Every set, each question embedded: longer than the default hook time on two shared cores.
}, 300_000);

describe.each(EVAL_SETS.map((s) => [s.name, s] as const))('the eval set %s', (name, set) => {
  it('has answerable and unanswerable questions with unique ids', async () => {
    const { questions } = await readQuestionSet(set.questions);
    expect(questions.filter((q) => q.answers.length > 0).length).toBeGreaterThanOrEqual(10);
    expect(questions.filter((q) => q.answers.length === 0).length).toBeGreaterThanOrEqual(1);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  });

  it(`keeps recall@3 ≥ ${FLOORS[name]?.recallAt3} and answers at most ${FLOORS[name]?.unanswered} unanswerable`, () => {
    const run = runs.get(name);
    const floor = FLOORS[name];
    if (!run || !floor) throw new Error(`no run or floor for ${name}`);
    const missed = run.report.outcomes.filter((o) => o.scores?.recallAt3 === 0).map((o) => o.id);
    expect(run.report.answerable.recallAt3, `missed at 3: ${missed.join(' ')}`).toBeGreaterThanOrEqual(
      floor.recallAt3,
    );
    expect(run.report.falsePositives.length).toBeLessThanOrEqual(floor.unanswered);
    const { recallAt1, recallAt3, mrrAt5 } = run.report.answerable;
    expect(recallAt1).toBeLessThanOrEqual(mrrAt5);
    expect(recallAt1).toBeLessThanOrEqual(recallAt3);
  });
});

describe('expected answers', () => {
  it('quote exactly one paragraph of their article, or a line left out of every passage', async () => {
    const set = EVAL_SETS[0];
    const story = set && runs.get(set.name)?.story;
    if (!set || !story) throw new Error('no tuned set');
    expect(() => resolveAnswer(story, '000', 'no article says this sentence')).toThrow(/names 0 paragraphs/);
    expect(() => resolveAnswer(story, '002', 'North Korea')).toThrow(/names \d+ paragraphs of article 002/);
    expect(resolveAnswer(story, '000', 'North Korea has denied supplying weapons to Russia')).toBe('000#1');
  });
});
