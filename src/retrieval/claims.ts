import { connectedGroups } from './connected.ts';
import { weightOf } from './near-duplicates.ts';
import type { Story } from './story.ts';
import { terms } from './text.ts';
import type { SourceRef } from './types.ts';
import { quoteBook } from './who-said.ts';

/** A sentence of the story, the unit that alignment links across articles. */
export interface ClaimSentence extends SourceRef {
  readonly index: number;
  readonly text: string;
  /** Offset of the sentence in its paragraph. */
  readonly start: number;
  readonly end: number;
  readonly terms: ReadonlySet<string>;
  readonly published: string;
  /** The /who-said groups of the words it quotes in quotation marks. */
  readonly quotes: ReadonlySet<number>;
}

/** Sentences of different articles that report the same fact or quotation. */
export interface Claim {
  readonly id: number;
  readonly members: readonly ClaimSentence[];
  /** Distinct articles carrying the claim, in story order: its corroboration count is the length. */
  readonly articles: readonly string[];
  /** The member most like the others, as the claim's wording. */
  readonly text: string;
}

export interface Link {
  readonly a: ClaimSentence;
  readonly b: ClaimSentence;
  /** idf-weighted Jaccard of the two term sets. */
  readonly score: number;
  /** idf-weighted share of the smaller set found in the other. */
  readonly share: number;
  /** Both quote the same words (as /who-said groups them). */
  readonly sameWords: boolean;
}

export interface Alignment {
  readonly sentences: readonly ClaimSentence[];
  /** Every claim, single-article ones included, in story order. */
  readonly claims: readonly Claim[];
  /** Pairs similar enough to be related; those that make claims pass `sameClaim`. */
  readonly links: readonly Link[];
  claimOf(articleId: string, paragraph: number, index: number): Claim | undefined;
}

// Chosen on the five articles: translations of one statement score 0.29-0.57, while the closest
// pair of different facts (a November rebuttal and a September accusation) scores 0.26.
export const SAME_CLAIM_WEIGHTED = 0.28;
// Reports of one news cycle may paraphrase more: most of the shorter one's weight in the other.
export const SAME_CYCLE_SHARE = 0.6;
export const CYCLE_DAYS = 8;
// Below this share two sentences are not even related.
export const RELATED_SHARE = 0.4;
const MIN_TERMS = 4;
const MIN_CANDIDATE_DF = 64;
const CANDIDATE_DF_SHARE = 0.02;
const DAY = 86_400_000;

const sameCycle = (a: ClaimSentence, b: ClaimSentence) =>
  Math.abs(Date.parse(a.published) - Date.parse(b.published)) <= CYCLE_DAYS * DAY;

/** Whether a link joins two sentences into one claim. */
export const sameClaim = (link: Link): boolean =>
  link.score >= SAME_CLAIM_WEIGHTED ||
  ((link.share >= SAME_CYCLE_SHARE || link.sameWords) && sameCycle(link.a, link.b));

function sentencesOf(story: Story): ClaimSentence[] {
  const marked = quoteBook(story).entries.filter((e) => e.quote.kind !== 'reported');
  return story.passages.flatMap(({ article, paragraph }) =>
    paragraph.sentences.flatMap((s, index) => {
      const set = new Set(terms(s.text));
      if (set.size < MIN_TERMS) return [];
      const { id: articleId, published } = article.meta;
      const { text, start, end } = s;
      const quotes = new Set(
        marked
          .filter(({ quote: q }) => q.articleId === articleId && q.paragraph === paragraph.number)
          .filter(({ quote: q }) => q.start >= start && q.start < end)
          .map((e) => e.group),
      );
      return [
        { articleId, paragraph: paragraph.number, index, text, start, end, terms: set, published, quotes },
      ];
    }),
  );
}

const quoteSame = (a: ClaimSentence, b: ClaimSentence) => [...a.quotes].some((g) => b.quotes.has(g));

/** Links between sentences of different articles: related by shared terms, or quoting the same words. */
export function linkSentences(sentences: readonly ClaimSentence[], weight: (t: string) => number): Link[] {
  const postings = new Map<string, number[]>();
  sentences.forEach((s, i) => {
    for (const t of s.terms) {
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
  });
  // Candidates come through the rarer terms only: pairs sharing nothing but words found
  // everywhere cannot reach RELATED_SHARE, and walking those lists would make this quadratic.
  const cap = Math.max(MIN_CANDIDATE_DF, sentences.length * CANDIDATE_DF_SHARE);
  const totals = sentences.map((s) => weightOf(s.terms, weight));
  const links: Link[] = [];
  sentences.forEach((a, i) => {
    const candidates = new Set<number>();
    for (const t of a.terms) {
      const list = postings.get(t) ?? [];
      if (list.length <= cap)
        for (const j of list) if (j > i && sentences[j]?.articleId !== a.articleId) candidates.add(j);
    }
    const common = new Map<number, number>();
    for (const j of candidates) {
      let shared = 0;
      for (const t of a.terms) if (sentences[j]?.terms.has(t)) shared += weight(t);
      common.set(j, shared);
    }
    for (const [j, shared] of common) {
      const b = sentences[j];
      const [wa, wb] = [totals[i] ?? 0, totals[j] ?? 0];
      if (!b || wa === 0 || wb === 0) continue;
      const share = shared / Math.min(wa, wb);
      const sameWords = quoteSame(a, b);
      if (share >= RELATED_SHARE || sameWords)
        links.push({ a, b, score: shared / (wa + wb - shared), share, sameWords });
    }
  });
  return links;
}

function groupClaims(sentences: readonly ClaimSentence[], links: readonly Link[]): Claim[] {
  const position = new Map(sentences.map((s, i) => [s, i]));
  const joining = links.filter(sameClaim);
  const closeness = new Map<ClaimSentence, number>();
  for (const link of joining)
    for (const s of [link.a, link.b]) closeness.set(s, (closeness.get(s) ?? 0) + link.score);
  const pairs = joining.map((l) => [position.get(l.a) ?? 0, position.get(l.b) ?? 0] as const);
  return connectedGroups(sentences, pairs).map((members, id) => {
    const central = members.reduce((best, s) =>
      (closeness.get(s) ?? 0) > (closeness.get(best) ?? 0) ? s : best,
    );
    return { id, members, articles: [...new Set(members.map((m) => m.articleId))], text: central.text };
  });
}

const alignments = new WeakMap<Story, Alignment>();

/** The story's sentences linked across articles into claims; built once per story. */
export function alignClaims(story: Story): Alignment {
  const cached = alignments.get(story);
  if (cached) return cached;
  const sentences = sentencesOf(story);
  const links = linkSentences(sentences, story.idf);
  const claims = groupClaims(sentences, links);
  const byRef = new Map<string, Claim>();
  for (const claim of claims)
    for (const m of claim.members) byRef.set(`${m.articleId}#${m.paragraph}#${m.index}`, claim);
  const alignment: Alignment = {
    sentences,
    claims,
    links,
    claimOf: (articleId, paragraph, index) => byRef.get(`${articleId}#${paragraph}#${index}`),
  };
  alignments.set(story, alignment);
  return alignment;
}
