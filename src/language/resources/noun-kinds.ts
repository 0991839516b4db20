import { wordMemo } from './word-memo.ts';
import { lookUp, synsetAt } from './wordnet.ts';

// What kind of thing a noun names, from WordNet's lexicographer files: a person's title or
// trade ("spokesman", "director", "commander"), a place ("border", "capital"), a span of time.
const PERSON = 18;
const LOCATION = 15;
// Natural objects: rivers, coasts, mountains are places too.
const NATURAL_OBJECT = 17;
const TIME = 28;
// Things one can hold, eat, grow or pour: animals, artifacts, food, plants, substances.
const THINGS = new Set([5, 6, 13, 20, 27]);
// A noun is of a kind when one of its commonest senses is.
const SENSES = 2;

/** A noun's WordNet entry, as written or, for a plural WordNet lacks, its singular. */
const nounEntry = (noun: string) =>
  lookUp(noun, 'noun') ?? (noun.endsWith('s') ? lookUp(noun.slice(0, -1), 'noun') : undefined);

const kinds = wordMemo((key): ReadonlySet<number> => {
  const [senses, noun = ''] = key.split(':');
  const entry = nounEntry(noun);
  return new Set(
    (entry?.senses.slice(0, Number(senses)) ?? []).flatMap(
      (offset) => synsetAt(offset, 'noun')?.lexFile ?? [],
    ),
  );
});

const kindsOf = (noun: string, senses = SENSES): ReadonlySet<number> => kinds(`${senses}:${noun}`);

const GROUP = 14;
/**
 * What one of a group is called, when a noun names a group in its commonest sense: "staff" →
 * "staff member", "crew" → "crewman"; undefined for any other noun.
 */
export const memberOf = (word: string): string | undefined => {
  const first = nounEntry(word)?.senses[0];
  const synset = first === undefined ? undefined : synsetAt(first, 'noun');
  if (synset?.lexFile !== GROUP) return undefined;
  const member = synset.pointers.find((p) => p.symbol === '%m');
  return member && synsetAt(member.offset, 'noun')?.words[0]?.toLowerCase().replace(/_/gu, ' ');
};

/** A noun for a kind of person: a title, a job, a role ("spokesman", "prosecutor", "official"). */
export const isPersonNoun = (word: string): boolean => kindsOf(word).has(PERSON);
// Every sense WordNet lists for a noun.
const ALL_SENSES = 100;
/**
 * A noun one of whose senses, however rare, is a kind of person ("chair": a seat first, the
 * person who chairs a body third). Only where the syntax already asks for a person's post
 * ("Pieter Lund, chair of the association") does that sense count.
 */
export const hasPersonSense = (word: string): boolean => kindsOf(word, ALL_SENSES).has(PERSON);
// What a name of a body, a place or a thing ends in: "Council", "Agency", "Office", "Korea", "Polymers".
const NOT_PERSON_NAME = new Set([4, 6, 9, 10, 14, 15, 26, 27]);
/** A word that, ending a capitalised name, makes it the name of a body, place or thing, not a person. */
export const endsNonPersonName = (word: string): boolean =>
  [...kindsOf(word.toLowerCase(), 1)].some((k) => NOT_PERSON_NAME.has(k));
/**
 * A noun that says only "a person" ("person", "someone", "individual"): WordNet's root of
 * people, whose first sense is the first sense of "person". It names no role.
 */
export const isJustAPerson = (word: string): boolean => {
  const first = (w: string) => lookUp(w, 'noun')?.senses[0];
  const root = first('person');
  const own = first(word) ?? (word.endsWith('s') ? first(word.slice(0, -1)) : undefined);
  return root !== undefined && own === root;
};
/** A noun for a place ("border", "region", "city"). */
export const isPlaceNoun = (word: string): boolean => {
  const found = kindsOf(word);
  return found.has(LOCATION) || found.has(NATURAL_OBJECT);
};
/**
 * A noun for a span or unit of time ("month", "week", "decade"), or its plural where WordNet
 * has the plural as a word of its own ("minutes" of a meeting).
 */
export const isTimeNoun = (word: string): boolean =>
  kindsOf(word).has(TIME) || (word.endsWith('s') && kindsOf(word.slice(0, -1)).has(TIME));
/**
 * A noun for a concrete thing in every sense ("oil", "pizza"; not "outlet", which is also a
 * means of expression): a question about one is about it.
 */
export const isThingNoun = (word: string): boolean => {
  const found = kindsOf(word, Number.POSITIVE_INFINITY);
  return found.size > 0 && [...found].every((k) => THINGS.has(k));
};

const SUBSTANCE = 27;

/**
 * The broader terms of a noun for a substance in its commonest sense ("toluene" → "solvent",
 * "alkylbenzene"); empty for any other noun. Two substances under one broader term are
 * alternatives of one kind: toluene or xylene, petrol or diesel.
 */
export const substanceKinds: (noun: string) => readonly number[] = wordMemo((noun) => {
  const first = lookUp(noun, 'noun')?.senses[0];
  const synset = first === undefined ? undefined : synsetAt(first, 'noun');
  return synset?.lexFile === SUBSTANCE
    ? synset.pointers.filter((p) => p.symbol === '@').map((p) => p.offset)
    : [];
});

// How far up WordNet's "is a kind of" links a count's unit may be met by another's: "ship" is a
// "vessel"; a "dockworker" a "laborer", a "workman".
const KIND_LEVELS = 3;

/** The nouns a noun's commonest senses are, and what they are kinds of, a few levels up. */
const kindsUp = wordMemo((noun): ReadonlySet<string> => {
  const entry = nounEntry(noun);
  const found = new Set<string>();
  let level = (entry?.senses.slice(0, SENSES) ?? []).flatMap((offset) => synsetAt(offset, 'noun') ?? []);
  for (let depth = 0; depth <= KIND_LEVELS && level.length > 0; depth++) {
    for (const synset of level) for (const word of synset.words) found.add(word.toLowerCase());
    level = level.flatMap((synset) =>
      synset.pointers.flatMap((p) => (p.symbol === '@' ? (synsetAt(p.offset, 'noun') ?? []) : [])),
    );
  }
  return found;
});

/** Whether one noun names a kind of what the other names, or the same ("ships" and "vessels"). */
export const oneKindOf = (a: string, b: string): boolean => a === b || kindsUp(a).has(b) || kindsUp(b).has(a);
