import { isNumberWord, type Quantity, quantitiesIn } from '../language/numbers.ts';
import { rewordings } from '../language/resources/related.ts';
import { terms, words } from '../language/text.ts';
import type { Story } from '../retrieval/story.ts';
import { isTimeTerm } from '../timeline/event-clauses.ts';
import type { ClaimSentence } from './claims.ts';
import { connectedGroups } from './connected.ts';
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
}

// Share of the lighter context's weight found in the other for two counts to be of one thing.
const SAME_THING = 0.4;
// What is counted must be the same unit; beyond it, the context needs a word of its own.
const MIN_ABOUT = 1;
// Clauses end at punctuation and at the words that open another clause.
const CLAUSE =
  /[,;:–—()]|\b(?:but|that|which|who|whom|whose|when|while|because|after|before|although|if|since|as)\b/giu;

// "A 58-year-old woman", "the 115-year-old dam": "old" says the count is an age, as its unit
// does; what is aged is the woman or the dam, and only that makes two ages one thing's.
const AGE_UNITS = new Set(['year', 'month', 'week', 'dai']);
const isAge = (term: string, q: Quantity) => term === 'old' && AGE_UNITS.has(q.unit);

/** The clause around a number, cut at the neighbouring counts of the same clause. */
function contextOf(text: string, list: readonly Quantity[], k: number): string {
  const q = list[k] as Quantity;
  let from = 0;
  for (const m of text.slice(0, q.start).matchAll(CLAUSE)) from = m.index + m[0].length;
  const rest = text.slice(q.end).search(CLAUSE);
  let to = rest < 0 ? text.length : q.end + rest;
  const previous = list[k - 1];
  const next = list[k + 1];
  // "Twelve people were killed and 31 others taken to hospital": each count has its own predicate.
  if (previous && previous.end > from) {
    // "… and injuring 23", "… and 31 others taken to hospital": from the last "and" on.
    const joint = [...text.slice(previous.end, q.start).matchAll(/\s(?:and|or)\s/gu)].at(-1);
    from = joint ? previous.end + joint.index + joint[0].length : q.start;
  }
  if (next && next.start < to) {
    // "killing nine people and injuring 23": what follows the last "and" belongs to the next count.
    const between = text.slice(q.end, next.start);
    const joint = [...between.matchAll(/\s(?:and|or)\s/gu)].at(-1);
    to = joint ? q.end + joint.index : next.start;
  }
  return text.slice(from, to);
}

export function countsOf(sentences: readonly ClaimSentence[]): Count[] {
  return sentences.flatMap((sentence) => {
    const list = quantitiesIn(sentence.text);
    return list.flatMap((quantity, k) => {
      if (isWindow(sentence.text, quantity)) return [];
      const context = contextOf(sentence.text, list, k);
      // The words around the count but for numbers, dates and the unit itself.
      const related = new Map<string, Set<string>>();
      for (const word of words(context)) {
        const term = terms(context.slice(word.start, word.end))[0];
        const skipped =
          !term ||
          term === quantity.unit ||
          term.startsWith('@') ||
          isTimeTerm(term) ||
          isAge(term, quantity);
        if (!skipped && !isNumberWord(word.norm))
          related.set(term, new Set(rewordings(word.norm).flatMap((r) => terms(r))));
      }
      return [{ sentence, quantity, about: new Set(related.keys()), related }];
    });
  });
}

// "In the past two months", "over the last 18 months": a span of time that frames what the
// sentence tells (who bought, what tests found), not a count of anything to set against another.
const WINDOW =
  /\b(?:in|over|during|for|within|throughout)\s+the\s+(?:past|last|next|previous|coming|first|following)\s+$/iu;
const isWindow = (text: string, q: Quantity) =>
  AGE_UNITS.has(q.unit) && WINDOW.test(text.slice(Math.max(0, q.start - 40), q.start));

export function likeness(a: Count, b: Count, weight: (t: string) => number): number {
  if (a.quantity.unit !== b.quantity.unit || a.sentence.articleId === b.sentence.articleId) return 0;
  if (a.about.size < MIN_ABOUT || b.about.size < MIN_ABOUT) return 0;
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
  // Two counts can be of one thing only when they count the same unit and share a word, as it is
  // or reworded: each is compared with those alone, found through lists by unit and word.
  const listed = new Map<string, number[]>();
  const keysOf = (c: Count) =>
    new Set(
      [...c.about, ...[...c.related.values()].flatMap((r) => [...r])].map((t) => `${c.quantity.unit} ${t}`),
    );
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
