import { REQUIRED_KINDS } from '../language/answer-type.ts';
import { askedRole, wantedAnswerType } from '../language/asked-kind.ts';
import { queryGroups, weightedTerms } from '../language/query.ts';
import { asksAboutNow } from '../language/recency.ts';
import { spelledOut } from '../language/resources/shorthand.ts';
import { wordVectors } from '../language/resources/vectors.ts';
import { ANSWER_BAR, coverageOf } from './coverage.ts';
import { GIVEN, givesKind, namesRole } from './kind-gates.ts';
import { withMeaning } from './meaning.ts';
import { isLatest } from './recency.ts';
import { namesKnown, type Relevance, relationTerms, relevanceOf } from './relevance.ts';
import { softCoverage } from './soft-match.ts';
import type { Passage, Story } from './story.ts';

// How many BM25 hits are considered before grouping and paging.
const CANDIDATES = 60;
// A hit's BM25 score is scaled by the share of the question it covers, squared: BM25 sums what
// matches, so a passage repeating one question word can outscore one that answers all of it.
const COORDINATION = 2;
// What the question is about, its weekdays, months and kind of answer aside, must be covered at
// least this much: "who won the football match on Saturday" shares only "Saturday", a speaker and
// "lost" with a report of the day. Measured on the older blind sets: no answerable question lost
// at 0.1, one at 0.15, five at 0.2.
const TOPIC_BAR = 0.1;
// "Who put out the statement this time?", "still going?": on a story that went on for months, a
// question about now is answered by its latest reports. Measured on the older blind sets: one
// question more in the top three on two sets of follow-ups, none lost (the same at 0.6).
const LATEST = 0.3;
// The best sentence's word-by-word match to the question (soft-match.ts) is added to the
// passage's lexical score (scaled to the best candidate's): it lifts the passage that says the
// same thing in other words.
const SENTENCE_MATCH = 1;

export interface Ranked {
  readonly passage: Passage;
  readonly score: number;
}

export interface Ranking {
  readonly query: readonly { readonly term: string; readonly weight: number }[];
  /** Best first; empty when the articles do not answer. */
  readonly hits: readonly Ranked[];
}

/** One weight per term: the largest any group gives it. */
function mergeTerms(list: readonly { term: string; weight: number }[]): { term: string; weight: number }[] {
  const weights = new Map<string, number>();
  for (const { term, weight } of list) weights.set(term, Math.max(weights.get(term) ?? 0, weight));
  return [...weights].map(([term, weight]) => ({ term, weight }));
}

/**
 * Whether the articles answer is decided once per question: every name it asks about is in them,
 * the best candidate covers enough of it by the words typed and their sure equivalents, and an
 * amount, a time or a name asked for is given by some sentence (givesKind, namesRole). Then
 * every candidate is ranked, with no floor of its own, so a passage that answers in other words
 * is not cut for sharing few of the question's.
 */
export function rank(story: Story, typed: string, options: { meaning?: boolean } = {}): Ranking {
  const question = spelledOut(typed);
  const groups = queryGroups(question);
  const relevance = relevanceOf(story, groups);
  const query = mergeTerms([...weightedTerms(groups), ...relationTerms(relevance)]);
  const scored = story.index.search(query, CANDIDATES).flatMap((hit) => {
    const passage = story.passages[hit.doc];
    return passage ? [{ doc: hit.doc, passage, bm25: hit.score, share: coverageOf(relevance, passage) }] : [];
  });
  // A kind of answer that only some passages can give ("how much did they pay": an amount of
  // money) must be in the candidates, or the articles do not answer.
  const required = groups.find((g) => REQUIRED_KINDS.has(g.term))?.term;
  const candidates = required ? scored.filter((h) => h.passage.termSet.has(required)) : scored;
  if (
    !namesKnown(relevance) ||
    !candidates.some((h) => h.share.firm >= ANSWER_BAR && h.share.topic >= TOPIC_BAR)
  )
    return { query, hits: [] };
  const kind = wantedAnswerType(question);
  const bar = kind ? GIVEN.get(kind) : undefined;
  if (kind && bar !== undefined && !candidates.some((h) => givesKind(story, relevance, h.doc, kind, bar)))
    return { query, hits: [] };
  const role = askedRole(question);
  if (role && !candidates.some((h) => namesRole(story, relevance, h.doc, role))) return { query, hits: [] };
  const lexical = candidates.map((h) => h.bm25 * h.share.loose ** COORDINATION);
  const now = asksAboutNow(question);
  const best = Math.max(0, ...lexical) || 1;
  const hits = candidates
    .map((h, i) => ({
      doc: h.doc,
      passage: h.passage,
      score:
        (lexical[i] ?? 0) / best +
        SENTENCE_MATCH * bestSentence(story, relevance, h.doc) +
        (now && isLatest(story, h.passage) ? LATEST : 0),
    }))
    .filter((h) => h.score > 0)
    .sort((a, b) => b.score - a.score);
  const ordered = options.meaning === false ? hits : withMeaning(story, question, hits);
  return { query, hits: ordered.map(({ passage, score }) => ({ passage, score })) };
}

function bestSentence(story: Story, relevance: Relevance, doc: number): number {
  const vectors = wordVectors();
  return Math.max(0, ...story.sentences(doc).map((s) => softCoverage(relevance, s, vectors)));
}
