import { differentPeople } from '../language/people.ts';
import { type QuoteEntry, quoteBook } from '../quotes/who-said.ts';
import { memoKey, type Story } from '../retrieval/story.ts';
import { connectedGroups } from './connected.ts';
import { type ClaimSentence, type Link, linkSentences } from './sentence-links.ts';

export type { ClaimSentence, Link } from './sentence-links.ts';

/** Sentences of different articles that report the same fact or quotation. */
export interface Claim {
  readonly id: number;
  readonly members: readonly ClaimSentence[];
  /** Distinct articles carrying the claim, in story order: its corroboration count is the length. */
  readonly articles: readonly string[];
  /** The member most like the others, as the claim's wording. */
  readonly text: string;
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
// Sentences this short say too little to be matched with another.
const MIN_TERMS = 4;
const DAY = 86_400_000;

// Two words in common (the kind of word aside: "@speech") are too few to call two sentences one
// report, however short one is.
const MIN_SHARED = 3;
const sharedTerms = (link: Link) =>
  [...link.a.terms].filter((t) => !t.startsWith('@') && link.b.terms.has(t)).length;

const sameCycle = (a: ClaimSentence, b: ClaimSentence) =>
  Math.abs(Date.parse(a.published) - Date.parse(b.published)) <= CYCLE_DAYS * DAY;

/**
 * Whether a link joins two sentences into one claim: alike enough, and not about different people
 * ("…,” Marsh told reporters" and "…,” Mayor Carla Vennick said" are two remarks, however alike).
 * The same quoted words are enough; otherwise they share three words or more.
 */
export const sameClaim = (link: Link): boolean =>
  !differentPeople(link.a.people, link.b.people) &&
  (link.sameWords
    ? link.score >= SAME_CLAIM_WEIGHTED || sameCycle(link.a, link.b)
    : sharedTerms(link) >= MIN_SHARED &&
      (link.score >= SAME_CLAIM_WEIGHTED || (link.share >= SAME_CYCLE_SHARE && sameCycle(link.a, link.b))));

/** The story's quotations by `articleId#paragraph`. */
export function quotesByParagraph(story: Story): Map<string, QuoteEntry[]> {
  const byParagraph = new Map<string, QuoteEntry[]>();
  for (const e of quoteBook(story).entries) {
    const key = `${e.quote.articleId}#${e.quote.paragraph}`;
    byParagraph.set(key, [...(byParagraph.get(key) ?? []), e]);
  }
  return byParagraph;
}

function sentencesOf(story: Story): ClaimSentence[] {
  const quoted = quotesByParagraph(story);
  const { people } = story;
  return story.passages.flatMap((passage) => {
    const { article, paragraph } = passage;
    const sets = story.sentenceTerms(passage);
    return paragraph.sentences.flatMap((s, index) => {
      const set = sets[index] ?? new Set<string>();
      if (set.size < MIN_TERMS) return [];
      const { id: articleId, published } = article.meta;
      const { text, start, end } = s;
      const quotes = new Set(
        (quoted.get(`${articleId}#${paragraph.number}`) ?? [])
          .filter(({ quote: q }) => q.kind !== 'reported' && q.start >= start && q.start < end)
          .map((e) => e.group),
      );
      const named = people.in(text);
      const at = { articleId, paragraph: paragraph.number, index };
      return [{ ...at, text, start, end, terms: set, published, quotes, people: named }];
    });
  });
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

const ALIGNMENTS = memoKey<Alignment>('claim alignment');

/** The story's sentences linked across articles into claims; built once per story. */
export function alignClaims(story: Story): Alignment {
  return story.memo(ALIGNMENTS, () => {
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
    return alignment;
  });
}
