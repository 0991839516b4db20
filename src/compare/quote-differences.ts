import { isOnlyAdverb } from '../language/resources/word-forms.ts';
import { terms } from '../language/text.ts';
import { words } from '../language/words.ts';
import type { QuoteEntry } from '../quotes/who-said.ts';
import { overlapShare } from '../retrieval/near-duplicates.ts';
import type { Story } from '../retrieval/story.ts';
import { type Claim, quotesByParagraph } from './claims.ts';
import { connectedGroups } from './connected.ts';
import { type Discrepancy, shortQuote } from './discrepancy.ts';
import { creditedDifferently, marked, type Quoted, side, speakers } from './speaker-differences.ts';

// Share of the shorter quotation's terms two quotations need in common to render the same words.
const SAME_QUOTE = 0.5;

/** A quotation's terms but for adverbs: "simply not true" and "simply recreate" share no content. */
const contentTerms = (entry: QuoteEntry): Set<string> =>
  new Set(
    words(entry.quote.text)
      .filter((w) => !isOnlyAdverb(w.norm))
      .flatMap((w) => terms(w.norm)),
  );

/** Quotations of a claim's sentences, clustered across articles by the words they share. */
function quoteClusters(byParagraph: Map<string, QuoteEntry[]>, claim: Claim): Quoted[][] {
  const quoted = claim.members.flatMap((sentence) =>
    (byParagraph.get(`${sentence.articleId}#${sentence.paragraph}`) ?? [])
      .filter((e) => e.quote.start >= sentence.start && e.quote.start < sentence.end)
      .map((entry) => ({ entry, sentence })),
  );
  // Linked pairwise, not first come first served: one outlet may split what another quotes whole.
  const pairs: [number, number][] = [];
  const content = quoted.map((q) => contentTerms(q.entry));
  quoted.forEach((a, i) => {
    quoted.forEach((b, j) => {
      const apart = j > i && a.sentence.articleId !== b.sentence.articleId;
      if (apart && overlapShare(content[i] ?? new Set(), content[j] ?? new Set()) >= SAME_QUOTE)
        pairs.push([i, j]);
    });
  });
  const clusters = connectedGroups(quoted, pairs);
  return clusters.filter((c) => new Set(c.map((q) => q.sentence.articleId)).size > 1);
}

const normalised = (text: string) =>
  words(text)
    .map((w) => w.norm)
    .join(' ');

/** Each article's version of the quotation; none when they differ only in marks, case or spelling. */
function wording(cluster: readonly Quoted[]): Discrepancy | undefined {
  const versions = new Map<string, Quoted[]>();
  for (const q of cluster.filter(marked)) {
    const key = `${q.sentence.articleId}#${q.sentence.paragraph}`;
    versions.set(key, [...(versions.get(key) ?? []), q]);
  }
  const sides = [...versions.values()].map((qs) => {
    const first = qs[0] as Quoted;
    return side(first, qs.map((q) => q.entry.quote.text).join(' … '));
  });
  const forms = [...new Set(sides.map((s) => ` ${normalised(s.value)} `))];
  // A shorter excerpt of the same words is no difference: one outlet quoted less.
  const differ = forms.some((a) => forms.some((b) => !a.includes(b) && !b.includes(a)));
  if (new Set(sides.map((s) => s.articleId)).size < 2 || !differ) return undefined;
  const shortest = sides.reduce((a, b) => (b.value.length < a.value.length ? b : a));
  return { kind: 'wording', about: `the wording of the quote ${shortQuote(shortest.value)}`, sides };
}

/** Differences in the quoted words and in who said them, within each claim and across the story. */
export function quoteDifferences(story: Story, claims: readonly Claim[]): Discrepancy[] {
  const byParagraph = quotesByParagraph(story);
  const found = claims.flatMap((claim) =>
    quoteClusters(byParagraph, claim).flatMap((cluster) =>
      [speakers(cluster), wording(cluster)].filter((d): d is Discrepancy => d !== undefined),
    ),
  );
  // A point already made within a claim, with all the same sides or more, is not made twice.
  const sides = (d: Discrepancy) => d.sides.map((x) => `${x.articleId}#${x.paragraph}#${x.value}`);
  const made = (d: Discrepancy) =>
    found.some((f) => f.kind === d.kind && sides(d).every((x) => sides(f).includes(x)));
  return [...found, ...creditedDifferently(story).filter((d) => !made(d))];
}
