import { lemmatizer } from '../language/resources/lemma.ts';
import { antonymsOf, verbKin } from '../language/resources/opposites.ts';
import { baseForms } from '../language/resources/related.ts';
import { lookUp, synsetAt } from '../language/resources/wordnet.ts';
import { isSpeechVerb } from '../language/speech-verbs.ts';
import { isPastVerb } from '../language/tense.ts';

// What a claim says happened is its verbs ("paid", "stolen", "restored"): a sentence takes a
// side on it when it tells that happening (the verb, another form or word for it: "paying",
// "payment", "restoration"), or its opposite ("remains open" against "was closed"), and its
// negation then decides which side. Names say who; the verb says what.

const AUXILIARIES = /^(?:be|is|are|was|were|been|being|am|has|have|had|having|do|does|did)$/u;
const MODAL = /^(?:to|will|would|can|could|may|might|must|shall|should)$/u;

/** The lemmas a word may be a form of: "stolen" → steal, "payment" → payment. */
function formsOf(word: string): Set<string> {
  return new Set([word, lemmatizer.verb(word), lemmatizer.noun(word), ...baseForms(word)]);
}

/** The words that stand for the same happening as a verb, and those for its opposite. */
function kin(word: string): { same: Set<string>; opposite: Set<string> } {
  const verb = lemmatizer.verb(word);
  const same = new Set([word, verb, ...verbKin(verb)]);
  const opposite = new Set([word, verb].flatMap((f) => antonymsOf(f)));
  return { same, opposite };
}

export interface Predicate {
  readonly word: string;
  readonly same: ReadonlySet<string>;
  readonly opposite: ReadonlySet<string>;
}

const DETERMINER = /^(?:a|an|the|any|no|its|his|her|their|this|that|every)$/u;

// WordNet's lexicographer file of verbs of being and having ("concerns", "remains", "belongs").
const STATIVE = 42;

/**
 * Whether a clause tells a happening at all, by an inflected verb that is not only one of state
 * ("The attack on the hospital also concerns thousands of patients" tells none).
 */
export function happensIn(clause: string): boolean {
  const list = clause.match(/\p{L}+/gu) ?? [];
  return list.some((word, i) => {
    if (!/^\p{Ll}+$/u.test(word) || AUXILIARIES.test(word) || DETERMINER.test(list[i - 1] ?? ''))
      return false;
    const base = lemmatizer.verb(word);
    const senses = base === word ? [] : (lookUp(base, 'verb')?.senses.slice(0, 2) ?? []);
    return senses.some((offset) => synsetAt(offset, 'verb')?.lexFile !== STATIVE);
  });
}

/**
 * The verbs of a claim, as written: past forms and participles ("paid", "stolen", "closed"),
 * -ing forms after "be", and a verb after "to" or a modal ("prepared to negotiate"); not "be" or
 * "have".
 * A verb of saying counts only when the claim has no other ("Workers had warned …"), since
 * "North Korea says it never exported …" is about the exporting.
 */
export function predicatesOf(claim: string): Predicate[] {
  const found: string[] = [];
  const list = (claim.match(/\p{L}+/gu) ?? []).filter((w) => !/^\p{Ll}+ly$/u.test(w));
  list.forEach((word, i) => {
    const before = list[i - 1] ?? '';
    if (!/^\p{Ll}+$/u.test(word) || AUXILIARIES.test(word)) return;
    if (!lookUp(lemmatizer.verb(word), 'verb')) return;
    // "is secretly supplying", but not "a cooling valve": an -ing form is a verb after "be".
    const progressive = /ing$/u.test(word) && /^(?:is|are|was|were|been|be)$/u.test(before);
    if (isPastVerb(word) || progressive || MODAL.test(before)) found.push(word);
  });
  const doing = found.filter((w) => !isSpeechVerb(w));
  return (doing.length > 0 ? doing : found).map((word) => ({
    word,
    ...kin(word),
    saying: isSpeechVerb(word),
  }));
}

/** Where a sentence tells a claim's happening, and whether by its opposite; undefined if nowhere. */
export function predicateIn(predicates: readonly Predicate[], sentence: string): Told | undefined {
  let previous = '';
  for (const m of sentence.matchAll(/\p{L}+/gu)) {
    const word = m[0].toLowerCase();
    const before = previous;
    previous = word;
    if (AUXILIARIES.test(word) || word.length < 3) continue;
    const forms = formsOf(word);
    // "has not paid" against "rejected a payment", "Restoration … had not been completed".
    const verb =
      isPastVerb(word) || (/ing$/u.test(word) && lemmatizer.verb(word) !== word && !DETERMINER.test(before));
    for (const p of predicates) {
      if ([...forms].some((f) => p.same.has(f))) return { index: m.index, opposite: false, verb };
      if ([...forms].some((f) => p.opposite.has(f))) return { index: m.index, opposite: true, verb };
    }
  }
  return undefined;
}

/** Where a sentence tells a claim's happening: the word, by its opposite, as a verb or a noun. */
export interface Told {
  readonly index: number;
  readonly opposite: boolean;
  readonly verb: boolean;
}
