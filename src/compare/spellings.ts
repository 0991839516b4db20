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

/** Names the articles spell differently. */
export function spellingDifferences(story: Story): Discrepancy[] {
  const text = new Map(
    story.corpus.articles.map((a) => [
      a.meta.id,
      a.paragraphs.flatMap((p) => words(p.text).map((w) => w.norm)),
    ]),
  );
  const named = namesOfStory(story);
  // Names that can be variants share all words but one: bucket them by each word left out, and
  // by their letters (written apart or together).
  const buckets = new Map<string, Named[]>();
  const add = (key: string, n: Named) => {
    buckets.set(key, [...(buckets.get(key) ?? []), n]);
  };
  for (const n of named) {
    for (let k = 0; k < n.name.words.length; k++)
      add(n.name.words.map((w, j) => (j === k ? '*' : w)).join(' '), n);
    add(`=${n.name.words.join('')}`, n);
  }
  const found = new Map<string, Side[]>();
  for (const bucket of buckets.values()) {
    bucket.forEach((a, i) => {
      for (const b of bucket.slice(i + 1)) {
        if (a.side.articleId === b.side.articleId || !spellingVariants(a.name, b.name)) continue;
        // An article that writes both spellings disagrees with no one.
        if (
          mentions(text.get(a.side.articleId) ?? [], b.name) ||
          mentions(text.get(b.side.articleId) ?? [], a.name)
        )
          continue;
        const key = [a.name.words.join(' '), b.name.words.join(' ')].sort().join('|');
        const sides = found.get(key) ?? [];
        for (const x of [a.side, b.side])
          if (!sides.some((s) => s.articleId === x.articleId && s.value === x.value)) sides.push(x);
        found.set(key, sides);
      }
    });
  }
  const order = new Map(story.corpus.articles.map((a, i) => [a.meta.id, i]));
  const position = (x: Side) => (order.get(x.articleId) ?? 0) * 1e4 + x.paragraph;
  return [...found.values()]
    .map((list) => [...list].sort((x, y) => position(x) - position(y)))
    .map((sides) => ({
      kind: 'name' as const,
      about: `the spelling: ${[...new Set(sides.map((s) => `“${s.value}”`))].join(' or ')}`,
      sides,
    }));
}
