import type { QueryGroup } from '../language/query.ts';
import { isClosedClass } from '../language/resources/closed-class.ts';
import { type Relevance, relevanceOf } from './relevance.ts';
import type { Passage, Story } from './story.ts';

// How much of a question a passage or a sentence covers, from the question's prepared groups
// (relevance.ts): what decides whether the articles answer, and what ranks the candidates.

// Whether the articles answer at all is decided once per question: the best passage must cover
// this share of the question's weight by the words typed, their equivalents and near synonyms.
export const ANSWER_BAR = 0.2;

// A weekday, a month or the kind of answer asked says when or what, not what about: "who won
// the football match on Saturday" shares "Saturday" and a speaker with any passage of the day.
const topical = (group: QueryGroup) =>
  !(group.ordinary && group.term.startsWith('@')) && !(group.word && isClosedClass(group.word));

/** How much of the question a passage covers, as shares of the question's weight. */
export interface Coverage {
  /** By what the user typed, its equivalents and same-sense synonyms: decides whether to answer. */
  readonly firm: number;
  /** With every relation, each for what it earns: what ranks the candidates. */
  readonly loose: number;
  /** `firm`, of the words that say what the question is about (see topical). */
  readonly topic: number;
}

/**
 * The shares of the question's weight a passage covers. `firm` is 0 when too little is matched:
 * one ordinary word in common is not enough on its own (with a synonym of another, it is); one
 * name is.
 */
export function coverageOf(relevance: Relevance, passage: Passage): Coverage {
  let total = 0;
  let firm = 0;
  let loose = 0;
  let matched = 0;
  let matchedName = false;
  let synonyms = 0;
  let topicTotal = 0;
  let topic = 0;
  for (const { group, weight, whole, partial } of relevance) {
    total += weight;
    const about = topical(group);
    if (about) topicTotal += weight;
    if (whole.some((s) => holds(passage, s.parts))) {
      firm += weight;
      loose += weight;
      if (about) topic += weight;
      matched++;
      matchedName ||= !group.ordinary;
      continue;
    }
    const best = partial.find((s) => holds(passage, s.parts));
    loose += best?.credit ?? 0;
    const sure = best?.firm ? best : partial.find((s) => s.firm && holds(passage, s.parts));
    firm += sure?.credit ?? 0;
    if (about) topic += sure?.credit ?? 0;
    if (sure) synonyms++;
  }
  if (total === 0) return { firm: 0, loose: 0, topic: 0 };
  const enough = (matched >= 1 && matched + synonyms >= 2) || matchedName || relevance.length === 1;
  return {
    firm: enough ? firm / total : 0,
    loose: loose / total,
    topic: !enough ? 0 : topicTotal > 0 ? topic / topicTotal : firm / total,
  };
}

/**
 * The share of the question's own words (its answer kind aside) a sentence holds, by the words
 * typed, their equivalents and same-sense synonyms.
 */
export function sentenceShare(relevance: Relevance, terms: ReadonlySet<string>): number {
  let total = 0;
  let held = 0;
  for (const { group, weight, whole, partial } of relevance) {
    if (group.term.startsWith('@')) continue;
    total += weight;
    if (whole.some((s) => s.parts.every((t) => terms.has(t)))) held += weight;
    else held += partial.find((s) => s.firm && s.parts.every((t) => terms.has(t)))?.credit ?? 0;
  }
  return total > 0 ? held / total : 0;
}

/**
 * Whether a sentence's terms hold the question's word: as typed, its equivalents, or a synonym in
 * the same sense. A looser relation (a word of its definition: "care" for "nurses") does not.
 */
export function holdsWord(relevance: Relevance, word: string, terms: ReadonlySet<string>): boolean {
  const ready = relevance.find((r) => r.group.word === word);
  if (!ready) return true;
  const held = (parts: readonly string[]) => parts.every((t) => terms.has(t));
  return (
    ready.whole.some((s) => held(s.parts)) || ready.partial.some((s) => s.firm && s.synonym && held(s.parts))
  );
}

/** Whether a passage bears on the question: it covers enough of the question's weight. */
export function bearsOn(story: Story, groups: readonly QueryGroup[], passage: Passage): boolean {
  return coverageOf(relevanceOf(story, groups), passage).firm >= MIN_COVERAGE;
}

// What check() and other callers ask of one passage on its own, with no better one to compare.
export const MIN_COVERAGE = 0.34;

/** Whether a passage holds a term, or a phrase's terms in order and next to each other. */
function holds(passage: Passage, parts: readonly string[]): boolean {
  if (!parts.every((t) => passage.termSet.has(t))) return false;
  if (parts.length === 1) return true;
  const { terms } = passage;
  const first = parts[0] ?? '';
  for (let i = terms.indexOf(first); i >= 0; i = terms.indexOf(first, i + 1)) {
    if (parts.every((t, k) => terms[i + k] === t)) return true;
  }
  return false;
}
