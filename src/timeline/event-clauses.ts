import { isPersonNoun } from '../language/resources/noun-kinds.ts';
import { rewordings } from '../language/resources/related.ts';
import { isPastVerb } from '../language/tense.ts';
import { terms, words } from '../language/text.ts';
import { clauseAt, mainClauseEnd } from './time-clauses.ts';
import type { TimeRef } from './time-ref.ts';

// What the clause a time belongs to is about: its terms, the clause right around the time, and
// its verbs.

// Words of dates say when, not what happened: two events are not one for sharing "Monday".
const TIME_WORDS =
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december week weeks day days month months year years morning afternoon evening night today yesterday tomorrow last next earlier later time hours spring summer autumn winter';
let timeTerms: ReadonlySet<string> | undefined;
// Built on first use: stemming reads WordNet, which a command that needs no timeline should not wait for.
export function isTimeTerm(t: string): boolean {
  timeTerms ??= new Set(terms(TIME_WORDS));
  return timeTerms.has(t);
}

/**
 * The stretch of a sentence a time dates, as offsets: its aside; in a sentence of several times,
 * from the time before to the time after ("Tuesday's statement refuted | claims made last week by
 * Kirby …"); for "weeks after the US said …", what follows "after".
 */
function stretchOf(sentence: string, time: TimeRef, others: readonly TimeRef[]): [number, number] {
  if (time.implicit) return [0, mainClauseEnd(sentence, others)];
  if (/\bafter$/iu.test(time.text)) return [time.index + time.text.length, sentence.length];
  const aside = clauseAt(sentence, time.index);
  if (aside !== sentence) {
    const at = sentence.lastIndexOf(aside, time.index);
    return [at, at + aside.length];
  }
  const before = others.filter((t) => !t.implicit && t.index + t.text.length <= time.index).at(-1);
  const after = others.find((t) => !t.implicit && t.index >= time.index + time.text.length);
  return [before ? before.index + before.text.length : 0, after ? after.index : sentence.length];
}

// Where the clause around a time begins and ends: punctuation, or a word opening another clause.
const BOUNDARY =
  /[,;:–—()]|\b(?:and|but|that|which|who|whom|whose|when|while|because|since|after|before|as|where|although|if|until|according)\b/giu;

/** The clause right around a time, within its stretch: "since Moscow invaded Ukraine in February". */
function localClause(sentence: string, time: TimeRef, [from, to]: [number, number]): string {
  const end = time.index + time.text.length;
  // The word that introduces the time ("since Thursday", "before December") is part of it.
  const left = sentence.slice(from, time.index).replace(/\b(?:since|after|before|until|as)\s+$/iu, '');
  let start = from;
  for (const m of left.matchAll(BOUNDARY)) start = from + m.index + m[0].length;
  const rest = sentence.slice(end, to);
  const stop = rest.search(BOUNDARY);
  return sentence.slice(start, stop < 0 ? to : end + stop);
}

export interface EventWords {
  /** Terms of the stretch the time dates, without dates and answer-kind tokens. */
  readonly terms: ReadonlySet<string>;
  /** Terms of the clause right around the time, when it says what happened (not only who spoke). */
  readonly local: ReadonlySet<string>;
  /** Terms of that clause's verbs ("crossed"): what happened, beside whom and what it names. */
  readonly acts: ReadonlySet<string>;
  /** Terms of other words for the same (buy → purchase, invaded → invasion): other reports reword. */
  readonly related: ReadonlySet<string>;
}

const contentTerms = (text: string) =>
  new Set(terms(text).filter((t) => !t.startsWith('@') && !isTimeTerm(t)));
// A clause says what happened when it has a word of its own besides names and titles ("invaded").
const saysWhat = (clause: string) =>
  words(clause).some((w) => {
    const raw = clause.slice(w.start, w.end);
    return /^\p{Ll}/u.test(raw) && contentTerms(raw).size > 0 && !isPersonNoun(w.norm);
  });

/** What a time of a sentence dates, as terms and the terms of their near relations. */
export function eventWords(
  sentence: string,
  time: TimeRef,
  others: readonly TimeRef[],
  reword: (word: string) => readonly string[],
): EventWords {
  const span = stretchOf(sentence, time, others);
  const stretch = sentence.slice(...span);
  const own = contentTerms(stretch);
  const clause = time.implicit ? stretch : localClause(sentence, time, span);
  const local = saysWhat(clause) ? contentTerms(clause) : new Set<string>();
  const acts = new Set(
    words(clause)
      .filter(
        (w) =>
          isPastVerb(clause.slice(w.start, w.end)) && !/^(?:was|were|had|did|has|have|been)$/u.test(w.norm),
      )
      .flatMap((w) => [...contentTerms(clause.slice(w.start, w.end))]),
  );
  const related = new Set<string>();
  for (const word of words(stretch)) for (const t of reword(word.norm)) if (!own.has(t)) related.add(t);
  return { terms: own, local, acts, related };
}

/** The terms of a word's rewordings, looked up once per word of one story's preparation. */
export function rewordingTerms(): (word: string) => readonly string[] {
  const known = new Map<string, readonly string[]>();
  return (word) => {
    let found = known.get(word);
    if (!found) {
      found = rewordings(word).flatMap((form) => terms(form).filter((t) => !t.startsWith('@')));
      known.set(word, found);
    }
    return found;
  };
}

/** The part of a sentence a time dates. */
export const stretchText = (sentence: string, time: TimeRef, others: readonly TimeRef[]) =>
  sentence.slice(...stretchOf(sentence, time, others));
