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

function sharedWeight(
  a: ClaimSentence,
  b: ClaimSentence,
  weight: (t: string) => number,
  totals: Map<ClaimSentence, number>,
): number {
  const total = (s: ClaimSentence) => {
    let sum = totals.get(s);
    if (sum === undefined) {
      sum = [...s.terms].reduce((acc, t) => acc + weight(t), 0);
      totals.set(s, sum);
    }
    return sum;
  };
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

interface Place {
  readonly sentence: ClaimSentence;
  readonly word: string;
}

/**
 * Substances of one kind that sentences of two articles telling the same thing name differently.
 * Each pair of words is one point, shown by its first pair of sentences (in the order of the
 * sentences naming the kind) that passes; only sentences of articles that do not also name the
 * other word are compared, so most pairs are never looked at.
 */
export function substanceDifferences(story: Story, sentences: readonly ClaimSentence[]): Discrepancy[] {
  const vocabulary = new Map(
    story.corpus.articles.map((a) => [
      a.meta.id,
      new Set(a.paragraphs.flatMap((p) => words(p.text).map((w) => w.norm))),
    ]),
  );
  // Only sentences naming substances of one kind, and different ones, are compared.
  const byKind = new Map<number, Place[]>();
  for (const { sentence, substances } of sentences.flatMap((s) => namedIn(s) ?? []))
    for (const { word, kinds } of substances)
      for (const kind of kinds) {
        const list = byKind.get(kind);
        if (list) list.push({ sentence, word });
        else byKind.set(kind, [{ sentence, word }]);
      }
  const totals = new Map<ClaimSentence, number>();
  const weight = (t: string) => story.idf(t);
  const found = new Map<string, { at: readonly number[]; discrepancy: Discrepancy }>();
  [...byKind.values()].forEach((list, k) => {
    const byWord = new Map<string, number[]>();
    list.forEach(({ word }, i) => {
      const places = byWord.get(word);
      if (places) places.push(i);
      else byWord.set(word, [i]);
    });
    const distinct = [...byWord.keys()];
    distinct.forEach((x, u) => {
      for (const y of distinct.slice(u + 1)) {
        const key = [x, y].sort().join('|');
        if (found.has(key)) continue;
        // An article that names both has no quarrel with the other.
        const apart = (w: string, other: string) =>
          (byWord.get(w) ?? []).filter((i) => !vocabulary.get(list[i]?.sentence.articleId ?? '')?.has(other));
        const first = firstPair(list, apart(x, y), apart(y, x), (a, b) => {
          return sharedWeight(a, b, weight, totals) >= SAME_SCENE;
        });
        if (!first) continue;
        const [a, b] = [list[first[0]] as Place, list[first[1]] as Place];
        const discrepancy: Discrepancy = {
          kind: 'name',
          about: `what it was: “${a.word}” or “${b.word}”`,
          sides: [side(a.sentence, a.word), side(b.sentence, b.word)],
        };
        found.set(key, { at: [k, ...first], discrepancy });
      }
    });
  });
  // In the order a loop over every pair of sentences would find them.
  const order = (x: readonly number[], y: readonly number[]) =>
    (x[0] ?? 0) - (y[0] ?? 0) || (x[1] ?? 0) - (y[1] ?? 0) || (x[2] ?? 0) - (y[2] ?? 0);
  return [...found.values()].sort((x, y) => order(x.at, y.at)).map((f) => f.discrepancy);
}

/** The first pair of positions i < j, one from each list, of different articles, that `passes`. */
function firstPair(
  list: readonly Place[],
  xs: readonly number[],
  ys: readonly number[],
  passes: (a: ClaimSentence, b: ClaimSentence) => boolean,
): [number, number] | undefined {
  const mine = new Set(xs);
  const all = [...xs, ...ys].sort((p, q) => p - q);
  for (const i of all) {
    const a = list[i]?.sentence;
    for (const j of mine.has(i) ? ys : xs) {
      const b = list[j]?.sentence;
      if (j > i && a && b && a.articleId !== b.articleId && passes(a, b)) return [i, j];
    }
  }
  return undefined;
}
