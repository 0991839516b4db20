import type { Quantity } from '../language/numbers.ts';

// Where a count stands in its sentence: the clause around it, whether it frames a span of time or
// gives a rate, and the names beside it (counts.ts sets counts of one thing against each other).

// Clauses end at punctuation and at the words that open another clause.
const CLAUSE =
  /[,;:–—()]|\b(?:but|that|which|who|whom|whose|when|while|because|after|before|although|if|since|as)\b/giu;

/** The clause around a number, cut at the neighbouring counts of the same clause, and where it starts. */
export function contextOf(
  text: string,
  list: readonly Quantity[],
  k: number,
): { readonly context: string; readonly from: number } {
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
  return { context: text.slice(from, to), from };
}

// Units of time: a count of them is an age ("a 58-year-old") or a span ("in the past two months").
export const AGE_UNITS: ReadonlySet<string> = new Set(['year', 'month', 'week', 'dai']);

// "In the past two months", "over the last 18 months": a span of time that frames what the
// sentence tells (who bought, what tests found), not a count of anything to set against another.
const WINDOW =
  /\b(?:in|over|during|for|within|throughout)\s+the\s+(?:past|last|next|previous|coming|first|following)\s+$/iu;
export const isWindow = (text: string, q: Quantity) =>
  AGE_UNITS.has(q.unit) && WINDOW.test(text.slice(Math.max(0, q.start - 40), q.start));

// "22,000 passengers on a typical weekday", "180 million journeys a year": a rate, which only
// another rate can contradict.
export const RATE =
  /\b(?:a|per|each|every|an)\s+(?:day|night|week|month|year|weekday|hour)\b|\b(?:daily|weekly|annually|yearly)\b|\bon an? (?:typical|normal|usual|average|busy) \p{L}+/iu;

// "A market town of about 24,000 people", "a population of 310,000": how many live in a place,
// which only another count of who lives there can contradict (not "600 people crowded into the hall").
const POPULATION =
  /\b(?:(?:town|city|village|country|nation|island|region|district|county|borough|community|suburb|municipality|province|state|area)\s+of|population\s+of|home\s+to|population:?)\s+(?:about|around|some|roughly|nearly|almost|just\s+(?:over|under)|more\s+than|over|fewer\s+than|under|an\s+estimated|approximately)?\s*$/iu;
export const isPopulation = (text: string, q: Quantity) =>
  POPULATION.test(text.slice(Math.max(0, q.start - 60), q.start));

/** A capitalised word at `at` inside the sentence, not its first: a name of a person, a place, a body. */
export function isName(sentence: string, at: number, written: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(written) && at > 0 && !/[.!?:“"‘]\s*$/u.test(sentence.slice(0, at));
}
