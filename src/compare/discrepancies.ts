import { conflictingNames, mentions, namesIn } from '../language/names.ts';
import { words } from '../language/words.ts';
import { memoKey, type Story } from '../retrieval/story.ts';
import { calledDifferently } from './called.ts';
import { alignClaims, type ClaimSentence, type Link } from './claims.ts';
import { connectedGroups } from './connected.ts';
import { countDifferences } from './counts.ts';
import { dateDifferences } from './date-differences.ts';
import type { Discrepancy, Side } from './discrepancy.ts';
import { postDifferences } from './posts.ts';
import { quoteDifferences } from './quote-differences.ts';
import { spellingDifferences } from './spellings.ts';
import { substanceDifferences } from './substances.ts';

export type { Discrepancy, DiscrepancyKind, Side } from './discrepancy.ts';

function memo<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    if (!known.has(key)) known.set(key, compute(key));
    return known.get(key) as V;
  };
}

const side = (s: ClaimSentence, value: string): Side => ({
  articleId: s.articleId,
  paragraph: s.paragraph,
  value,
  text: s.text,
});

/**
 * One thing named two ways in related sentences ("Awakening Storm", "Operation Vigilant Storm"),
 * each article using only its own name. Related rather than same-claim sentences are enough here:
 * the shared head word is itself evidence that both mean one thing.
 */
function names(story: Story, links: readonly Link[]): Discrepancy[] {
  const textWords = new Map(
    story.corpus.articles.map((a) => [
      a.meta.id,
      a.paragraphs.flatMap((p) => words(p.text).map((w) => w.norm.replace(/[’']s$/u, ''))),
    ]),
  );
  const namesOf = memo((s: ClaimSentence) => namesIn(s.text));
  const found = new Map<string, Discrepancy>();
  for (const { a, b } of links) {
    for (const x of namesOf(a))
      for (const y of namesOf(b)) {
        const key = [x.words.join(' '), y.words.join(' ')].sort().join('|');
        if (found.has(key) || !conflictingNames(x, y)) continue;
        if (mentions(textWords.get(b.articleId) ?? [], x) || mentions(textWords.get(a.articleId) ?? [], y))
          continue;
        const about = `the name: “${x.text}” or “${y.text}”`;
        found.set(key, { kind: 'name', about, sides: [side(a, x.text), side(b, y.text)] });
      }
  }
  // "Awakening Storm" against both "Vigilant Storm" and "Operation Vigilant Storm" is one point.
  const list = [...found.values()];
  const key = (x: Side) => `${x.articleId}#${x.paragraph}#${x.value}`;
  const pairs = list.flatMap((d, i) =>
    list.flatMap((e, j) =>
      j > i && d.sides.some((x) => e.sides.some((y) => key(x) === key(y))) ? [[i, j] as const] : [],
    ),
  );
  return connectedGroups(list, pairs).map((group) => {
    const sides = [...new Map(group.flatMap((d) => d.sides).map((x) => [key(x), x])).values()];
    const values = [...new Set(sides.map((x) => `“${x.value}”`))];
    return { kind: 'name', about: `the name: ${values.join(' or ')}`, sides };
  });
}

// Points about one passage in this order: what it is called, how many, when, who said it, the words.
const KINDS = ['name', 'number', 'date', 'speaker', 'wording'];

const FOUND = memoKey<readonly Discrepancy[]>('discrepancies');

/** Every discrepancy among the story's articles, in the order the story tells them; found once per story. */
export function discrepancies(story: Story): readonly Discrepancy[] {
  return story.memo(FOUND, () => {
    const alignment = alignClaims(story);
    const shared = alignment.claims.filter((c) => c.articles.length > 1);
    const order = new Map(story.passages.map((p, i) => [`${p.article.meta.id}#${p.paragraph.number}`, i]));
    const position = (d: Discrepancy) =>
      Math.min(...d.sides.map((s) => order.get(`${s.articleId}#${s.paragraph}`) ?? Number.POSITIVE_INFINITY));
    return [
      ...names(story, alignment.links),
      ...calledDifferently(story),
      ...spellingDifferences(story),
      ...postDifferences(story),
      ...substanceDifferences(story, alignment.sentences),
      ...countDifferences(story, alignment.sentences),
      ...dateDifferences(story, shared),
      ...quoteDifferences(story, shared),
    ].sort((x, y) => position(x) - position(y) || KINDS.indexOf(x.kind) - KINDS.indexOf(y.kind));
  });
}

const DISPUTES = memoKey<ReadonlyMap<string, readonly string[]>>('discrepancies by paragraph');

/** What the articles disagree on, by `articleId#paragraph` of each side; found once per story. */
export function disputesOf(story: Story): ReadonlyMap<string, readonly string[]> {
  return story.memo(DISPUTES, () => {
    const disputes = new Map<string, Set<string>>();
    for (const d of discrepancies(story))
      for (const s of d.sides) {
        const key = `${s.articleId}#${s.paragraph}`;
        disputes.set(key, (disputes.get(key) ?? new Set()).add(d.about));
      }
    return new Map([...disputes].map(([key, about]) => [key, [...about]]));
  });
}
