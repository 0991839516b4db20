import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ask } from '../retrieval/ask.ts';
import type { Story } from '../retrieval/story.ts';
import { mean, type RankingScores, scoreRanking } from './metrics.ts';

const questionSetSchema = z.object({
  questions: z.array(
    z.object({
      id: z.string(),
      question: z.string().min(1),
      answers: z.array(z.object({ articleId: z.string(), contains: z.string().min(10) })),
    }),
  ),
});
export type QuestionSet = z.infer<typeof questionSetSchema>;

export async function readQuestionSet(path: string): Promise<QuestionSet> {
  return questionSetSchema.parse(JSON.parse(await readFile(path, 'utf8')));
}

export interface QuestionOutcome {
  readonly id: string;
  readonly question: string;
  readonly expected: readonly string[];
  readonly ranked: readonly string[];
  readonly scores?: RankingScores;
}

export interface EvalReport {
  readonly answerable: RankingScores;
  readonly outcomes: readonly QuestionOutcome[];
  /** Must-find-nothing questions that showed a passage. */
  readonly falsePositives: readonly QuestionOutcome[];
}

/** Finds the paragraph an expected answer names by quoting it; a quote must name exactly one. */
export function resolveAnswer(story: Story, articleId: string, contains: string): string {
  const found = story.passages.filter(
    (p) => p.article.meta.id === articleId && p.paragraph.text.includes(contains),
  );
  if (found.length !== 1 || !found[0]) {
    throw new Error(`"${contains}" names ${found.length} paragraphs of article ${articleId}, not one`);
  }
  return `${articleId}#${found[0].paragraph.number}`;
}

// An expected answer the cleaner left out of every passage (a headline, a line taken for site
// chrome) stays expected but can never be ranked: the question counts as missed, not dropped.
const OUTSIDE = '#outside';

function keyOf(story: Story, articleId: string, contains: string): string {
  try {
    return resolveAnswer(story, articleId, contains);
  } catch (error) {
    if (/names 0 paragraphs/u.test((error as Error).message)) return `${articleId}${OUTSIDE}`;
    throw error;
  }
}

export function evaluate(story: Story, set: QuestionSet): EvalReport {
  const outcomes = set.questions.map((q) => {
    const expected = q.answers.map((a) => keyOf(story, a.articleId, a.contains));
    const relevant = new Set(expected);
    // A grouped result counts for any of the articles it lists.
    const ranked = ask(story, q.question, { limit: 5 }).results.map((r) => {
      const keys = [r.citation, ...r.alsoIn].map((c) => `${c.articleId}#${c.paragraph}`);
      return keys.find((k) => relevant.has(k)) ?? keys[0] ?? '';
    });
    return expected.length === 0
      ? { id: q.id, question: q.question, expected, ranked }
      : { id: q.id, question: q.question, expected, ranked, scores: scoreRanking(ranked, relevant) };
  });
  return {
    answerable: mean(outcomes.flatMap((o) => (o.scores ? [o.scores] : []))),
    outcomes,
    falsePositives: outcomes.filter((o) => o.expected.length === 0 && o.ranked.length > 0),
  };
}
