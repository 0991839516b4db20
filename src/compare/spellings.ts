import { mentions, type Name, namesIn, spellingVariants } from '../language/names.ts';
import { words } from '../language/words.ts';
import type { Story } from '../retrieval/story.ts';
import type { Discrepancy, Side } from './discrepancy.ts';

// One name spelt two ways by different articles ("Tobias Lindqvist", "Tobias Lindkvist"), each
// article using only its own spelling: a name is the same person or place wherever it stands, so
// the two need not be in related sentences.

interface Named {
  readonly name: Name;
  readonly side: Side;
}

/** The first place each article writes each name of two words or more. */
function namesOfStory(story: Story): Named[] {
  return story.corpus.articles.flatMap((article) => {
    const seen = new Map<string, Named>();
    for (const p of article.paragraphs)
      for (const s of p.sentences)
        for (const name of namesIn(s.text)) {
          const key = name.words.join(' ');
          if (!seen.has(key))
            seen.set(key, {
              name,
              side: { articleId: article.meta.id, paragraph: p.number, value: name.text, text: s.text },
            });
        }
    return [...seen.values()];
  });
}

/**
 * Names the articles spell differently. Names that can be variants share all words but one, so
 * they are compared within buckets by each word left out, each distinct name once; every article
 * writing one spelling and not the other is a side.
 */
export function spellingDifferences(story: Story): Discrepancy[] {
  const text = new Map(
    story.corpus.articles.map((a) => [
      a.meta.id,
      a.paragraphs.flatMap((p) => words(p.text).map((w) => w.norm)),
    ]),
  );
  const buckets = new Map<string, Map<string, number[]>>();
  const named = namesOfStory(story);
  // Names that can be variants share all words but one: bucket them by each word left out, and
  // by their letters (written apart or together).
  named.forEach((n, i) => {
    const keys = [
      ...n.name.words.map((_, k) => n.name.words.map((w, j) => (j === k ? '*' : w)).join(' ')),
      `=${n.name.words.join('')}`,
    ];
    for (const key of keys) {
      const bucket = buckets.get(key) ?? new Map<string, number[]>();
      const spelt = n.name.words.join(' ');
      const places = bucket.get(spelt);
      if (places) places.push(i);
      else bucket.set(spelt, [i]);
      buckets.set(key, bucket);
    }
  });
  const found: { at: readonly number[]; sides: Side[] }[] = [];
  [...buckets.values()].forEach((bucket, k) => {
    const spellings = [...bucket.values()];
    spellings.forEach((xs, u) => {
      for (const ys of spellings.slice(u + 1)) {
        const [x, y] = [named[xs[0] ?? 0] as Named, named[ys[0] ?? 0] as Named];
        if (!spellingVariants(x.name, y.name)) continue;
        // An article that writes both spellings disagrees with no one.
        const only = (list: readonly number[], other: Named) =>
          list.filter((i) => !mentions(text.get(named[i]?.side.articleId ?? '') ?? [], other.name));
        const [ox, oy] = [only(xs, y), only(ys, x)];
        if (ox.length === 0 || oy.length === 0) continue;
        // Where a loop over the bucket's pairs meets it first: each spelling's first place.
        const [a = 0, b = 0] = [ox[0], oy[0]];
        found.push({
          at: [k, Math.min(a, b), Math.max(a, b)],
          sides: [...ox, ...oy].map((i) => (named[i] as Named).side),
        });
      }
    });
  });
  const order = new Map(story.corpus.articles.map((a, i) => [a.meta.id, i]));
  const position = (x: Side) => (order.get(x.articleId) ?? 0) * 1e4 + x.paragraph;
  const first = (x: readonly number[], y: readonly number[]) =>
    (x[0] ?? 0) - (y[0] ?? 0) || (x[1] ?? 0) - (y[1] ?? 0) || (x[2] ?? 0) - (y[2] ?? 0);
  return found
    .sort((x, y) => first(x.at, y.at))
    .map(({ sides }) => [...sides].sort((x, y) => position(x) - position(y)))
    .map((sides) => ({
      kind: 'name' as const,
      about: `the spelling: ${[...new Set(sides.map((s) => `“${s.value}”`))].join(' or ')}`,
      sides,
    }));
}
