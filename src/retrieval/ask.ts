import { citationOf } from '../corpus/article.ts';
import type { Citation } from '../corpus/types.ts';
import { MIN_SENTENCE_TERMS, SAME_CLAIM, setsSimilarity } from './near-duplicates.ts';
import { rank } from './rank.ts';
import { bestSnippet, type Snippet } from './snippet.ts';
import { memoKey, type Passage, type Story } from './story.ts';

export const ASK_DEFAULT_LIMIT = 3;
export const ASK_MAX_LIMIT = 10;
export { bearsOn, MIN_COVERAGE } from './coverage.ts';

// A passage must score at least this share of the best one, so weak tails are not padded in.
const RELATIVE_FLOOR = 0.2;

export interface AskOptions {
  readonly limit?: number;
  readonly offset?: number;
  /** Whether the story's sentence encoder re-weighs the best candidates (default: when it has one). */
  readonly meaning?: boolean;
  /** Passages that must stay apart even when they report the same thing (/check: other sides). */
  readonly apart?: (a: Passage, b: Passage) => boolean;
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

interface Ranked {
  readonly passage: Passage;
  readonly score: number;
  readonly alsoIn: Passage[];
}

// Whether two passages report the same thing depends on them alone, and the same pairs meet
// again and again among the candidates of related questions: each pair is compared once, and the
// story keeps the answers (bounded: a long-running bot meets endless pairs).
const SAME_CLAIMS = memoKey<Map<string, boolean>>('same-claim pairs');
const SAME_CLAIMS_KEPT = 200_000;
function sameClaim(story: Story, a: Passage, b: Passage): boolean {
  const known = story.memo(SAME_CLAIMS, () => new Map<string, boolean>());
  const key = `${a.article.meta.id}#${a.paragraph.number}|${b.article.meta.id}#${b.paragraph.number}`;
  let same = known.get(key);
  if (same === undefined) {
    if (known.size >= SAME_CLAIMS_KEPT) known.clear();
    // The story keeps each passage's sentence terms: a passage meets many others.
    const of = (p: Passage) => story.sentenceTerms(p).filter((set) => set.size >= MIN_SENTENCE_TERMS);
    same = setsSimilarity(of(a), of(b)) >= SAME_CLAIM;
    known.set(key, same);
  }
  return same;
}

/**
 * Folds passages that report the same thing in other articles into the best-ranked one. A passage
 * joins a group when it matches any member, not only the first: a quote wrapped in a long
 * attribution may match one outlet's wording closely and another's less.
 */
function groupNearDuplicates(
  story: Story,
  ranked: readonly { passage: Passage; score: number }[],
  apart: (a: Passage, b: Passage) => boolean = () => false,
): Ranked[] {
  const groups: Ranked[] = [];
  for (const hit of ranked) {
    const home = groups.find((g) => {
      const members = [g.passage, ...g.alsoIn];
      return (
        members.every((p) => p.article !== hit.passage.article) &&
        members.some((p) => sameClaim(story, p, hit.passage)) &&
        !members.some((p) => apart(p, hit.passage))
      );
    });
    if (home) home.alsoIn.push(hit.passage);
    else groups.push({ ...hit, alsoIn: [] });
  }
  return groups;
}

/** Answers a question with the best passages of the story, grouped, cited and paged. */
export function ask(story: Story, question: string, options: AskOptions = {}): AskResult {
  const limit = Math.min(Math.max(options.limit ?? ASK_DEFAULT_LIMIT, 1), ASK_MAX_LIMIT);
  const offset = Math.max(options.offset ?? 0, 0);
  const { query, hits } = rank(story, question, { meaning: options.meaning ?? true });
  const top = hits[0]?.score ?? 0;
  const grouped = groupNearDuplicates(
    story,
    hits.filter((h) => h.score >= top * RELATIVE_FLOOR),
    options.apart,
  );
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
