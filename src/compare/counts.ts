import { isNumberWord } from '../language/number-words.ts';
import { type Quantity, quantitiesIn } from '../language/numbers.ts';
import { lemmatizer } from '../language/resources/lemma.ts';
import { memberOf, oneKindOf } from '../language/resources/noun-kinds.ts';
import { rewordings } from '../language/resources/related.ts';
import { terms, words } from '../language/text.ts';
import type { Story } from '../retrieval/story.ts';
import { isTimeTerm } from '../timeline/event-clauses.ts';
import type { ClaimSentence } from './claims.ts';
import { connectedGroups } from './connected.ts';
import { AGE_UNITS, contextOf, isName, isPopulation, isWindow, RATE } from './count-context.ts';
import type { Discrepancy, Side } from './discrepancy.ts';

// Counts of one thing that articles give differently: the dead (12 or 14), the evacuated (4,200 or
// 3,800), a fund (25 million euros or €20 million). Two counts are of one thing when they count the
// same unit and the words around each say the same happened ("killed" and "died", "forced … from
// their homes" and "had to leave their homes"), whether or not their sentences report one claim.

export interface Count {
  readonly sentence: ClaimSentence;
  readonly quantity: Quantity;
  /** Terms of the words around the number, but for its unit: what happened to what is counted. */
  readonly about: ReadonlySet<string>;
  /** Each term's other words for the same (WordNet): "killed" also stands for "die". */
  readonly related: ReadonlyMap<string, ReadonlySet<string>>;
  /** Names in the words around the number ("a man from Brindlecombe"): whose or where the count is. */
  readonly names: ReadonlySet<string>;
  /** What is counted, with "/rate" ("22,000 passengers a day") or "/population" (a town's). */
  readonly unit: string;
}

// Share of the lighter context's weight found in the other for two counts to be of one thing.
const SAME_THING = 0.4;
// What is counted must be the same unit; beyond it, the context needs a word of its own.
const MIN_ABOUT = 1;
// "A 58-year-old woman", "the 115-year-old dam": "old" says the count is an age, as its unit
// does; what is aged is the woman or the dam, and only that makes two ages one thing's.
const isAge = (term: string, q: Quantity) => term === 'old' && AGE_UNITS.has(q.unit);

export function countsOf(sentences: readonly ClaimSentence[]): Count[] {
  return sentences.flatMap((sentence) => {
    const list = quantitiesIn(sentence.text);
    return list.flatMap((quantity, k) => {
      if (isWindow(sentence.text, quantity)) return [];
      const { context, from } = contextOf(sentence.text, list, k);
      // The words around the count but for numbers, dates and the unit itself.
      const related = new Map<string, Set<string>>();
      const names = new Set<string>();
      for (const word of words(context)) {
        const written = context.slice(word.start, word.end);
        const term = terms(written)[0];
        if (term && isName(sentence.text, from + word.start, written)) names.add(term);
        const skipped =
          !term ||
          term === quantity.unit ||
          term.startsWith('@') ||
          isTimeTerm(term) ||
          isAge(term, quantity);
        if (!skipped && !isNumberWord(word.norm))
          related.set(term, new Set(rewordings(word.norm).flatMap((r) => terms(r))));
      }
      const kind = isPopulation(sentence.text, quantity) ? '/population' : RATE.test(context) ? '/rate' : '';
      const unit = `${quantity.unit}${kind}`;
      return [{ sentence, quantity, about: new Set(related.keys()), related, names, unit }];
    });
  });
}

/**
 * The noun a count counts, as written ("38 vessels" → "vessel"); a group noun left singular
 * counts its members ("214 staff" are staff members, of one kind with "220 employees").
 */
function countedNoun(c: Count): string {
  const word = c.quantity.text.split(/\s+/u).at(-1)?.toLowerCase() ?? '';
  const noun = lemmatizer.noun(word);
  // "People" counts any persons: it is no one group whose members are of one kind.
  const group = c.quantity.value > 1 && noun === word && noun !== 'people';
  return (group && memberOf(noun)) || noun;
}
/** "/rate" or "/population": what kind of count it is, beside what it counts. */
const kindOf = (c: Count) => /\/\w+$/u.exec(c.unit)?.[0] ?? '';

/**
 * Whether two counts count one kind of thing: the same unit; or, both rates (or populations) or
 * neither, one a kind of the other ("38 vessels" and "more than 40 ships"). Any two kinds of
 * people are not enough: "forty strikers" waiting outside are not the "2,400 dockworkers" on strike.
 */
function sameUnit(a: Count, b: Count): boolean {
  if (a.unit === b.unit) return true;
  if (kindOf(a) !== kindOf(b)) return false;
  const [x, y] = [countedNoun(a), countedNoun(b)];
  return oneKindOf(x, y);
}

export function likeness(a: Count, b: Count, weight: (t: string) => number): number {
  if (!sameUnit(a, b) || a.sentence.articleId === b.sentence.articleId) return 0;
  if (a.about.size < MIN_ABOUT || b.about.size < MIN_ABOUT) return 0;
  // "A 51-year-old man from Harrowgate" and "a 72-year-old man from Brindlecombe": counts that
  // each name whose or where they are, and name none in common, are of two things.
  if (a.names.size > 0 && b.names.size > 0 && ![...a.names].some((n) => b.names.has(n))) return 0;
  const total = (x: Count) => [...x.about].reduce((sum, t) => sum + weight(t), 0);
  const [light, heavy] = total(a) <= total(b) ? [a, b] : [b, a];
  const found = (t: string) =>
    heavy.about.has(t) ||
    [...(light.related.get(t) ?? [])].some((r) => heavy.about.has(r)) ||
    [...heavy.related.values()].some((r) => r.has(t));
  const held = [...light.about].filter(found);
  // The same unit and nothing else in common is no evidence: "nine dead" is not "23 injured".
  if (held.length === 0) return 0;
  const unit = weight(a.quantity.unit);
  return (unit + held.reduce((sum, t) => sum + weight(t), 0)) / (unit + total(light));
}

const side = (c: Count): Side => ({
  articleId: c.sentence.articleId,
  paragraph: c.sentence.paragraph,
  value: c.quantity.text,
  text: c.sentence.text,
});

/** Counts of one thing on which articles disagree: two articles whose values have none in common. */
export function countDifferences(story: Story, sentences: readonly ClaimSentence[]): Discrepancy[] {
  const counts = countsOf(sentences);
  const weight = (t: string) => story.idf(t);
  // Two counts can be of one thing only when they share a word, as it is or reworded (and count
  // one kind of thing, likeness): each is compared with those alone, found through lists by word.
  const listed = new Map<string, number[]>();
  const keysOf = (c: Count) => new Set([...c.about, ...[...c.related.values()].flatMap((r) => [...r])]);
  counts.forEach((c, i) => {
    for (const key of keysOf(c)) {
      const list = listed.get(key);
      if (list) list.push(i);
      else listed.set(key, [i]);
    }
  });
  const pairs: [number, number][] = [];
  counts.forEach((a, i) => {
    const near = new Set<number>();
    for (const key of keysOf(a)) for (const j of listed.get(key) ?? []) if (j > i) near.add(j);
    for (const j of near) if (likeness(a, counts[j] as Count, weight) >= SAME_THING) pairs.push([i, j]);
  });
  return connectedGroups(counts, pairs).flatMap((group) => {
    if (group.length < 2) return [];
    const byArticle = new Map<string, Set<number>>();
    for (const c of group)
      byArticle.set(
        c.sentence.articleId,
        (byArticle.get(c.sentence.articleId) ?? new Set()).add(c.quantity.value),
      );
    const values = [...byArticle.values()];
    if (!values.some((x) => values.some((y) => ![...x].some((v) => y.has(v))))) return [];
    const sides = group.map(side);
    const shown = [...new Set(sides.map((s) => s.value))];
    return [{ kind: 'number' as const, about: `how many: ${shown.join(' or ')}`, sides }];
  });
}
