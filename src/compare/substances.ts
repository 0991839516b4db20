import { substanceKinds } from '../language/resources/noun-kinds.ts';
import { words } from '../language/words.ts';
import type { Story } from '../retrieval/story.ts';
import type { ClaimSentence } from './claims.ts';
import type { Discrepancy, Side } from './discrepancy.ts';

// One report's substance where another, telling the same thing, has another of the same kind: "a
// tank holding toluene caught fire" against "a storage tank holding xylene ignited". WordNet says
// both are solvents; each article naming only its own is a disagreement on what it was.

interface Named {
  readonly sentence: ClaimSentence;
  readonly substances: readonly { word: string; kinds: readonly number[] }[];
}

// Sentences naming two substances of one kind tell the same thing when this share of the lighter
// one's weight is in the other ("blast", "solvent", "storage", "hall", "tank", "holding").
const SAME_SCENE = 0.3;

function sharedWeight(a: ClaimSentence, b: ClaimSentence, weight: (t: string) => number): number {
  const total = (s: ClaimSentence) => [...s.terms].reduce((sum, t) => sum + weight(t), 0);
  const [light, heavy] = total(a) <= total(b) ? [a, b] : [b, a];
  const shared = [...light.terms].filter((t) => heavy.terms.has(t)).reduce((sum, t) => sum + weight(t), 0);
  return shared / (total(light) || 1);
}

function namedIn(sentence: ClaimSentence): Named | undefined {
  const substances = words(sentence.text)
    .filter((w) => /^\p{Ll}/u.test(sentence.text.slice(w.start, w.end)))
    .map((w) => ({ word: w.norm, kinds: substanceKinds(w.norm) }))
    .filter((s) => s.kinds.length > 0);
  return substances.length > 0 ? { sentence, substances } : undefined;
}

const side = (s: ClaimSentence, value: string): Side => ({
  articleId: s.articleId,
  paragraph: s.paragraph,
  value,
  text: s.text,
});

/** Substances of one kind that sentences of two articles telling the same thing name differently. */
export function substanceDifferences(story: Story, sentences: readonly ClaimSentence[]): Discrepancy[] {
  const vocabulary = new Map(
    story.corpus.articles.map((a) => [
      a.meta.id,
      new Set(a.paragraphs.flatMap((p) => words(p.text).map((w) => w.norm))),
    ]),
  );
  // Only sentences naming substances of one kind, and different ones, are compared.
  const byKind = new Map<number, { sentence: ClaimSentence; word: string }[]>();
  for (const { sentence, substances } of sentences.flatMap((s) => namedIn(s) ?? []))
    for (const { word, kinds } of substances)
      for (const kind of kinds) byKind.set(kind, [...(byKind.get(kind) ?? []), { sentence, word }]);
  const found = new Map<string, Discrepancy>();
  for (const list of byKind.values()) {
    list.forEach(({ sentence: a, word: x }, i) => {
      for (const { sentence: b, word: y } of list.slice(i + 1)) {
        const key = [x, y].sort().join('|');
        if (x === y || a.articleId === b.articleId || found.has(key)) continue;
        // An article that names both has no quarrel with the other.
        if (vocabulary.get(a.articleId)?.has(y) || vocabulary.get(b.articleId)?.has(x)) continue;
        if (sharedWeight(a, b, (t) => story.idf(t)) < SAME_SCENE) continue;
        found.set(key, {
          kind: 'name',
          about: `what it was: “${x}” or “${y}”`,
          sides: [side(a, x), side(b, y)],
        });
      }
    });
  }
  return [...found.values()];
}
