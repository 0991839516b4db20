import type { SourceRef } from '../corpus/types.ts';
import type { Story } from '../retrieval/story.ts';
import { onTopic } from '../retrieval/topic.ts';
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

/** Where the articles agree (claims carried by two or more) and where they differ; optionally on a topic. */
export function compare(story: Story, options: { readonly topic?: string | undefined } = {}): Comparison {
  const alignment = alignClaims(story);
  let shared = alignment.claims.filter((c) => c.articles.length > 1);
  let found = discrepancies(story);
  const topic = options.topic?.trim();
  if (topic) {
    // A side is read with the other reports of its claim: one may name what another leaves implicit.
    const claimText = new Map(
      alignment.claims.flatMap((c) =>
        c.members.map(
          (m) => [`${m.articleId}#${m.paragraph}#${m.text}`, c.members.map((x) => x.text)] as const,
        ),
      ),
    );
    const textOf = (d: Discrepancy) =>
      [
        d.about,
        ...d.sides.flatMap((s) => claimText.get(`${s.articleId}#${s.paragraph}#${s.text}`) ?? [s.text]),
      ].join(' ');
    shared = onTopic(shared, (c) => c.members.map((m) => m.text).join(' '), topic);
    found = onTopic(found, textOf, topic);
  }
  const claims = shared.map((c) => ({ text: c.text, sources: refsOf(c), articles: c.articles.length }));
  // Most corroborated first; ties in story order.
  return { discrepancies: found, claims: [...claims].sort((a, b) => b.articles - a.articles) };
}
