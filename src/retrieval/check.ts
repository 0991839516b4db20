import { ask } from './ask.ts';
import { alignClaims, type Claim } from './claims.ts';
import { discrepancies } from './discrepancies.ts';
import { splitSentences } from './sentences.ts';
import type { Story } from './story.ts';
import { terms } from './text.ts';
import type { Citation, SourceRef } from './types.ts';

/** A passage bearing on a checked text: the sentence that says it, and how many articles carry it. */
export interface CheckedPassage extends SourceRef {
  readonly text: string;
  readonly sources: number;
  readonly citation: Citation;
  readonly alsoIn: readonly Citation[];
  /** What the articles disagree on in this passage (see discrepancies.ts). */
  readonly differs: readonly string[];
}

export interface CheckResult {
  readonly claim: string;
  readonly passages: readonly CheckedPassage[];
}

// A message may make several claims; each of its first sentences is checked on its own.
const MAX_PARTS = 6;
const PER_PART = 3;
const MAX_PASSAGES = 5;

const refKey = (c: Citation) => `${c.articleId}#${c.paragraph}`;

/** Citations other than `own`, each once, in order. */
function others(own: Citation, citations: readonly Citation[]): Citation[] {
  const seen = new Map(citations.map((c) => [refKey(c), c]));
  seen.delete(refKey(own));
  return [...seen.values()];
}

/** The passages of the articles that bear on a text (a message, a claim), best first. */
export function check(story: Story, text: string): CheckResult {
  const claim = text.trim();
  const parts = splitSentences(claim)
    .map((s) => s.text)
    .filter((s) => terms(s).length > 0)
    .slice(0, MAX_PARTS);
  if (parts.length > 1) parts.unshift(claim);
  const best = new Map<string, { score: number; hit: ReturnType<typeof ask>['results'][number] }>();
  for (const part of parts) {
    for (const hit of ask(story, part, { limit: PER_PART }).results) {
      const key = `${hit.articleId}#${hit.paragraph}`;
      if ((best.get(key)?.score ?? -1) < hit.score) best.set(key, { score: hit.score, hit });
    }
  }
  const asked = new Set(terms(claim));
  const alignment = alignClaims(story);
  const disputes = new Map<string, string[]>();
  for (const d of best.size > 0 ? discrepancies(story) : [])
    for (const s of d.sides) {
      const key = `${s.articleId}#${s.paragraph}`;
      disputes.set(key, [...new Set([...(disputes.get(key) ?? []), d.about])]);
    }
  const ranked = [...best.values()]
    .sort((a, b) => b.score - a.score)
    .map(({ hit }) => {
      const paragraph = story.passage(hit.articleId, hit.paragraph)?.paragraph;
      // The sentence of the paragraph that shares the most weight with the checked text.
      const scored = (paragraph?.sentences ?? []).map((s, index) => ({
        s,
        index,
        weight: terms(s.text).reduce((sum, t) => sum + (asked.has(t) ? story.idf(t) : 0), 0),
      }));
      const top = scored.reduce<(typeof scored)[number] | undefined>(
        (a, b) => (a && a.weight >= b.weight ? a : b),
        undefined,
      );
      const aligned = alignment.claimOf(hit.articleId, hit.paragraph, top?.index ?? -1);
      // Every article that carries the claim is cited, so the count matches what the reader sees.
      const carriers = (aligned?.members ?? []).flatMap(
        (m) => story.citation(m.articleId, m.paragraph) ?? [],
      );
      const alsoIn = others(hit.citation, [...hit.alsoIn, ...carriers]);
      const passage = {
        articleId: hit.articleId,
        paragraph: hit.paragraph,
        text: top?.s.text ?? hit.text,
        sources: new Set([hit.articleId, ...alsoIn.map((c) => c.articleId)]).size,
        citation: hit.citation,
        alsoIn,
        differs: disputes.get(`${hit.articleId}#${hit.paragraph}`) ?? [],
      };
      return { passage, aligned };
    });
  // Passages that carry one claim are shown once, at the best rank, citing the others.
  const passages: CheckedPassage[] = [];
  const shown = new Map<Claim, number>();
  for (const { passage, aligned } of ranked) {
    const at = aligned && aligned.articles.length > 1 ? shown.get(aligned) : undefined;
    const first = at === undefined ? undefined : passages[at];
    if (first && at !== undefined) {
      const alsoIn = others(first.citation, [...first.alsoIn, passage.citation, ...passage.alsoIn]);
      const sources = new Set([first.articleId, ...alsoIn.map((c) => c.articleId)]).size;
      passages[at] = { ...first, alsoIn, sources };
    } else {
      if (aligned) shown.set(aligned, passages.length);
      passages.push(passage);
    }
  }
  return { claim, passages: passages.slice(0, MAX_PASSAGES) };
}
