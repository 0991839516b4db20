import { lemmatizer } from '../language/resources/lemma.ts';
import { kin } from '../language/resources/opposites.ts';
import { baseForms } from '../language/resources/word-forms.ts';
import { lookUp, synsetAt } from '../language/resources/wordnet.ts';
import { isSpeechVerb } from '../language/speech-verbs.ts';
import { isParticiple, isPastVerb } from '../language/tense.ts';

// What a claim says happened is its verbs ("paid", "stolen", "restored"): a sentence takes a
// side on it when it tells that happening (the verb, another form or word for it: "paying",
// "payment", "restoration"), or its opposite ("remains open" against "was closed"), and its
// negation then decides which side. Names say who; the verb says what.

const AUXILIARIES = /^(?:be|is|are|was|were|been|being|am|has|have|had|having|do|does|did)$/u;
const MODAL = /^(?:to|will|would|can|could|may|might|must|shall|should)$/u;
// "was hurt", "got hurt": after these a verb is a participle, even one spelled as its base form
// ("hurt", "cut", "shut"), which a past-tense test alone misses.
const PASSIVE = /^(?:be|is|are|was|were|been|being|get|gets|got|gotten|getting)$/u;
const GET = /^(?:get|gets|got|gotten|getting)$/u;
// "The man who was arrested has been charged": a verb in a relative clause says which man; the
// claim is the charging. "That" after a verb opens what was said or done ("said that Russia
// bought"), no relative clause.
const RELATIVE = /^(?:who|whom|which)$/u;
const isRelative = (word: string, before: string): boolean =>
  RELATIVE.test(word) || (word === 'that' && !isPastVerb(before) && !isSpeechVerb(before));

/** The lemmas a word may be a form of: "stolen" → steal, "payment" → payment. */
function formsOf(word: string): Set<string> {
  return new Set([word, lemmatizer.verb(word), lemmatizer.noun(word), ...baseForms(word)]);
}

export interface Predicate {
  readonly word: string;
  readonly same: ReadonlySet<string>;
  readonly opposite: ReadonlySet<string>;
  /** Told in a relative clause of the claim: which thing it means, not what it claims. */
  readonly background?: boolean;
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
  const found: { word: string; background: boolean }[] = [];
  const list = (claim.match(/\p{L}+/gu) ?? []).filter((w) => !/^\p{Ll}+ly$/u.test(w));
  let relative = false;
  list.forEach((word, i) => {
    const before = list[i - 1] ?? '';
    if (isRelative(word, before)) relative = true;
    if (!/^\p{Ll}+$/u.test(word) || AUXILIARIES.test(word)) return;
    if (!lookUp(lemmatizer.verb(word), 'verb')) return;
    // "got hurt": "got" only marks the passive of the verb after it.
    if (GET.test(word) && isParticiple(list[i + 1] ?? '')) return;
    // "is secretly supplying", but not "a cooling valve": an -ing form is a verb after "be".
    const progressive = /ing$/u.test(word) && /^(?:is|are|was|were|been|be)$/u.test(before);
    if (
      isPastVerb(word) ||
      progressive ||
      MODAL.test(before) ||
      (PASSIVE.test(before) && isParticiple(word))
    ) {
      found.push({ word, background: relative });
      // The relative clause ends at its verb; what follows is the claim's own.
      relative = false;
    }
  });
  // What the claim tells goes before what it names its subject by; a relative clause counts as
  // the claim's own only when there is nothing else.
  const own = found.filter((w) => !w.background);
  const main = telling(own.length > 0 ? own : found);
  const background = own.length > 0 ? telling(found.filter((w) => w.background)) : [];
  return [
    ...main.map(({ word }) => ({ word, ...kin(word) })),
    ...background.map(({ word }) => ({ word, ...kin(word), background: true })),
  ];
}

/** The verbs of doing among verbs; the verbs of saying when there are none. */
function telling<W extends { word: string }>(verbs: readonly W[]): W[] {
  const doing = verbs.filter((w) => !isSpeechVerb(w.word));
  return doing.length > 0 ? doing : [...verbs];
}

/**
 * Where a sentence tells a claim's happening, and whether by its opposite; undefined if nowhere.
 * The claim's own happening goes before one it only names a thing by ("who was arrested").
 */
export function predicateIn(predicates: readonly Predicate[], sentence: string): Told | undefined {
  const own = predicates.filter((p) => !p.background);
  const background = predicates.filter((p) => p.background);
  const told = tellingOf(own, sentence);
  if (told || background.length === 0) return told;
  const named = tellingOf(background, sentence);
  return named && { ...named, background: true };
}

function tellingOf(predicates: readonly Predicate[], sentence: string): Told | undefined {
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
      if ([...forms].some((f) => p.same.has(f)))
        return { index: m.index, opposite: false, verb, word: p.word };
      if ([...forms].some((f) => p.opposite.has(f)))
        return { index: m.index, opposite: true, verb, word: p.word };
    }
  }
  return undefined;
}

/** Where a sentence tells a claim's happening: the word, by its opposite, as a verb or a noun. */
export interface Told {
  readonly index: number;
  readonly opposite: boolean;
  readonly verb: boolean;
  /** The claim's word for the happening told ("rejected"). */
  readonly word: string;
  /** What it tells is only a relative clause of the claim. */
  readonly background?: boolean;
}
