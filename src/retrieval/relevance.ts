import type { QueryGroup } from '../language/text.ts';
import type { Passage, Story } from './story.ts';

// A passage must cover this share of the question's weight (by IDF) to be shown at all.
export const MIN_COVERAGE = 0.34;
// A synonym counts for part of the word the user typed.
const SYNONYM_CREDIT = 0.5;
// ...and a looser relation (a definition's word, a broader term) for less.
const RELATED_CREDIT = 0.25;
// An ordinary word the articles lack, but whose synonyms they use, counts for this much of its IDF.
const UNKNOWN_ORDINARY = 0.5;

/** A stand-in for a typed word: its terms (in order, for a phrase) and what it earns if held. */
interface Stand {
  readonly parts: readonly string[];
  readonly credit: number;
  /** A near synonym stands for the typed word when counting how many words a passage matches. */
  readonly near?: boolean;
}

/** A query group made ready to test passages: only what the articles can hold is kept. */
interface Ready {
  readonly group: QueryGroup;
  readonly weight: number;
  /** The typed term and its equivalents: each earns the whole weight. */
  readonly whole: readonly Stand[];
  /** Synonyms and looser relations, best credit first. */
  readonly partial: readonly Stand[];
}

/** The groups of a question, ready to measure passages against. */
export type Relevance = readonly Ready[];

/** A phrase split into terms, with the IDF of its commonest term. */
interface Known {
  readonly parts: readonly string[];
  readonly idf: number;
}

// The same expansion lists come back for a word in every question: each is filtered once per story.
const knownLists = new WeakMap<Story, WeakMap<readonly string[], readonly Known[]>>();

/** The phrases of a list that the story holds every term of. */
function knownIn(story: Story, phrases: readonly string[]): readonly Known[] {
  let lists = knownLists.get(story);
  if (!lists) {
    lists = new WeakMap();
    knownLists.set(story, lists);
  }
  let known = lists.get(phrases);
  if (!known) {
    known = phrases
      .map((phrase) => phrase.split(' '))
      .filter((parts) => parts.every((t) => story.knows(t)))
      .map((parts) => ({ parts, idf: Math.min(...parts.map((t) => story.idf(t))) }));
    lists.set(phrases, known);
  }
  return known;
}

/**
 * Prepares a question's groups once per question. A word the articles never use weighs fully
 * when it is a name (the question is about something else) or has no synonym they use, and
 * less when it is an ordinary word they only phrase differently. A name weighs as much as its
 * rarest form: "DPRK" says more than the "North Korea" it stands for.
 */
export function relevanceOf(story: Story, groups: readonly QueryGroup[]): Relevance {
  return groups.map((group) => {
    const same = (group.equivalents ?? []).map((phrase) => phrase.split(' '));
    const near = knownIn(story, group.alternatives);
    const paraphrased =
      group.ordinary && (same.some((p) => p.every((t) => story.knows(t))) || near.length > 0);
    const typedIdf = Math.max(
      story.idf(group.term),
      ...same.map((p) => Math.max(...p.map((t) => story.idf(t)))),
    );
    const weight = typedIdf * (story.knows(group.term) || !paraphrased ? 1 : UNKNOWN_ORDINARY);
    const stand = (credit: number, isNear: boolean) => (k: Known) => ({
      parts: k.parts,
      credit: Math.min(weight, k.idf) * credit,
      near: isNear,
    });
    const partial = [
      ...near.map(stand(SYNONYM_CREDIT, true)),
      ...knownIn(story, group.related ?? []).map(stand(RELATED_CREDIT, false)),
    ].sort((a, b) => b.credit - a.credit);
    const whole = [[group.term], ...same]
      .filter((p) => p.every((t) => story.knows(t)))
      .map((parts) => ({ parts, credit: weight }));
    return { group, weight, whole, partial };
  });
}

/** How much of the question a passage covers, as shares of the question's weight. */
export interface Coverage {
  /** By what the user typed, its equivalents and near synonyms: what decides relevance. */
  readonly firm: number;
  /** With looser relations too (definitions, broader terms, opposites): what helps ranking. */
  readonly loose: number;
}

/**
 * The shares of the question's weight a passage covers; both 0 when too little of it is matched:
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
  for (const { group, weight, whole, partial } of relevance) {
    total += weight;
    if (whole.some((s) => holds(passage, s.parts))) {
      firm += weight;
      loose += weight;
      matched++;
      matchedName ||= !group.ordinary;
      continue;
    }
    const best = partial.find((s) => holds(passage, s.parts));
    loose += best?.credit ?? 0;
    const near = best?.near ? best : partial.find((s) => s.near && holds(passage, s.parts));
    firm += near?.credit ?? 0;
    if (near) synonyms++;
  }
  const enough = (matched >= 1 && matched + synonyms >= 2) || matchedName || relevance.length === 1;
  return enough && total > 0 ? { firm: firm / total, loose: loose / total } : { firm: 0, loose: 0 };
}

/** Whether a passage bears on the question: it covers enough of the question's weight. */
export function bearsOn(story: Story, groups: readonly QueryGroup[], passage: Passage): boolean {
  return coverageOf(relevanceOf(story, groups), passage).firm >= MIN_COVERAGE;
}

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
