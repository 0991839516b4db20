import { citationOf } from './article.ts';
import { paragraphSimilarity, SAME_CLAIM } from './near-duplicates.ts';
import { bestSnippet, type Snippet } from './snippet.ts';
import type { Passage, Story } from './story.ts';
import { type QueryGroup, queryGroups, weightedTerms } from './text.ts';
import type { Citation } from './types.ts';

export const ASK_DEFAULT_LIMIT = 3;
export const ASK_MAX_LIMIT = 10;
// How many BM25 hits are considered before grouping and paging.
const CANDIDATES = 60;
// A passage must cover this share of the question's weight (by IDF) to be shown at all.
export const MIN_COVERAGE = 0.34;
// ...and score at least this share of the best passage, so weak tails are not padded in.
const RELATIVE_FLOOR = 0.3;
// A synonym counts for part of the word the user typed.
const SYNONYM_CREDIT = 0.5;
const UNKNOWN_ORDINARY = 0.5;

export interface AskOptions {
  readonly limit?: number;
  readonly offset?: number;
}

export interface Answer {
  readonly articleId: string;
  readonly paragraph: number;
  readonly text: string;
  readonly snippet: Snippet;
  readonly score: number;
  readonly citation: Citation;
  /** Other articles that report the same fact or quote. */
  readonly alsoIn: readonly Citation[];
}

export interface AskResult {
  readonly query: string;
  readonly results: readonly Answer[];
  /** How many grouped results exist in all, for paging. */
  readonly total: number;
  readonly offset: number;
}

/**
 * Whether a passage bears on the question. It must cover enough of the question's weight (IDF):
 * a word the articles never use weighs fully when it is a name (the question is about something
 * else) and little when it is an ordinary word (the user only phrased it differently). One
 * ordinary word in common is not enough on its own; one name is.
 */
export function bearsOn(story: Story, groups: readonly QueryGroup[], passage: Passage): boolean {
  let total = 0;
  let covered = 0;
  const matched: QueryGroup[] = [];
  for (const group of groups) {
    const known = story.knows(group.term);
    const weight = story.idf(group.term) * (known || !group.ordinary ? 1 : UNKNOWN_ORDINARY);
    total += weight;
    if (passage.termSet.has(group.term)) {
      covered += weight;
      matched.push(group);
    } else {
      const alt = group.alternatives.find((a) => passage.termSet.has(a));
      if (alt) covered += Math.min(weight, story.idf(alt)) * SYNONYM_CREDIT;
    }
  }
  const enough = matched.length >= 2 || matched.some((g) => !g.ordinary) || groups.length === 1;
  return enough && total > 0 && covered / total >= MIN_COVERAGE;
}

interface Ranked {
  readonly passage: Passage;
  readonly score: number;
  readonly alsoIn: Passage[];
}

/** Folds passages that report the same thing in other articles into the best-ranked one. */
function groupNearDuplicates(ranked: readonly { passage: Passage; score: number }[]): Ranked[] {
  const groups: Ranked[] = [];
  for (const hit of ranked) {
    const home = groups.find(
      (g) =>
        g.passage.article !== hit.passage.article &&
        !g.alsoIn.some((p) => p.article === hit.passage.article) &&
        paragraphSimilarity(g.passage.paragraph, hit.passage.paragraph) >= SAME_CLAIM,
    );
    if (home) home.alsoIn.push(hit.passage);
    else groups.push({ ...hit, alsoIn: [] });
  }
  return groups;
}

/** Answers a question with the best passages of the story, grouped, cited and paged. */
export function ask(story: Story, question: string, options: AskOptions = {}): AskResult {
  const limit = Math.min(Math.max(options.limit ?? ASK_DEFAULT_LIMIT, 1), ASK_MAX_LIMIT);
  const offset = Math.max(options.offset ?? 0, 0);
  const groups = queryGroups(question);
  const query = weightedTerms(groups);
  const hits = story.index.search(query, CANDIDATES).flatMap((hit) => {
    const passage = story.passages[hit.doc];
    return passage && bearsOn(story, groups, passage) ? [{ passage, score: hit.score }] : [];
  });
  const top = hits[0]?.score ?? 0;
  const grouped = groupNearDuplicates(hits.filter((h) => h.score >= top * RELATIVE_FLOOR));
  const weights = new Map(query.map((q) => [q.term, q.weight * story.idf(q.term)]));
  const wanted = new Set(weights.keys());
  const citeOf = (p: Passage) => citationOf(p.article, p.paragraph.number);
  const results = grouped.slice(offset, offset + limit).map(({ passage, score, alsoIn }) => ({
    articleId: passage.article.meta.id,
    paragraph: passage.paragraph.number,
    text: passage.paragraph.text,
    snippet: bestSnippet(passage.paragraph, (t) => weights.get(t) ?? 0, wanted),
    score: Math.round(score * 1e4) / 1e4,
    citation: citeOf(passage),
    alsoIn: alsoIn.map(citeOf),
  }));
  return { query: question, results, total: grouped.length, offset };
}
