import type { SourceRef } from '../corpus/types.ts';
import { memoKey, type Story } from '../retrieval/story.ts';
import { aboutTopic, type TopicIndex, topicIndex } from '../retrieval/topic.ts';
import { alignClaims, type Claim } from './claims.ts';
import { type Discrepancy, discrepancies } from './discrepancies.ts';

/** A claim that several articles carry, with where each carries it. */
export interface SharedClaim {
  readonly text: string;
  readonly sources: readonly SourceRef[];
  /** How many distinct articles carry it. */
  readonly articles: number;
}

export interface Comparison {
  readonly discrepancies: readonly Discrepancy[];
  readonly claims: readonly SharedClaim[];
}

const refsOf = (claim: Claim): SourceRef[] => {
  const seen = new Map(claim.members.map((m) => [`${m.articleId}#${m.paragraph}`, m]));
  return [...seen.values()].map(({ articleId, paragraph }) => ({ articleId, paragraph }));
};

// What a claim is about, for topics: its reports' words. A claim that very many sentences make
// says what it is about in its first few; the others only repeat it.
const ABOUT_MEMBERS = 24;
const textOfClaim = (c: Claim) =>
  c.members
    .slice(0, ABOUT_MEMBERS)
    .map((m) => m.text)
    .join(' ');

interface Indexed {
  readonly shared: TopicIndex<Claim>;
  readonly found: TopicIndex<Discrepancy>;
}

const TOPICS = memoKey<Indexed>('claims and discrepancies by topic');

/** The shared claims and the discrepancies indexed for topics, once per story. */
function indexed(story: Story): Indexed {
  return story.memo(TOPICS, () => {
    const alignment = alignClaims(story);
    // A side is read with the other reports of its claim: one may name what another leaves implicit.
    const claimText = new Map<string, string>();
    for (const c of alignment.claims) {
      const text = textOfClaim(c);
      for (const m of c.members) claimText.set(`${m.articleId}#${m.paragraph}#${m.text}`, text);
    }
    const textOf = (d: Discrepancy) =>
      [
        d.about,
        ...d.sides.map((s) => claimText.get(`${s.articleId}#${s.paragraph}#${s.text}`) ?? s.text),
      ].join(' ');
    const shared = alignment.claims.filter((c) => c.articles.length > 1);
    return {
      shared: topicIndex(shared, textOfClaim),
      found: topicIndex(discrepancies(story), textOf),
    };
  });
}

/** Where the articles agree (claims carried by two or more) and where they differ; optionally on a topic. */
export function compare(story: Story, options: { readonly topic?: string | undefined } = {}): Comparison {
  const topic = options.topic?.trim();
  const { shared, found } = indexed(story);
  const claimsOnTopic = topic ? aboutTopic(shared, topic) : shared.items;
  const discrepanciesOnTopic = topic ? aboutTopic(found, topic) : found.items;
  const claims = claimsOnTopic.map((c) => ({
    text: c.text,
    sources: refsOf(c),
    articles: c.articles.length,
  }));
  // Most corroborated first; ties in story order.
  return { discrepancies: discrepanciesOnTopic, claims: [...claims].sort((a, b) => b.articles - a.articles) };
}
